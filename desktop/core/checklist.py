"""Checklist items (LEAP and the grace values) and the conditions that tick them.

A condition is a small tree read from YAML: `phrases` the draft shows, the customer's
terms it `echo`es, customer questions it `answers`, categories it has `no_findings` in,
what a `model` of whole replies reads, combined with `any` / `all`. Each returns whether
it holds and the spans that show it (a model has none to show).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Protocol, TypeVar

from .document import Document
from .kinds import BuildContext, Hit
from .listen import Listening
from .model import ChecklistResult, Finding, Span
from .rules import Example, Explanation, excused_in_sentence
from .sentence_memo import Found
from .sentence_model import SentenceModel, model_named
from .specifics import PatternField, resolve
from .yamlview import View


@dataclass(frozen=True)
class EvalContext:
    doc: Document
    findings: Sequence[Finding]
    listening: Listening
    found: Found  # what the sentence-local searches found (sentence_memo)
    specifics: Mapping[str, object]  # the rule set's
    # what each model of whole replies makes of the draft, by id(model) (reply_scores)
    reply_probabilities: Mapping[int, float]


Outcome = tuple[bool, tuple[Span, ...]]


class Condition(Protocol):
    def evaluate(self, ctx: EvalContext) -> Outcome: ...


@dataclass(frozen=True)
class Phrases:
    patterns: tuple[re.Pattern[str], ...]
    unless_before: PatternField | None
    unless_after: PatternField | None
    minimum: int

    def evaluate(self, ctx: EvalContext) -> Outcome:
        doc = ctx.doc
        hits = ctx.found.of(self)
        if hits is None:
            hits = self.sentence_hits(doc, ctx.specifics)
        spans = [Span(h.start, h.end) for h in hits if not doc.inside(doc.code, h.start, h.end)]
        return len(spans) >= self.minimum, tuple(spans)

    def sentence_hits(self, doc: Document, specifics: Mapping[str, object]) -> list[Hit]:
        """The phrases found, before code spans are asked about: each a function of its
        sentence, so remembered with it (see sentence_memo)."""
        before = resolve(self.unless_before, specifics)
        after = resolve(self.unless_after, specifics)
        return [
            hit for hit in (
                Hit(m.start(), m.end())
                for i in doc.with_candidates(self.patterns)
                for m in doc.finditer(self.patterns[i])
                if m.end() > m.start()
            )
            if not (before or after) or not excused_in_sentence(doc, hit, before, after, None)
        ]


@dataclass(frozen=True)
class Echo:
    min_weight: int

    def evaluate(self, ctx: EvalContext) -> Outcome:
        weight, spans = ctx.listening.echo
        return weight >= self.min_weight, spans if weight >= self.min_weight else ()


@dataclass(frozen=True)
class Answers:
    minimum: int

    def evaluate(self, ctx: EvalContext) -> Outcome:
        # Only questions answered in their own terms count as evidence of listening; a
        # bare "What now?" is met by any substantial reply and proves nothing.
        answered = [q for q in ctx.listening.questions if q.answered and q.evidence]
        spans = tuple(s for q in answered for s in q.evidence)
        ok = len(answered) >= self.minimum
        return ok, spans if ok else ()


@dataclass(frozen=True)
class NoFindings:
    categories: frozenset[str]
    rule_prefixes: tuple[str, ...]
    show: PatternField | None

    def counts(self, finding: Finding) -> bool:
        """Whether `finding` is one of those this item must not have (waivers ask too)."""
        return finding.category in self.categories or bool(
            self.rule_prefixes and finding.rule.startswith(self.rule_prefixes)
        )

    def evaluate(self, ctx: EvalContext) -> Outcome:
        if any(self.counts(f) for f in ctx.findings):
            return False, ()
        if not ctx.doc.draft.strip():
            return False, ()
        show = resolve(self.show, ctx.specifics)
        spans = tuple(Span(m.start(), m.end()) for m in show.finditer(ctx.doc.draft)) if (
            show) else ()
        return True, spans


@dataclass(frozen=True)
class ReplyModel:
    """A learned reading of the whole reply (see sentence_model): done when the model's
    probability reaches `threshold`. It names no words, so it shows no evidence."""

    model: SentenceModel
    threshold: float

    def evaluate(self, ctx: EvalContext) -> Outcome:
        if not ctx.doc.sentences:
            return False, ()
        return ctx.reply_probabilities[id(self.model)] >= self.threshold, ()


@dataclass(frozen=True)
class CustomerGiven:
    given: bool

    def evaluate(self, ctx: EvalContext) -> Outcome:
        return bool(ctx.doc.customer.strip()) == self.given, ()


@dataclass(frozen=True)
class AnyOf:
    parts: tuple[Condition, ...]

    def evaluate(self, ctx: EvalContext) -> Outcome:
        done, spans = False, list[Span]()
        for part in self.parts:
            ok, s = part.evaluate(ctx)
            if ok:
                done = True
                spans.extend(s)
        return done, tuple(spans)


@dataclass(frozen=True)
class AllOf:
    parts: tuple[Condition, ...]

    def evaluate(self, ctx: EvalContext) -> Outcome:
        spans: list[Span] = []
        for part in self.parts:
            ok, s = part.evaluate(ctx)
            if not ok:
                return False, ()
            spans.extend(s)
        return True, tuple(spans)


C = TypeVar("C")


def conditions_of(condition: Condition, kind: type[C]) -> list[C]:
    """The conditions of one `kind` in a condition's tree (its `phrases`, its models)."""
    if isinstance(condition, kind):
        return [condition]
    if isinstance(condition, AnyOf | AllOf):
        return [c for part in condition.parts for c in conditions_of(part, kind)]
    return []


_CONDITION_TYPES = (
    "phrases", "echo", "answers", "no_findings", "customer", "model", "any", "all")
_MODIFIERS = {"phrases": {"unless_before", "unless_after", "min"}, "no_findings": {"show"},
              "model": {"threshold"}}
_CONDITION_FIELDS = (*_CONDITION_TYPES, *sorted(set().union(*_MODIFIERS.values())))


def build_condition(view: View, ctx: BuildContext) -> Condition:
    """The condition `view` describes; names of specifics it uses go in the context's
    refs, and a model file is looked for beside the rule file."""
    refs = ctx.specific_refs
    f = view.mapping(_CONDITION_FIELDS)
    types = [t for t in _CONDITION_TYPES if t in f]
    if len(types) != 1:
        raise view.error(
            f"a condition needs exactly one of {', '.join(_CONDITION_TYPES)}"
            + (f" (found {', '.join(types)})" if types else "")
        )
    kind = types[0]
    extra = set(f) - {kind} - _MODIFIERS.get(kind, set())
    if extra:
        name = sorted(extra)[0]
        owners = [k for k, fields in _MODIFIERS.items() if name in fields]
        raise f[name].error(f"only applies to '{owners[0]}', not '{kind}'")
    if kind == "phrases":
        return Phrases(
            tuple(f["phrases"].regexes()),
            f["unless_before"].pattern(refs) if "unless_before" in f else None,
            f["unless_after"].pattern(refs) if "unless_after" in f else None,
            f["min"].integer(minimum=1) if "min" in f else 1,
        )
    if kind == "echo":
        g = f["echo"].mapping({"min_weight"}, required={"min_weight"})
        return Echo(g["min_weight"].integer(minimum=1))
    if kind == "answers":
        g = f["answers"].mapping({"min"})
        return Answers(g["min"].integer(minimum=1) if "min" in g else 1)
    if kind == "no_findings":
        g = f["no_findings"].mapping({"categories", "rules"})
        return NoFindings(
            frozenset(g["categories"].texts()) if "categories" in g else frozenset(),
            tuple(g["rules"].texts()) if "rules" in g else (),
            f["show"].pattern(refs, alternatives=True) if "show" in f else None,
        )
    if kind == "model":
        threshold = f["threshold"].number(0.0, 1.0) if "threshold" in f else 0.5
        return ReplyModel(model_named(f["model"], ctx.folder), threshold)
    if kind == "customer":
        return CustomerGiven(f["customer"].boolean())
    parts = tuple(build_condition(v, ctx) for v in f[kind].sequence())
    if not parts:
        raise f[kind].error("must list at least one condition")
    return AnyOf(parts) if kind == "any" else AllOf(parts)


@dataclass(frozen=True)
class ChecklistItem:
    id: str
    label: str
    hint: str
    description: str
    condition: Condition
    explain: Explanation | None
    done_examples: tuple[Example, ...]
    not_done_examples: tuple[Example, ...]
    source: str
    line: int

    def evaluate(self, ctx: EvalContext) -> ChecklistResult:
        done, spans = self.condition.evaluate(ctx)
        basis = _basis(self.condition) if done and not spans else ""
        return ChecklistResult(
            self.id, self.label, done, _outermost(spans) if done else (), self.hint, basis
        )


def _basis(condition: Condition) -> str:
    """What a done item shows instead of words, when the condition gave none: only a
    `no_findings` or a `model` condition holds without pointing at any."""
    if isinstance(condition, NoFindings):
        return "nothing flagged"
    if isinstance(condition, ReplyModel):
        return "read from the reply as a whole"
    if isinstance(condition, AnyOf | AllOf):
        return next((b for part in condition.parts if (b := _basis(part))), "")
    return ""


def _outermost(spans: tuple[Span, ...]) -> tuple[Span, ...]:
    """The evidence in draft order, without spans inside another: two phrases that both
    found "I'll update you by" show it once, not again as "update you by"."""
    out: list[Span] = []
    for span in sorted(set(spans), key=lambda s: (s.start, -s.end)):
        if out and span.end <= out[-1].end:
            continue  # inside the previous one (which starts no later and ends later)
        out.append(span)
    return tuple(out)
