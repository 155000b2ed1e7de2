"""The template picker (Ctrl+T): type to filter, Enter to insert the chosen template.

It lists what `desktop.core.templates` loads (title and description, filtered on
title, description, tags and body) and reports the choice; the main window inserts it.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core import RuleSet
from desktop.core.templates import Template, templates

_ROLE = Qt.ItemDataRole.UserRole


class TemplatePicker(QDialog):
    def __init__(self, ruleset: RuleSet | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("templatePicker")
        self.setAccessibleName("Insert a template")
        self.setWindowTitle("Insert a template")
        self.resize(520, 420)
        try:
            self._templates = templates(ruleset)
        except Exception as exc:  # a broken user file must not stop the picker opening
            self._templates = []
            self._problem = str(exc)
        else:
            self._problem = ""

        self.search = QLineEdit()
        self.search.setObjectName("templateSearch")
        self.search.setAccessibleName("Filter templates")
        self.search.setPlaceholderText("Type to filter: outage, logs, refund…")
        self.search.setClearButtonEnabled(True)
        self.list = QListWidget()
        self.list.setObjectName("templateList")
        self.list.setAccessibleName("Templates")
        self.list.setWordWrap(True)
        self.empty = QLabel(self._problem or "No template matches.")
        self.empty.setObjectName("templateEmpty")
        self.empty.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Insert")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty)
        layout.addWidget(buttons)

        self.search.textChanged.connect(self.filter)
        self.list.itemActivated.connect(lambda _item: self.accept())
        self.list.itemDoubleClicked.connect(lambda _item: self.accept())
        self.search.installEventFilter(self)
        self.filter("")
        self.search.setFocus()

    def filter(self, text: str) -> None:
        words = text.lower().split()
        self.list.clear()
        for t in self._templates:
            haystack = " ".join((t.title, t.description, " ".join(t.tags), t.body)).lower()
            if all(w in haystack for w in words):
                item = QListWidgetItem(f"{t.title}\n{t.description}")
                item.setData(_ROLE, t)
                item.setToolTip(f"<pre>{html.escape(t.body)}</pre>")
                item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{t.title}: {t.description}")
                self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)
        self.empty.setVisible(not self.list.count())

    def titles(self) -> list[str]:
        return [self.list.item(i).data(_ROLE).title for i in range(self.list.count())]

    def chosen(self) -> Template | None:
        item = self.list.currentItem()
        return item.data(_ROLE) if item is not None else None

    def eventFilter(self, obj, event) -> bool:  # arrows in the search box move the list
        arrows = (Qt.Key.Key_Down, Qt.Key.Key_Up)
        if obj is self.search and isinstance(event, QKeyEvent) and event.key() in arrows:
            if event.type() == event.Type.KeyPress:
                row = self.list.currentRow() + (1 if event.key() == Qt.Key.Key_Down else -1)
                if 0 <= row < self.list.count():
                    self.list.setCurrentRow(row)
            return True
        return super().eventFilter(obj, event)
