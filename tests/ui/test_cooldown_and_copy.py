"""Take a breath, then copy: the cool-down gates the copy button, editing cancels it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

CALM = "I'm sorry the export failed. I've raised it and will update you by 3pm today."


def test_copy_is_disabled_until_the_cool_down_ends(qtbot, window, type_reply) -> None:
    type_reply(window, CALM)
    assert not window.copy_button.isEnabled()
    with qtbot.waitSignal(window.coolDownFinished, timeout=3000):
        qtbot.mouseClick(window.breath_button, Qt.MouseButton.LeftButton)
        assert window.breath_timer.state == "breathing"
        assert window.draft_editor.isReadOnly()
        assert not window.copy_button.isEnabled()
    assert window.copy_button.isEnabled()


def test_editing_the_draft_cancels_the_cool_down(qtbot, window, type_reply) -> None:
    type_reply(window, CALM)
    window.breath_button.click()
    assert window.breath_timer.state == "breathing"
    qtbot.keyClicks(window.draft_editor, " Thanks")
    assert window.breath_timer.state == "idle"
    assert not window.draft_editor.isReadOnly()
    assert window.draft_editor.toPlainText().endswith("Thanks")
    assert not window.copy_button.isEnabled()


def test_editing_after_the_cool_down_takes_the_copy_away_again(qtbot, window, type_reply) -> None:
    type_reply(window, CALM)
    with qtbot.waitSignal(window.coolDownFinished, timeout=3000):
        window.start_breath()
    qtbot.keyClicks(window.draft_editor, "!")
    assert not window.copy_button.isEnabled()


def test_a_heated_draft_gets_a_kind_word_and_a_longer_cool_down(window, type_reply) -> None:
    type_reply(window, "As I already said, restart the service!!!")
    assert window.breath_seconds(heated=True) > window.breath_seconds(heated=False)
    window.start_breath()
    assert window.breath_timer.cooldown.duration == window.breath_seconds(heated=True)
    assert "longer" in window.breath_note.text()
    window.cancel_breath()


def test_the_keyboard_does_it_all(qtbot, window, type_reply) -> None:
    type_reply(window, CALM)
    window.draft_editor.setFocus()
    qtbot.keyClick(window.draft_editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert window.breath_timer.state == "breathing"
    assert window.draft_editor.toPlainText() == CALM  # Ctrl+Enter did not add a line
    qtbot.keyClick(window.draft_editor, Qt.Key.Key_Escape)
    assert window.breath_timer.state == "idle"
    with qtbot.waitSignal(window.coolDownFinished, timeout=3000):
        qtbot.keyClick(window.draft_editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    with qtbot.waitSignal(window.replyCopied, timeout=1000):
        qtbot.keyClick(
            window.draft_editor,
            Qt.Key.Key_C,
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
        )
    assert QApplication.clipboard().text() == CALM


def test_copy_puts_plain_text_and_html_on_the_clipboard_and_records_it(
    qtbot, window, analysed
) -> None:
    window.draft_editor.setPlainText("Hi Dana,\n\nI'm sorry for the wait & the trouble.")
    analysed(window)
    with qtbot.waitSignal(window.coolDownFinished, timeout=3000):
        window.start_breath()
    assert window.copy_reply()
    mime = QApplication.clipboard().mimeData()
    assert mime.hasText() and mime.hasHtml()
    assert mime.text() == "Hi Dana,\n\nI'm sorry for the wait & the trouble."
    assert "<p>Hi Dana,</p>" in mime.html()
    assert "&amp; the trouble" in mime.html()
    assert window.copied_label.isVisible()
    assert [h.reply for h in window.store.history()] == [mime.text()]
    assert window.drafts_panel.history.count() == 1


def test_unfilled_placeholders_block_copying(qtbot, window, type_reply) -> None:
    type_reply(window, "Could you send me the logs from <which system> for today?")
    with qtbot.waitSignal(window.coolDownFinished, timeout=3000):
        window.start_breath()
    assert not window.copy_button.isEnabled()
    assert not window.copy_reply()
    assert "which system" in window.breath_note.text()


def test_a_safety_warning_is_shown_before_copying_without_blocking_it(
    qtbot, window, type_reply
) -> None:
    type_reply(window, "Sorry for the wait. Our engineer is on +44 20 7946 0958 today.")
    with qtbot.waitSignal(window.coolDownFinished, timeout=3000):
        window.start_breath()
    note = window.breath_note.text()
    assert note.startswith("Ready, but worth a last look:") and "phone number" in note
    assert window.draft_editor.textCursor().selectedText() == "+44 20 7946 0958"
    assert window.copy_button.isEnabled() and window.copy_reply()


def test_save_as_writes_the_reply_to_a_text_file(tmp_path, window, type_reply) -> None:
    type_reply(window, CALM)
    target = tmp_path / "reply.md"
    window.save_reply_to(target)
    assert target.read_text(encoding="utf-8") == CALM
