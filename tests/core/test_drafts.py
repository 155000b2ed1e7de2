"""The SQLite draft store: autosave, soft delete with undo, search, history, bad files."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from desktop.core.drafts import DraftStore


@pytest.fixture
def store(tmp_path: Path):
    s, message = DraftStore.open(tmp_path / "drafts.sqlite3")
    assert message is None
    yield s
    s.close()


def test_store_uses_the_data_dir_and_wal(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("COMPOSURE_DATA_DIR", str(tmp_path / "data"))
    s, _ = DraftStore.open()
    assert s.path.parent == tmp_path / "data"
    mode = sqlite3.connect(s.path).execute("PRAGMA journal_mode").fetchone()[0]
    assert mode == "wal"
    s.close()


def test_saved_draft_is_visible_to_a_second_connection(store: DraftStore) -> None:
    d = store.create()
    store.save(d.id, "Why is it down?", "I'm sorry")
    other, _ = DraftStore.open(store.path)
    assert other.latest().reply == "I'm sorry"
    assert other.latest().customer == "Why is it down?"
    other.close()


def test_latest_is_the_most_recently_saved(store: DraftStore) -> None:
    clock = iter(range(100, 200))
    store._now = lambda: float(next(clock))
    a = store.create(reply="a")
    store.create(reply="b")
    store.save(a.id, "", "a2")
    assert store.latest().id == a.id


def test_delete_is_soft_and_can_be_undone(store: DraftStore) -> None:
    d = store.create(reply="keep me")
    store.delete(d.id)
    assert store.drafts() == []
    store.undelete(d.id)
    assert [x.reply for x in store.drafts()] == ["keep me"]
    store.delete(d.id)
    assert store.purge_deleted() == 1
    assert store.get(d.id) is None


def test_search_matches_customer_or_reply_literally(store: DraftStore) -> None:
    store.create(customer="VPN broken", reply="hi")
    store.create(customer="billing", reply="100% refund")
    assert [d.customer for d in store.drafts("vpn")] == ["VPN broken"]
    assert [d.customer for d in store.drafts("100%")] == ["billing"]
    assert store.drafts("0%_") == []


def test_sent_replies_go_to_history_and_mark_the_draft(store: DraftStore) -> None:
    d = store.create(customer="c", reply="r")
    sent = store.mark_sent(d.id, "c", "final reply")
    assert store.get(d.id).status == "sent"
    assert [h.reply for h in store.history()] == ["final reply"]
    assert store.history("final")[0].id == sent.id
    assert store.history("nothing") == []


def test_unknown_status_is_refused(store: DraftStore) -> None:
    d = store.create()
    with pytest.raises(ValueError):
        store.save(d.id, "", "", status="lost")


def test_title_is_the_first_line_of_customer_or_reply(store: DraftStore) -> None:
    assert store.create(customer="\n  Down again!\nmore").title == "Down again!"
    assert store.create(reply="Hello").title == "Hello"
    assert store.create().title == "Empty draft"


def test_corrupt_file_is_moved_aside_and_a_fresh_store_opens(tmp_path: Path) -> None:
    path = tmp_path / "drafts.sqlite3"
    path.write_bytes(b"this is not sqlite" * 200)
    s, message = DraftStore.open(path, now=lambda: 0.0)
    assert message and "moved aside" in message
    aside = list(tmp_path.glob("drafts.sqlite3.corrupt-*"))
    assert len(aside) == 1
    assert aside[0].read_bytes().startswith(b"this is not sqlite")
    assert s.create(reply="fresh").reply == "fresh"
    s.close()


def test_locked_file_is_left_alone_and_a_fresh_file_is_used(tmp_path: Path) -> None:
    path = tmp_path / "drafts.sqlite3"
    first, _ = DraftStore.open(path)
    first.create(reply="original")
    holder = sqlite3.connect(path)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        s, message = DraftStore.open(path)
    finally:
        holder.rollback()
        holder.close()
    assert message and "locked" in message
    assert s.path != path
    s.close()
    assert first.latest().reply == "original"
    first.close()


def test_a_sent_reply_can_be_read_back_by_its_id(store: DraftStore) -> None:
    d = store.create(customer="c", reply="r")
    sent = store.mark_sent(d.id, "c", "final reply")
    assert store.sent(sent.id) == sent
    assert store.sent(sent.id + 1) is None
