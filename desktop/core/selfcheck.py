"""Running every rule's and checklist item's own examples.

Rules carry examples that must fire (with the exact words the finding covers) and
examples that must not. `composure rules check` and the test suite both run them, so a
team writing house rules tests them the same way we test ours.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from .analysis import analyze
from .checklist import ChecklistItem
from .model import Finding
from .rules import Example, Rule
from .ruleset import RuleSet


@dataclass(frozen=True)
class ExampleFailure:
    source: str
    rule: str
    example: str
    problem: str

    def __str__(self) -> str:
        return f"{self.source}: {self.rule}: {self.example!r}: {self.problem}"


def _same(covered: str, expected: str) -> bool:
    """Exactly the expected words, give or take surrounding spaces and punctuation."""
    return covered.strip(" \t\n.,;:!?") == expected.strip(" \t\n.,;:!?")


def _findings_of(rule: Rule, example: Example, ruleset: RuleSet) -> list[Finding]:
    """What `rule` found in the example, also where another rule's card speaks for it
    (two rules on the same words make one card; each rule still has to fire)."""
    report = analyze(example.text, example.customer, ruleset)
    return [m for f in report.findings for m in f.members() if m.rule == rule.id]


def _check_rule(rule: Rule, ruleset: RuleSet) -> Iterable[ExampleFailure]:
    if not rule.fires_on or not rule.passes_on:
        yield ExampleFailure(rule.source, rule.id, "", "needs at least one 'fire' and one "
                             "'pass' example")
    for ex in rule.fires_on:
        found = _findings_of(rule, ex, ruleset)
        if not found:
            yield ExampleFailure(rule.source, rule.id, ex.text, "should fire but didn't")
        elif ex.span is not None and not any(_same(f.text, ex.span) for f in found):
            got = ", ".join(repr(f.text) for f in found)
            yield ExampleFailure(rule.source, rule.id, ex.text,
                                 f"should cover {ex.span!r} but covered {got}")
    for ex in rule.passes_on:
        found = _findings_of(rule, ex, ruleset)
        if found:
            got = ", ".join(repr(f.text) for f in found)
            yield ExampleFailure(
                rule.source, rule.id, ex.text, f"should not fire but flagged {got}"
            )


def _check_item(item: ChecklistItem, ruleset: RuleSet) -> Iterable[ExampleFailure]:
    if not item.done_examples or not item.not_done_examples:
        yield ExampleFailure(item.source, item.id, "", "needs at least one 'done' and one "
                             "'not_done' example")
    for expected, examples in ((True, item.done_examples), (False, item.not_done_examples)):
        for ex in examples:
            result = analyze(ex.text, ex.customer, ruleset).item(item.id)
            if result is None or result.done != expected:
                want = "done" if expected else "not done"
                yield ExampleFailure(item.source, item.id, ex.text, f"should be {want} but isn't")


def check_examples(ruleset: RuleSet, sources: set[str] | None = None) -> list[ExampleFailure]:
    """Every failing example of the rules and items (only those from `sources` files)."""
    failures: list[ExampleFailure] = []
    for rule in ruleset.rules:
        if sources is None or rule.source in sources:
            failures.extend(_check_rule(rule, ruleset))
    for item in ruleset.items:
        if sources is None or item.source in sources:
            failures.extend(_check_item(item, ruleset))
    return failures


def missing_explanations(ruleset: RuleSet) -> list[str]:
    return [r.id for r in ruleset.rules if r.explain is None] + [
        i.id for i in ruleset.items if i.explain is None
    ]


__all__ = ["Example", "ExampleFailure", "check_examples", "missing_explanations"]
