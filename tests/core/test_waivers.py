"""Waivers: ignored and turned-off findings leave the Report the window shows."""

from __future__ import annotations

from desktop.core import analyze, default_ruleset
from desktop.core.waivers import Waivers, apply_waivers

DRAFT = "Please send the logs. Restart the service and try again."


def _clarity(report):
    return [f for f in report.findings if f.category == "clarity"]


def test_an_ignored_finding_is_listed_apart_with_its_reason() -> None:
    report = analyze(DRAFT)
    first = _clarity(report)[0]
    waivers = Waivers(ignored={(first.rule, first.text): "ok"})
    shown = apply_waivers(report, default_ruleset(), waivers)
    assert first not in shown.report.findings
    assert shown.ignored == ((first, "ok"),)


def test_a_turned_off_rule_disappears_without_a_trace() -> None:
    report = analyze(DRAFT)
    rule = _clarity(report)[0].rule
    shown = apply_waivers(report, default_ruleset(), Waivers(disabled=frozenset({rule})))
    assert all(f.rule != rule for f in shown.report.findings) and shown.ignored == ()


def test_clear_is_ticked_only_when_every_clarity_finding_is_waived_and_says_why() -> None:
    report = analyze(DRAFT)
    vague = _clarity(report)
    assert len(vague) >= 2 and report.item("grace.clear").done is False
    ignore_one = Waivers(ignored={(vague[0].rule, vague[0].text): "they know which"})
    partly = apply_waivers(report, default_ruleset(), ignore_one)
    assert partly.report.item("grace.clear").done is False

    everything = Waivers(
        disabled=frozenset(f.rule for f in vague[1:]),
        ignored={(vague[0].rule, vague[0].text): ""},
    )
    clear = apply_waivers(report, default_ruleset(), everything).report.item("grace.clear")
    assert clear.done is True and clear.evidence == ()
    assert clear.label.startswith("Clear (ignored: ")
    assert "no reason given" in clear.label and "turned off" in clear.label


def test_nothing_waived_leaves_the_report_as_it_was() -> None:
    report = analyze(DRAFT)
    assert apply_waivers(report, default_ruleset(), Waivers()).report == report
