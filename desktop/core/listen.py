"""How the draft shows it heard the customer: their terms echoed, their questions answered.

Terms are weighted: specific ones (names, numbers, error codes, `prod-api-03`) show more
listening than ordinary words do, so echoing "the problem" counts for little.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from functools import cached_property

from .document import Document
from .lexicon import STOPWORDS
from .model import CustomerQuestion, Span
from .text import stem, words

_SPECIFIC = re.compile(r"\d|[A-Z].*[A-Z]|[-_./]")


@dataclass(frozen=True)
class Term:
    stem: str
    weight: int


def _terms(text: str) -> list[tuple[Term, Span]]:
    out = []
    for m in words(text):
        word = m.group()
        lower = word.lower().replace("’", "'")
        if lower in STOPWORDS or (len(word) < 3 and not any(c.isdigit() for c in word)):
            continue
        weight = 2 if _SPECIFIC.search(word) or _is_proper(text, m.start(), word) else 1
        out.append((Term(stem(word), weight), Span(m.start(), m.end())))
    return out


def _is_proper(text: str, pos: int, word: str) -> bool:
    """Capitalised mid-sentence: a product or a name, which shows attention when echoed."""
    if not word[:1].isupper():
        return False
    before = text[:pos].rstrip(" \t\"'“‘(")
    return bool(before) and before[-1] not in ".!?:\n"


class Listening:
    """Echoed terms and answered questions for one draft/customer pair."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc

    @cached_property
    def _draft_terms(self) -> dict[str, list[Span]]:
        spans: dict[str, list[Span]] = defaultdict(list)
        for term, span in _terms(self.doc.draft):
            spans[term.stem].append(span)
        return spans

    @cached_property
    def _customer_weights(self) -> dict[str, int]:
        weights: dict[str, int] = {}
        for term, _ in _terms(self.doc.customer):
            weights[term.stem] = max(weights.get(term.stem, 0), term.weight)
        return weights

    @cached_property
    def echo(self) -> tuple[int, tuple[Span, ...]]:
        """Total weight of the customer's distinct terms found in the draft, and where."""
        total = 0
        evidence: list[Span] = []
        for term_stem, weight in self._customer_weights.items():
            spans = self._draft_terms.get(term_stem)
            if spans:
                total += weight
                evidence.append(spans[0])
        return total, tuple(sorted(evidence, key=lambda s: s.start))

    @cached_property
    def questions(self) -> tuple[CustomerQuestion, ...]:
        out = []
        draft_has_substance = sum(1 for _ in words(self.doc.draft)) >= 8
        for sentence in self.doc.customer_sentences:
            if not sentence.is_question:
                continue
            stems = {t.stem for t, _ in _terms(sentence.text)}
            hits = [self._draft_terms[s][0] for s in stems if s in self._draft_terms]
            if stems:
                answered = len(hits) >= min(2, len(stems))
            else:  # "What is going on?": any substantial reply addresses it
                answered = draft_has_substance
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
