"""The draft and the customer's message, with the geometry every rule asks about.

Built once per `analyze` call and shared by all rules, so sentence splitting, code spans
and quotations are computed once, lazily.
"""

from __future__ import annotations

import bisect
import copy
import itertools
import re
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from functools import cached_property

from .facts import SentenceFacts, sentence_facts
from .match_cache import (
    CONTEXT,
    Found,
    Plan,
    plan_for,
    remembered,
    searches,
    sentence_matches,
)
from .model import Span
from .prefilter import LiteralIndex, bits, fold
from .text import Sentence, code_spans, quoted_spans, sentences

_SPACE_RE = re.compile(r"\s+")
_AS_TYPED = str.maketrans({"\u2019": "'", "\u00a0": " ", "\u202f": " ", "\u2009": " "})
_TYPOGRAPHIC = re.compile("[" + "".join(map(chr, _AS_TYPED)) + "]")  # (one list of them)


_NOTHING: tuple[Found, ...] = ()


class PatternNumbers:
    """A number for each of many patterns, by id, made once per rule set: how a
    document takes the candidates of all of them at once (see `know_candidates`). It
    keeps the patterns alive, so an id is never another pattern's."""

    def __init__(self, patterns: Iterable[re.Pattern[str]]) -> None:
        self._patterns = tuple(patterns)
        self.of: dict[int, int] = {id(p): i for i, p in enumerate(self._patterns)}
        self._groups: dict[int, tuple[Sequence[re.Pattern[str]], list[int]]] = {}

    def group(self, patterns: Sequence[re.Pattern[str]]) -> list[int]:
        """The numbers of `patterns` (a rule's, kept by it), -1 for one without."""
        found = self._groups.get(id(patterns))
        if found is None or found[0] is not patterns:
            numbers = [self.of.get(id(p), -1) for p in patterns]
            found = self._groups[id(patterns)] = (patterns, numbers)  # (keeps it alive)
        return found[1]


_NO_NUMBERS = PatternNumbers(())


def normalise(text: str) -> str:
    return _SPACE_RE.sub(" ", text.replace("’", "'").replace("‘", "'")).strip().lower()


@remembered(maxsize=4)  # the customer's message stays the same while the reply is typed
def _customer_sentences(customer: str) -> tuple[Sentence, ...]:
    return tuple(sentences(customer))


@remembered(maxsize=4)
def _normalised(customer: str) -> str:
    return normalise(customer)


class Document:
    """A draft under analysis, read alongside the customer's message."""

    def __init__(self, draft: str, customer: str = "") -> None:
        # Rules are written with the typewriter apostrophe ("can't") and plain spaces, but
        # drafts pasted from mail clients and phones carry the typographic apostrophe
        # ("can’t") and no-break spaces. Every search reads `draft`, where those are the
        # plain characters (one for one, so every offset holds); what a finding quotes
        # comes from `original`.
        self.original = draft
        # Every character in _AS_TYPED is outside ASCII, and `isascii` is one C pass that
        # costs nothing next to the search (0.03 against 21 µs over 6,000 characters).
        typographic = not draft.isascii() and _TYPOGRAPHIC.search(draft) is not None
        self.draft = draft.translate(_AS_TYPED) if typographic else draft
        self.customer = customer
        self._masks: dict[Plan, int] = {}
        # Candidates worked out for many patterns at once (see `know_candidates`): each
        # pattern's number, and by that number its mask, or -1 where it is still to be
        # worked out (the last, -1, stands for a pattern without a number).
        self._numbers = _NO_NUMBERS
        self._known: list[int] = []
        self._span_bounds: dict[int, tuple[list[Span], list[int], list[int]]] = {}
        self._only: int | None = None  # see `within`
        self._remember = True  # see `searched_once`

    def within(
        self, sentences: int, numbers: PatternNumbers | None = None,
        known: Sequence[int] = (),
    ) -> Document:
        """The same document with its pattern searches (`finditer`, `sentence_has`)
        confined to the sentences in the bit mask `sentences`: how the sentences an edit
        changed are searched on their own (see sentence_memo). Everything already worked
        out about the document is shared. `numbers` and `known` say which patterns are
        known to have no candidates among those sentences, as `know_candidates` takes
        them (see prefilter.Triggers)."""
        part = copy.copy(self)
        part.__dict__.pop("_index", None)
        part._masks = {}
        part._numbers, part._known = _NO_NUMBERS, []
        if numbers is not None:
            part.know_candidates(numbers, known)
        part._only = sentences
        return part

    @contextmanager
    def searched_once(self) -> Iterator[Document]:
        """The document, with `finditer` not remembering each sentence's matches while
        inside: for a caller that remembers what its searches found per sentence itself
        (sentence_memo), a second copy in the match cache is work for nothing. What is
        searched then is the same (see `finditer`)."""
        self._remember = False
        try:
            yield self
        finally:
            self._remember = True

    @cached_property
    def word_count(self) -> int:
        """Words of the reply's sentences (a list's "1." or "2)" is not a word of it)."""
        return sum(f.words for f in self.facts)

    @cached_property
    def folded(self) -> str:
        """The draft folded for the prefilter (see prefilter.fold); same offsets."""
        return fold(self.draft)

    @cached_property
    def facts(self) -> list[SentenceFacts]:
        """Each sentence's own facts (words, stems, syllables), remembered by its text."""
        return [sentence_facts(s.text) for s in self.sentences]

    @cached_property
    def _index(self) -> LiteralIndex:
        facts, only = self.facts, self._only
        if only is None:
            return LiteralIndex([f.folded for f in facts], [f.index_words for f in facts])
        inside = [only >> k & 1 for k in range(len(facts))]
        return LiteralIndex(
            [f.folded if inside[k] else "" for k, f in enumerate(facts)],
            [f.index_words if inside[k] else frozenset() for k, f in enumerate(facts)],
            everything=only,
        )

    @cached_property
    def contexts(self) -> list[str]:
        """Each sentence with the few characters before it that a pattern can see."""
        draft = self.draft
        return [draft[max(0, s.start - CONTEXT) : s.end] for s in self.sentences]

    def finditer(self, pattern: re.Pattern[str]) -> Iterable[Found | re.Match[str]]:
        """Matches of `pattern` in the draft, looking only where they can be.

        Rule patterns never cross a sentence. A pattern is searched only in the sentences
        that hold the words it requires (see prefilter); each sentence's result is
        remembered (see match_cache), so re-analysing after an edit searches only the
        sentences that changed. Outside `searched_once`, that is: inside, each sentence
        is searched in the draft itself, which finds the same (a remembered pattern's
        lookbehind never reaches past the context the cache keys on, and the sentence's
        end bounds both). A pattern that looks further back is always searched so.
        """
        if not self.sentences:  # an empty draft (as at start-up) needs no plan at all
            return _NOTHING
        i = self._numbers.of.get(id(pattern))
        if i is not None and not self._known[i]:  # most patterns of a draft
            return _NOTHING
        plan = plan_for(pattern)
        where = self._candidates(plan)
        if not where:  # most patterns of a draft: no generator is made for them
            return _NOTHING
        return self._matches(plan, where)

    def _matches(self, plan: Plan, where: int) -> Iterator[Found | re.Match[str]]:
        sentences, draft = self.sentences, self.draft
        if not self._remember or not plan.cacheable:
            search = plan.pattern.finditer
            for k in bits(where):
                s = sentences[k]
                yield from search(draft, s.start, s.end)
            return
        contexts = self.contexts
        for k in bits(where):
            s = sentences[k]
            yield from sentence_matches(plan, draft, s.start, s.end, contexts[k])

    @property
    def word_index(self) -> LiteralIndex:
        """Which sentences hold which words (see prefilter)."""
        return self._index

    def know_candidates(self, numbers: PatternNumbers, known: Sequence[int]) -> None:
        """Take the candidate sentences of many patterns as worked out already (a batch
        of them evaluated at once: see sentence_memo): pattern `p`'s mask is
        `known[numbers.of[id(p)]]`, or still to be worked out where that is -1. The
        patterns without any candidates are then turned away at once (`finditer`,
        `with_candidates`), as most of a draft's patterns are. (`numbers` is made once
        per rule set: an analysis only fills in `known`, some 1,500 masks, instead of a
        table of them.)"""
        self._numbers, self._known = numbers, [*known, -1]

    def with_candidates(self, patterns: Sequence[re.Pattern[str]]) -> Iterable[int]:
        """The indexes in `patterns` of those that may match in this document: those
        known to have no candidates are left out, in one pass in C (a rule of a few
        hundred phrases, asking `finditer` of each in turn, spent more on the asking than
        on the few that can match)."""
        if not self._known:
            return range(len(patterns))
        known = map(self._known.__getitem__, self._numbers.group(patterns))
        return itertools.compress(range(len(patterns)), known)

    def _candidates(self, plan: Plan) -> int:
        i = self._numbers.of.get(id(plan.pattern))
        if i is not None and self._known[i] >= 0:
            return self._known[i]
        found = self._masks.get(plan)
        if found is None:
            found = self._masks[plan] = plan.candidates(*self._index.probes)
        return found

    def sentence_has(self, pattern: re.Pattern[str], k: int) -> bool:
        """Whether `pattern` matches sentence k's text on its own (remembered). A long
        list of alternatives is searched only for those the sentence's words allow
        (see alternatives.py)."""
        plan = plan_for(pattern)
        if not self._candidates(plan) >> k & 1:
            return False
        allowed = None if plan.parts is None else [
            part for part in plan.parts if self._candidates(part) >> k & 1]
        return searches(plan, self.sentences[k].text, allowed)

    def sentence_text_has(self, pattern: re.Pattern[str], k: int) -> bool:
        """Whether sentence k's text matches `pattern` (remembered): asked of the
        prefilter first when this document's word index is built anyway (a new draft,
        where it spares most searches), else searched directly (after an edit the index
        is only built for the changed sentences, and building it for the whole draft to
        answer one question would cost more than it saves)."""
        if "_index" in self.__dict__:
            return self.sentence_has(pattern, k)
        return searches(plan_for(pattern), self.sentences[k].text)

    def text_has(self, pattern: re.Pattern[str], text: str) -> bool:
        """Whether `pattern` matches in `text`, a stretch of the draft (remembered)."""
        return searches(plan_for(pattern), text)

    @cached_property
    def sentences(self) -> list[Sentence]:
        return sentences(self.draft)

    @cached_property
    def _sentence_starts(self) -> list[int]:
        return [s.start for s in self.sentences]

    def sentence_index_at(self, pos: int) -> int | None:
        i = bisect.bisect_right(self._sentence_starts, pos) - 1
        if i >= 0 and self.sentences[i].start <= pos < self.sentences[i].end:
            return i
        return None

    def sentence_at(self, pos: int) -> Sentence | None:
        i = self.sentence_index_at(pos)
        return None if i is None else self.sentences[i]

    def starts_sentence(self, pos: int) -> bool:
        """Whether a sentence of the draft begins at `pos` (a rewrite there needs a capital)."""
        sentence = self.sentence_at(pos)
        return sentence is not None and sentence.start == pos

    @cached_property
    def customer_sentences(self) -> tuple[Sentence, ...]:
        return _customer_sentences(self.customer)

    @cached_property
    def code(self) -> list[Span]:
        return code_spans(self.draft)

    @cached_property
    def customer_normalised(self) -> str:
        return _normalised(self.customer)

    @cached_property
    def customer_quotes(self) -> list[Span]:
        """Quotations in the draft that repeat the customer's own words.

        Quoting someone back ("You wrote 'it's broken again'") is listening, not heat, so
        tone rules skip what falls inside these spans.
        """
        if not self.customer:
            return []
        out = []
        for span in quoted_spans(self.draft):
            quoted = normalise(self.draft[span.start : span.end]).strip(" .,!?")
            if len(quoted) >= 2 and quoted in self.customer_normalised:
                out.append(span)
        return out

    @cached_property
    def own_words(self) -> list[str]:
        """Each sentence's text with its code spans and the customer's words quoted back
        blanked out (same length): the sentence in the writer's own voice, as a model
        of tone reads it. Found from the spans (a few), not by asking every sentence."""
        texts = [s.text for s in self.sentences]
        starts, ends = self._sentence_starts, [s.end for s in self.sentences]
        for span in (*self.code, *self.customer_quotes):
            k = max(0, bisect.bisect_right(starts, span.start) - 1)
            while k < len(texts) and starts[k] < span.end:
                a, b = max(span.start, starts[k]) - starts[k], min(span.end, ends[k]) - starts[k]
                if a < b:
                    texts[k] = texts[k][:a] + " " * (b - a) + texts[k][b:]
                k += 1
        return texts

    def inside(self, spans: list[Span], start: int, end: int) -> bool:
        """Whether [start, end) lies within one of `spans`."""
        if not spans:  # (the usual case: most replies have no code and quote no one)
            return False
        starts, _ = self._bounds(spans)
        i = bisect.bisect_right(starts, start) - 1
        return i >= 0 and end <= spans[i].end

    def meeting(self, spans: list[Span], start: int, end: int) -> list[Span]:
        """The `spans` that overlap [start, end)."""
        starts, ends = self._bounds(spans)
        return spans[bisect.bisect_right(ends, start) : bisect.bisect_left(starts, end)]

    def _bounds(self, spans: list[Span]) -> tuple[list[int], list[int]]:
        """The starts and ends of spans in order that don't overlap one another (the
        draft's code spans, its quotations), worked out once per list: `inside` and
        `meeting` are asked for every hit and sentence, in log time, because a pasted
        megabyte may hold tens of thousands of each."""
        known = self._span_bounds.get(id(spans))
        if known is None or known[0] is not spans:  # (the list is kept: its id can't be
            known = self._span_bounds[id(spans)] = (  # reused while it is here)
                spans, [s.start for s in spans], [s.end for s in spans])
        return known[1], known[2]
