"""Sent replies can be opened again from the Sent tab (double-click or Enter)."""

from __future__ import annotations

from PySide6.QtCore import Qt


def _send(window, customer: str, reply: str) -> None:
    """Record a reply as sent the way copying does, without waiting out a cool-down."""
    window.customer_editor.setPlainText(customer)
    window.draft_editor.setPlainText(reply)
    window.autosave_now()
    window.store.mark_sent(window.drafts.draft_id, customer, reply)
    window.drafts.refresh_lists()


def _activate_sent(qtbot, window, row: int = 0) -> None:
    history = window.drafts_panel.history
    history.setCurrentRow(row)
    qtbot.keyClick(history, Qt.Key.Key_Return)


def test_opening_a_sent_reply_reopens_its_own_draft(qtbot, window) -> None:
    _send(window, "VPN is broken", "Hi Sam, the VPN gateway is back.")
    sent_from = window.drafts.draft_id
    window.new_draft()
    _activate_sent(qtbot, window)
    assert window.drafts.draft_id == sent_from
    assert window.draft_editor.text() == "Hi Sam, the VPN gateway is back."
    assert window.drafts_panel.drafts.count() == 1  # no copy was made


def test_a_sent_reply_whose_draft_changed_or_went_opens_as_a_new_draft(qtbot, window) -> None:
    _send(window, "VPN is broken", "Hi Sam, the VPN gateway is back.")
    sent_from = window.drafts.draft_id
    window.draft_editor.setPlainText("Hi Sam, a follow-up: the VPN gateway is stable.")
    window.autosave_now()
    _activate_sent(qtbot, window)
    assert window.drafts.draft_id != sent_from
    assert window.customer_editor.text() == "VPN is broken"
    assert window.draft_editor.text() == "Hi Sam, the VPN gateway is back."
    assert window.drafts_panel.drafts.count() == 2

    window.delete_draft(sent_from)
    _activate_sent(qtbot, window)
    assert window.draft_editor.text() == "Hi Sam, the VPN gateway is back."
    assert window.drafts_panel.drafts.count() == 2
