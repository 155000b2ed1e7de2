"""Letting a reply leave: the take-a-breath cool-down, the last checks, and the copy.

It owns how long to breathe, starting and cancelling the cool-down, what the note in
the ready panel says at each step (why it is longer, what still blocks copying, what is
worth a last look, that the copy happened), when "Ready to send", "Copy reply" and their
actions are enabled, and putting the reply on the clipboard (plain text and HTML) and in
Sent. It drives the ready panel, the two editors, the store and the drafts controller
it is given; the current Report, analysing at once, and the status bar and notice bar
come from the window through the small `SendView` interface, so it can be exercised
with a fake window (Mu's `Editor(view)`). It must never decide what a finding is or
which findings count: it reads the Report the window shows.
"""

from __future__ import annotations

import html
import sqlite3
import weakref
from typing import Protocol

from PySide6.QtCore import QMimeData, QObject, Signal
from PySide6.QtGui import QAction, QGuiApplication

from desktop.core import Finding, Report
from desktop.core.drafts import DraftStore
from desktop.core.settings import Settings

from .customer_editor import CustomerEditor
from .draft_editor import DraftEditor
from .drafts_controller import DraftsController
from .ready_panel import ReadyPanel


def reply_html(text: str) -> str:
    """The reply as simple HTML: paragraphs on blank lines, line breaks kept."""
    paragraphs = [p for p in text.replace("\r\n", "\n").split("\n\n") if p.strip()]
    body = "".join(
        "<p>" + "<br>".join(html.escape(line) for line in p.strip("\n").split("\n")) + "</p>"
        for p in paragraphs
    )
    return f"<html><body>{body}</body></html>"


class SendView(Protocol):
    """What the controller asks of the window, and nothing more."""

    @property
    def report(self) -> Report:
        """The Report every widget shows (ignored and turned-off findings left out)."""
        ...

    def up_to_date(self) -> bool:
        """Whether that Report is of the text now in the editors."""
        ...

    def analyse_now(self) -> Report:
        """Analyse the text now in the editors at once and return the shown Report."""
        ...

    def show_status(self, message: str, timeout: int = 0) -> None:
        """Say something passing in the status bar (timeout in ms, 0 until replaced)."""
        ...

    def show_notice(self, text: str) -> None:
        """Say something the user must not miss (the notice bar across the top)."""
        ...


class SendController(QObject):
    """Gates the copy behind a cool-down and the safety checks, then copies."""

    #: the cool-down ended and the note says whether the reply may be copied
    coolDownFinished = Signal()
    #: this reply text is on the clipboard and recorded in Sent
    replyCopied = Signal(str)

    def __init__(
        self,
        panel: ReadyPanel,
        customer_editor: CustomerEditor,
        draft_editor: DraftEditor,
        store: DraftStore,
        drafts: DraftsController,
        prefs: Settings,
        copy_action: QAction,
        cancel_action: QAction,
        view: SendView,
        breath_seconds: float | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._panel = panel
        self._customer = customer_editor
        self._reply = draft_editor
        self.store = store
        self._drafts = drafts
        self._prefs = prefs
        self._copy_action = copy_action
        self._cancel_action = cancel_action
        # Weakly, as DraftsController does: the window owns this controller, and a strong
        # reference back makes a cycle PySide6 6.12 can abort on at interpreter exit.
        self._view: SendView = weakref.proxy(view)
        self._breath_override = breath_seconds  # a fixed length (tests, `--breath-seconds`)

    # -- what may leave ------------------------------------------------------------

    def blockers(self) -> list[Finding]:
        """Findings that must be fixed before the reply may leave (placeholders, secrets)."""
        return [
            f for f in self._view.report.findings if f.category == "safety" and f.at_least("error")
        ]

    def safety_warnings(self) -> list[Finding]:
        """What may not be meant to leave but doesn't block copying (a phone number)."""
        return [
            f
            for f in self._view.report.findings
            if f.category == "safety" and not f.at_least("error")
        ]

    def draft_status(self) -> str:
        """What a save records: "ready" once the cool-down has ended, else "draft"."""
        return "ready" if self._panel.breath_timer.state == "ready" else "draft"

    # -- the cool-down -------------------------------------------------------------

    def breath_seconds(self, heated: bool) -> float:
        normal = float(self._prefs.get("breath_seconds"))
        longer = float(self._prefs.get("heated_breath_seconds"))
        if self._breath_override is not None:
            ratio = longer / normal if normal > 0 else 2.0
            normal = float(self._breath_override)
            longer = normal * max(1.0, ratio)
        return max(normal, longer) if heated else normal

    def toggle_breath(self) -> None:
        """The one button: start the cool-down, or stop it to keep editing."""
        if self._panel.breath_timer.state == "idle":
            self.start_breath()
        else:
            self.cancel_breath()

    def start_breath(self) -> None:
        panel = self._panel
        if panel.breath_timer.state != "idle":
            return
        view = self._view
        report = view.analyse_now() if not view.up_to_date() else view.report
        if not self._reply.text().strip():
            view.show_status("Write your reply first.", 4000)
            return
        heated = [f for f in report.findings if f.category == "tone"]
        seconds = self.breath_seconds(bool(heated))
        if heated:
            quote = heated[0].text.strip()
            panel.breath_note.setText(
                f"A few words may still land harder than you mean (“{quote}”). "
                "Let's take a little longer — or press Esc and soften them."
            )
        else:
            panel.breath_note.setText("Read it once more as if you were them.")
        panel.breath_note.show()
        self._reply.setReadOnly(True)
        panel.breath_button.setText("Keep editing")
        panel.breath_button.setAccessibleName("Keep editing: cancel the cool-down")
        panel.breath_timer.start(seconds)
        self.update_controls()

    def cancel_breath(self) -> None:
        timer = self._panel.breath_timer
        if timer.state == "idle":
            return
        timer.cancel()
        timer.reset()
        self._back_to_editing()

    def end_quietly(self) -> None:
        """Another draft fills the editors: back to editing without a cancellation."""
        self._panel.breath_timer.reset()
        self._back_to_editing()

    def draft_edited(self) -> None:
        """The text changed: any cool-down ends and the last copy's confirmation goes."""
        if self._panel.breath_timer.state != "idle":
            self.cancel_breath()
        self._panel.copied_label.hide()
        self.update_controls()

    def on_cool_down_cancelled(self) -> None:
        self._back_to_editing()

    def _back_to_editing(self) -> None:
        panel = self._panel
        self._reply.setReadOnly(False)
        panel.breath_note.hide()
        panel.breath_button.setText("Ready to send")
        panel.breath_button.setAccessibleName("Ready to send: take a breath")
        self.update_controls()

    def on_cool_down_finished(self) -> None:
        note = self._panel.breath_note
        blocked = self.blockers()
        if blocked:
            note.setText(f"Almost: {blocked[0].message} Then it can be copied.")
            self._reply.select_span(blocked[0].start, blocked[0].end)
        elif warnings := self.safety_warnings():
            # said before the copy, while there is still time to change the reply
            note.setText(
                f"Ready, but worth a last look: {warnings[0].message} "
                "Copy it when you are (Ctrl+Shift+C)."
            )
            self._reply.select_span(warnings[0].start, warnings[0].end)
        else:
            note.setText("Ready. Copy it when you are (Ctrl+Shift+C).")
        self.update_controls()
        self._drafts.autosave_now()
        self.coolDownFinished.emit()

    def update_controls(self) -> None:
        """Copy only once the cool-down is over, for the analysed text, with no blockers."""
        panel = self._panel
        state = panel.breath_timer.state
        can_copy = state == "ready" and self._view.up_to_date() and not self.blockers()
        panel.copy_button.setEnabled(can_copy)
        panel.breath_button.setEnabled(bool(self._reply.text().strip()) or state != "idle")
        self._copy_action.setEnabled(can_copy)
        self._cancel_action.setEnabled(state != "idle")

    # -- export --------------------------------------------------------------------

    def copy_reply(self) -> bool:
        """Put the reply on the clipboard and in Sent; False (and say why) if not yet."""
        panel = self._panel
        if not panel.copy_button.isEnabled():
            blocked = self.blockers() if panel.breath_timer.state == "ready" else []
            if blocked:
                f = blocked[0]
                self._view.show_status(f"Not yet: {f.message}", 6000)
                self._reply.select_span(f.start, f.end)
            else:
                self._view.show_status("Take a breath first (Ctrl+Enter).", 4000)
            return False
        text = self._reply.text()
        mime = QMimeData()
        mime.setText(text)
        mime.setHtml(reply_html(text))
        QGuiApplication.clipboard().setMimeData(mime)
        try:
            draft_id = self._drafts.ensure_draft()
            self.store.mark_sent(draft_id, self._customer.text(), text)
        except sqlite3.Error as exc:
            self._view.show_notice(f"Copied, but the reply could not be recorded in history: {exc}")
        warnings = self.safety_warnings()
        note = "Copied as plain text and HTML. Saved in Sent."
        if warnings:
            note += " Worth a last look: " + " ".join(f"• {f.message}" for f in warnings[:3])
        panel.copied_label.setText(note)
        panel.copied_label.show()
        self._view.show_status("Reply copied to the clipboard.", 5000)
        self._drafts.refresh_lists()
        self.replyCopied.emit(text)
        return True
