"""The plain, immutable results of an analysis.

Everything the app shows comes from one `Report`; widgets and the CLI only read it.
Offsets are Python `str` indices into the draft (or, for customer questions, into the
customer's message). Nothing here may import Qt.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any, Literal

Category = Literal["clarity", "tone", "grammar", "spelling", "safety"]
Severity = Literal["info", "warning", "error"]

CATEGORIES: tuple[str, ...] = ("clarity", "tone", "grammar", "spelling", "safety")
SEVERITIES: tuple[str, ...] = ("info", "warning", "error")
SEVERITY_RANK: dict[str, int] = {name: rank for rank, name in enumerate(SEVERITIES)}


@dataclass(frozen=True)
class Span:
    """A half-open character range ``[start, end)``."""

    start: int
    end: int

    def to_dict(self) -> dict[str, int]:
        return {"start": self.start, "end": self.end}

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end


@dataclass(frozen=True)
class Finding:
    """One problem in the draft, with the words that triggered it and gentler options."""

    rule: str
    category: str
    severity: str
    start: int
    end: int
    text: str
    message: str
    suggestions: tuple[str, ...] = ()
    # When several rules flag exactly the same words for the same reason (one category),
    # the user gets one card: this finding speaks for all of them, and `parts` keeps each
    # rule's own finding (see `one_card`). Not part of the JSON report.
    parts: tuple[Finding, ...] = ()

    @property
    def span(self) -> Span:
        return Span(self.start, self.end)

    def members(self) -> tuple[Finding, ...]:
        """Each rule's own finding this one stands for: itself, or its `parts`."""
        return self.parts or (self,)

    def at_least(self, severity: str) -> bool:
        return SEVERITY_RANK[self.severity] >= SEVERITY_RANK[severity]

    def to_dict(self) -> dict[str, Any]:
        return {
            "rule": self.rule,
            "category": self.category,
            "severity": self.severity,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "message": self.message,
            "suggestions": list(self.suggestions),
        }


@dataclass(frozen=True)
class ChecklistResult:
    """Whether the draft shows one checklist item (LEAP or a grace value), and where."""

    id: str
    label: str
    done: bool
    evidence: tuple[Span, ...]
    hint: str
    # what a done item with no words to point at rests on: "nothing flagged" (a grace
    # value with no findings against it) or "read from the reply as a whole" (a model);
    # for the window and the CLI to say, not part of the JSON report
    basis: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "label": self.label,
            "done": self.done,
            "evidence": [s.to_dict() for s in self.evidence],
            "hint": self.hint,
        }


@dataclass(frozen=True)
class CustomerQuestion:
    """A question the customer asked (span in the customer's message) and whether the
    draft addresses it (evidence spans in the draft)."""

    start: int
    end: int
    text: str
    answered: bool
    evidence: tuple[Span, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "answered": self.answered,
            "evidence": [s.to_dict() for s in self.evidence],
        }


def one_card(members: Sequence[Finding]) -> Finding:
    """One finding for rules' findings on exactly the same words, the first (the most
    severe, see analysis.merge_same_words) speaking for all: its rule and message, and
    every member's suggestions, so no rewrite is lost. Two cards on one phrase only
    repeat themselves, and a reader who sees the same words flagged twice counts two
    problems where there is one."""
    plain = [part for m in members for part in m.members()]
    if len(plain) == 1:
        return plain[0]
    suggestions = tuple(dict.fromkeys(s for m in plain for s in m.suggestions))
    return replace(plain[0], suggestions=suggestions, parts=tuple(plain))


def _finding_order(f: Finding) -> tuple[int, int, str]:
    return (f.start, f.end, f.rule)


@dataclass(frozen=True)
class Report:
    """The whole verdict on one draft: findings, checklist, metrics, customer questions."""

    findings: tuple[Finding, ...] = ()
    checklist: tuple[ChecklistResult, ...] = ()
    metrics: Mapping[str, Any] = field(default_factory=dict)
    questions: tuple[CustomerQuestion, ...] = ()

    def with_findings(self, extra: Iterable[Finding]) -> Report:
        """A copy with more findings (e.g. grammar from a backend), kept in draft order."""
        merged = sorted((*self.findings, *extra), key=_finding_order)
        return replace(self, findings=tuple(merged))

    def item(self, item_id: str) -> ChecklistResult | None:
        return next((c for c in self.checklist if c.id == item_id), None)

    def has_findings_at_least(self, severity: str) -> bool:
        return any(f.at_least(severity) for f in self.findings)

    def to_dict(self) -> dict[str, Any]:
        """The JSON contract of DESIGN.md: findings, checklist and metrics, nothing else
        (open customer questions are listed in metrics as `open_questions`)."""
        return {
            "findings": [f.to_dict() for f in self.findings],
            "checklist": [c.to_dict() for c in self.checklist],
            "metrics": dict(self.metrics),
        }
