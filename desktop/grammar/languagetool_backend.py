"""Grammar and spelling through LanguageTool, local (a JVM we start) or a server.

Local mode starts LanguageTool once, on the first check (in the worker thread), reuses
it and stops it on `close`. It refuses to run unless LanguageTool is already installed
(see `languagetool_install`): ``language_tool_python`` would otherwise download ~250 MB
on its own. Server mode talks to ``remote_server`` (a company LanguageTool, say).

LanguageTool counts offsets in Java ``char``s (UTF-16 units). ``language_tool_python``'s
``Match`` already moves ``offset`` back to a Python index for text with emoji, but
leaves ``length`` in UTF-16 units; we convert the end here so ``draft[start:end]`` is
always the flagged words. Every failure becomes a one-line `GrammarUnavailable`.
"""

from __future__ import annotations

import contextlib
import json
import re
import threading
from functools import cache
from typing import Any

from desktop.core.model import Finding
from desktop.grammar.base import GrammarUnavailable
from desktop.grammar.languagetool_install import find_installed_languagetool, require_java
from desktop.grammar.offsets import end_from_utf16_length
from desktop.grammar.personal_dictionary import PersonalDictionary, apply_dictionary

MAX_SUGGESTIONS = 5
LOCAL_TIMEOUT = 30.0  # a cold JVM can take a while on a long first check
SERVER_TIMEOUT = 10.0
_QUIET_ISSUE_TYPES = frozenset(
    {"style", "typographical", "whitespace", "register", "locale-violation"}
)
_SUGGESTION_TAG = re.compile(r"<suggestion>(.*?)</suggestion>")


class NotInstalled(GrammarUnavailable):
    """Local LanguageTool was asked for but is not on this machine."""


def is_spelling(rule_id: str, issue_type: str) -> bool:
    """LanguageTool's spell checkers (Morfologik/Hunspell) report "misspelling"."""
    return issue_type == "misspelling" or rule_id.startswith(("MORFOLOGIK_RULE", "HUNSPELL_RULE"))


def match_to_finding(text: str, match: Any) -> Finding | None:
    """Map a ``language_tool_python.Match`` to a `Finding`; None if it does not fit."""
    start = int(match.offset)
    if not 0 <= start < len(text):
        return None
    end = end_from_utf16_length(text, start, int(match.error_length))
    if end <= start:
        return None
    rule_id = str(match.rule_id)
    issue_type = str(getattr(match, "rule_issue_type", "") or "")
    spelling = is_spelling(rule_id, issue_type)
    suggestions: list[str] = []
    for value in match.replacements:
        if isinstance(value, str) and value not in suggestions:
            suggestions.append(value)
        if len(suggestions) >= MAX_SUGGESTIONS:
            break
    return Finding(
        rule=f"lt.{rule_id}",
        category="spelling" if spelling else "grammar",
        severity="info" if not spelling and issue_type in _QUIET_ISSUE_TYPES else "warning",
        start=start,
        end=end,
        text=text[start:end],
        message=_SUGGESTION_TAG.sub(r"“\1”", str(match.message)).strip(),
        suggestions=tuple(suggestions),
    )


def describe_failure(exc: BaseException, *, where: str, timeout: float) -> str:
    """A one-line reason for the user, from whatever language_tool_python raised."""
    import requests

    chain: list[BaseException] = []
    current: BaseException | None = exc
    while current is not None and len(chain) < 10:
        chain.append(current)
        current = current.__cause__ or current.__context__
    if any(isinstance(e, requests.ConnectionError) for e in chain):
        return f"{where} unreachable"
    if any(isinstance(e, requests.Timeout) for e in chain):
        return f"{where} too slow (no answer within {timeout:g} s)"
    if any(isinstance(e, (json.JSONDecodeError, KeyError, TypeError)) for e in chain):
        return f"{where} sent a reply Composure could not read"
    from language_tool_python.exceptions import JavaError, ServerError

    if any(isinstance(e, JavaError) for e in chain):
        return f"{where} needs Java 17 or newer, and no Java was found"
    if isinstance(exc, ServerError):
        detail = str(exc).strip().splitlines()[0][:120] if str(exc).strip() else "no reason given"
        return f"{where} could not start ({detail})"
    if any(isinstance(e, ValueError) and "language" in str(e).lower() for e in chain):
        return f"{where} does not support this language"
    first_line = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
    return f"{where} failed: {first_line[:120]}"


@cache
def _timed_tool_class() -> type:
    """``LanguageTool`` with our own request timeout (the library hard-codes 300 s)
    and a single start attempt.

    The timeout must be in place before ``__init__`` runs, because the constructor
    already asks the server for its languages.
    """
    from language_tool_python import LanguageTool

    class TimedLanguageTool(LanguageTool):  # type: ignore[misc]
        def __init__(self, *args: Any, request_timeout: float, **kwargs: Any) -> None:
            # read by LanguageTool._query_server; the library types it as its default, 300
            self._TIMEOUT = request_timeout  # type: ignore[assignment]
            super().__init__(*args, **kwargs)

        def _start_server_on_free_port(self) -> None:
            # The library retries a failed start on each of ~900 ports, one JVM each,
            # and keeps its URL on the first port. A broken install fails the same way
            # everywhere, so one attempt on the port the URL names is the honest answer.
            self._start_local_server()

    return TimedLanguageTool


class LanguageToolBackend:
    """LanguageTool behind the `GrammarBackend` interface.

    ``server_url`` selects server mode; otherwise a local LanguageTool is started on the
    first check (or `start`). ``timeout`` bounds each request in seconds.
    """

    name = "languagetool"

    def __init__(
        self,
        *,
        language: str = "en-US",
        server_url: str | None = None,
        dictionary: PersonalDictionary | None = None,
        timeout: float | None = None,
    ) -> None:
        self.language = language
        self.server_url = server_url
        self.dictionary = dictionary
        self.timeout = timeout or (SERVER_TIMEOUT if server_url else LOCAL_TIMEOUT)
        self._tool: Any = None
        self._lock = threading.Lock()
        self._available: bool | None = None

    @property
    def where(self) -> str:
        """How messages name this LanguageTool."""
        return "LanguageTool server" if self.server_url else "LanguageTool"

    def available(self) -> bool:
        """Server mode: assumed until a check fails. Local: installed and Java 17+."""
        if self.server_url:
            return True
        if self._available is None:
            try:
                self._require_local()
            except GrammarUnavailable:
                self._available = False
            else:
                self._available = True
        return self._available

    def status(self) -> str:
        if self.server_url:
            return f"Checking with the LanguageTool server at {self.server_url}"
        installed = find_installed_languagetool()
        if installed is None:
            return "LanguageTool not installed"
        return f"Checking with LanguageTool {installed[0]} (local)"

    def _require_local(self) -> str:
        """The installed version to start; raises when it cannot start without a download."""
        installed = find_installed_languagetool()
        if installed is None:
            raise NotInstalled("LanguageTool not installed")
        require_java()
        return installed[0]

    def start(self) -> None:
        """Start (local) or connect to (server) LanguageTool now; idempotent."""
        with self._lock:
            self._ensure_tool()

    def _ensure_tool(self) -> Any:
        if self._tool is not None:
            return self._tool
        kwargs: dict[str, Any] = {"language": self.language, "request_timeout": self.timeout}
        if self.server_url:
            kwargs["remote_server"] = self.server_url
        else:
            # Passing the installed version makes language_tool_python's own "download
            # if missing" step a no-op: it only downloads versions it cannot find.
            kwargs["language_tool_download_version"] = self._require_local()
        try:
            self._tool = _timed_tool_class()(**kwargs)
        except GrammarUnavailable:
            raise
        except (Exception, SystemExit) as exc:  # the library exits on odd `java -version`
            reason = describe_failure(exc, where=self.where, timeout=self.timeout)
            raise GrammarUnavailable(reason) from exc
        return self._tool

    def check(self, text: str) -> list[Finding]:
        if not text.strip():
            return []
        with self._lock:
            tool = self._ensure_tool()
            try:
                matches = tool.check(text)
                findings = [match_to_finding(text, m) for m in matches]
            except (Exception, SystemExit) as exc:
                reason = describe_failure(exc, where=self.where, timeout=self.timeout)
                raise GrammarUnavailable(reason) from exc
        kept = sorted((f for f in findings if f is not None), key=lambda f: (f.start, f.end))
        return apply_dictionary(kept, self.dictionary)

    def close(self) -> None:
        with self._lock:
            tool, self._tool = self._tool, None
        if tool is not None:
            # Closing must never fail the app's shutdown.
            with contextlib.suppress(Exception):
                tool.close()
