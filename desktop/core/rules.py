"""A lint rule as loaded from YAML, and how its hits become findings.

The filters every kind shares live here (skip code spans, skip the customer's own words
quoted back, skip what a negation or an earlier phrase excuses), so each kind only has
to say where it looks.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from .document import Document
from .kinds import Hit, Kind
from .model import Finding
from .specifics import PatternField, resolve

_TEMPLATE_FIELD = re.compile(r"\{(text|missing|placeholders|masked|kind|cues)\}")


def fill(template: str, values: Mapping[str, str]) -> str:
    """Replace {text}, {missing}, {placeholders}… with the hit's values; leave any other
    braces alone."""
    return _TEMPLATE_FIELD.sub(lambda m: values.get(m.group(1), m.group()), template)


def _without_overlaps(hits: list[Hit]) -> list[Hit]:
    """One finding per stretch of text: where a rule's patterns overlap, keep the longest."""
    kept: list[Hit] = []
    for hit in sorted(hits, key=lambda h: (h.start, -(h.end - h.start))):
        if kept and hit.start < kept[-1].end:
            if hit.end - hit.start > kept[-1].end - kept[-1].start:
                kept[-1] = hit
            continue
        kept.append(hit)
    return kept


def excused_in_sentence(
    doc: Document, hit: Hit, before: re.Pattern[str] | None, after: re.Pattern[str] | None,
    within: re.Pattern[str] | None,
) -> bool:
    """Whether the words around the hit, within its sentence, excuse it: `before` it,
    right `after` it, or anywhere `within` the sentence. (The searches are remembered
    by their text: a deferring rule asks of the same sentences after every edit. A
    whole sentence is first checked against the words `within` needs, so a long list
    of excuses, such as every way of owning a fault, is only run where it could match.)"""
    k = doc.sentence_index_at(hit.start)
    sentence = None if k is None else doc.sentences[k]
    lo = sentence.start if sentence else hit.start
    hi = sentence.end if sentence else hit.end
    if before and doc.text_has(before, doc.draft[lo : hit.start]):
        return True
    if after and after.match(doc.draft[hit.end : max(hi, hit.end)]):
        return True
    if within is None:
        return False
    if k is not None:
        return doc.sentence_text_has(within, k)
    return doc.text_has(within, doc.draft[lo:hi])


@dataclass(frozen=True)
class Explanation:
    """Ruff-style documentation of a rule: what, why, an example and the better way."""

    what: str
    why: str
    example: str
    better: str


@dataclass(frozen=True)
class Example:
    """A text a rule or checklist item must (or must not) react to."""

    text: str
    customer: str = ""
    span: str | None = None  # for rules: the text the finding must cover
    line: int = 0


@dataclass(frozen=True)
class Rule:
    id: str
    category: str
    severity: str
    description: str
    message: str
    suggestions: tuple[str, ...]
    kind: Kind
    explain: Explanation | None
    fires_on: tuple[Example, ...]
    passes_on: tuple[Example, ...]
    skip_code: bool
    skip_customer_quotes: bool
    unless_before: PatternField | None
    unless_after: PatternField | None
    unless_in_sentence: PatternField | None
    defer: bool
    source: str
    line: int

    def findings(
        self,
        doc: Document,
        specifics: Mapping[str, object],
        unless: Callable[[int, int], bool] | None = None,
        hits: list[Hit] | None = None,
    ) -> list[Finding]:
        """The rule's findings in `doc`; `unless(start, end)` drops a hit before it
        becomes a finding (how a deferring rule leaves what others found alone).
        `hits` are the rule's `sentence_hits` in `doc` when they are known already."""
        if hits is None:
            hits = self.sentence_hits(doc, specifics)
        keeps = self.kind.keeps
        kept: list[Hit] = []
        for h in hits:
            if self._excused_in_document(doc, h) or not keeps(doc, specifics, h):
                continue
            if unless is not None and unless(h.start, h.end):
                # what the other findings leave of it may still stand (a deferring
                # classifier's sentence, one clause of which a precise rule flagged)
                kept.extend(self.kind.narrowed(doc, h, unless))
                continue
            kept.append(h)
        return [self._finding(doc, h) for h in _without_overlaps(kept)]

    def sentence_hits(self, doc: Document, specifics: Mapping[str, object]) -> list[Hit]:
        """What the rule finds before anything beyond a hit's own sentence is asked. For
        a `local` kind this is a function of each sentence (and the few characters before
        it), so it is remembered with the sentence (see sentence_memo)."""
        hits = list(self.kind.find(doc, specifics))
        if not hits or not (self.unless_before or self.unless_after or self.unless_in_sentence):
            return hits
        before = resolve(self.unless_before, specifics)
        after = resolve(self.unless_after, specifics)
        within = resolve(self.unless_in_sentence, specifics)
        return [h for h in hits if not excused_in_sentence(doc, h, before, after, within)]

    def _excused_in_document(self, doc: Document, hit: Hit) -> bool:
        """Whether the hit lies in code or in the customer's own words quoted back."""
        if self.skip_code and doc.inside(doc.code, hit.start, hit.end):
            return True
        return self.skip_customer_quotes and doc.inside(doc.customer_quotes, hit.start, hit.end)

    def _finding(self, doc: Document, hit: Hit) -> Finding:
        text = doc.original[hit.start : hit.end]
        values = {"text": text, **hit.values}
        templates = hit.suggestions if hit.suggestions is not None else self.suggestions
        # An empty suggestion is meaningful: "delete these words".
        suggestions = tuple(dict.fromkeys(fill(s, values).strip() for s in templates))
        return Finding(
            rule=self.id,
            category=self.category,
            severity=self.severity,
            start=hit.start,
            end=hit.end,
            text=text,
            message=fill(self.message, values),
            suggestions=suggestions,
        )
