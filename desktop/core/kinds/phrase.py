"""`phrase`: fires wherever one of its patterns matches (Vale's existence/substitution).

Each pattern may carry its own gentler wording (`suggest`), which becomes the finding's
suggestion, so one rule can map "obviously" and "simply" to their own alternatives.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import ClassVar

from ..document import Document
from ..yamlview import View
from .base import BuildContext, Hit, SentenceKind


@dataclass(frozen=True)
class _Pattern:
    regex: re.Pattern[str]
    suggest: tuple[str, ...] | None


class PhraseKind(SentenceKind):
    name: ClassVar[str] = "phrase"
    fields: ClassVar[dict[str, str]] = {
        "patterns": "list of regular expressions (case-insensitive unless `case_sensitive`); "
        "an item may be a mapping {pattern, suggest} to give that pattern its own rewrite "
        "(an empty suggestion means: delete the words)",
        "case_sensitive": "true to match letter case exactly (default false)",
        "exceptions": "regular expressions; a match that equals one of them is ignored",
    }

    def __init__(self, patterns: list[_Pattern], exceptions: list[re.Pattern[str]]) -> None:
        self.patterns = patterns
        self.exceptions = exceptions
        self._regexes = tuple(p.regex for p in patterns)  # (see Document.with_candidates)

    @classmethod
    def build(cls, spec: Mapping[str, View], ctx: BuildContext) -> PhraseKind:
        if "patterns" not in spec:
            raise next(iter(spec.values())).error("a phrase rule needs 'patterns'", "patterns")
        flags = 0 if "case_sensitive" in spec and spec["case_sensitive"].boolean() else re.I
        patterns = []
        for item in spec["patterns"].sequence():
            if item.is_mapping():
                fields = item.mapping({"pattern", "suggest"}, required={"pattern"})
                suggest = None
                if "suggest" in fields:
                    suggest = tuple(fields["suggest"].texts(allow_empty=True))
                patterns.append(_Pattern(fields["pattern"].regex(flags), suggest))
            else:
                patterns.append(_Pattern(item.regex(flags), None))
        exceptions = spec["exceptions"].regexes(flags) if "exceptions" in spec else []
        return cls(patterns, exceptions)

    def searched(self) -> Iterable[re.Pattern[str]]:
        return (p.regex for p in self.patterns)

    def find(self, doc: Document, specifics: Mapping[str, object]) -> Iterable[Hit]:
        patterns = self.patterns
        for i in doc.with_candidates(self._regexes):
            pattern = patterns[i]
            for m in doc.finditer(pattern.regex):
                if m.end() == m.start():
                    continue
                if any(e.fullmatch(m.group()) for e in self.exceptions):
                    continue
                yield Hit(m.start(), m.end(), pattern.suggest)
