"""Ignore here, with a reason: the finding steps aside in this draft only, and stays so."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog

from desktop.core.drafts import DraftStore

TOKEN = "ghp_" + "A1b2C3d4E5" * 3 + "f6G7h8"
REPLY = f"I'm sorry for the trouble. Use the test token {TOKEN} on the staging box."


@pytest.fixture
def answer(monkeypatch):
    """Answer the "why is it fine here?" question without a real dialog."""

    def set_answer(reason: str, ok: bool = True) -> None:
        monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: (reason, ok))

    return set_answer


def _row_of(window, rule: str) -> int:
    fl = window.findings_list
    return next(i for i in range(fl.count()) if fl.finding(i).rule == rule)


def _breathe(qtbot, window) -> None:
    with qtbot.waitSignal(window.coolDownFinished, timeout=3000):
        window.start_breath()


def test_a_token_blocks_copying_and_the_cursor_goes_to_it(qtbot, window, type_reply) -> None:
    type_reply(window, REPLY)
    _breathe(qtbot, window)
    assert not window.copy_reply()
    assert "GitHub token" in window.breath_note.text()
    assert window.draft_editor.textCursor().selectedText() == TOKEN


def test_ignoring_the_token_with_a_reason_lets_it_be_copied(
    qtbot, window, type_reply, answer
) -> None:
    type_reply(window, REPLY)
    row = _row_of(window, "safety.secret")
    answer("test-only token, revoked")
    qtbot.mouseClick(window.findings_list.ignore_button(row), Qt.MouseButton.LeftButton)
    assert not window.blockers()
    assert all(f.rule != "safety.secret" for f in window.report.findings)
    ignored = _row_of(window, "safety.secret")
    assert window.findings_list.is_ignored(ignored)
    _breathe(qtbot, window)
    with qtbot.waitSignal(window.replyCopied, timeout=1000):
        assert window.copy_reply()


def test_cancelling_the_reason_ignores_nothing(window, type_reply, answer) -> None:
    type_reply(window, REPLY)
    answer("", ok=False)
    finding = window.findings_list.finding(_row_of(window, "safety.secret"))
    window.draft_editor.ignoreRequested.emit(finding)  # as from the underline's menu
    assert window.blockers()


def test_the_ignore_survives_closing_and_reopening(qtbot, make_window, type_reply, answer) -> None:
    first = make_window()
    type_reply(first, REPLY)
    answer("revoked already")
    first.draft_editor.ignoreRequested.emit(
        first.findings_list.finding(_row_of(first, "safety.secret"))
    )
    first.close()
    first.store.close()
    second = make_window()
    assert second.draft_editor.toPlainText() == REPLY
    assert not second.blockers()
    row = _row_of(second, "safety.secret")
    assert second.findings_list.is_ignored(row)
    _breathe(qtbot, second)
    assert second.copy_reply()


def test_the_finding_comes_back_when_the_words_change(window, type_reply, analysed, answer) -> None:
    type_reply(window, REPLY)
    answer("")
    window.ignore_finding(window.findings_list.finding(_row_of(window, "safety.secret")))
    assert not window.blockers()
    window.draft_editor.setPlainText(REPLY.replace(TOKEN, TOKEN[:-1] + "Z"))
    analysed(window)
    assert window.blockers()


def test_an_ignore_holds_for_its_own_draft_only(window, type_reply, answer) -> None:
    type_reply(window, REPLY)
    answer("fine here")
    window.ignore_finding(window.findings_list.finding(_row_of(window, "safety.secret")))
    window.new_draft()
    window.draft_editor.setPlainText(REPLY)
    window.analyse_now()
    assert window.blockers()


def test_ignoring_every_clarity_finding_ticks_clear_with_the_reason(
    window, type_reply, answer
) -> None:
    type_reply(window, "I'm sorry about this. Please send me the logs.")
    clear = window.report.item("grace.clear")
    assert clear is not None and not clear.done
    for finding in [f for f in window.report.findings if f.category == "clarity"]:
        window.ignore_finding(finding, "they know which logs")
    clear = window.report.item("grace.clear")
    assert clear.done
    assert "(ignored: they know which logs)" in clear.label


def test_an_older_store_gains_the_ignored_table(tmp_path) -> None:
    import sqlite3

    path = tmp_path / "old.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute(
        "CREATE TABLE drafts (id INTEGER PRIMARY KEY, customer TEXT NOT NULL DEFAULT '', "
        "reply TEXT NOT NULL DEFAULT '', status TEXT NOT NULL DEFAULT 'draft', "
        "created REAL NOT NULL, updated REAL NOT NULL, deleted REAL)"
    )
    conn.execute("INSERT INTO drafts (reply, created, updated) VALUES ('hi', 1, 1)")
    conn.commit()
    conn.close()
    store, message = DraftStore.open(path)
    assert message is None
    store.ignore(1, "safety.secret", "x", "why")
    assert store.ignored(1) == {("safety.secret", "x"): "why"}
    assert store.get(1).reply == "hi"
    store.close()


def test_a_card_for_two_rules_is_ignored_and_brought_back_whole(window, type_reply) -> None:
    """Two rules on the same words are one card; ignored under the rule it showed, then
    that rule turned off, the card still lists both and "Stop ignoring" brings it back."""
    type_reply(window, "Please fill in the relevant form.")
    (card,) = [f for f in window.report.findings if f.category == "clarity"]
    first, second = (m.rule for m in card.members())
    window.ignore_finding(card, "they have the form")
    assert not [f for f in window.report.findings if f.category == "clarity"]
    window.disable_rule(first)
    fl = window.findings_list
    (row,) = [i for i in range(fl.count()) if fl.is_ignored(i)]
    listed = fl.finding(row)
    assert listed.rule == second and first in {m.rule for m in listed.members()}
    window.unignore_finding(listed)
    assert [f.rule for f in window.report.findings if f.category == "clarity"] == [second]
    assert window.store.ignored(window.drafts.draft_id) == {}
