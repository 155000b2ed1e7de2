"""The draft store: every draft and every sent reply, in SQLite, so nothing is lost.

One database file in the user's data dir, in WAL mode so an autosave is a short
transaction that survives a crash or a kill. Deleting is soft (undo brings the draft
back) until `purge_deleted`. A corrupt file is moved aside as
``<name>.corrupt-<timestamp>`` and a fresh store is opened; a file locked by another
process is left alone and this session uses a fresh file next to it. Either way the
caller gets a message to show. Pure Python: never imports Qt.
"""

from __future__ import annotations

import contextlib
import sqlite3
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from .paths import user_data_dir

DB_NAME = "drafts.sqlite3"
STATUSES = ("draft", "ready", "sent")

_SCHEMA = """
CREATE TABLE IF NOT EXISTS drafts (
    id       INTEGER PRIMARY KEY,
    customer TEXT NOT NULL DEFAULT '',
    reply    TEXT NOT NULL DEFAULT '',
    status   TEXT NOT NULL DEFAULT 'draft',
    created  REAL NOT NULL,
    updated  REAL NOT NULL,
    deleted  REAL
);
CREATE TABLE IF NOT EXISTS sent (
    id       INTEGER PRIMARY KEY,
    draft_id INTEGER,
    customer TEXT NOT NULL DEFAULT '',
    reply    TEXT NOT NULL,
    sent_at  REAL NOT NULL
);
-- "Ignore here": one finding (rule + exact words) accepted in one draft, with why.
-- CREATE IF NOT EXISTS is the migration: older stores gain the table on open.
CREATE TABLE IF NOT EXISTS ignored (
    draft_id INTEGER NOT NULL,
    rule     TEXT NOT NULL,
    text     TEXT NOT NULL,
    reason   TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (draft_id, rule, text)
);
CREATE INDEX IF NOT EXISTS drafts_updated ON drafts(updated);
CREATE INDEX IF NOT EXISTS sent_at ON sent(sent_at);
"""


@dataclass(frozen=True)
class Draft:
    id: int
    customer: str
    reply: str
    status: str
    created: float
    updated: float
    deleted: float | None = None

    @property
    def title(self) -> str:
        """A one-line name for lists: the start of the customer's message or the reply."""
        for text in (self.customer, self.reply):
            line = next((ln.strip() for ln in text.splitlines() if ln.strip()), "")
            if line:
                return line if len(line) <= 60 else line[:59] + "…"
        return "Empty draft"


@dataclass(frozen=True)
class SentReply:
    id: int
    draft_id: int | None
    customer: str
    reply: str
    sent_at: float


# Row order for `Draft(*row)`: the dataclass's fields, in order.
_DRAFT_COLUMNS = "id, customer, reply, status, created, updated, deleted"


class DraftStore:
    """Drafts and sent replies in one SQLite file. Open it with `DraftStore.open`."""

    def __init__(self, conn: sqlite3.Connection, path: Path, now: Callable[[], float]) -> None:
        self._conn = conn
        self.path = path
        self._now = now

    # -- opening -------------------------------------------------------------------

    @classmethod
    def open(
        cls, path: Path | None = None, now: Callable[[], float] = time.time
    ) -> tuple[DraftStore, str | None]:
        """Open (or create) the store; return it with a message for the user, or None.

        Never raises for a broken or busy file: the user must always get a working
        store, and their old data must never be overwritten.
        """
        path = Path(path) if path is not None else user_data_dir() / DB_NAME
        path.parent.mkdir(parents=True, exist_ok=True)
        try:
            return cls(_connect(path), path, now), None
        except sqlite3.OperationalError as exc:
            if not _is_locked(exc):
                raise
            stamp = time.strftime("%Y%m%d-%H%M%S", time.localtime(now()))
            fresh = path.with_name(f"{path.stem}-{stamp}{path.suffix}")
            message = (
                f"The draft store {path} is locked (is Composure open in another window?). "
                f"This window keeps its drafts in {fresh.name} instead; nothing was deleted."
            )
            return cls(_connect(fresh), fresh, now), message
        except sqlite3.DatabaseError as exc:
            aside = _move_aside(path, now())
            message = (
                f"The draft store could not be read ({exc}). It was moved aside to "
                f"{aside} and a fresh store was started; the old file is kept for recovery."
            )
            return cls(_connect(path), path, now), message

    def close(self) -> None:
        with contextlib.suppress(sqlite3.Error):
            self._conn.close()

    @contextlib.contextmanager
    def _tx(self) -> Iterator[sqlite3.Connection]:
        with self._conn:  # commits on success, rolls back on error
            yield self._conn

    # -- drafts --------------------------------------------------------------------

    def create(self, customer: str = "", reply: str = "") -> Draft:
        t = self._now()
        with self._tx() as c:
            cur = c.execute(
                "INSERT INTO drafts (customer, reply, status, created, updated) "
                "VALUES (?, ?, 'draft', ?, ?)",
                (customer, reply, t, t),
            )
        draft = self.get(int(cur.lastrowid or 0))
        assert draft is not None
        return draft

    def save(self, draft_id: int, customer: str, reply: str, status: str = "draft") -> None:
        if status not in STATUSES:
            raise ValueError(f"unknown draft status {status!r}")
        with self._tx() as c:
            c.execute(
                "UPDATE drafts SET customer = ?, reply = ?, status = ?, updated = ? "
                "WHERE id = ?",
                (customer, reply, status, self._now(), draft_id),
            )

    def get(self, draft_id: int) -> Draft | None:
        row = self._conn.execute(
            f"SELECT {_DRAFT_COLUMNS} FROM drafts WHERE id = ?",
            (draft_id,),
        ).fetchone()
        return Draft(*row) if row else None

    def drafts(self, search: str = "") -> list[Draft]:
        """Drafts that are not deleted, newest first, optionally filtered by text."""
        like = f"%{_escape_like(search)}%"
        rows = self._conn.execute(
            f"SELECT {_DRAFT_COLUMNS} FROM drafts "
            "WHERE deleted IS NULL AND (customer LIKE ? ESCAPE '\\' OR reply LIKE ? ESCAPE '\\') "
            "ORDER BY updated DESC, id DESC",
            (like, like),
        ).fetchall()
        return [Draft(*row) for row in rows]

    def latest(self) -> Draft | None:
        """The draft worked on most recently (what to restore after a crash)."""
        found = self.drafts()
        return found[0] if found else None

    def delete(self, draft_id: int) -> None:
        """Soft-delete: the draft disappears from lists until `undelete`."""
        with self._tx() as c:
            c.execute("UPDATE drafts SET deleted = ? WHERE id = ?", (self._now(), draft_id))

    def undelete(self, draft_id: int) -> None:
        with self._tx() as c:
            c.execute("UPDATE drafts SET deleted = NULL WHERE id = ?", (draft_id,))

    def purge_deleted(self) -> int:
        with self._tx() as c:
            c.execute(
                "DELETE FROM ignored WHERE draft_id IN "
                "(SELECT id FROM drafts WHERE deleted IS NOT NULL)"
            )
            return c.execute("DELETE FROM drafts WHERE deleted IS NOT NULL").rowcount

    # -- ignored findings ----------------------------------------------------------

    def ignore(self, draft_id: int, rule: str, text: str, reason: str = "") -> None:
        """Accept finding ``rule`` on exactly ``text`` in this draft (with why)."""
        with self._tx() as c:
            c.execute(
                "INSERT OR REPLACE INTO ignored (draft_id, rule, text, reason) "
                "VALUES (?, ?, ?, ?)",
                (draft_id, rule, text, reason.strip()),
            )

    def unignore(self, draft_id: int, rule: str, text: str) -> None:
        with self._tx() as c:
            c.execute(
                "DELETE FROM ignored WHERE draft_id = ? AND rule = ? AND text = ?",
                (draft_id, rule, text),
            )

    def ignored(self, draft_id: int | None) -> dict[tuple[str, str], str]:
        """``{(rule, text): reason}`` for the findings ignored in this draft."""
        if draft_id is None:
            return {}
        rows = self._conn.execute(
            "SELECT rule, text, reason FROM ignored WHERE draft_id = ?", (draft_id,)
        ).fetchall()
        return {(rule, text): reason for rule, text, reason in rows}

    # -- sent history --------------------------------------------------------------

    def mark_sent(self, draft_id: int | None, customer: str, reply: str) -> SentReply:
        """Record ``reply`` as sent (copied out) and mark its draft sent, in one go."""
        t = self._now()
        with self._tx() as c:
            cur = c.execute(
                "INSERT INTO sent (draft_id, customer, reply, sent_at) VALUES (?, ?, ?, ?)",
                (draft_id, customer, reply, t),
            )
            if draft_id is not None:
                c.execute(
                    "UPDATE drafts SET customer = ?, reply = ?, status = 'sent', updated = ? "
                    "WHERE id = ?",
                    (customer, reply, t, draft_id),
                )
        return SentReply(int(cur.lastrowid or 0), draft_id, customer, reply, t)

    def sent(self, sent_id: int) -> SentReply | None:
        row = self._conn.execute(
            "SELECT id, draft_id, customer, reply, sent_at FROM sent WHERE id = ?", (sent_id,)
        ).fetchone()
        return SentReply(*row) if row else None

    def history(self, search: str = "") -> list[SentReply]:
        like = f"%{_escape_like(search)}%"
        rows = self._conn.execute(
            "SELECT id, draft_id, customer, reply, sent_at FROM sent "
            "WHERE reply LIKE ? ESCAPE '\\' OR customer LIKE ? ESCAPE '\\' "
            "ORDER BY sent_at DESC, id DESC",
            (like, like),
        ).fetchall()
        return [SentReply(*row) for row in rows]


def _connect(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path, timeout=2.0)
    try:
        # quick_check reads every page header, so a damaged file fails here, not later
        # in the middle of an autosave.
        result = conn.execute("PRAGMA quick_check").fetchone()
        if result and result[0] != "ok":
            raise sqlite3.DatabaseError(f"integrity check failed: {result[0]}")
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=NORMAL")
        with conn:
            conn.executescript(_SCHEMA)
        # Probe for the write lock now: a store we can read but never save to would
        # lose every autosave quietly.
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("ROLLBACK")
    except sqlite3.Error:
        conn.close()
        raise
    return conn


def _is_locked(exc: sqlite3.OperationalError) -> bool:
    text = str(exc).lower()
    return "locked" in text or "busy" in text


def _move_aside(path: Path, now: float) -> Path:
    stamp = time.strftime("%Y%m%d-%H%M%S", time.localtime(now))
    aside = path.with_name(f"{path.name}.corrupt-{stamp}")
    n = 1
    while aside.exists():
        n += 1
        aside = path.with_name(f"{path.name}.corrupt-{stamp}-{n}")
    path.replace(aside)
    for suffix in ("-wal", "-shm"):  # stale journals belong to the old file
        side = path.with_name(path.name + suffix)
        if side.exists():
            side.replace(aside.with_name(aside.name + suffix))
    return aside


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
