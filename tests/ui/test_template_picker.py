"""Templates: Ctrl+T picks one, its <placeholders> are Tab stops, unfilled ones block copying."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from desktop.core.templates import find_template
from desktop.ui.template_picker import TemplatePicker

BODY = "Hi <customer name>,\n\nThe logs from <which system> for <time window>, please.\n\nSam"


def _tab(qtbot, window, backwards: bool = False) -> str:
    if backwards:
        qtbot.keyClick(window.draft_editor, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    else:
        qtbot.keyClick(window.draft_editor, Qt.Key.Key_Tab)
    return window.draft_editor.textCursor().selectedText()


def test_the_picker_filters_as_you_type(qtbot) -> None:
    picker = TemplatePicker()
    qtbot.addWidget(picker)
    everything = picker.titles()
    assert len(everything) >= 3
    qtbot.keyClicks(picker.search, "logs")
    assert picker.titles() and len(picker.titles()) < len(everything)
    assert any("logs" in t.lower() for t in picker.titles())
    qtbot.keyClicks(picker.search, " zzzz-nothing")
    assert picker.titles() == [] and picker.chosen() is None


def test_ctrl_t_inserts_the_chosen_template_at_the_cursor(qtbot, window, analysed) -> None:
    window.draft_editor.setFocus()

    def choose() -> None:
        picker = QApplication.activeModalWidget()
        assert isinstance(picker, TemplatePicker)
        qtbot.keyClicks(picker.search, "logs")
        qtbot.keyClick(picker.search, Qt.Key.Key_Return)

    QTimer.singleShot(50, choose)
    qtbot.keyClick(window.draft_editor, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    body = find_template("logs-request").body
    assert window.draft_editor.toPlainText() == body
    assert window.draft_editor.textCursor().selectedText() == "<customer name>"


def test_tab_and_shift_tab_walk_the_placeholders(qtbot, window) -> None:
    window.insert_template(BODY)
    assert window.draft_editor.textCursor().selectedText() == "<customer name>"
    assert _tab(qtbot, window) == "<which system>"
    assert _tab(qtbot, window) == "<time window>"
    assert _tab(qtbot, window) == "<customer name>"  # wraps around
    assert _tab(qtbot, window, backwards=True) == "<time window>"
    assert window.draft_editor.hasFocus()


def test_typing_over_a_placeholder_fills_it_and_tab_moves_on(qtbot, window) -> None:
    window.insert_template(BODY)
    qtbot.keyClicks(window.draft_editor, "Dana")
    assert _tab(qtbot, window) == "<which system>"
    qtbot.keyClicks(window.draft_editor, "the ZYX VM")
    assert _tab(qtbot, window) == "<time window>"
    qtbot.keyClicks(window.draft_editor, "7:00pm to 7:40pm")
    assert window.draft_editor.placeholder_spans() == []
    assert "<" not in window.draft_editor.toPlainText()


def test_without_placeholders_tab_moves_focus_as_usual(qtbot, window, type_reply) -> None:
    type_reply(window, "I'm sorry about the wait.")
    window.draft_editor.setFocus()
    qtbot.keyClick(window.draft_editor, Qt.Key.Key_Tab)
    assert window.draft_editor.toPlainText() == "I'm sorry about the wait."
    assert not window.draft_editor.hasFocus()


def test_copying_is_refused_until_every_placeholder_is_filled(
    qtbot, window, analysed
) -> None:
    window.insert_template(BODY)
    analysed(window)
    with qtbot.waitSignal(window.coolDownFinished, timeout=3000):
        window.start_breath()
    assert not window.copy_reply()
    assert window.draft_editor.textCursor().selectedText() == "<customer name>"
    window.cancel_breath()
    for value in ("Dana", "the ZYX VM", "7:00pm to 7:40pm"):
        window.draft_editor.jump_to_placeholder()
        qtbot.keyClicks(window.draft_editor, value)
    analysed(window)
    assert not [f for f in window.report.findings if f.rule == "safety.unfilled-placeholder"]
    with qtbot.waitSignal(window.coolDownFinished, timeout=3000):
        window.start_breath()
    assert window.copy_reply()
