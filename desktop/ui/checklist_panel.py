"""The live checklist: LEAP and the grace values ticking as the draft shows them, and
the customer's questions with whether the reply answers them.

Clicking a done item asks for its evidence to be shown in the draft
(`evidenceRequested`); clicking a question shows it in the customer's message
(`questionRequested`). What is done is decided in the core; this only draws it.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from desktop.core import ChecklistResult, CustomerQuestion

GROUPS = (("leap", "LEAP"), ("grace", "Grace under fire"))
DONE_COLOUR = "#2e9e6a"
OPEN_COLOUR = "#8a94a6"
QUESTION_COLOUR = "#2f7fd8"
_ROLE = Qt.ItemDataRole.UserRole


def _mark(done: bool, colour: str, size: int = 18) -> QIcon:
    pixmap = QPixmap(size * 2, size * 2)
    pixmap.setDevicePixelRatio(2.0)
    pixmap.fill(Qt.GlobalColor.transparent)
    p = QPainter(pixmap)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    rect = QRectF(2, 2, size - 4, size - 4)
    if done:
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor(colour))
        p.drawEllipse(rect)
        pen = QPen(QColor("white"), 2.0)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        p.setPen(pen)
        path = QPainterPath()
        path.moveTo(size * 0.30, size * 0.52)
        path.lineTo(size * 0.45, size * 0.66)
        path.lineTo(size * 0.70, size * 0.38)
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawPath(path)
    else:
        p.setPen(QPen(QColor(colour), 1.6))
        p.drawEllipse(rect)
    p.end()
    return QIcon(pixmap)


class ChecklistPanel(QTreeWidget):
    evidenceRequested = Signal(object)  # tuple[Span, ...]
    questionRequested = Signal(object)  # CustomerQuestion

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("checklistPanel")
        self.setAccessibleName("Checklist")
        self.setAccessibleDescription(
            "LEAP and grace-under-fire items, ticked as your reply shows them, and the "
            "questions the customer asked. Activate a ticked item to see where."
        )
        self.setHeaderHidden(True)
        self.setRootIsDecorated(False)
        self.setIndentation(8)
        self.setWordWrap(True)
        self.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # a hint too long for the panel ends in "…" (its tooltip has it whole)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setUniformRowHeights(False)
        self.setIconSize(QSize(18, 18))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._icons = {
            "done": _mark(True, DONE_COLOUR),
            "open": _mark(False, OPEN_COLOUR),
            "answered": _mark(True, DONE_COLOUR),
            "question": _mark(False, QUESTION_COLOUR),
        }
        self._groups: dict[str, QTreeWidgetItem] = {}
        for key, title in GROUPS:
            self._groups[key] = self._group(title)
        self._questions = self._group("Their questions")
        self._unchecked = QTreeWidgetItem(self, ["Not checked: the text is too long."])
        self._unchecked.setFlags(Qt.ItemFlag.ItemIsEnabled)
        self._unchecked.setForeground(0, self.palette().placeholderText())
        self._unchecked.setHidden(True)
        self._items: dict[str, QTreeWidgetItem] = {}
        self._results: dict[str, ChecklistResult] = {}
        self._enabled: set[str] = {key for key, _ in GROUPS}
        self.itemActivated.connect(self._on_activated)
        self.itemClicked.connect(self._on_activated)

    def _group(self, title: str) -> QTreeWidgetItem:
        item = QTreeWidgetItem(self, [title])
        item.setFlags(Qt.ItemFlag.ItemIsEnabled)
        font = item.font(0)
        font.setBold(True)
        item.setFont(0, font)
        item.setExpanded(True)
        return item

    # -- rendering -----------------------------------------------------------------

    def set_checked(self, checked: bool) -> None:
        """Whether the text was checked at all; if not, the panel says so instead of
        showing an empty list."""
        self._unchecked.setHidden(checked)

    def is_unchecked_shown(self) -> bool:
        return not self._unchecked.isHidden()

    def set_enabled_groups(self, groups: Collection[str]) -> None:
        self._enabled = set(groups)
        for key, group in self._groups.items():
            group.setHidden(key not in self._enabled)

    def show_checklist(self, results: Sequence[ChecklistResult]) -> None:
        seen = set()
        for result in results:
            group_key = result.id.split(".", 1)[0]
            group = self._groups.get(group_key) or self._groups["grace"]
            item = self._items.get(result.id)
            if item is None:
                item = QTreeWidgetItem(group)
                item.setData(0, _ROLE, result.id)
                self._items[result.id] = item
            seen.add(result.id)
            self._results[result.id] = result
            if result.done:
                item.setText(0, result.label)
                item.setIcon(0, self._icons["done"])
                item.setToolTip(0, f"{result.label}: done — click to see where." if result.evidence
                                else f"{result.label}: done — {result.basis or 'nothing to show'}.")
                item.setData(0, Qt.ItemDataRole.AccessibleTextRole, f"{result.label}: done")
                item.setForeground(0, self.palette().text())
            else:
                item.setText(0, f"{result.label}\n{result.hint}")
                item.setIcon(0, self._icons["open"])
                item.setToolTip(0, result.hint)
                item.setData(
                    0, Qt.ItemDataRole.AccessibleTextRole, f"{result.label}: not yet. {result.hint}"
                )
        for gone in set(self._items) - seen:
            item = self._items.pop(gone)
            self._results.pop(gone, None)
            (item.parent() or self.invisibleRootItem()).removeChild(item)
        for group in self._groups.values():
            group.setHidden(group.childCount() == 0 or self._group_key(group) not in self._enabled)

    def _group_key(self, group: QTreeWidgetItem) -> str:
        return next(k for k, g in self._groups.items() if g is group)

    def show_questions(self, questions: Sequence[CustomerQuestion]) -> None:
        self._questions.takeChildren()
        for q in questions:
            text = q.text if len(q.text) <= 90 else q.text[:89] + "…"
            item = QTreeWidgetItem(self._questions, [text])
            item.setData(0, _ROLE, q)
            answered = "answered" if q.answered else "question"
            item.setIcon(0, self._icons[answered])
            state = "answered" if q.answered else "not answered yet"
            item.setToolTip(0, f"They asked: {q.text} ({state})")
            item.setData(0, Qt.ItemDataRole.AccessibleTextRole, f"Question {state}: {q.text}")
        unanswered = sum(1 for q in questions if not q.answered)
        title = "Their questions"
        if questions:
            title += f" — {unanswered} unanswered" if unanswered else " — all answered"
        self._questions.setText(0, title)
        self._questions.setHidden(not questions)

    # -- reading state (tests, accessibility) --------------------------------------

    def is_done(self, item_id: str) -> bool:
        result = self._results.get(item_id)
        return bool(result and result.done)

    def item_for(self, item_id: str) -> QTreeWidgetItem | None:
        return self._items.get(item_id)

    def unanswered_questions(self) -> list[str]:
        out = []
        for i in range(self._questions.childCount()):
            item = self._questions.child(i)
            q = item.data(0, _ROLE) if item is not None else None
            if q is not None and not q.answered:
                out.append(q.text)
        return out

    # -- user actions --------------------------------------------------------------

    def _on_activated(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        data = item.data(0, _ROLE)
        if isinstance(data, CustomerQuestion):
            self.questionRequested.emit(data)
        elif isinstance(data, str):
            result = self._results.get(data)
            if result and result.done and result.evidence:
                self.evidenceRequested.emit(result.evidence)
