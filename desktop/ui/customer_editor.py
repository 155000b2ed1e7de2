"""The customer's message: a paste target, read as context for the reply.

It highlights the questions the customer asked (answered ones fade to a tick colour)
and softens the heat in their words (dimmed, so the engineer can read past it). What
counts as a question or as heat comes from the core; this widget only paints it.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit, QWidget

from desktop.core import CustomerQuestion, Span

from .selections import span_selection
from .text_positions import Positions

QUESTION_OPEN = "#2f7fd8"
QUESTION_ANSWERED = "#2e9e6a"


class CustomerEditor(QPlainTextEdit):
    customerChanged = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("customerEditor")
        self.setAccessibleName("Customer's message")
        self.setAccessibleDescription(
            "Paste the customer's message here. Their questions are highlighted; "
            "heated words are dimmed so you can read past them."
        )
        self.setPlaceholderText("Paste the customer's message here…")
        self.setTabChangesFocus(True)
        self._positions = Positions("")
        self._text = ""
        self._questions: list[QTextEdit.ExtraSelection] = []
        self._heat: list[QTextEdit.ExtraSelection] = []
        self._focus: list[QTextEdit.ExtraSelection] = []
        self.textChanged.connect(self._on_text_changed)

    def text(self) -> str:
        return self._text

    def _on_text_changed(self) -> None:
        self._text = self.toPlainText()
        self._positions = Positions(self._text)
        self.customerChanged.emit(self._text)

    def _selection(self, start: int, end: int, fmt: QTextCharFormat) -> QTextEdit.ExtraSelection:
        return span_selection(self.document(), self._positions, start, end, fmt)

    def show_questions(self, questions: Sequence[CustomerQuestion]) -> None:
        out = []
        for q in questions:
            if q.end > len(self._text):
                continue
            colour = QColor(QUESTION_ANSWERED if q.answered else QUESTION_OPEN)
            fmt = QTextCharFormat()
            tint = QColor(colour)
            tint.setAlpha(28 if q.answered else 45)
            fmt.setBackground(tint)
            fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
            fmt.setUnderlineColor(colour)
            fmt.setToolTip(
                "You answered this." if q.answered else "Not answered in your reply yet."
            )
            out.append(self._selection(q.start, q.end, fmt))
        self._questions = out
        self._apply()

    def show_heat(self, spans: Sequence[Span]) -> None:
        fmt = QTextCharFormat()
        dim = self.palette().text().color()
        dim.setAlpha(110)
        fmt.setForeground(dim)
        fmt.setFontItalic(True)
        fmt.setToolTip("Heat, not content: read past it to the problem underneath.")
        self._heat = [
            self._selection(s.start, s.end, fmt) for s in spans if s.end <= len(self._text)
        ]
        self._apply()

    def focus_span(self, start: int, end: int) -> None:
        fmt = QTextCharFormat()
        colour = self.palette().highlight().color()
        colour.setAlpha(90)
        fmt.setBackground(colour)
        sel = self._selection(start, end, fmt)
        self._focus = [sel]
        self._apply()
        self.setTextCursor(QTextCursor(sel.cursor))
        self.ensureCursorVisible()

    def _apply(self) -> None:
        self.setExtraSelections([*self._heat, *self._questions, *self._focus])
