"""Which draft is in the editors, and keeping it saved: new, open, delete (with undo),
reopen a sent reply, autosave, and what the drafts panel lists.

It owns the current draft's id and the autosave timer, and drives the store, the two
editors and the drafts panel it is given. Everything else it needs from the window
(ending a cool-down, the draft's ignored findings, analysing, the title, the status
bar) goes through the small `DraftsView` interface, so it can be exercised with a fake
window (Mu's `Editor(view)`). It must never decide what the analysis shows or when a
reply may be copied: that stays with the window.
"""

from __future__ import annotations

import sqlite3
import weakref
from typing import Protocol

from PySide6.QtCore import QObject, QTimer, Signal

from desktop.core.drafts import Draft, DraftStore

from .customer_editor import CustomerEditor
from .draft_editor import DraftEditor
from .drafts_panel import DraftsPanel

AUTOSAVE_DELAY_MS = 400


class DraftsView(Protocol):
    """What the controller asks of the window, and nothing more."""

    def draft_status(self) -> str:
        """The status a save records: "ready" once the cool-down has ended, else "draft"."""
        ...

    def prepare_for_draft(self, draft: Draft | None) -> None:
        """Another draft (None: a new one) is about to fill the editors: end any cool-down
        and take that draft's own choices (its ignored findings)."""
        ...

    def analyse_now(self) -> object:
        """Analyse the text now in the editors at once."""
        ...

    def show_draft_title(self, title: str) -> None:
        """Name the current draft where the user sees it (the window title)."""
        ...

    def show_status(self, message: str, timeout: int = 0) -> None:
        """Say something passing in the status bar (timeout in ms, 0 until replaced)."""
        ...


class DraftsController(QObject):
    """Keeps the editors' text in the store and switches between drafts."""

    #: the draft with this id now holds what the editors show
    draftSaved = Signal(int)

    def __init__(
        self,
        store: DraftStore,
        customer_editor: CustomerEditor,
        draft_editor: DraftEditor,
        panel: DraftsPanel,
        view: DraftsView,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self._customer = customer_editor
        self._reply = draft_editor
        self._panel = panel
        # Weakly: the window owns this controller, and a strong reference back would put
        # the window in a reference cycle, which PySide6 6.12 can crash on (exit 134) when
        # the collector tears it down at interpreter exit.
        self._view: DraftsView = weakref.proxy(view)
        self._draft_id: int | None = None
        self._loading = False  # text set by a load is not an edit: no autosave for it
        self._deleted: int | None = None  # what "Undo" brings back
        self._autosave_timer = QTimer(self)
        self._autosave_timer.setSingleShot(True)
        self._autosave_timer.setInterval(AUTOSAVE_DELAY_MS)
        self._autosave_timer.timeout.connect(self.autosave_now)

    @property
    def draft_id(self) -> int | None:
        """The stored draft in the editors; None until a new one is first saved."""
        return self._draft_id

    def ensure_draft(self) -> int:
        """The current draft's id, creating its row first if it has none yet."""
        if self._draft_id is None:
            self._draft_id = self.store.create().id
            self._panel.set_current(self._draft_id)
        return self._draft_id

    # -- saving --------------------------------------------------------------------

    def schedule_autosave(self, _text: str = "") -> None:
        """The text changed: save it soon (restarted on each keystroke), unless a load
        is filling the editors."""
        if not self._loading:
            self._autosave_timer.start()

    def autosave_now(self) -> None:
        self._autosave_timer.stop()
        customer, reply = self._customer.text(), self._reply.text()
        if self._draft_id is None and not (customer.strip() or reply.strip()):
            return
        try:
            draft_id = self.ensure_draft()
            self.store.save(draft_id, customer, reply, self._view.draft_status())
        except sqlite3.Error as exc:
            self._view.show_status(f"Autosave failed: {exc}. Your text is still here.")
            return
        self.refresh_lists()
        self._update_title()
        self.draftSaved.emit(draft_id)

    # -- switching drafts ----------------------------------------------------------

    def restore_latest(self) -> None:
        """At start: the draft the user last worked on, unless it was sent."""
        latest = self.store.latest()
        if latest is not None and latest.status != "sent":
            self._load(latest)
        else:
            self._load(None)

    def _load(self, draft: Draft | None) -> None:
        self._loading = True
        try:
            self._draft_id = draft.id if draft else None
            self._view.prepare_for_draft(draft)
            self._customer.setPlainText(draft.customer if draft else "")
            self._reply.setPlainText(draft.reply if draft else "")
        finally:
            self._loading = False
        self._autosave_timer.stop()
        self._panel.set_current(self._draft_id)
        self._view.analyse_now()
        self._update_title()
        self._reply.setFocus()

    def new_draft(self) -> None:
        self.autosave_now()
        self._load(None)
        self._customer.setFocus()

    def open_draft(self, draft_id: int) -> None:
        if draft_id == self._draft_id:
            return
        self.autosave_now()
        draft = self.store.get(draft_id)
        if draft is not None:
            self._load(draft)

    def open_sent(self, sent_id: int) -> None:
        """Reopen a sent reply: its own draft when that still holds what was sent, else
        a new draft with the same message and reply (to follow up from)."""
        sent = self.store.sent(sent_id)
        if sent is None:
            return
        draft = self.store.get(sent.draft_id) if sent.draft_id is not None else None
        if draft is not None and draft.deleted is None and draft.reply == sent.reply:
            self.open_draft(draft.id)
            return
        self.autosave_now()
        self._load(self.store.create(sent.customer, sent.reply))
        self.refresh_lists()
        self._view.show_status("Opened a copy of the sent reply as a new draft.", 6000)

    def delete_draft(self, draft_id: int) -> None:
        self.autosave_now()
        self.store.delete(draft_id)
        self._deleted = draft_id
        if draft_id == self._draft_id:
            self._load(None)
        self._panel.show_undo(True)
        self.refresh_lists()

    def undo_delete(self) -> None:
        if self._deleted is None:
            return
        self.store.undelete(self._deleted)
        restored, self._deleted = self._deleted, None
        self._panel.show_undo(False)
        self.refresh_lists()
        self.open_draft(restored)

    # -- what the panel and the title show -----------------------------------------

    def refresh_lists(self, _search: str | None = None) -> None:
        """List the drafts and sent replies that match the panel's search."""
        search = self._panel.search.text()
        try:
            drafts = self.store.drafts(search)
            history = self.store.history(search)
        except sqlite3.Error as exc:
            self._view.show_status(f"Could not read drafts: {exc}")
            return
        self._panel.show_drafts(drafts)
        self._panel.show_history(history)

    def _update_title(self) -> None:
        draft = self.store.get(self._draft_id) if self._draft_id is not None else None
        self._view.show_draft_title(
            draft.title if draft and draft.title != "Empty draft" else "New reply"
        )
