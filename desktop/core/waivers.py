"""What the user has waived — a finding ignored in one draft, a rule turned off — applied
to a Report, so the window renders the result and computes nothing.

An ignored or turned-off finding is treated as absent: not underlined, not listed as
active, never blocking a copy. The checklist is decided by the engine from *all*
findings, so an item whose only condition is "no findings of these rules/categories"
(Clear, Kind, Humble) is ticked here when every finding it counts was waived, and its
label says so ("Clear (ignored: the ticket says so)"): a tick must never hide a waiver.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace

from .checklist import NoFindings
from .model import ChecklistResult, Finding, Report
from .ruleset import RuleSet

Ignored = Mapping[tuple[str, str], str]  # (rule id, exact words) -> the user's reason


@dataclass(frozen=True)
class Waivers:
    """Rules turned off everywhere, and findings ignored in this draft with a reason."""

    disabled: frozenset[str] = frozenset()
    ignored: Ignored = field(default_factory=dict)

    def reason(self, finding: Finding) -> str | None:
        """Why `finding` is waived, or None when it stands."""
        if finding.rule in self.disabled:
            return f"{finding.rule} turned off"
        if (finding.rule, finding.text) in self.ignored:
            return self.ignored[finding.rule, finding.text] or "no reason given"
        return None


@dataclass(frozen=True)
class Shown:
    """A Report with the waived findings taken out, and the ignored ones with reasons."""

    report: Report
    ignored: tuple[tuple[Finding, str], ...]


def apply_waivers(report: Report, ruleset: RuleSet, waivers: Waivers) -> Shown:
    """`report` as the user has chosen to see it (see the module docstring)."""
    enabled = [f for f in report.findings if f.rule not in waivers.disabled]
    active = tuple(f for f in enabled if (f.rule, f.text) not in waivers.ignored)
    ignored = tuple(
        (f, waivers.ignored[f.rule, f.text]) for f in enabled if (f.rule, f.text) in waivers.ignored
    )
    checklist = tuple(_waive(r, report.findings, ruleset, waivers) for r in report.checklist)
    return Shown(replace(report, findings=active, checklist=checklist), ignored)


def _waive(
    result: ChecklistResult, findings: tuple[Finding, ...], ruleset: RuleSet, waivers: Waivers
) -> ChecklistResult:
    """Tick a "no findings of …" item when every finding it counts is waived."""
    item = ruleset.item(result.id)
    condition = item.condition if item is not None else None
    if result.done or not isinstance(condition, NoFindings):
        return result
    counted = [f for f in findings if condition.counts(f)]
    reasons = {waivers.reason(f) for f in counted}
    if not counted or None in reasons:
        return result
    return replace(
        result,
        done=True,
        evidence=(),
        label=f"{result.label} (ignored: {'; '.join(sorted(r for r in reasons if r))})",
    )
