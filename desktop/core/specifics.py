"""Named specifics: pattern sets written once (a rule file's `specifics:`) and used by name.

Request rules name the specifics a clear ask has ("system", "time window"). Any other
regular-expression field (a rule's `unless_…`, a checklist item's `show`) may name one
too, as `{specific: NAME}` (or `{specific: [NAME, NAME]}` for any of several), so
wording that two files need — how a reply owns a problem, say — lives in one place.
Specifics may come from any rule file, shipped or the user's, so a reference is looked
up when it is used, against the rule set's merged specifics (names are checked when the
files load).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache
from typing import NamedTuple


class SpecificRef(NamedTuple):
    """A regular-expression field written as `{specific: NAME}` or
    `{specific: [NAME, …]}`."""

    names: tuple[str, ...]


PatternField = re.Pattern[str] | SpecificRef


def resolve(field: PatternField | None, specifics: Mapping[str, object]) -> re.Pattern[str] | None:
    """The pattern a field stands for: itself, or the named specifics' patterns."""
    if isinstance(field, SpecificRef):
        patterns = tuple(p for n in field.names if isinstance(p := specifics.get(n), re.Pattern))
        if len(patterns) <= 1:
            return patterns[0] if patterns else None
        return _either(patterns)
    return field


@lru_cache(maxsize=64)
def _either(patterns: tuple[re.Pattern[str], ...]) -> re.Pattern[str]:
    """One pattern matching where any of these does: the same object each time, so what
    is known about its matches (match_cache) is kept from one analysis to the next."""
    return re.compile("|".join(
        f"(?i:{p.pattern})" if p.flags & re.IGNORECASE else f"(?:{p.pattern})" for p in patterns
    ))  # (each part keeps its own case rule)
