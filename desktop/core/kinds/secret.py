"""`secret`: credentials pasted into a reply: tokens, keys, passwords, private keys.

Each pattern may mark the secret value with a named group `(?P<secret>…)`; the finding
covers that value (or the whole match), and the message can show it only masked
(`{masked}`: the first few and last couple of characters, never the whole value) next to
what it looks like (`{kind}`: the pattern's label, "a GitHub token"). All patterns of a
rule are compiled into one alternation so the draft is scanned once.

This module must never put a whole secret into a message or suggestion.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import ClassVar

from ..document import Document
from ..yamlview import View
from .base import BuildContext, Hit

_SECRET_GROUP = "secret"
_NAMED_GROUP = re.compile(r"\(\?P<(\w+)>")


def mask(value: str) -> str:
    """`ghp_…AB`: a few leading and trailing characters, never the whole value.

    Up to four characters in front and two at the end, fewer for short values, so at
    least half of any secret is always hidden.
    """
    value = value.strip()
    n = len(value)
    head = min(4, n // 4)
    tail = min(2, n // 8)
    return f"{value[:head]}…{value[n - tail:] if tail else ''}"


@dataclass(frozen=True)
class _Pattern:
    label: str
    masked: str | None  # a fixed text to show instead of the masked value


class SecretKind:
    name: ClassVar[str] = "secret"
    fields: ClassVar[dict[str, str]] = {
        "secrets": "list of {pattern, label, masked, case_sensitive}: `pattern` is a regular "
        "expression (case-sensitive unless `case_sensitive: false`) that may mark the value "
        "with a named group `(?P<secret>…)` (the finding covers that value); `label` says "
        "what it is for the message's {kind} ('a GitHub token'); `masked` is an optional "
        "fixed text shown as {masked} instead of the first and last characters",
        "ignore_values": "regular expressions (case-insensitive); a secret value that "
        "matches one in full is a placeholder, not a secret ('***', '${DB_PASSWORD}')",
    }

    def __init__(
        self,
        combined: re.Pattern[str],
        patterns: list[_Pattern],
        ignore: re.Pattern[str] | None,
    ) -> None:
        self.combined = combined
        self.patterns = patterns
        self.ignore = ignore

    @classmethod
    def build(cls, spec: Mapping[str, View], ctx: BuildContext) -> SecretKind:
        if "secrets" not in spec:
            raise next(iter(spec.values())).error("a secret rule needs 'secrets'", "secrets")
        parts: list[str] = []
        patterns: list[_Pattern] = []
        for i, item in enumerate(spec["secrets"].sequence()):
            f = item.mapping({"pattern", "label", "masked", "case_sensitive"},
                             required={"pattern", "label"})
            case_sensitive = f["case_sensitive"].boolean() if "case_sensitive" in f else True
            compiled = f["pattern"].regex(0 if case_sensitive else re.I)
            stray = [g for g in compiled.groupindex if g != _SECRET_GROUP]
            if stray:
                raise f["pattern"].error(
                    f"the only named group allowed is (?P<secret>…), not (?P<{stray[0]}>…)")
            source = compiled.pattern.replace(f"(?P<{_SECRET_GROUP}>", f"(?P<s{i}>")
            source = source.replace(f"(?P={_SECRET_GROUP})", f"(?P=s{i})")
            flags = "" if case_sensitive else "i"
            parts.append(f"(?P<p{i}>(?{flags}:{source}))" if flags else f"(?P<p{i}>{source})")
            patterns.append(_Pattern(
                f["label"].text(), f["masked"].text() if "masked" in f else None))
        if not patterns:
            raise spec["secrets"].error("must list at least one pattern")
        ignore = None
        if "ignore_values" in spec:
            ignore = spec["ignore_values"].either_regex(re.I)
        try:
            combined = re.compile("|".join(parts))
        except re.error as exc:  # e.g. a global inline flag in the middle of a pattern
            raise spec["secrets"].error(f"the patterns can't be combined: {exc}") from exc
        return cls(combined, patterns, ignore)

    def find(self, doc: Document, specifics: Mapping[str, object]) -> Iterable[Hit]:
        for m in self.combined.finditer(doc.draft):
            i = int(m.lastgroup[1:]) if m.lastgroup else -1
            if i < 0:
                continue
            group = f"s{i}"
            has_secret = group in self.combined.groupindex and m.group(group) is not None
            start, end = m.span(group) if has_secret else m.span()
            value = doc.draft[start:end]
            if end <= start or (self.ignore and self.ignore.fullmatch(value)):
                continue
            pattern = self.patterns[i]
            yield Hit(start, end, values={
                "kind": pattern.label,
                "masked": pattern.masked or mask(value),
            })
