"""Grammar and spelling backends behind one small interface (`GrammarBackend`).

Use `create_backend` with a mode from `GRAMMAR_MODES`:

- ``auto``: local LanguageTool when it is installed (and Java 17+ is present), else the
  built-in Harper checker; with ``server_url``, that LanguageTool server.
- ``languagetool``: LanguageTool (local, or ``server_url``); falls back to Harper with a
  status that says why when it cannot run.
- ``harper``: the built-in, offline Harper checker.
- ``off``: no grammar or spelling checks.

Creating a backend is cheap and never touches the network or starts Java: engines
start on the first ``check``, which the UI runs in its worker thread. Nothing here
downloads LanguageTool; that is `download_languagetool`, behind an explicit button.
This package must never import Qt.
"""

from __future__ import annotations

from desktop.grammar.base import BUILTIN_CHECKER, GrammarBackend, GrammarUnavailable, OffBackend
from desktop.grammar.fallback import FallbackBackend
from desktop.grammar.harper_backend import HarperBackend
from desktop.grammar.languagetool_backend import LanguageToolBackend
from desktop.grammar.languagetool_install import (
    DownloadCancelled,
    download_languagetool,
    find_installed_languagetool,
)
from desktop.grammar.personal_dictionary import PersonalDictionary

GRAMMAR_MODES: tuple[str, ...] = ("auto", "languagetool", "harper", "off")

__all__ = [
    "BUILTIN_CHECKER",
    "GRAMMAR_MODES",
    "DownloadCancelled",
    "FallbackBackend",
    "GrammarBackend",
    "GrammarUnavailable",
    "HarperBackend",
    "LanguageToolBackend",
    "OffBackend",
    "PersonalDictionary",
    "create_backend",
    "download_languagetool",
    "find_installed_languagetool",
]


def create_backend(
    mode: str = "auto",
    *,
    server_url: str | None = None,
    language: str = "en-US",
    dictionary: PersonalDictionary | None = None,
    timeout: float | None = None,
) -> GrammarBackend:
    """The backend for ``mode`` (see the module docstring); never raises for a bad setup.

    An unknown mode raises ``ValueError`` (a programming error, not a user one).
    ``timeout`` bounds each LanguageTool request in seconds (default 30 local, 10 server).
    """
    if mode not in GRAMMAR_MODES:
        raise ValueError(f"unknown grammar mode {mode!r}; expected one of {GRAMMAR_MODES}")
    if mode == "off":
        return OffBackend()

    def harper(note: str = "") -> HarperBackend:
        return HarperBackend(language=language, dictionary=dictionary, note=note)

    if mode == "harper":
        return harper()

    server_url = (server_url or "").strip() or None
    lt = LanguageToolBackend(
        language=language, server_url=server_url, dictionary=dictionary, timeout=timeout
    )
    if not lt.available():
        try:
            lt._require_local()
        except GrammarUnavailable as exc:
            return harper(str(exc))
        return harper("LanguageTool unavailable")
    return FallbackBackend(lt, harper)
