"""Where a rule pattern matched in a sentence, remembered across analyses.

While someone types, one sentence changes and the rest stay as they were; analysing the
draft again should not search them again. Results are keyed by the pattern and the
sentence's text together with the few characters before it (all that `\\b`, `^` and the
rules' short lookbehinds can see), so an unchanged sentence anywhere in the draft reuses
its matches. Patterns that look further back are never cached. The cache is bounded.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .prefilter import parse_tree, sre_c, sre_parse

CONTEXT = 8
MAX_ENTRIES = 50_000
_cache: dict[tuple[re.Pattern[str], str, int], tuple[tuple[int, int], ...]] = {}


class Found:
    """The part of `re.Match` the rules use: where, and what."""

    __slots__ = ("_end", "_start", "_text")

    def __init__(self, start: int, end: int, text: str) -> None:
        self._start, self._end, self._text = start, end, text

    def start(self) -> int:
        return self._start

    def end(self) -> int:
        return self._end

    def group(self) -> str:
        return self._text


def _max_lookbehind(seq: sre_parse.SubPattern | list) -> int:
    widest = 0
    for op, arg in seq:
        if op in (sre_c.ASSERT, sre_c.ASSERT_NOT):
            direction, inner = arg
            if direction < 0:
                widest = max(widest, inner.getwidth()[1])
            widest = max(widest, _max_lookbehind(inner))
        elif op is sre_c.SUBPATTERN:
            widest = max(widest, _max_lookbehind(arg[-1]))
        elif op is sre_c.BRANCH:
            widest = max([widest, *(_max_lookbehind(b) for b in arg[1])])
        elif op in (sre_c.MAX_REPEAT, sre_c.MIN_REPEAT):
            widest = max(widest, _max_lookbehind(arg[2]))
    return widest


@lru_cache(maxsize=4096)
def cacheable(pattern: re.Pattern[str]) -> bool:
    tree = parse_tree(pattern)
    return tree is not None and _max_lookbehind(tree) < CONTEXT


def sentence_matches(
    pattern: re.Pattern[str], draft: str, start: int, end: int
) -> list[Found]:
    """Matches of `pattern` within draft[start:end], reusing earlier results."""
    if not cacheable(pattern):
        return [Found(m.start(), m.end(), m.group()) for m in pattern.finditer(draft, start, end)]
    lead = max(0, start - CONTEXT)
    key = (pattern, draft[lead:end], start - lead)
    spans = _cache.get(key)
    if spans is None:
        text, offset = key[1], key[2]
        spans = tuple((m.start() - offset, m.end() - offset)
                      for m in pattern.finditer(text, offset))
        if len(_cache) >= MAX_ENTRIES:
            _cache.clear()
        _cache[key] = spans
    return [Found(start + a, start + b, draft[start + a : start + b]) for a, b in spans]


def clear() -> None:
    _cache.clear()
