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
from .model import ChecklistResult, Finding, Report, one_card
from .ruleset import RuleSet

Ignored = Mapping[tuple[str, str], str]  # (rule id, exact words) -> the user's reason


@dataclass(frozen=True)
class Waivers:
    """Rules turned off everywhere, and findings ignored in this draft with a reason.

    A finding may be one card for several rules on the same words (Finding.parts):
    turning one of them off leaves the others' card; ignoring the card under any of its
    rules ignores all of it, since the user ignored those words, not one rule's reading.
    """

    disabled: frozenset[str] = frozenset()
    ignored: Ignored = field(default_factory=dict)

    def ignored_because(self, finding: Finding) -> str | None:
        """The user's reason for ignoring this card's words, or None."""
        for member in finding.members():
            if (member.rule, member.text) in self.ignored:
                return self.ignored[member.rule, member.text] or "no reason given"
        return None

    def reason(self, finding: Finding, member: Finding | None = None) -> str | None:
        """Why `member` of `finding`'s card (the card itself by default) is waived, or
        None when it stands."""
        member = member or finding
        if member.rule in self.disabled:
            return f"{member.rule} turned off"
        return self.ignored_because(finding)


@dataclass(frozen=True)
class Shown:
    """A Report with the waived findings taken out, and the ignored ones with reasons."""

    report: Report
    ignored: tuple[tuple[Finding, str], ...]


def apply_waivers(report: Report, ruleset: RuleSet, waivers: Waivers) -> Shown:
    """`report` as the user has chosen to see it (see the module docstring)."""
    active: list[Finding] = []
    ignored: list[tuple[Finding, str]] = []
    for finding in report.findings:
        standing = [m for m in finding.members() if m.rule not in waivers.disabled]
        if not standing:
            continue
        reason = waivers.ignored_because(finding)
        if reason is None:
            active.append(one_card(standing))
        else:
            # Listed with every rule it stands for, so taking the ignore back finds
            # the rule it was ignored under even when that rule is now off.
            turned_off = [m for m in finding.members() if m not in standing]
            ignored.append((one_card(standing + turned_off), reason))
    checklist = tuple(_waive(r, report.findings, ruleset, waivers) for r in report.checklist)
    return Shown(replace(report, findings=tuple(active), checklist=checklist), tuple(ignored))


def _waive(
    result: ChecklistResult, findings: tuple[Finding, ...], ruleset: RuleSet, waivers: Waivers
) -> ChecklistResult:
    """Tick a "no findings of …" item when every finding it counts is waived."""
    item = ruleset.item(result.id)
    condition = item.condition if item is not None else None
    if result.done or not isinstance(condition, NoFindings):
        return result
    counted = [(f, m) for f in findings for m in f.members() if condition.counts(m)]
    reasons = {waivers.reason(f, m) for f, m in counted}
    if not counted or None in reasons:
        return result
    return replace(
        result,
        done=True,
        evidence=(),
        label=f"{result.label} (ignored: {'; '.join(sorted(r for r in reasons if r))})",
    )
