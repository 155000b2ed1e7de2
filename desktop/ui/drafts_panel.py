"""Drafts and sent-reply history: new, open, delete (with undo), reopen what was sent,
and search.

The panel shows what it is given and emits what the user asked for; `DraftsController`
decides what that is, with the draft store the main window owns.
"""

from __future__ import annotations

import time
from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.core.drafts import Draft, SentReply

_ROLE = Qt.ItemDataRole.UserRole


def _when(t: float) -> str:
    local = time.localtime(t)
    if time.strftime("%Y%m%d", local) == time.strftime("%Y%m%d"):
        return time.strftime("%H:%M", local)
    return time.strftime("%d %b", local)


class DraftsPanel(QWidget):
    newRequested = Signal()
    openRequested = Signal(int)
    sentOpenRequested = Signal(int)
    deleteRequested = Signal(int)
    undoRequested = Signal()
    searchChanged = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("draftsPanel")
        self.setAccessibleName("Drafts and history")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)

        self.search = QLineEdit()
        self.search.setObjectName("draftSearch")
        self.search.setPlaceholderText("Search drafts and sent replies")
        self.search.setAccessibleName("Search drafts")
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.searchChanged)
        layout.addWidget(self.search)

        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.drafts = QListWidget()
        self.drafts.setObjectName("draftsList")
        self.drafts.setAccessibleName("Drafts")
        # a long title ends in "…" rather than pushing the list into a sideways scroll
        self.drafts.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.drafts.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.drafts.itemActivated.connect(self._open)
        self.drafts.itemClicked.connect(self._open)
        self.history = QListWidget()
        self.history.setObjectName("historyList")
        self.history.setAccessibleName("Sent replies")
        self.history.setWordWrap(True)
        self.history.itemActivated.connect(
            lambda item: self.sentOpenRequested.emit(int(item.data(_ROLE)))
        )
        self.tabs.addTab(self.drafts, "Drafts")
        self.tabs.addTab(self.history, "Sent")
        layout.addWidget(self.tabs, 1)

        self.undo_bar = QWidget()
        undo_layout = QHBoxLayout(self.undo_bar)
        undo_layout.setContentsMargins(0, 0, 0, 0)
        self.undo_label = QLabel("Draft deleted.")
        self.undo_button = QPushButton("Undo")
        self.undo_button.setObjectName("undoDeleteButton")
        self.undo_button.setAccessibleName("Undo delete")
        self.undo_button.clicked.connect(self.undoRequested)
        undo_layout.addWidget(self.undo_label, 1)
        undo_layout.addWidget(self.undo_button)
        self.undo_bar.hide()
        layout.addWidget(self.undo_bar)

        buttons = QHBoxLayout()
        self.new_button = QPushButton("New")
        self.new_button.setObjectName("newDraftButton")
        self.new_button.setAccessibleName("New draft")
        self.new_button.clicked.connect(self.newRequested)
        self.delete_button = QPushButton("Delete")
        self.delete_button.setObjectName("deleteDraftButton")
        self.delete_button.setAccessibleName("Delete the selected draft")
        self.delete_button.clicked.connect(self._delete)
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.delete_button)
        layout.addLayout(buttons)
        self._current: int | None = None

    def set_current(self, draft_id: int | None) -> None:
        self._current = draft_id
        for i in range(self.drafts.count()):
            item = self.drafts.item(i)
            if item.data(_ROLE) == draft_id:
                self.drafts.setCurrentItem(item)

    def show_drafts(self, drafts: Sequence[Draft]) -> None:
        self.drafts.blockSignals(True)
        self.drafts.clear()
        for d in drafts:
            status = {"sent": " · sent", "ready": " · ready"}.get(d.status, "")
            item = QListWidgetItem(f"{d.title}\n{_when(d.updated)}{status}")
            item.setData(_ROLE, d.id)
            item.setToolTip(d.reply[:400] or d.customer[:400])
            self.drafts.addItem(item)
        self.drafts.blockSignals(False)
        self.set_current(self._current)

    def show_history(self, sent: Sequence[SentReply]) -> None:
        self.history.clear()
        for s in sent:
            first = next((ln for ln in s.reply.splitlines() if ln.strip()), "")
            item = QListWidgetItem(f"{first[:70]}\nsent {_when(s.sent_at)}")
            item.setToolTip(f"{s.reply[:800]}\n\n(Double-click or Enter to open it again.)")
            item.setData(_ROLE, s.id)
            self.history.addItem(item)

    def show_undo(self, visible: bool) -> None:
        self.undo_bar.setVisible(visible)

    def _open(self, item: QListWidgetItem) -> None:
        self.openRequested.emit(int(item.data(_ROLE)))

    def _delete(self) -> None:
        item = self.drafts.currentItem()
        draft_id = item.data(_ROLE) if item else self._current
        if draft_id is not None:
            self.deleteRequested.emit(int(draft_id))
