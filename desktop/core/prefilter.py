"""Skip regular expressions that cannot match, using the words they require.

Python's `re` tries every position of the text, so a hundred rule patterns over a
1,000-word draft cost tens of milliseconds. Most patterns need a literal word
("docs", "sorry", "restart") that a given draft doesn't contain. We read each pattern's
parse tree once, find literals it cannot match without, and test those with a plain
substring search on the lower-cased text first. The filter is conservative: when in
doubt it says "could match" and the regex runs as before.
"""

from __future__ import annotations

import re
from functools import lru_cache

try:  # Python 3.11+
    from re import _constants as sre_c  # type: ignore[attr-defined]
    from re import _parser as sre_parse  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - older Pythons
    import sre_constants as sre_c  # type: ignore[no-redef]
    import sre_parse  # type: ignore[no-redef]

Alternatives = frozenset[str]


def _best(candidates: list[Alternatives]) -> Alternatives | None:
    """The most selective requirement: the one whose shortest alternative is longest."""
    usable = [c for c in candidates if c and min(len(s) for s in c) >= 2]
    if not usable:
        return None
    return max(usable, key=lambda c: (min(len(s) for s in c), -len(c)))


def _required(seq: sre_parse.SubPattern | list) -> Alternatives | None:
    candidates: list[Alternatives] = []
    run: list[str] = []

    def flush() -> None:
        if run:
            candidates.append(frozenset({"".join(run)}))
            run.clear()

    for op, arg in seq:
        if op is sre_c.LITERAL and arg < 128:
            run.append(chr(arg).lower())
            continue
        flush()
        if op is sre_c.SUBPATTERN:
            inner = _required(arg[-1])
            if inner:
                candidates.append(inner)
        elif op is sre_c.BRANCH:
            branches = [_required(b) for b in arg[1]]
            if branches and all(branches):
                candidates.append(frozenset().union(*branches))  # type: ignore[arg-type]
        elif op in (sre_c.MAX_REPEAT, sre_c.MIN_REPEAT, getattr(sre_c, "POSSESSIVE_REPEAT", None)):
            low, _high, inner_seq = arg
            if low >= 1:
                inner = _required(inner_seq)
                if inner:
                    candidates.append(inner)
        elif op is getattr(sre_c, "ATOMIC_GROUP", None):
            inner = _required(arg)
            if inner:
                candidates.append(inner)
    flush()
    return _best(candidates)


@lru_cache(maxsize=4096)
def parse_tree(pattern: re.Pattern[str]) -> sre_parse.SubPattern | None:
    """The parse tree of a compiled pattern, or None when it can't be read back."""
    try:
        return sre_parse.parse(pattern.pattern, pattern.flags & ~re.UNICODE)
    except Exception:  # any surprise means "don't optimise this pattern"
        return None


@lru_cache(maxsize=4096)
def required_literals(pattern: re.Pattern[str]) -> Alternatives | None:
    """Lower-case strings of which at least one must occur for `pattern` to match."""
    tree = parse_tree(pattern)
    return None if tree is None else _required(tree)


def could_match(pattern: re.Pattern[str], lowered: str) -> bool:
    literals = required_literals(pattern)
    return literals is None or any(lit in lowered for lit in literals)
