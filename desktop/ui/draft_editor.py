"""The reply editor: underlines findings, explains them on hover, offers quick fixes.

It renders the findings it is given (never decides what is wrong) and emits what the
user did: `draftChanged(str)` on every edit, `fixRequested(Finding, str)` when a quick
fix is picked, `ignoreRequested(Finding)` when "Ignore here…" is picked,
`addWordRequested(Finding)` / `ignoreRuleRequested(Finding)` when a spelling word goes
into the personal dictionary or a grammar rule is ignored everywhere,
`editAttempted()` when the user types while the draft is shown read-only for the last
re-read. Template `<placeholders>` are tinted; while any remains, Tab / Shift+Tab jump
to the next / previous one and select it (otherwise Tab moves focus as usual).
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Sequence

from PySide6.QtCore import QEvent, QPoint, Qt, Signal, SignalInstance
from PySide6.QtGui import (
    QAction,
    QColor,
    QContextMenuEvent,
    QKeyEvent,
    QKeySequence,
    QTextCharFormat,
    QTextCursor,
)
from PySide6.QtWidgets import QMenu, QPlainTextEdit, QTextEdit, QToolTip, QWidget

from desktop.core import Finding, Span
from desktop.core.templates import placeholders

from .selections import span_cursor, span_selection, span_selections
from .text_positions import Positions

#: A placeholder a rewrite leaves for the writer to fill in, e.g. ``<which system>``.
PLACEHOLDER = re.compile(r"<[^<>\n]{1,60}>")

CATEGORY_STYLE: dict[str, tuple[str, QTextCharFormat.UnderlineStyle, str | None]] = {
    # category: (underline colour, underline style, background tint)
    "clarity": ("#2f7fd8", QTextCharFormat.UnderlineStyle.WaveUnderline, None),
    "tone": ("#d9822b", QTextCharFormat.UnderlineStyle.WaveUnderline, "#d9822b"),
    "grammar": ("#2e9e6a", QTextCharFormat.UnderlineStyle.DashUnderline, None),
    "spelling": ("#d64545", QTextCharFormat.UnderlineStyle.SpellCheckUnderline, None),
    "safety": ("#c0392b", QTextCharFormat.UnderlineStyle.SingleUnderline, "#c0392b"),
}
CATEGORY_LABEL = {
    "clarity": "Clarity",
    "tone": "Tone",
    "grammar": "Grammar",
    "spelling": "Spelling",
    "safety": "Before sending",
}


def category_format(category: str, severity: str = "warning") -> QTextCharFormat:
    """How a finding looks in the text. An `info` finding (a learned rule's second
    opinion, often a whole sentence) gets a dotted line and no tint: something to
    reread, not something wrong."""
    colour, style, tint = CATEGORY_STYLE.get(category, CATEGORY_STYLE["clarity"])
    fmt = QTextCharFormat()
    second_opinion = severity == "info"
    fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine if second_opinion else style)
    fmt.setUnderlineColor(QColor(colour))
    if tint and not second_opinion:
        background = QColor(tint)
        background.setAlpha(38)
        fmt.setBackground(background)
    return fmt


class DraftEditor(QPlainTextEdit):
    draftChanged = Signal(str)
    fixRequested = Signal(object, str)  # (Finding, suggestion)
    ignoreRequested = Signal(object)  # Finding
    addWordRequested = Signal(object)  # spelling Finding: its words go in the dictionary
    ignoreRuleRequested = Signal(object)  # grammar Finding: its rule is ignored everywhere
    editAttempted = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("draftEditor")
        self.setAccessibleName("Your reply")
        self.setAccessibleDescription(
            "Draft your reply here. Underlined words have suggestions: hover to read "
            "them, right-click for quick fixes."
        )
        self.setPlaceholderText(
            "Draft your reply here…\n\nStart by showing you heard them: name their "
            "problem in your own words."
        )
        self.setTabChangesFocus(True)
        self._findings: tuple[Finding, ...] = ()
        self._lint: list[QTextEdit.ExtraSelection] = []
        self._evidence: list[QTextEdit.ExtraSelection] = []
        self._slots: list[QTextEdit.ExtraSelection] = []
        self._placeholders: list[Span] = []
        self._positions = Positions("")
        self._text = ""
        self.textChanged.connect(self._on_text_changed)

    # -- text --------------------------------------------------------------------

    def text(self) -> str:
        return self._text

    def _on_text_changed(self) -> None:
        self._text = self.toPlainText()
        self._positions = Positions(self._text)
        self._evidence = []
        self._mark_placeholders()
        self._apply_selections()
        self.draftChanged.emit(self._text)

    # -- placeholders ------------------------------------------------------------

    def _mark_placeholders(self) -> None:
        self._placeholders = placeholders(self._text) if "<" in self._text else []
        colour = self.palette().highlight().color()
        colour.setAlpha(45)
        fmt = QTextCharFormat()
        fmt.setBackground(colour)
        fmt.setFontItalic(True)
        self._slots = span_selections(self.document(), self._positions, self._placeholders, fmt)

    def placeholder_spans(self) -> list[Span]:
        return list(self._placeholders)

    def jump_to_placeholder(self, forward: bool = True) -> bool:
        """Select the next (or previous) placeholder, wrapping around; False if none."""
        if not self._placeholders:
            return False
        cursor = self.textCursor()
        here = self._positions.to_py(cursor.selectionEnd() if forward else cursor.selectionStart())
        if forward:
            span = next((p for p in self._placeholders if p.start >= here), None)
            span = span or self._placeholders[0]
        else:
            span = next((p for p in reversed(self._placeholders) if p.end <= here), None)
            span = span or self._placeholders[-1]
        self.select_span(span.start, span.end)
        return True

    def insert_text(self, text: str) -> None:
        """Insert ``text`` at the cursor as one undoable step; select its first placeholder."""
        cursor = self.textCursor()
        start = self._positions.to_py(cursor.selectionStart())
        cursor.insertText(text)
        first = placeholders(text)
        if first:
            self.select_span(start + first[0].start, start + first[0].end)
        else:
            self.setTextCursor(cursor)
            self.setFocus(Qt.FocusReason.OtherFocusReason)

    def _cursor_for(self, start: int, end: int) -> QTextCursor:
        return span_cursor(self.document(), self._positions, start, end)

    # -- rendering findings -------------------------------------------------------

    def show_findings(self, findings: Sequence[Finding]) -> None:
        """Underline ``findings`` (offsets into the current text)."""
        self._findings = tuple(findings)
        selections = []
        formats: dict[tuple[str, str], QTextCharFormat] = {}
        for f in self._findings:
            if f.end <= f.start or f.end > len(self._text):
                continue
            look = (f.category, f.severity)
            if look not in formats:
                formats[look] = category_format(*look)
            fmt = formats[look]
            selections.append(span_selection(self.document(), self._positions, f.start, f.end, fmt))
        self._lint = selections
        self._apply_selections()

    def show_evidence(self, spans: Iterable[Span]) -> None:
        """Highlight where the draft shows a checklist item, and scroll to it."""
        colour = self.palette().highlight().color()
        colour.setAlpha(70)
        fmt = QTextCharFormat()
        fmt.setBackground(colour)
        self._evidence = span_selections(self.document(), self._positions, spans, fmt)
        self._apply_selections()
        if self._evidence:
            cursor = QTextCursor(self._evidence[0].cursor)
            cursor.setPosition(cursor.selectionStart())
            self.setTextCursor(cursor)
            self.ensureCursorVisible()

    def _apply_selections(self) -> None:
        self.setExtraSelections([*self._slots, *self._evidence, *self._lint])

    def findings_at(self, offset: int) -> list[Finding]:
        return [f for f in self._findings if f.start <= offset < f.end or offset == f.end > f.start]

    def select_span(self, start: int, end: int) -> None:
        self.setTextCursor(self._cursor_for(start, end))
        self.ensureCursorVisible()
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- quick fixes --------------------------------------------------------------

    def apply_fix(self, finding: Finding, suggestion: str) -> bool:
        """Replace the finding's words with ``suggestion`` as one undoable step.

        Returns False (and changes nothing) if the text moved on since the finding was
        made. When the rewrite leaves placeholders, the first one is selected so the
        writer can type straight over it.
        """
        if self._text[finding.start : finding.end] != finding.text:
            return False
        cursor = self._cursor_for(finding.start, finding.end)
        cursor.insertText(suggestion)
        match = PLACEHOLDER.search(suggestion)
        if match:
            self.select_span(finding.start + match.start(), finding.start + match.end())
        else:
            self.setTextCursor(cursor)
        return True

    def context_menu_at(self, pos: QPoint) -> QMenu:
        """The right-click menu at ``pos``: quick fixes and choices for the findings there."""
        menu = self.createStandardContextMenu(pos)
        offset = self._positions.to_py(self.cursorForPosition(pos).position())
        here = self.findings_at(offset)
        fixes = [(f, s) for f in here for s in f.suggestions] if not self.isReadOnly() else []
        if fixes or here:
            first = menu.actions()[0] if menu.actions() else None
            added = []
            for finding, suggestion in fixes[:6]:
                action = menu.addAction(f"Use “{_short(suggestion)}”")
                action.setObjectName("quickFixAction")
                action.setToolTip(finding.message)
                action.triggered.connect(
                    lambda _=False, f=finding, s=suggestion: self.fixRequested.emit(f, s)
                )
                added.append(action)
            for finding in here:
                label = CATEGORY_LABEL.get(finding.category, finding.category.title())
                text = "Ignore here…" if len(here) == 1 else f"Ignore here ({label})…"
                action = menu.addAction(text)
                action.setObjectName("ignoreHereAction")
                action.setToolTip(f"Accept “{_short(finding.text)}” in this draft")
                action.triggered.connect(lambda _=False, f=finding: self.ignoreRequested.emit(f))
                added.append(action)
                added += grammar_actions(
                    menu, finding, self.addWordRequested, self.ignoreRuleRequested
                )
            if first is not None:
                for action in added:
                    menu.removeAction(action)
                    menu.insertAction(first, action)
                menu.insertSeparator(first)
        return menu

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = self.context_menu_at(event.pos())
        menu.exec(event.globalPos())
        menu.deleteLater()

    # -- hover explanations -------------------------------------------------------

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            pos: QPoint = event.pos()  # type: ignore[attr-defined]
            offset = self._positions.to_py(self.cursorForPosition(pos).position())
            tip = tooltip_html(self.findings_at(offset))
            if tip:
                QToolTip.showText(event.globalPos(), tip, self)  # type: ignore[attr-defined]
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)

    # -- read-only review ---------------------------------------------------------

    def focusNextPrevChild(self, next: bool) -> bool:
        # Tab reaches us here (tabChangesFocus): while placeholders remain, Tab fills
        # them in turn instead of leaving the editor.
        if not self.isReadOnly() and self.hasFocus() and self.jump_to_placeholder(next):
            return True
        return super().focusNextPrevChild(next)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.isReadOnly() and _is_edit_key(event):
            self.editAttempted.emit()  # the owner may make us editable again
        super().keyPressEvent(event)


def tooltip_html(findings: Sequence[Finding]) -> str:
    parts = []
    for f in findings:
        label = CATEGORY_LABEL.get(f.category, f.category.title())
        text = f"<b>{html.escape(label)}</b> — {html.escape(f.message)}"
        if f.suggestions:
            options = "".join(f"<li>{html.escape(s)}</li>" for s in f.suggestions[:4])
            text += f"<br/>Try:<ul style='margin:0'>{options}</ul>"
        parts.append(text)
    return "<hr/>".join(parts)


def grammar_actions(
    menu: QMenu, finding: Finding, add_word: SignalInstance, ignore_rule: SignalInstance
) -> list[QAction]:
    """Add the personal-dictionary choices for a grammar or spelling ``finding`` to ``menu``.

    Spelling: "Add “word” to dictionary". Grammar: "Ignore this rule" (everywhere, kept
    in the personal dictionary's rule list). Other categories get nothing.
    """
    added = []
    if finding.category == "spelling":
        action = menu.addAction(f"Add “{_short(finding.text, 40)}” to dictionary")
        action.setObjectName("addToDictionaryAction")
        action.setToolTip("Never flag this word again (kept in your personal dictionary)")
        action.triggered.connect(lambda _=False, f=finding: add_word.emit(f))
        added.append(action)
    elif finding.category == "grammar":
        action = menu.addAction("Ignore this rule")
        action.setObjectName("ignoreGrammarRuleAction")
        action.setToolTip(f"Stop checking {finding.rule} in every reply")
        action.triggered.connect(lambda _=False, f=finding: ignore_rule.emit(f))
        added.append(action)
    return added


def _short(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _is_edit_key(event: QKeyEvent) -> bool:
    for key in (
        QKeySequence.StandardKey.Paste,
        QKeySequence.StandardKey.Cut,
        QKeySequence.StandardKey.Undo,
        QKeySequence.StandardKey.Redo,
    ):
        if event.matches(key):
            return True
    if event.modifiers() & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier):
        return False
    if event.key() in (
        Qt.Key.Key_Backspace,
        Qt.Key.Key_Delete,
        Qt.Key.Key_Return,
        Qt.Key.Key_Enter,
    ):
        return True
    return bool(event.text()) and event.text().isprintable()
