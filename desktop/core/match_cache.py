"""Where a rule pattern matched in a sentence, remembered across analyses.

While someone types, one sentence changes and the rest stay as they were; analysing the
draft again should not search them again. Results are keyed by the pattern and the
sentence's text together with the few characters before it (all that `\\b`, `^` and the
rules' short lookbehinds can see), so an unchanged sentence anywhere in the draft reuses
its matches. Patterns that look further back are never cached. The cache is bounded.

What the engine knows about a pattern (what it requires, whether its matches may be
remembered) is worked out once and kept in a `Plan`. Plans are found by the pattern's
identity: hashing a compiled pattern hashes its whole program, about a microsecond for
a long one, and an analysis asks hundreds of times.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import lru_cache
from typing import TypeVar, overload

from .alternatives import alternatives
from .prefilter import (
    WORD_PROBES,
    Evaluator,
    Need,
    evaluator,
    parse_tree,
    requirements,
    sre_c,
    sre_parse,
)

CONTEXT = 8
MAX_ENTRIES = 50_000
MAX_SENTENCES = 8192  # distinct sentence texts whose facts are kept
MAX_WORDS = 16384  # distinct words whose stems, syllables… are kept
MAX_PLANS = 20_000  # patterns seen in one process; only reloading rule files adds more


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


class Plan:
    """How to search one pattern: its requirements and whether results may be reused.

    Compared and hashed by identity, so it makes a cheap cache key.
    """

    __slots__ = ("_parts", "cacheable", "candidates", "need", "pattern")

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.need: Need | None = requirements(pattern)
        # call with LiteralIndex.probes; compiled at the first call, since a new draft
        # evaluates the sentence-local patterns' needs all at once instead (see
        # sentence_memo), and compiling each one costs a fifth of a millisecond
        self.candidates: Evaluator = self._compile_candidates
        WORD_PROBES.register(self.need)
        self.cacheable = cacheable(pattern)
        self._parts: tuple[Plan, ...] | bool | None = False  # (False: not yet worked out)

    @property
    def parts(self) -> tuple[Plan, ...] | None:
        """Plans for the pattern's top-level alternatives, when it is a long list of
        them (see alternatives.py); worked out when first asked."""
        if self._parts is False:
            found = alternatives(self.pattern)
            self._parts = None if found is None else tuple(Plan(p) for p in found)
        return self._parts  # type: ignore[return-value]

    def _compile_candidates(
        self, g: Callable[[str, int], int], p: Callable[[str], int],
        t: Callable[[str], int], e: int,
    ) -> int:
        self.candidates = evaluator(self.need)
        return self.candidates(g, p, t, e)


_plans: dict[int, Plan] = {}
_cache: dict[tuple[Plan, str, int], tuple[tuple[int, int], ...]] = {}


def plan_for(pattern: re.Pattern[str]) -> Plan:
    plan = _plans.get(id(pattern))
    if plan is None or plan.pattern is not pattern:  # the table keeps `pattern` alive,
        if len(_plans) >= MAX_PLANS:  # so its id can't have been reused meanwhile
            _plans.clear()
        plan = _plans[id(pattern)] = Plan(pattern)
    return plan


def sentence_matches(plan: Plan, draft: str, start: int, end: int, context: str) -> list[Found]:
    """Matches of the plan's pattern within draft[start:end], reusing earlier results.
    Only for a `cacheable` plan (any other is searched in the draft each time).

    `context` is draft[start - CONTEXT : end] (shorter at the start of the draft): the
    sentence with everything the pattern can see before it.
    """
    offset = len(context) - (end - start)
    key = (plan, context, offset)
    spans = _cache.get(key)
    if spans is None:
        spans = tuple(
            (m.start() - offset, m.end() - offset) for m in plan.pattern.finditer(context, offset)
        )
        if len(_cache) >= MAX_ENTRIES:
            _cache.clear()
        _cache[key] = spans
    return [Found(start + a, start + b, draft[start + a : start + b]) for a, b in spans]


_found: dict[tuple[Plan, str], bool] = {}


def searches(plan: Plan, text: str, parts: Sequence[Plan] | None = None) -> bool:
    """Whether the plan's pattern occurs in `text` (a whole sentence or paragraph).
    `parts`, when given, are those of the plan's alternatives (`Plan.parts`) that may
    occur in `text`: the pattern occurs exactly where one of them does, so only they
    are searched."""
    key = (plan, text)
    found = _found.get(key)
    if found is None:
        if len(_found) >= MAX_ENTRIES:
            _found.clear()
        if parts is None:
            found = plan.pattern.search(text) is not None
        else:
            found = any(part.pattern.search(text) is not None for part in parts)
        _found[key] = found
    return found


_memories: list[Callable[..., object]] = []
F = TypeVar("F", bound=Callable[..., object])


@overload
def remembered(function: F) -> F: ...


@overload
def remembered(*, maxsize: int) -> Callable[[F], F]: ...


def remembered(
    function: F | None = None, *, maxsize: int = MAX_SENTENCES
) -> F | Callable[[F], F]:
    """Remember a pure function of a sentence's text (bounded), forgotten by `clear`.

    `@remembered(maxsize=4)` for functions of a whole message, which are large and few.
    """

    def remember(f: F) -> F:
        cached = lru_cache(maxsize=maxsize)(f)
        _memories.append(cached)
        return cached  # type: ignore[return-value]

    return remember if function is None else remember(function)


_vocabulary: list[Callable[..., object]] = []


def word_fact(function: F) -> F:
    """Remember a pure function of one word (its stem, its syllables), bounded.

    Unlike sentences, words come back in every draft, so `clear()` keeps these unless
    asked to forget the vocabulary too.
    """
    cached = lru_cache(maxsize=MAX_WORDS)(function)
    _vocabulary.append(cached)
    return cached  # type: ignore[return-value]


_forgetters: list[Callable[[], None]] = []


def forget_on_clear(forget: Callable[[], None]) -> None:
    """Have `clear` call `forget` too: for what is remembered about sentences in some
    other shape than a function's results (see sentence_memo)."""
    _forgetters.append(forget)


def clear(vocabulary: bool = False) -> None:
    """Forget everything remembered about sentences (benchmarks and tests start cold);
    with `vocabulary`, also what is known about single words, as in a fresh process."""
    _cache.clear()
    _found.clear()
    for forget in _forgetters:
        forget()
    for memory in _memories:
        memory.cache_clear()  # type: ignore[attr-defined]
    if vocabulary:
        WORD_PROBES.of.cache_clear()
        for memory in _vocabulary:
            memory.cache_clear()  # type: ignore[attr-defined]
