"""The list of findings beside the draft, each with one-click quick fixes.

Activating a row selects its words in the draft (`findingActivated`); a fix button
applies that rewrite (`fixRequested`). Rows are rebuilt only when what they say
changes, so typing (which shifts offsets on every keystroke) stays cheap.
"""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core import Finding

from .draft_editor import CATEGORY_LABEL, CATEGORY_STYLE

_ROLE = Qt.ItemDataRole.UserRole


def _key(f: Finding) -> tuple:
    return (f.rule, f.category, f.text, f.message, f.suggestions)


class _Row(QWidget):
    def __init__(self, finding: Finding, owner: FindingsList) -> None:
        super().__init__()
        self.setObjectName("findingRow")
        colour = CATEGORY_STYLE.get(finding.category, CATEGORY_STYLE["clarity"])[0]
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(3)
        head = QLabel(
            f"<span style='color:{colour}; font-weight:600'>"
            f"{html.escape(CATEGORY_LABEL.get(finding.category, finding.category.title()))}"
            f"</span>&nbsp; <i>“{html.escape(_short(finding.text, 48))}”</i>"
        )
        head.setTextFormat(Qt.TextFormat.RichText)
        message = QLabel(finding.message)
        message.setWordWrap(True)
        message.setObjectName("findingMessage")
        layout.addWidget(head)
        layout.addWidget(message)
        self.buttons: list[QPushButton] = []
        if finding.suggestions:
            fixes = QHBoxLayout()
            fixes.setSpacing(6)
            for suggestion in finding.suggestions[:2]:
                button = QPushButton(_short(suggestion, 42))
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
            layout.addLayout(fixes)
        self.finding = finding


class FindingsList(QListWidget):
    findingActivated = Signal(object)  # Finding
    fixRequested = Signal(object, str)  # (Finding, suggestion)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("findingsList")
        self.setAccessibleName("Suggestions")
        self.setAccessibleDescription(
            "What could be clearer or kinder in your reply. Activate one to select its "
            "words; use a suggestion button to apply it."
        )
        self.setVerticalScrollMode(QListWidget.ScrollMode.ScrollPerPixel)
        self.setSpacing(2)
        self._keys: list[tuple] = []
        self._empty = QLabel("Nothing to suggest — it reads clear and kind.", self.viewport())
        self._empty.setObjectName("emptyHint")
        self._empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._empty.setWordWrap(True)
        self.itemActivated.connect(self._on_activated)
        self.itemClicked.connect(self._on_activated)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._empty.setGeometry(self.viewport().rect().adjusted(12, 12, -12, -12))

    def show_findings(self, findings: Sequence[Finding]) -> None:
        keys = [_key(f) for f in findings]
        if keys == self._keys:
            for i, f in enumerate(findings):  # same rows, new offsets
                item = self.item(i)
                item.setData(_ROLE, f)
                self.itemWidget(item).finding = f  # type: ignore[attr-defined]
            return
        self._keys = keys
        self.clear()
        for f in findings:
            row = _Row(f, self)
            item = QListWidgetItem(self)
            item.setData(_ROLE, f)
            item.setData(
                Qt.ItemDataRole.AccessibleTextRole,
                f"{CATEGORY_LABEL.get(f.category, f.category)}: {f.message} ({f.text})",
            )
            item.setSizeHint(row.sizeHint())
            self.setItemWidget(item, row)
        self._empty.setVisible(not findings)

    def finding(self, row: int) -> Finding:
        return self.item(row).data(_ROLE)

    def fix_buttons(self, row: int) -> list[QPushButton]:
        return self.itemWidget(self.item(row)).buttons  # type: ignore[attr-defined]

    def request_fix(self, finding: Finding, suggestion: str) -> None:
        self.fixRequested.emit(finding, suggestion)

    def _on_activated(self, item: QListWidgetItem) -> None:
        self.findingActivated.emit(item.data(_ROLE))


def _short(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
