"""The send controller on its own: a real ready panel, editors, store and drafts
controller, a fake window that hands it whatever Report a test wants, and a clock the
test steps instead of waiting out the cool-down."""

from __future__ import annotations

import weakref
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication

from desktop.core import Finding, Report
from desktop.core.drafts import Draft, DraftStore
from desktop.core.settings import Settings
from desktop.ui.customer_editor import CustomerEditor
from desktop.ui.draft_editor import DraftEditor
from desktop.ui.drafts_controller import DraftsController
from desktop.ui.drafts_panel import DraftsPanel
from desktop.ui.ready_panel import ReadyPanel
from desktop.ui.send_controller import SendController

CALM = "I'm sorry the export failed. I've raised it and will update you by 3pm today."


def finding(text: str, in_: str, category: str, severity: str, message: str) -> Finding:
    start = in_.index(text)
    return Finding(f"{category}.test", category, severity, start, start + len(text), text, message)


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@dataclass
class FakeView:
    """The window's side for both controllers; the Report is whatever the test sets."""

    report: Report = field(default_factory=Report)
    fresh: bool = True
    analysed: int = 0
    messages: list[str] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)

    def up_to_date(self) -> bool:
        return self.fresh

    def analyse_now(self) -> Report:
        self.analysed += 1
        self.fresh = True
        return self.report

    def show_status(self, message: str, timeout: int = 0) -> None:
        self.messages.append(message)

    def show_notice(self, text: str) -> None:
        self.notices.append(text)

    # what DraftsController asks
    def draft_status(self) -> str:
        return "draft"

    def prepare_for_draft(self, draft: Draft | None) -> None:
        pass

    def show_draft_title(self, title: str) -> None:
        pass


@dataclass
class Rig:
    send: SendController
    view: FakeView
    clock: FakeClock
    panel: ReadyPanel
    customer: CustomerEditor
    reply: DraftEditor
    drafts: DraftsController
    store: DraftStore
    copy_action: QAction
    cancel_action: QAction

    def breathe(self, qtbot) -> None:
        """Start the cool-down and step the clock past its end."""
        self.send.start_breath()
        assert self.panel.breath_timer.state == "breathing"
        with qtbot.waitSignal(self.send.coolDownFinished, timeout=1000):
            self.clock.now += self.panel.breath_timer.cooldown.duration


@pytest.fixture
def rig(qtbot, tmp_path: Path) -> Iterator[Rig]:
    store, _ = DraftStore.open(tmp_path / "drafts.sqlite3")
    clock = FakeClock()
    panel, customer, reply, drafts_panel = (
        ReadyPanel(clock=clock),
        CustomerEditor(),
        DraftEditor(),
        DraftsPanel(),
    )
    for widget in (panel, customer, reply, drafts_panel):
        qtbot.addWidget(widget)
    view = FakeView()
    drafts = DraftsController(store, customer, reply, drafts_panel, view)
    copy_action, cancel_action = QAction("Copy"), QAction("Keep editing")
    prefs = Settings({})  # the defaults: 30 s, or 60 s when the reply sounds heated
    send = SendController(
        panel, customer, reply, store, drafts, prefs, copy_action, cancel_action, view
    )
    # as the main window wires it
    panel.breath_button.clicked.connect(send.toggle_breath)
    panel.copy_button.clicked.connect(send.copy_reply)
    panel.breath_timer.coolDownFinished.connect(send.on_cool_down_finished)
    panel.breath_timer.coolDownCancelled.connect(send.on_cool_down_cancelled)
    reply.setPlainText(CALM)
    send.update_controls()
    yield Rig(send, view, clock, panel, customer, reply, drafts, store, copy_action, cancel_action)
    QApplication.clipboard().clear()  # a QMimeData left there at exit can crash offscreen
    store.close()


def test_the_copy_stays_locked_until_the_clock_says_the_breath_is_over(qtbot, rig: Rig) -> None:
    assert not rig.panel.copy_button.isEnabled()
    rig.send.start_breath()
    assert rig.panel.breath_timer.cooldown.duration == 30
    assert rig.reply.isReadOnly() and rig.panel.breath_button.text() == "Keep editing"
    assert not rig.panel.copy_button.isEnabled() and not rig.copy_action.isEnabled()
    assert rig.cancel_action.isEnabled()
    with qtbot.waitSignal(rig.send.coolDownFinished, timeout=1000):
        rig.clock.now += 30
    assert rig.panel.copy_button.isEnabled() and rig.copy_action.isEnabled()
    assert rig.panel.breath_note.text() == "Ready. Copy it when you are (Ctrl+Shift+C)."
    assert rig.send.draft_status() == "ready"
    assert [d.reply for d in rig.store.drafts()] == [CALM]  # saved as it became ready


def test_a_heated_reply_breathes_longer_and_says_which_words(rig: Rig) -> None:
    rig.view.report = Report(findings=(finding("3pm", CALM, "tone", "warning", "Heat."),))
    rig.panel.breath_button.click()
    assert rig.panel.breath_timer.cooldown.duration == 60 == rig.send.breath_seconds(True)
    assert "(“3pm”)" in rig.panel.breath_note.text()
    rig.panel.breath_button.click()  # "Keep editing"
    assert rig.panel.breath_timer.state == "idle"
    assert not rig.reply.isReadOnly() and rig.panel.breath_button.text() == "Ready to send"


def test_a_stale_report_is_brought_up_to_date_before_breathing(rig: Rig) -> None:
    rig.view.fresh = False
    rig.send.start_breath()
    assert rig.view.analysed == 1


def test_an_empty_reply_gets_no_cool_down(rig: Rig) -> None:
    rig.reply.setPlainText("  ")
    rig.send.start_breath()
    assert rig.panel.breath_timer.state == "idle"
    assert rig.view.messages == ["Write your reply first."]


def test_a_blocker_keeps_the_copy_locked_and_points_at_it(qtbot, rig: Rig) -> None:
    blocker = finding("3pm", CALM, "safety", "error", "Fill in the time.")
    rig.view.report = Report(findings=(blocker,))
    rig.breathe(qtbot)
    assert rig.panel.breath_note.text() == "Almost: Fill in the time. Then it can be copied."
    assert not rig.panel.copy_button.isEnabled()
    assert not rig.send.copy_reply()
    assert rig.view.messages[-1] == "Not yet: Fill in the time."
    assert rig.reply.textCursor().selectedText() == "3pm"


def test_copying_puts_the_reply_on_the_clipboard_and_in_sent(qtbot, rig: Rig) -> None:
    warning = finding("3pm", CALM, "safety", "warning", "Is that their time zone?")
    rig.view.report = Report(findings=(warning,))
    rig.breathe(qtbot)
    assert rig.panel.breath_note.text().startswith("Ready, but worth a last look:")
    with qtbot.waitSignal(rig.send.replyCopied, timeout=1000) as copied:
        assert rig.send.copy_reply()
    assert copied.args == [CALM]
    assert QApplication.clipboard().text() == CALM
    assert [h.reply for h in rig.store.history()] == [CALM]
    assert "Worth a last look: • Is that their time zone?" in rig.panel.copied_label.text()
    rig.send.draft_edited()
    assert rig.panel.copied_label.isHidden()
    assert rig.panel.breath_timer.state == "idle" and not rig.panel.copy_button.isEnabled()


def test_the_controller_does_not_keep_its_window_alive(rig: Rig) -> None:
    """The window owns the controller; a strong reference back makes a cycle that
    PySide6 can crash on when it is collected at interpreter exit."""
    view = FakeView()
    controller = SendController(
        rig.panel,
        rig.customer,
        rig.reply,
        rig.store,
        rig.drafts,
        Settings({}),
        rig.copy_action,
        rig.cancel_action,
        view,
    )
    gone = weakref.ref(view)
    del view
    assert gone() is None
    assert controller.breath_seconds(False) == 30
