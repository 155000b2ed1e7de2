"""The list of findings beside the draft, each with one-click quick fixes.

Activating a row selects its words in the draft (`findingActivated`); a fix button
applies that rewrite (`fixRequested`); "Ignore here…" asks the owner to accept the
finding in this draft (`ignoreRequested`). Ignored findings stay listed, greyed, with
the reason, and can be brought back (`unignoreRequested`). Rows are rebuilt only when what they say
changes, so typing (which shifts offsets on every keystroke) stays cheap.
"""

from __future__ import annotations

import functools
import html
from collections.abc import Iterable, Sequence

from PySide6.QtCore import QEvent, QPoint, QSize, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core import Finding

from .draft_editor import CATEGORY_LABEL, CATEGORY_STYLE, grammar_actions

_ROLE = Qt.ItemDataRole.UserRole
_REASON_ROLE = Qt.ItemDataRole.UserRole + 1
MAX_CARDS = 60
ALL_CLEAR = "Nothing to suggest — it reads clear and kind."
NOT_CHECKED = "Not checked: the text is too long (see the notice above)."


class FixButton(QPushButton):
    """A suggestion's button, its label cut to the width the card gives it and ending in
    "…": in a narrow panel Qt would otherwise clip a long label at both ends and show its
    middle ("d me the photos of <which command, sc"). The full text is its tooltip."""

    def __init__(self, label: str) -> None:
        super().__init__(label)
        self._label = label

    def _padding(self) -> int:
        """What the style (the app's stylesheet included) draws round the label."""
        return super().sizeHint().width() - self.fontMetrics().horizontalAdvance(self.text())

    def sizeHint(self) -> QSize:
        # what the whole label needs, whatever is shown now, so the layout stays stable
        label = self.fontMetrics().horizontalAdvance(self._label)
        return QSize(self._padding() + label, super().sizeHint().height())

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        return QSize(min(hint.width(), 8 * self.fontMetrics().horizontalAdvance("m")),
                     hint.height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        # the style's own padding, not a guess: a guess wider than the stylesheet's cut
        # "To recap," to "To rec…" in a card with room to spare
        room = self.width() - self._padding()
        shown = self.fontMetrics().elidedText(self._label, Qt.TextElideMode.ElideRight, room)
        if shown != self.text():
            self.setText(shown)


def _key(f: Finding, reason: str | None = None) -> tuple:
    return (f.rule, f.category, f.text, f.message, f.suggestions, reason)


class _Row(QWidget):
    def __init__(self, finding: Finding, owner: FindingsList, reason: str | None = None) -> None:
        super().__init__()
        self.setObjectName("ignoredFindingRow" if reason is not None else "findingRow")
        self.finding = finding
        self.buttons: list[QPushButton] = []
        if reason is not None:
            self._build_ignored(finding, owner, reason)
            return
        colour = CATEGORY_STYLE.get(finding.category, CATEGORY_STYLE["clarity"])[0]
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(3)
        # an info finding is a second opinion (a learned rule's reading of a sentence)
        maybe = " · second opinion" if finding.severity == "info" else ""
        head = QLabel(
            f"<span style='color:{colour}; font-weight:600'>"
            f"{html.escape(CATEGORY_LABEL.get(finding.category, finding.category.title()))}"
            f"</span><span style='color:{colour}'>{maybe}</span>"
            f"&nbsp; <i>“{html.escape(_short(finding.text, 48))}”</i>"
        )
        head.setTextFormat(Qt.TextFormat.RichText)
        head.setWordWrap(True)  # a long quote wraps instead of widening the list
        message = QLabel(finding.message)
        message.setWordWrap(True)
        message.setObjectName("findingMessage")
        layout.addWidget(head)
        layout.addWidget(message)
        fixes = QHBoxLayout()
        fixes.setSpacing(6)
        if finding.suggestions:
            shown = finding.suggestions[:2]
            for suggestion, label in zip(shown, _distinct_labels(shown), strict=True):
                button = FixButton(_short(label, 42))
                button.setObjectName("fixButton")
                button.setToolTip(f"Replace with: {suggestion}")
                button.setAccessibleName(f"Use suggestion: {suggestion}")
                button.setCursor(Qt.CursorShape.PointingHandCursor)
                button.clicked.connect(
                    lambda _=False, s=suggestion: owner.request_fix(self.finding, s)
                )
                fixes.addWidget(button)
                self.buttons.append(button)
        fixes.addStretch(1)
        self.ignore_button = QPushButton("Ignore here…")
        self.ignore_button.setObjectName("ignoreButton")
        self.ignore_button.setAccessibleName(f"Ignore here: {finding.message}")
        self.ignore_button.setToolTip("Accept these words in this draft, with a short reason.")
        self.ignore_button.setFlat(True)
        self.ignore_button.clicked.connect(lambda: owner.ignoreRequested.emit(self.finding))
        fixes.addWidget(self.ignore_button)
        layout.addLayout(fixes)

    def _build_ignored(self, finding: Finding, owner: FindingsList, reason: str) -> None:
        grey = self.palette().placeholderText().color().name()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        label = QLabel(
            f"<span style='color:{grey}'>Ignored "
            f"{html.escape(CATEGORY_LABEL.get(finding.category, finding.category.title()))}"
            f" <i>“{html.escape(_short(finding.text, 40))}”</i>"
            + (f" — {html.escape(reason)}" if reason else "")
            + "</span>"
        )
        label.setObjectName("ignoredReason")
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(label, 1)
        self.ignore_button = QPushButton("Stop ignoring")
        self.ignore_button.setObjectName("unignoreButton")
        self.ignore_button.setAccessibleName(f"Stop ignoring: {finding.message}")
        self.ignore_button.setFlat(True)
        self.ignore_button.clicked.connect(lambda: owner.unignoreRequested.emit(self.finding))
        layout.addWidget(self.ignore_button)


class FindingsList(QListWidget):
    findingActivated = Signal(object)  # Finding
    fixRequested = Signal(object, str)  # (Finding, suggestion)
    ignoreRequested = Signal(object)  # Finding
    unignoreRequested = Signal(object)  # Finding
    disableRequested = Signal(str)  # rule id: turn it off everywhere
    addWordRequested = Signal(object)  # spelling Finding: its words go in the dictionary
    ignoreRuleRequested = Signal(object)  # grammar Finding: its rule is ignored everywhere

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("findingsList")
        self.setAccessibleName("Suggestions")
        self.setAccessibleDescription(
            "What could be clearer or kinder in your reply. Activate one to select its "
            "words; use a suggestion button to apply it."
        )
        self.setVerticalScrollMode(QListWidget.ScrollMode.ScrollPerPixel)
        # Cards wrap to the list's width (see _fit_rows); they never scroll sideways.
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSpacing(2)
        self._keys: list[tuple] = []
        self._empty = QLabel(ALL_CLEAR, self.viewport())
        self._empty.setObjectName("emptyHint")
        self._empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._empty.setWordWrap(True)
        self.itemActivated.connect(self._on_activated)
        self.itemClicked.connect(self._on_activated)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._context_menu)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._empty.setGeometry(self.viewport().rect().adjusted(12, 12, -12, -12))

    def viewportEvent(self, event: QEvent) -> bool:
        # The viewport narrows when the scroll bar appears (the list itself keeps its
        # size): the cards must narrow with it, or their right edge is cut off.
        if event.type() == QEvent.Type.Resize:
            self._fit_rows()
        return super().viewportEvent(event)

    def _fit_rows(self, rows: Iterable[int] | None = None) -> None:
        """Give each card (or those in `rows`) the list's width and the height its
        wrapped text needs there (a card's own size hint is for whatever width its
        longest line would like)."""
        width = max(1, self.viewport().width() - 2 * self.spacing())
        for i in range(self.count()) if rows is None else rows:
            item = self.item(i)
            row = self.itemWidget(item)
            if row is None:
                continue
            height = row.heightForWidth(width) if row.hasHeightForWidth() else -1
            item.setSizeHint(QSize(width, max(height, row.minimumSizeHint().height())))

    def show_findings(
        self, findings: Sequence[Finding], ignored: Sequence[tuple[Finding, str]] = ()
    ) -> None:
        """List ``findings``, then the ``ignored`` ones (greyed, each with its reason).

        At most MAX_CARDS findings as cards: a pasted log can hold thousands, which
        nobody reads as cards and which take a couple of milliseconds each to build; a
        row after them counts the rest (they stay underlined in the draft, and F8 walks
        through them all). The ignored ones, which the writer chose, are always listed.
        Only the cards whose words changed are rebuilt: an edit changes the findings
        where it was typed, and the cards before and after it stay.
        """
        hidden = len(findings) - MAX_CARDS
        rows: list[tuple[Finding, str | None] | int] = [(f, None) for f in findings[:MAX_CARDS]]
        if hidden > 0:
            rows.append(hidden)  # the row that counts the rest
        rows += [(f, reason) for f, reason in ignored]
        keys = [("more", row) if isinstance(row, int) else _key(*row) for row in rows]
        old = self._keys
        same = 0  # rows at the start, then at the end, that say what they said
        while same < min(len(old), len(keys)) and old[same] == keys[same]:
            same += 1
        tail = 0
        while tail < min(len(old), len(keys)) - same and old[-1 - tail] == keys[-1 - tail]:
            tail += 1
        for _ in range(len(old) - same - tail):
            card = self.itemWidget(self.item(same))
            if card is not None:
                card.hide()  # Qt deletes it later, when the event loop next gets to it
            self.removeItemWidget(self.item(same))
            self.takeItem(same)
        for i in range(same, len(keys) - tail):
            row = rows[i]
            if isinstance(row, int):
                self._insert_more(i, row)
            else:
                self._insert_card(i, *row)
        self._keys = keys
        for i, row in enumerate(rows):  # the same cards, at new offsets
            if not isinstance(row, int):
                item = self.item(i)
                item.setData(_ROLE, row[0])
                self.itemWidget(item).finding = row[0]  # type: ignore[attr-defined]
        self._fit_rows(range(same, len(keys) - tail))
        self._empty.setVisible(not rows)

    def set_checked(self, checked: bool) -> None:
        """Whether the text was checked at all: an empty list means "all clear" only
        when it was."""
        self._empty.setText(ALL_CLEAR if checked else NOT_CHECKED)

    def empty_hint(self) -> str:
        return self._empty.text() if self._empty.isVisible() else ""

    def _insert_card(self, i: int, finding: Finding, reason: str | None) -> None:
        row = _Row(finding, self, reason)
        item = QListWidgetItem()
        item.setData(_ROLE, finding)
        item.setData(_REASON_ROLE, reason)
        label = CATEGORY_LABEL.get(finding.category, finding.category)
        accessible = f"{label}: {finding.message} ({finding.text})"
        if reason is not None:
            accessible = f"Ignored. {accessible}" + (f" Reason: {reason}" if reason else "")
        item.setData(Qt.ItemDataRole.AccessibleTextRole, accessible)
        self.insertItem(i, item)
        item.setSizeHint(row.sizeHint())
        self.setItemWidget(item, row)

    def _insert_more(self, i: int, hidden: int) -> None:
        text = (f"{hidden} more further on, underlined in the draft.\n"
                "F8 goes from one suggestion to the next.")
        item = QListWidgetItem(text)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled)
        item.setData(Qt.ItemDataRole.AccessibleTextRole, text)
        item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
        item.setForeground(self.palette().placeholderText())
        self.insertItem(i, item)

    def more_count(self) -> int:
        """How many findings are counted in a row instead of shown as cards."""
        return next((key[1] for key in self._keys if key[0] == "more"), 0)

    def finding(self, row: int) -> Finding:
        return self.item(row).data(_ROLE)

    def fix_buttons(self, row: int) -> list[QPushButton]:
        return self.itemWidget(self.item(row)).buttons  # type: ignore[attr-defined]

    def is_ignored(self, row: int) -> bool:
        return self.item(row).data(_REASON_ROLE) is not None

    def ignore_button(self, row: int) -> QPushButton:
        return self.itemWidget(self.item(row)).ignore_button  # type: ignore[attr-defined]

    def menu_for(self, row: int) -> QMenu:
        """The right-click menu for ``row`` (grammar and spelling rows offer dictionary
        choices; the others can be turned off everywhere)."""
        item = self.item(row)
        finding = item.data(_ROLE)
        menu = QMenu(self)
        if item.data(_REASON_ROLE) is None:
            for suggestion in finding.suggestions[:4]:
                action = menu.addAction(
                    f"Use “{_short(suggestion, 42)}”",
                    functools.partial(self.request_fix, finding, suggestion),
                )
                action.setObjectName("quickFixAction")
            menu.addAction("Ignore here…", lambda: self.ignoreRequested.emit(finding))
            if finding.category in ("grammar", "spelling"):
                grammar_actions(menu, finding, self.addWordRequested, self.ignoreRuleRequested)
            else:
                menu.addAction(
                    "Turn this rule off everywhere",
                    lambda: self.disableRequested.emit(finding.rule),
                )
        else:
            menu.addAction("Stop ignoring", lambda: self.unignoreRequested.emit(finding))
        return menu

    def _context_menu(self, pos: QPoint) -> None:
        item = self.itemAt(pos)
        if item is None or item.data(_ROLE) is None:  # nothing, or the "more" row
            return
        menu = self.menu_for(self.row(item))
        menu.exec(self.viewport().mapToGlobal(pos))
        menu.deleteLater()

    def request_fix(self, finding: Finding, suggestion: str) -> None:
        self.fixRequested.emit(finding, suggestion)

    def _on_activated(self, item: QListWidgetItem) -> None:
        if item.data(_ROLE) is not None:  # (the "more" row has no finding)
            self.findingActivated.emit(item.data(_ROLE))


def _distinct_labels(suggestions: tuple[str, ...]) -> list[str]:
    """Button labels that tell rewrites apart. Two rewrites of the same words often start
    with those words ("fill in the relevant form: <which details …>", "fill in the
    relevant form (<link or section>)", from two rules on one card); cut short, both
    buttons would read "fill in the relevan…". Each then shows what it adds, after an
    ellipsis; the tooltip keeps the whole rewrite."""
    if len(suggestions) != 2:
        return list(suggestions)
    first, second = suggestions
    same = 0
    while same < min(len(first), len(second)) and first[same] == second[same]:
        same += 1
    cut = first.rfind(" ", 0, same) + 1  # at a word's start, so no word is split
    if cut < 12:
        return list(suggestions)
    return ["…" + s[cut:] for s in suggestions]


def _short(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
