"""Named specifics: pattern sets written once (a rule file's `specifics:`) and used by name.

Request rules name the specifics a clear ask has ("system", "time window"). Any other
regular-expression field (a rule's `unless_…`, a checklist item's `show`) may name one
too, as `{specific: NAME}`, so wording that two files need — how a reply owns a problem,
say — lives in one place. Specifics may come from any rule file, shipped or the user's,
so a reference is looked up when it is used, against the rule set's merged specifics
(names are checked when the files load).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import NamedTuple


class SpecificRef(NamedTuple):
    """A regular-expression field written as `{specific: NAME}`."""

    name: str


PatternField = re.Pattern[str] | SpecificRef


def resolve(field: PatternField | None, specifics: Mapping[str, object]) -> re.Pattern[str] | None:
    """The pattern a field stands for: itself, or the named specific's patterns."""
    if isinstance(field, SpecificRef):
        pattern = specifics.get(field.name)
        return pattern if isinstance(pattern, re.Pattern) else None
    return field
