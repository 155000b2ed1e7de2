"""A backend that uses LanguageTool while it works and the built-in checker after.

A LanguageTool server can vanish mid-session and a local JVM can fail to start; the
user should keep getting spelling and grammar help, with a status line that says why
the engine changed ("LanguageTool server unreachable — using the built-in checker").
Once fallen back it stays on the built-in checker until settings change, so a dead
server does not cost a timeout on every keystroke.
"""

from __future__ import annotations

from collections.abc import Callable

from desktop.core.model import Finding
from desktop.grammar.base import GrammarBackend, GrammarUnavailable
from desktop.grammar.harper_backend import HarperBackend


class FallbackBackend:
    """Delegate to ``primary`` until it raises `GrammarUnavailable`, then to a fallback.

    ``make_fallback(reason)`` builds the fallback lazily (Harper's dictionary costs a
    second) with the reason in its status.
    """

    def __init__(
        self,
        primary: GrammarBackend,
        make_fallback: Callable[[str], HarperBackend],
    ) -> None:
        self.primary = primary
        self._make_fallback = make_fallback
        self.fallback: HarperBackend | None = None
        self.reason = ""

    @property
    def name(self) -> str:
        return self.active.name

    @property
    def active(self) -> GrammarBackend:
        """The backend that answers checks right now."""
        return self.fallback if self.fallback is not None else self.primary

    def fall_back(self, reason: str) -> None:
        """Stop using the primary backend for good and say why."""
        self.reason = reason
        self.primary.close()
        if self.fallback is None:
            self.fallback = self._make_fallback(reason)

    def available(self) -> bool:
        return self.active.available()

    def status(self) -> str:
        return self.active.status()

    def check(self, text: str) -> list[Finding]:
        if self.fallback is None:
            try:
                return self.primary.check(text)
            except GrammarUnavailable as exc:
                self.fall_back(str(exc))
        assert self.fallback is not None
        return self.fallback.check(text)

    def close(self) -> None:
        self.primary.close()
        if self.fallback is not None:
            self.fallback.close()
