"""Highlighting core spans (Python offsets) in a QTextEdit.

Both editors underline or tint spans the core reports; the offset conversion and the
clamping to the document live here once.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtGui import QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import QTextEdit

from desktop.core import Span

from .text_positions import Positions


def span_cursor(document: QTextDocument, positions: Positions, start: int, end: int) -> QTextCursor:
    """A cursor selecting draft[start:end], clamped to the document."""
    cursor = QTextCursor(document)
    limit = document.characterCount() - 1
    cursor.setPosition(min(positions.to_qt(start), limit))
    cursor.setPosition(min(positions.to_qt(end), limit), QTextCursor.MoveMode.KeepAnchor)
    return cursor


def span_selection(
    document: QTextDocument, positions: Positions, start: int, end: int, fmt: QTextCharFormat
) -> QTextEdit.ExtraSelection:
    selection = QTextEdit.ExtraSelection()
    selection.cursor = span_cursor(document, positions, start, end)
    selection.format = fmt
    return selection


def span_selections(
    document: QTextDocument, positions: Positions, spans: Iterable[Span], fmt: QTextCharFormat
) -> list[QTextEdit.ExtraSelection]:
    return [span_selection(document, positions, s.start, s.end, fmt) for s in spans]
