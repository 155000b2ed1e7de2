"""How the draft shows it heard the customer: their terms echoed, their questions answered.

Terms are weighted: specific ones (names, numbers, error codes, `prod-api-03`) show more
listening than ordinary words do, and words every support reply uses ("issue",
"account", "settings") count for nothing, so echoing "the problem" proves nothing.
A term matches across word forms: the same crude stem, or one stem the start of the
other ("print" / "printer", "deploy" / "deployment"), each customer term and each
draft term counted once.
"""

from __future__ import annotations

import bisect
from functools import cached_property
from typing import NamedTuple

from .document import Document
from .facts import classify, word_span
from .lexicon import GENERIC_WORDS
from .match_cache import remembered
from .model import CustomerQuestion, Span
from .text import stem, words

_GENERIC_STEMS = frozenset(stem(w) for w in GENERIC_WORDS)
_MIN_PREFIX = 4  # shorter shared starts ("log", "car") are coincidence, not echo


class Term(NamedTuple):
    """A content word: its stem and how much echoing it shows (0 generic, 1, 2 specific)."""

    stem: str
    weight: int


def _terms(text: str) -> list[tuple[Term, Span]]:
    out = []
    for m in words(text):
        info = classify(m.group())
        if info is None:
            continue
        word_stem, specific = info
        if word_stem in _GENERIC_STEMS:
            weight = 0
        elif specific or _is_proper(text, m.start(), m.group()):
            weight = 2
        else:
            weight = 1
        out.append((Term(word_stem, weight), Span(m.start(), m.end())))
    return out


@remembered(maxsize=4)  # the customer's message stays the same while the reply is typed
def _term_weights(text: str) -> dict[str, int]:
    """Each content stem of `text` with the most echoing it shows."""
    weights: dict[str, int] = {}
    for term, _ in _terms(text):
        weights[term.stem] = max(weights.get(term.stem, 0), term.weight)
    return weights


@remembered(maxsize=64)
def _stems(text: str) -> frozenset[str]:
    return frozenset(t.stem for t, _ in _terms(text))


def _is_proper(text: str, pos: int, word: str) -> bool:
    """Capitalised mid-sentence: a product or a name, which shows attention when echoed."""
    if not word[:1].isupper():
        return False
    before = text[max(0, pos - 8) : pos].rstrip(" \t\"'“‘(")  # only the last mark matters
    return bool(before) and before[-1] not in ".!?:\n"


def _related(a: str, b: str) -> bool:
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    return len(short) >= _MIN_PREFIX and long.startswith(short)


class Listening:
    """Echoed terms and answered questions for one draft/customer pair."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc

    @cached_property
    def _draft_stems(self) -> dict[str, int]:
        """Each content stem of the draft: the first sentence that has it."""
        first: dict[str, int] = {}
        facts = self.doc.facts
        for k in range(len(facts) - 1, -1, -1):  # later sentences first, earlier overwrite
            first.update(dict.fromkeys(facts[k].stems, k))
        return first

    def _evidence(self, word_stem: str) -> Span:
        """Where the draft first uses `word_stem`."""
        k = self._draft_stems[word_stem]
        word = self.doc.facts[k].stems[word_stem]
        sentence = self.doc.sentences[k]
        start, end = word_span(sentence.text, word)
        return Span(sentence.start + start, sentence.start + end)

    @cached_property
    def _customer_weights(self) -> dict[str, int]:
        return _term_weights(self.doc.customer)

    @cached_property
    def _draft_stems_sorted(self) -> list[str]:
        return sorted(self._draft_stems)

    def _draft_match(self, term_stem: str) -> str | None:
        """The draft stem that echoes `term_stem`: the same, or one the start of the other."""
        if term_stem in self._draft_stems:
            return term_stem
        if term_stem in _GENERIC_STEMS:
            return None
        if len(term_stem) < _MIN_PREFIX:
            return None
        # "printer" echoed by "print", but "accountant" not by the generic "account"
        for k in range(len(term_stem) - 1, _MIN_PREFIX - 1, -1):
            if term_stem[:k] in self._draft_stems and term_stem[:k] not in _GENERIC_STEMS:
                return term_stem[:k]
        stems = self._draft_stems_sorted
        i = bisect.bisect_left(stems, term_stem)  # "deploy" echoed by "deployment"
        while i < len(stems) and stems[i].startswith(term_stem):
            if stems[i] not in _GENERIC_STEMS:
                return stems[i]
            i += 1
        return None

    @cached_property
    def echo(self) -> tuple[int, tuple[Span, ...]]:
        """Total weight of the customer's distinct terms found in the draft, and where."""
        total = 0
        evidence: list[Span] = []
        used: set[str] = set()
        counted: list[str] = []  # "printing" and "printer" are one thing the customer said
        for term_stem, weight in self._customer_weights.items():
            if weight == 0:
                continue
            match = self._draft_match(term_stem)
            if match is None or match in used or any(_related(term_stem, u) for u in counted):
                continue
            used.add(match)
            counted.append(term_stem)
            total += weight
            evidence.append(self._evidence(match))
        return total, tuple(sorted(evidence, key=lambda s: s.start))

    @cached_property
    def questions(self) -> tuple[CustomerQuestion, ...]:
        out = []
        draft_has_substance = self.doc.word_count >= 8
        for sentence in self.doc.customer_sentences:
            if not sentence.is_question:
                continue
            stems = _stems(sentence.text)
            hits = [self._evidence(s) for s in stems if s in self._draft_stems]
            # "What is going on?" has no terms of its own: any substantial reply addresses it
            answered = len(hits) >= min(2, len(stems)) if stems else draft_has_substance
            out.append(
                CustomerQuestion(
                    start=sentence.start,
                    end=sentence.end,
                    text=sentence.text,
                    answered=answered,
                    evidence=tuple(sorted(hits, key=lambda s: s.start)) if answered else (),
                )
            )
        return tuple(out)
