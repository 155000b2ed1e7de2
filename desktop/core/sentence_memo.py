"""What the sentence-local searches found in each sentence, remembered with the sentence.

While someone types, one sentence changes and the others stay as they were. The phrase
and request rules and the checklist's phrases look at one sentence at a time (see
`Kind.local`): what they find in a sentence follows from its text and the few characters
before it, the same key the match cache uses. So it is remembered per sentence, and the
next analysis looks every unchanged sentence up and searches only the changed ones, all
together, through `Document.within`, and only with the patterns their words can trigger
(`prefilter.Triggers`). Anything a search must read beyond the sentence (code spans, the
customer's quotes, an earlier sentence of the paragraph) is asked afterwards, of every
hit, on every analysis.

A search is remembered only when every pattern it runs is one whose matches the match
cache may remember (no lookbehind reaching past those few characters); any other is run
over the whole document each time. Bounded, and forgotten by `match_cache.clear()`.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from functools import cached_property

from .document import Document, PatternNumbers
from .kinds import Hit
from .match_cache import MAX_SENTENCES, cacheable, forget_on_clear, plan_for
from .prefilter import BatchEvaluator, Triggers, bits

Search = Callable[[Document], Iterable[Hit]]
# (which search, start and end from the sentence's start, suggestions, message values)
_Entry = tuple[tuple[int, int, int, tuple[str, ...] | None, Mapping[str, str]], ...]


class LocalSearch:
    """One sentence-local search: what it belongs to (a rule, a checklist condition),
    how it runs, and the patterns it runs through `Document.finditer`."""

    __slots__ = ("owner", "patterns", "run")

    def __init__(self, owner: object, run: Search, patterns: Iterable[re.Pattern[str]]):
        self.owner, self.run, self.patterns = owner, run, tuple(patterns)


_known: dict[tuple[int, str, int], _Entry] = {}
_numbers = itertools.count()
forget_on_clear(_known.clear)


class SentenceMemo:
    """The sentence-local searches of one rule set and what each found per sentence."""

    def __init__(self, searches: Sequence[LocalSearch]) -> None:
        self._searches = tuple(searches)  # (kept, and their owners alive: ids stay theirs)
        self._triggers: _TriggerTable | None = None  # made at the first edit (see there)
        self._number = next(_numbers)  # which memo an entry is of (ids may be reused)

    @cached_property
    def _remembered(self) -> list[LocalSearch]:
        """The searches whose every pattern the match cache may remember. Worked out at
        the first draft with a sentence, not when the rules load: reading every pattern
        takes a good part of a second, and the window opens on an empty draft."""
        return [s for s in self._searches if all(cacheable(p) for p in s.patterns)]

    @cached_property
    def _batch(self) -> _BatchTable:
        """Made at the first draft with a sentence, like `_remembered`."""
        return _BatchTable([s.patterns for s in self._remembered])

    @cached_property
    def _runs(self) -> list[Search]:
        return [s.run for s in self._remembered]

    @cached_property
    def _position(self) -> dict[int, int]:
        return {id(s.owner): i for i, s in enumerate(self._remembered)}

    def run(self, doc: Document) -> Found:
        """Every remembered search's hits in `doc`, searching only the sentences this
        memo hasn't seen (with the same few characters before them). An empty draft
        has nothing to remember: each search is left to look for itself."""
        if not doc.sentences:
            return Found({}, [])
        found: list[list[Hit]] = [[] for _ in self._runs]
        if not self._runs:
            return Found(self._position, found)
        sentences, contexts = doc.sentences, doc.contexts
        keys = [
            (self._number, context, len(context) - (s.end - s.start))
            for s, context in zip(sentences, contexts, strict=True)
        ]
        entries = [_known.get(key) for key in keys]
        fresh = 0
        for k, entry in enumerate(entries):
            if entry is None:
                fresh |= 1 << k
        if fresh:
            self._search(doc, fresh, keys, entries)
        for sentence, entry in zip(sentences, entries, strict=True):
            base = sentence.start
            for i, start, end, suggestions, values in entry or ():
                found[i].append(Hit(base + start, base + end, suggestions, values))
        return Found(self._position, found)

    def _search(
        self, doc: Document, fresh: int, keys: list[tuple[int, str, int]],
        entries: list[_Entry | None],
    ) -> None:
        """Search the `fresh` sentences (a bit mask) and remember what each holds."""
        if fresh == (1 << len(entries)) - 1:  # a new draft: searched whole
            part, runs = doc, self._batch.runs(doc)
        else:
            if self._triggers is None:
                self._triggers = _TriggerTable([s.patterns for s in self._remembered])
            part, runs = self._triggers.part(doc, fresh)
        held: dict[int, list] = {}
        with part.searched_once():  # (what they find is remembered here, per sentence)
            for i, run in enumerate(self._runs):
                if not runs >> i & 1:
                    continue  # none of its patterns can match in these sentences
                for hit in run(part):
                    k = doc.sentence_index_at(hit.start)
                    if k is None or not fresh >> k & 1 or hit.end > doc.sentences[k].end:
                        raise AssertionError(f"a sentence-local search found {hit} outside "
                                             "the sentences it was given")
                    base = doc.sentences[k].start
                    held.setdefault(k, []).append(
                        (i, hit.start - base, hit.end - base, hit.suggestions, hit.values))
        if len(_known) + fresh.bit_count() >= MAX_SENTENCES:
            _known.clear()
        for k, entry in enumerate(entries):
            if entry is None:
                entries[k] = _known[keys[k]] = tuple(held.get(k, ()))


class _PlanTable:
    """Every pattern of a memo's searches, numbered in order, with where each search's
    patterns start and end in that numbering."""

    def __init__(self, patterns: Sequence[tuple[re.Pattern[str], ...]]) -> None:
        self.plans = [plan_for(p) for group in patterns for p in group]
        ends = list(itertools.accumulate(len(group) for group in patterns))
        self.ranges = list(zip([0, *ends][:-1], ends, strict=True))
        # each pattern's number, as `Document.know_candidates` takes it (a pattern in
        # two searches keeps one of its numbers: its need, and so its candidates, are
        # the same at both)
        self.numbers = PatternNumbers(plan.pattern for plan in self.plans)

    def searches_with(self, patterns: int) -> int:
        """The searches (as bits) with at least one of these `patterns` (bits)."""
        runs = 0
        for i, (start, end) in enumerate(self.ranges):
            if patterns >> start & ((1 << (end - start)) - 1):
                runs |= 1 << i
        return runs


class _BatchTable(_PlanTable):
    """For a new draft: every pattern's candidate sentences, worked out in one call
    (prefilter.BatchEvaluator) and handed to the document, so that no search asks
    for them one pattern at a time; a search none of whose patterns has a candidate
    isn't run at all."""

    def __init__(self, patterns: Sequence[tuple[re.Pattern[str], ...]]) -> None:
        super().__init__(patterns)
        self.evaluate = BatchEvaluator([plan.need for plan in self.plans])

    def runs(self, doc: Document) -> int:
        """The searches that may find anything in `doc`, once it knows every pattern's
        candidates."""
        masks = self.evaluate(doc.word_index)
        if masks is None:  # (each pattern is then asked for on its own)
            return (1 << len(self.ranges)) - 1
        doc.know_candidates(self.numbers, masks)
        runs = 0
        for i, (start, end) in enumerate(self.ranges):
            if any(masks[start:end]):
                runs |= 1 << i
        return runs


class _TriggerTable(_PlanTable):
    """What triggers each pattern of a memo's searches: which may match in a few new
    sentences is looked up at once, and the others aren't evaluated at all
    (prefilter.Triggers).

    Made at the first edit rather than with the memo: by then the first analysis has
    made the patterns' plans, and a window that opens on an empty draft doesn't wait
    for them (about a third of a second)."""

    def __init__(self, patterns: Sequence[tuple[re.Pattern[str], ...]]) -> None:
        super().__init__(patterns)
        self.triggers = Triggers([plan.need for plan in self.plans])

    def part(self, doc: Document, fresh: int) -> tuple[Document, int]:
        """The document confined to the `fresh` sentences, and which searches (as bits)
        may find anything there."""
        facts = [doc.facts[k] for k in bits(fresh)]
        possible = self.triggers.possible(
            frozenset().union(*(f.index_words for f in facts)),
            "\n".join(f.folded for f in facts),
        )
        known = [0] * len(self.plans)  # no candidates, but where a need may hold:
        for k in bits(possible):
            known[k] = -1  # to be worked out
        return doc.within(fresh, self.numbers, known), self.searches_with(possible)


class Found:
    """What the remembered searches found in one document, by their owner."""

    def __init__(self, position: dict[int, int], hits: list[list[Hit]]) -> None:
        self._position, self._hits = position, hits

    def of(self, owner: object) -> list[Hit] | None:
        """The owner's hits, or None when its search isn't one remembered."""
        i = self._position.get(id(owner))
        return None if i is None else self._hits[i]

