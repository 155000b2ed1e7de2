"""Rules turned off everywhere: dropped from every draft, listed in Settings, back on there."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from desktop.ui.settings_dialog import SettingsDialog

VAGUE = "I'm sorry about this. Please send me the logs."


def _clarity_rules(window) -> set[str]:
    return {f.rule for f in window.report.findings if f.category == "clarity"}


def test_a_rule_turned_off_stays_off_after_a_restart(make_window, type_reply) -> None:
    first = make_window()
    type_reply(first, VAGUE)
    rules = _clarity_rules(first)
    assert rules
    for rule in rules:
        first.findings_list.disableRequested.emit(rule)  # as from the list's menu
    assert not _clarity_rules(first)
    assert first.report.item("grace.clear").done
    first.close()
    first.store.close()
    second = make_window()
    assert second.disabled_rules() == frozenset(rules)
    assert not _clarity_rules(second)


def test_settings_lists_disabled_rules_and_turns_them_back_on(qtbot, window, type_reply) -> None:
    type_reply(window, VAGUE)
    rules = _clarity_rules(window)
    for rule in rules:
        window.disable_rule(rule)

    def reenable() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, SettingsDialog)
        assert set(dialog.disabled_rules()) == rules
        while dialog.disabled_list.count():
            dialog.disabled_list.setCurrentRow(0)
            dialog.reenable_button.click()
        dialog.accept()

    QTimer.singleShot(50, reenable)
    window.open_settings()
    assert window.disabled_rules() == frozenset()
    assert _clarity_rules(window) == rules
