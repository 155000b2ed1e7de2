"""The embedded, offline grammar and spelling checker: Harper through ``harper-py``.

Harper is a Rust engine shipped as a self-contained wheel, so it works on every
machine with no Java and no server; it is what users get when LanguageTool is not
installed. Its spans are Unicode code points, which are exactly Python `str` indices
(verified with emoji before the error in the tests), so no offset conversion is needed.

Building a ``harper.Linter`` loads its dictionary (about a second), so it happens
lazily on the first check, in the worker thread, never at import or start-up.
"""

from __future__ import annotations

import re
import threading
from typing import TYPE_CHECKING, Any

from desktop.core.model import Finding
from desktop.grammar.base import BUILTIN_CHECKER, GrammarUnavailable
from desktop.grammar.personal_dictionary import PersonalDictionary, apply_dictionary

if TYPE_CHECKING:
    import harper

# Harper's lint kinds that are about how a word is spelled rather than how words fit.
SPELLING_KINDS = frozenset({"Spelling", "Typo"})
# Kinds that are matters of taste; shown quietly so they never drown real mistakes.
INFO_KINDS = frozenset(
    {
        "Style",
        "Readability",
        "Enhancement",
        "Redundancy",
        "Miscellaneous",
        "Formatting",
        "Regionalism",
        "Nonstandard",
    }
)
MAX_SUGGESTIONS = 5

# Text Harper should not read: code spans, URLs, e-mail addresses, file paths and
# template placeholders such as <system name>. Support replies are full of them and
# flagging "kubectl" or "/var/log/syslog" as misspelled is noise.
DEFAULT_MASK = (
    r"`[^`\n]*`"
    r"|\b[a-zA-Z][a-zA-Z0-9+.-]*://\S+"
    r"|\b[\w.+-]+@[\w-]+\.[\w.-]+"
    r"|<[^<>\n]{1,80}>"
    r"|(?:~|\.{1,2})?/[\w.-]+(?:/[\w.-]+)+"
)

_DIALECTS = {"en-us": 0, "en-gb": 1, "en-au": 2, "en-ca": 3, "en-in": 4}

# A unit or suffix written straight after a number ("4G.", "5GHz", "10mm"): Harper splits
# the number off and may spell-check the letters alone ("G." flagged in "My phone only
# gets 4G."). Masking such tokens instead makes Harper report the gap it leaves.
_UNIT_AFTER_NUMBER = re.compile(r"[A-Za-z]{1,4}\.?")


def kind_slug(kind: str) -> str:
    """``"WordChoice"`` → ``"word-choice"``, for rule ids like ``harper.word-choice``."""
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "-", kind).lower() or "other"


def dialect_for(language: str) -> int:
    """Harper's dialect number for a language tag; American English when unknown."""
    return _DIALECTS.get(language.strip().lower().replace("_", "-"), 0)


def lint_to_finding(text: str, lint: Any) -> Finding:
    """Map one ``harper.Lint`` to a core `Finding`."""
    kind = str(lint.lint_kind)
    start, end = int(lint.span.start), int(lint.span.end)
    suggestions: list[str] = []
    for suggestion in lint.suggestions:
        replacement = suggestion.replacement_text
        if int(suggestion.kind) == 2:  # INSERT_AFTER: show the result, not a fragment
            replacement = text[start:end] + replacement
        if replacement not in suggestions:
            suggestions.append(replacement)
        if len(suggestions) >= MAX_SUGGESTIONS:
            break
    return Finding(
        rule=f"harper.{kind_slug(kind)}",
        category="spelling" if kind in SPELLING_KINDS else "grammar",
        severity="info" if kind in INFO_KINDS else "warning",
        start=start,
        end=end,
        text=text[start:end],
        message=str(lint.message),
        suggestions=tuple(suggestions),
    )


def _unit_after_number(text: str, finding: Finding) -> bool:
    """A spelling finding on the letters glued to a number ("4G", "10mm"), not a word."""
    return (
        finding.category == "spelling"
        and finding.start > 0
        and text[finding.start - 1].isdigit()
        and _UNIT_AFTER_NUMBER.fullmatch(finding.text) is not None
    )


class HarperBackend:
    """Grammar and spelling with Harper, in process and offline."""

    name = "harper"

    def __init__(
        self,
        *,
        language: str = "en-US",
        dictionary: PersonalDictionary | None = None,
        mask: str | None = DEFAULT_MASK,
        note: str = "",
    ) -> None:
        """``note`` is prepended to the status, e.g. why LanguageTool is not used."""
        self.language = language
        self.dictionary = dictionary
        self.mask = mask
        self.note = note
        self._linter: harper.Linter | None = None
        # A harper.Linter raises if two threads call it at once; serialise instead.
        self._lock = threading.Lock()

    def available(self) -> bool:
        try:
            import harper  # noqa: F401
        except ImportError:
            return False
        return True

    def status(self) -> str:
        if self.note:
            return f"{self.note} — using {BUILTIN_CHECKER}"
        return f"Checking with {BUILTIN_CHECKER} (Harper, offline)"

    def _get_linter(self) -> harper.Linter:
        if self._linter is None:
            try:
                import harper
            except ImportError as exc:
                missing = "The built-in checker (harper-py) is not installed"
                raise GrammarUnavailable(missing) from exc
            self._linter = harper.Linter(harper.Dialect(dialect_for(self.language)))
        return self._linter

    def check(self, text: str) -> list[Finding]:
        if not text.strip():
            return []
        with self._lock:
            linter = self._get_linter()
            try:
                lints = linter.lint(text, language="plaintext", regex_mask=self.mask)
            except Exception as exc:  # a Rust panic surfaces as an exception
                raise GrammarUnavailable(f"The built-in checker failed: {exc}") from exc
        findings = [lint_to_finding(text, lint) for lint in lints]
        findings = [f for f in findings if f.end > f.start and not _unit_after_number(text, f)]
        findings.sort(key=lambda f: (f.start, f.end, f.rule))
        return apply_dictionary(findings, self.dictionary)

    def close(self) -> None:
        with self._lock:
            self._linter = None
