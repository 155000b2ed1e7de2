"""Rules that flag exactly the same words for the same kind of problem make one card.

Two cards on one phrase only repeat themselves, and a reader counts two problems where
there is one. The card keeps every rule's own finding, so turning a rule off, ignoring the
words, the checklist and each rule's own examples still see each rule.
"""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from desktop.core import analyze, load_ruleset
from desktop.core.selfcheck import check_examples
from desktop.core.waivers import Waivers, apply_waivers

HOUSE = """\
category: tone
rules:
  - id: tone.house-blame
    kind: phrase
    description: Blame put on the customer.
    message: This puts the blame on them.
    patterns: [{pattern: '\\byour own fault\\b', suggest: 'how this happened'}]
    examples:
      fire: [{text: "It's your own fault.", span: "your own fault"}]
      pass: ["It's our fault."]
  - id: tone.house-heat
    kind: phrase
    severity: error
    description: Words that raise the temperature.
    message: This will read as heat.
    patterns: [{pattern: '\\byour own fault\\b', suggest: 'what went wrong'}]
    examples:
      fire: [{text: "That was your own fault!", span: "your own fault"}]
      pass: ["Nobody's fault."]
items:
  - id: house.humble
    label: Humble
    description: No blame.
    hint: Leave the blame out.
    done_when:
      no_findings: {rules: [tone.house-blame]}
    examples:
      done: ["We'll sort it out."]
      not_done: ["That's your own fault."]
"""

DRAFT = "Honestly, it's your own fault."


@pytest.fixture
def house(tmp_path: Path):
    folder = tmp_path / "rules"
    folder.mkdir()
    (folder / "house.yaml").write_text(textwrap.dedent(HOUSE), encoding="utf-8")
    return load_ruleset([folder], include_shipped=False, include_user=False, strict=True)


def test_two_rules_on_the_same_words_make_one_card_with_every_rewrite(house) -> None:
    (card,) = analyze(DRAFT, checklists=house).findings
    assert card.text == "your own fault"
    assert card.rule == "tone.house-heat", "the most severe speaks for the card"
    assert [m.rule for m in card.members()] == ["tone.house-heat", "tone.house-blame"]
    assert card.suggestions == ("what went wrong", "how this happened")
    assert set(card.to_dict()) == {"rule", "category", "severity", "start", "end", "text",
                                   "message", "suggestions"}


def test_at_the_same_severity_the_rule_that_comes_first_speaks(house, tmp_path: Path) -> None:
    same = HOUSE.replace("    severity: error\n", "")
    folder = tmp_path / "same"
    folder.mkdir()
    (folder / "house.yaml").write_text(textwrap.dedent(same), encoding="utf-8")
    ruleset = load_ruleset([folder], include_shipped=False, include_user=False, strict=True)
    (card,) = analyze(DRAFT, checklists=ruleset).findings
    assert card.rule == "tone.house-blame"


def test_the_same_words_in_two_categories_stay_two_cards(tmp_path: Path) -> None:
    folder = tmp_path / "two"
    folder.mkdir()
    (folder / "house.yaml").write_text(textwrap.dedent(HOUSE), encoding="utf-8")
    (folder / "vague.yaml").write_text(textwrap.dedent("""\
        category: clarity
        rules:
          - id: clarity.house-fault
            kind: phrase
            description: Which fault?
            message: Say which fault.
            patterns: ['\\byour own fault\\b']
            examples:
              fire: [{text: "It's your own fault.", span: "your own fault"}]
              pass: ["It's the pump's fault."]
        """), encoding="utf-8")
    ruleset = load_ruleset([folder], include_shipped=False, include_user=False, strict=True)
    cards = analyze(DRAFT, checklists=ruleset).findings
    assert [(c.category, c.rule) for c in cards] == [
        ("clarity", "clarity.house-fault"), ("tone", "tone.house-heat")]
    assert len(cards[1].members()) == 2 and cards[0].members() == (cards[0],)


def test_different_words_or_categories_stay_separate_cards() -> None:
    report = analyze("Please check the guide. Please fill in the relevant form.")
    spans = [(f.category, f.start, f.end) for f in report.findings]
    assert len(spans) == len(set(spans)) >= 2


def test_each_rule_in_a_card_still_answers_for_its_own_examples(house) -> None:
    assert check_examples(house) == []


def test_the_checklist_sees_the_rule_behind_the_card(house) -> None:
    report = analyze(DRAFT, checklists=house)
    assert report.item("house.humble").done is False


def test_turning_off_the_card_s_rule_leaves_the_other_rule_s_card(house) -> None:
    report = analyze(DRAFT, checklists=house)
    shown = apply_waivers(report, house, Waivers(disabled=frozenset({"tone.house-heat"})))
    (card,) = shown.report.findings
    assert card.rule == "tone.house-blame" and card.suggestions == ("how this happened",)
    assert card.members() == (card,)
    humble = apply_waivers(report, house, Waivers(disabled=frozenset({"tone.house-blame"})))
    assert [f.rule for f in humble.report.findings] == ["tone.house-heat"]
    item = humble.report.item("house.humble")
    assert item.done is True and "tone.house-blame turned off" in item.label


def test_ignoring_the_words_under_any_of_its_rules_ignores_the_whole_card(house) -> None:
    report = analyze(DRAFT, checklists=house)
    (card,) = report.findings
    shown = apply_waivers(
        report, house, Waivers(ignored={("tone.house-blame", card.text): "they asked"})
    )
    assert shown.report.findings == ()
    assert shown.ignored == ((card, "they asked"),)
    assert shown.report.item("house.humble").done is True


def test_an_ignored_card_whose_rule_was_turned_off_still_lists_every_rule(house) -> None:
    report = analyze(DRAFT, checklists=house)
    (card,) = report.findings
    waivers = Waivers(disabled=frozenset({"tone.house-heat"}),
                      ignored={("tone.house-heat", card.text): ""})
    ((listed, reason),) = apply_waivers(report, house, waivers).ignored
    assert listed.rule == "tone.house-blame" and reason == "no reason given"
    assert {m.rule for m in listed.members()} == {"tone.house-blame", "tone.house-heat"}
