"""The drafts controller on its own: real editors, panel and store, a fake window."""

from __future__ import annotations

import weakref
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from desktop.core.drafts import Draft, DraftStore
from desktop.ui.customer_editor import CustomerEditor
from desktop.ui.draft_editor import DraftEditor
from desktop.ui.drafts_controller import DraftsController
from desktop.ui.drafts_panel import DraftsPanel


@dataclass
class FakeView:
    """Records what the controller asked of the window, with the reply text at the time."""

    reply: DraftEditor
    status: str = "draft"
    title: str = ""
    calls: list[tuple[str, object, str]] = field(default_factory=list)
    messages: list[str] = field(default_factory=list)

    def draft_status(self) -> str:
        return self.status

    def prepare_for_draft(self, draft: Draft | None) -> None:
        self.calls.append(("prepare", draft.id if draft else None, self.reply.text()))

    def analyse_now(self) -> None:
        self.calls.append(("analyse", None, self.reply.text()))

    def show_draft_title(self, title: str) -> None:
        self.title = title

    def show_status(self, message: str, timeout: int = 0) -> None:
        self.messages.append(message)


@dataclass
class Rig:
    controller: DraftsController
    view: FakeView
    store: DraftStore
    customer: CustomerEditor
    reply: DraftEditor
    panel: DraftsPanel


@pytest.fixture
def rig(qtbot, tmp_path: Path) -> Iterator[Rig]:
    store, _ = DraftStore.open(tmp_path / "drafts.sqlite3")
    customer, reply, panel = CustomerEditor(), DraftEditor(), DraftsPanel()
    for widget in (customer, reply, panel):
        qtbot.addWidget(widget)
    view = FakeView(reply)
    controller = DraftsController(store, customer, reply, panel, view)
    # as the main window wires it
    customer.customerChanged.connect(controller.schedule_autosave)
    reply.draftChanged.connect(controller.schedule_autosave)
    yield Rig(controller, view, store, customer, reply, panel)
    store.close()


def test_typing_is_saved_soon_with_the_status_the_view_gives(qtbot, rig: Rig) -> None:
    rig.customer.setPlainText("Why is the VPN down?")
    rig.view.status = "ready"
    with qtbot.waitSignal(rig.controller.draftSaved, timeout=1000) as saved:
        qtbot.keyClicks(rig.reply, "I'm sorry it is down.")
    draft = rig.store.get(saved.args[0])
    assert (draft.customer, draft.reply, draft.status) == (
        "Why is the VPN down?",
        "I'm sorry it is down.",
        "ready",
    )
    assert rig.controller.draft_id == draft.id
    assert rig.view.title == "Why is the VPN down?"
    assert rig.panel.drafts.count() == 1


def test_an_empty_new_draft_is_never_stored(rig: Rig) -> None:
    rig.controller.new_draft()
    rig.controller.autosave_now()
    assert rig.store.drafts() == []
    assert rig.controller.draft_id is None
    assert rig.view.title == "New reply"


def test_opening_a_draft_prepares_the_view_first_and_is_not_an_edit(rig: Rig) -> None:
    stored = rig.store.create("Billing is wrong", "Hi Ana, I'm looking at it now.")
    rig.reply.setPlainText("an unsaved reply")
    rig.controller.open_draft(stored.id)
    assert rig.view.calls[-2:] == [
        ("prepare", stored.id, "an unsaved reply"),  # before the editors change
        ("analyse", None, "Hi Ana, I'm looking at it now."),  # after
    ]
    assert rig.customer.text() == "Billing is wrong"
    assert not rig.controller._autosave_timer.isActive()  # filling the editors saved nothing
    # what was in the editors was saved before switching
    assert sorted(d.reply for d in rig.store.drafts()) == [
        "Hi Ana, I'm looking at it now.",
        "an unsaved reply",
    ]


def test_deleting_the_open_draft_starts_a_new_one_and_undo_brings_it_back(rig: Rig) -> None:
    rig.reply.setPlainText("Hi Sam, the gateway is back.")
    rig.controller.autosave_now()
    first = rig.controller.draft_id
    rig.controller.delete_draft(first)
    assert rig.controller.draft_id is None
    assert rig.reply.text() == ""
    assert rig.panel.drafts.count() == 0
    rig.controller.undo_delete()
    assert rig.controller.draft_id == first
    assert rig.reply.text() == "Hi Sam, the gateway is back."


def test_the_controller_does_not_keep_its_window_alive(rig: Rig) -> None:
    """The window owns the controller; a strong reference back makes a cycle that
    PySide6 can crash on when it is collected at interpreter exit."""
    view = FakeView(rig.reply)
    controller = DraftsController(rig.store, rig.customer, rig.reply, rig.panel, view)
    gone = weakref.ref(view)
    del view
    assert gone() is None
    assert controller.draft_id is None
