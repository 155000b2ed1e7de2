"""`secret`: credentials pasted into a reply: tokens, keys, passwords, private keys.

Each pattern may mark the secret value with a named group `(?P<secret>…)`; the finding
covers that value (or the whole match), and the message can show it only masked
(`{masked}`: the first few and last couple of characters, never the whole value) next to
what it looks like (`{kind}`: the pattern's label, "a GitHub token"). All patterns of a
rule run separately, each written to start with a literal so `re` can skip ahead fast.

This module must never put a whole secret into a message or suggestion.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import ClassVar

from ..document import Document
from ..match_cache import plan_for
from ..prefilter import anywhere
from ..yamlview import View
from .base import BuildContext, Hit, WholeDraftKind

_SECRET_GROUP = "secret"


def mask(value: str) -> str:
    """`ghp_…AB`: a few leading and trailing characters, never the whole value.

    Up to four characters in front and two at the end, fewer for short values, so at
    least half of any secret is always hidden.
    """
    value = value.strip()
    n = len(value)
    head = min(4, n // 4)
    tail = min(2, n // 8)
    return f"{value[:head]}…{value[n - tail :] if tail else ''}"


@dataclass(frozen=True)
class _Pattern:
    regex: re.Pattern[str]
    case_sensitive: bool  # false: run against the draft folded to lower case
    label: str
    masked: str | None  # a fixed text to show instead of the masked value


class SecretKind(WholeDraftKind):
    name: ClassVar[str] = "secret"
    fields: ClassVar[dict[str, str]] = {
        "secrets": "list of {pattern, label, masked, case_sensitive}: `pattern` is a regular "
        "expression that may mark the value with a named group `(?P<secret>…)` (the finding "
        "covers that value); `case_sensitive: false` matches it against the lower-cased "
        "draft, so write such a pattern in lower case; `label` says what it is for the "
        "message's {kind} ('a GitHub token'); `masked` is an optional fixed text shown as "
        "{masked} instead of the first and last characters",
        "ignore_values": "regular expressions (case-insensitive); a secret value that "
        "matches one in full is a placeholder, not a secret ('***', '${DB_PASSWORD}')",
    }

    def __init__(self, patterns: list[_Pattern], ignore: re.Pattern[str] | None) -> None:
        self.patterns = patterns
        self.ignore = ignore

    @classmethod
    def build(cls, spec: Mapping[str, View], ctx: BuildContext) -> SecretKind:
        if "secrets" not in spec:
            raise next(iter(spec.values())).error("a secret rule needs 'secrets'", "secrets")
        patterns: list[_Pattern] = []
        for item in spec["secrets"].sequence():
            f = item.mapping(
                {"pattern", "label", "masked", "case_sensitive"}, required={"pattern", "label"}
            )
            case_sensitive = f["case_sensitive"].boolean() if "case_sensitive" in f else True
            # Each pattern runs on its own: Python's re scans fast for a pattern that starts
            # with a literal ("ghp_", "AKIA"), and loses that in one big alternation or
            # with IGNORECASE, hence the folded draft for case-insensitive patterns.
            compiled = f["pattern"].regex(0)
            stray = [g for g in compiled.groupindex if g != _SECRET_GROUP]
            if stray:
                raise f["pattern"].error(
                    f"the only named group allowed is (?P<secret>…), not (?P<{stray[0]}>…)"
                )
            patterns.append(
                _Pattern(
                    compiled,
                    case_sensitive,
                    f["label"].text(),
                    f["masked"].text() if "masked" in f else None,
                )
            )
        if not patterns:
            raise spec["secrets"].error("must list at least one pattern")
        ignore = spec["ignore_values"].either_regex(re.I) if "ignore_values" in spec else None
        return cls(patterns, ignore)

    def _matches(self, draft: str, folded: str) -> Iterator[tuple[int, int, int]]:
        """`folded` is the draft in lower case with the same offsets (prefilter.fold)."""
        for i, p in enumerate(self.patterns):
            if not anywhere(plan_for(p.regex).need, folded):  # lacks the words it needs
                continue
            found = p.regex.finditer(draft if p.case_sensitive else folded)
            for m in found:
                has_secret = _SECRET_GROUP in m.re.groupindex and m.group(_SECRET_GROUP)
                start, end = m.span(_SECRET_GROUP) if has_secret else m.span()
                if end > start:
                    yield start, end, i

    def find(self, doc: Document, specifics: Mapping[str, object]) -> Iterable[Hit]:
        # One finding per secret: where patterns overlap (a GitHub token in `token=…`),
        # the leftmost, longest match wins, then the pattern listed first.
        taken_until = -1
        found = sorted(self._matches(doc.draft, doc.folded), key=lambda h: (h[0], -h[1], h[2]))
        for start, end, i in found:
            if start < taken_until:
                continue
            value = doc.original[start:end]
            if self.ignore and self.ignore.fullmatch(value):
                continue
            taken_until = end
            pattern = self.patterns[i]
            yield Hit(
                start,
                end,
                values={
                    "kind": pattern.label,
                    "masked": pattern.masked or mask(value),
                },
            )
