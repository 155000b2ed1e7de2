"""The one small interface every grammar/spelling backend implements.

The app talks to LanguageTool, the embedded Harper engine or nothing at all through
`GrammarBackend`, so the worker and the settings dialog never care which one is behind
it. Backends return core `Finding`s whose offsets are Python `str` indices into the
checked text. Nothing in `desktop.grammar` may import Qt: checking runs in a worker
thread the UI owns, and the CLI can use the same backends headless.
"""

from __future__ import annotations

from typing import Protocol, runtime_checkable

from desktop.core.model import Finding

BUILTIN_CHECKER = "the built-in checker"
"""How statuses name the embedded (Harper) engine, so every message reads alike."""


class GrammarUnavailable(Exception):
    """A backend cannot check right now; ``str(exc)`` is a one-line reason for the user.

    Backends translate every failure (no Java, server unreachable, timeout, malformed
    reply, …) into this so callers can fall back without ever showing a traceback.
    """


@runtime_checkable
class GrammarBackend(Protocol):
    """What the worker needs from a grammar/spelling checker.

    ``check`` may block (it runs off the UI thread) and may raise only
    `GrammarUnavailable`. ``status`` is a human sentence for the status bar and the
    settings dialog. ``close`` releases processes and sockets and may be called twice.
    """

    @property
    def name(self) -> str:
        """Which engine is checking, for statuses (read-only: a fallback names whichever
        of its two engines is active)."""
        ...

    def available(self) -> bool:
        """Whether this backend can be used at all on this machine (cheap to call)."""
        ...

    def status(self) -> str:
        """A one-line, human-readable description of what is checking the text."""
        ...

    def check(self, text: str) -> list[Finding]:
        """Grammar and spelling findings for ``text`` (offsets are ``str`` indices)."""
        ...

    def close(self) -> None:
        """Release resources (a JVM, an HTTP session); safe to call more than once."""
        ...


class OffBackend:
    """The backend for "grammar checking off": always available, never finds anything."""

    name = "off"

    def available(self) -> bool:
        return True

    def status(self) -> str:
        return "Grammar and spelling checks are off"

    def check(self, text: str) -> list[Finding]:
        return []

    def close(self) -> None:
        return None
