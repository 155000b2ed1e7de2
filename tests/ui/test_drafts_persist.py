"""Drafts are never lost: autosave, restore after close or a kill, bad database files."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

from PySide6.QtWidgets import QLabel

from desktop.core.drafts import DraftStore
from desktop.ui.settings_dialog import SettingsDialog

REPO = Path(__file__).resolve().parents[2]


def test_a_draft_survives_closing_and_reopening_the_window(qtbot, make_window) -> None:
    first = make_window()
    first.customer_editor.setPlainText("Why is it down?")
    qtbot.keyClicks(first.draft_editor, "I'm sorry it is down.")
    with qtbot.waitSignal(first.draftSaved, timeout=1000):
        pass  # autosave fires within a second of the last keystroke
    first.close()
    first.store.close()
    second = make_window()
    assert second.draft_editor.toPlainText() == "I'm sorry it is down."
    assert second.customer_editor.toPlainText() == "Why is it down?"


def test_window_geometry_and_splitters_are_remembered(make_window) -> None:
    first = make_window()
    first.resize(760, 560)
    first.main_splitter.setSizes([120, 380, 240])
    sizes = first.main_splitter.sizes()
    first.close()
    second = make_window()
    assert (second.width(), second.height()) == (760, 560)
    assert second.main_splitter.sizes() == sizes


def test_a_draft_survives_a_kill(tmp_path: Path) -> None:
    """Type in a real window in a subprocess, let a second pass, SIGKILL it, reopen."""
    script = textwrap.dedent(
        """
        import sys, time
        from PySide6.QtTest import QTest
        from desktop.ui.app import create_app
        from desktop.ui.main_window import MainWindow
        app = create_app()
        w = MainWindow(grammar=False)
        w.show()
        QTest.keyClicks(w.draft_editor, "I'm sorry about the outage, ")
        QTest.keyClicks(w.draft_editor, "here is what I found.")
        deadline = time.monotonic() + 1.0  # at most the last second may be lost
        while time.monotonic() < deadline:
            app.processEvents()
            time.sleep(0.01)
        print("typed", flush=True)
        while True:
            app.processEvents()
            time.sleep(0.01)
        """
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(REPO))
    proc = subprocess.Popen(
        [sys.executable, "-c", script], env=env, stdout=subprocess.PIPE, text=True, cwd=REPO
    )
    try:
        assert proc.stdout.readline().strip() == "typed"
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=10)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == -signal.SIGKILL
    store, message = DraftStore.open()
    assert message is None
    assert store.latest().reply == "I'm sorry about the outage, here is what I found."
    store.close()


def test_a_corrupt_database_is_moved_aside_with_a_message(make_window) -> None:
    data = Path(os.environ["COMPOSURE_DATA_DIR"])
    data.mkdir(parents=True)
    (data / "drafts.sqlite3").write_bytes(b"not a database at all" * 100)
    window = make_window()
    notice = window.findChild(QLabel, "noticeLabel")
    assert window.notice.isVisible()
    assert "moved aside" in notice.text()
    assert list(data.glob("drafts.sqlite3.corrupt-*"))
    assert window.store.drafts() == []
    window.notice.close_button.click()  # read it, dismiss it
    assert not window.notice.isVisible()


def test_delete_with_undo_and_search(qtbot, make_window, analysed) -> None:
    window = make_window()
    window.customer_editor.setPlainText("VPN is broken")
    window.autosave_now()
    first = window.drafts.draft_id
    window.new_draft()
    window.customer_editor.setPlainText("Billing is wrong")
    window.autosave_now()
    assert window.drafts_panel.drafts.count() == 2
    window.drafts_panel.search.setText("vpn")
    assert window.drafts_panel.drafts.count() == 1
    window.drafts_panel.search.clear()
    window.delete_draft(first)
    assert window.drafts_panel.drafts.count() == 1
    assert window.drafts_panel.undo_bar.isVisibleTo(window)
    window.drafts_panel.undo_button.click()
    assert window.drafts_panel.drafts.count() == 2
    assert window.customer_editor.toPlainText() == "VPN is broken"


def test_a_broken_user_checklist_is_a_warning_not_a_crash(make_window) -> None:
    folder = Path(os.environ["COMPOSURE_CONFIG_DIR"]) / "checklists"
    folder.mkdir(parents=True)
    (folder / "mine.yaml").write_text("rules:\n  - id: nope\n    kind: nothing\n")
    window = make_window()
    assert window.ruleset.problems
    assert "mine.yaml" in window.notice.label.text()
    dialog = SettingsDialog(window.prefs, window.ruleset.problems, window)
    assert "mine.yaml" in dialog.warning.text()
    values = dialog.values()
    assert values["breath_seconds"] == 30
    dialog.close()
