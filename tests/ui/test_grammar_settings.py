"""The Grammar section of Settings: engine, server, language, and downloading LanguageTool."""

from __future__ import annotations

import threading
import time

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit, QPushButton

from desktop.grammar import GrammarUnavailable
from desktop.ui import languagetool_download
from desktop.ui.settings_dialog import SettingsDialog

REASON = "No network: could not reach languagetool.org. Check your connection and try again."


def _dialog(qtbot, window) -> SettingsDialog:
    dialog = SettingsDialog(window.prefs, (), window)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_the_grammar_section_says_where_the_text_goes(qtbot, window) -> None:
    dialog = _dialog(qtbot, window)
    mode = dialog.findChild(QComboBox, "setting_grammar")
    labels = [mode.itemText(i) for i in range(mode.count())]
    assert labels == ["Automatic", "LanguageTool", "Built-in (Harper)", "Off"]
    assert dialog.findChild(QLineEdit, "setting_grammar_language").text() == "en-US"
    note = dialog.findChild(type(dialog.warning), "setting_grammar_server_url_note")
    assert note.text() == "Your draft text is sent to this server for checking."
    assert dialog.download_button.accessibleName()


def test_changing_grammar_settings_reconfigures_the_worker(qtbot, make_window, monkeypatch) -> None:
    window = make_window(grammar=True)
    calls = []
    monkeypatch.setattr(
        window.grammar_worker, "configure", lambda mode, **kw: calls.append((mode, kw))
    )
    dialog = _dialog(qtbot, window)
    mode = dialog.findChild(QComboBox, "setting_grammar")
    mode.setCurrentIndex(mode.findData("languagetool"))
    dialog.findChild(QLineEdit, "setting_grammar_server_url").setText("http://lt.example:8081")
    dialog.findChild(QLineEdit, "setting_grammar_language").setText("en-GB")
    dialog.apply()
    window.apply_settings()
    assert calls[-1] == (
        "languagetool",
        {"server_url": "http://lt.example:8081", "language": "en-GB"},
    )


def test_a_failed_download_shows_progress_then_its_reason(
    qtbot, window, type_reply, monkeypatch
) -> None:
    seen = threading.Event()

    def fake_download(progress_callback=None, cancel_event=None, **_kw):
        progress_callback(40 * 1024 * 1024, 100 * 1024 * 1024)
        seen.wait(2)  # hold until the test has looked at the progress dialog
        raise GrammarUnavailable(REASON)

    monkeypatch.setattr(languagetool_download, "download_languagetool", fake_download)
    dialog = _dialog(qtbot, window)
    qtbot.mouseClick(dialog.download_button, Qt.MouseButton.LeftButton)
    download = dialog.download
    qtbot.waitUntil(
        lambda: (
            download.progress_dialog is not None
            and "40 of 100 MB" in download.progress_dialog.labelText()
        ),
        timeout=3000,
    )
    assert not dialog.download_button.isEnabled()
    seen.set()
    qtbot.waitUntil(lambda: download.message_box is not None, timeout=3000)
    assert REASON in download.message_box.text()
    assert download.progress_dialog is None
    assert dialog.download_button.isEnabled()
    download.message_box.close()
    dialog.reject()
    type_reply(window, "Thank you for your patience.")
    assert window.report.metrics["words"] == 5


def test_cancelling_the_download_sets_the_cancel_event(qtbot, window, monkeypatch) -> None:
    events = []

    def fake_download(progress_callback=None, cancel_event=None, **_kw):
        events.append(cancel_event)
        deadline = time.monotonic() + 5
        while not cancel_event.is_set() and time.monotonic() < deadline:
            time.sleep(0.01)
        raise languagetool_download.DownloadCancelled("Download cancelled")

    monkeypatch.setattr(languagetool_download, "download_languagetool", fake_download)
    dialog = _dialog(qtbot, window)
    dialog.download.start()
    qtbot.waitUntil(lambda: bool(events), timeout=2000)
    cancel = dialog.download.progress_dialog.findChild(QPushButton)
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.download.progress_dialog is None, timeout=3000)
    assert events[0].is_set()
    assert dialog.download.message_box is None  # cancelling is not an error
