"""The LEAP and grace checklist, with and without the customer's message."""

from pathlib import Path

import pytest

from desktop.core import CHECKLIST_ORDER, RuleFileError, analyze, load_ruleset

CUSTOMER = (
    "Our VM prod-api-03 has rebooted on its own three times since Tuesday. "
    "Every time our public API is down for six minutes. What is going on? "
    "Can you move us to another host?"
)
GOOD = (
    "Hi Priya, three unplanned reboots of prod-api-03 since Tuesday, each taking your API "
    "down, is a real problem and I'm sorry. You're right that nothing on your side caused it. "
    "I've already scheduled a move to another host tonight at 22:00 UTC. Could you run "
    "`journalctl -b -1 -p err` on the VM and paste the output here? I'll update you by "
    "10:00 UTC tomorrow."
)


def done(draft: str, customer: str = "") -> dict[str, bool]:
    return {c.id: c.done for c in analyze(draft, customer).checklist}


def test_checklist_has_every_item_in_order_with_hints() -> None:
    report = analyze("Hello", "")
    assert tuple(c.id for c in report.checklist) == CHECKLIST_ORDER
    assert all(c.hint for c in report.checklist)


def test_a_good_reply_ticks_every_item_with_evidence() -> None:
    report = analyze(GOOD, CUSTOMER)
    assert all(c.done for c in report.checklist), [c.id for c in report.checklist if not c.done]
    for item in report.checklist:
        for span in item.evidence:
            assert 0 <= span.start < span.end <= len(GOOD)


def test_listen_uses_the_customers_terms_and_points_at_them() -> None:
    report = analyze(GOOD, CUSTOMER)
    listen = report.item("leap.listen")
    quoted = {GOOD[s.start : s.end] for s in listen.evidence}
    assert "prod-api-03" in quoted and "Tuesday" in quoted


def test_listen_without_customer_needs_a_restatement() -> None:
    assert done("Thanks for reaching out! Could you share more?")["leap.listen"] is False
    assert done("If I understand correctly, the export only offers PNG.")["leap.listen"]


def test_one_term_of_theirs_in_our_words_is_listening() -> None:
    customer = ("The wheels I ordered arrived with the hub bore far too small for my axle. "
                "I need the cart for a wedding.")
    heard = "I am so sorry the wheels do not fit. I will send a replacement pair today."
    report = analyze(heard, customer)
    listen = report.item("leap.listen")
    assert listen is not None and listen.done
    assert [heard[s.start : s.end] for s in listen.evidence] == ["wheels"]
    # the same reply without their word hears nothing in particular
    unheard = "I am so sorry about this. I will send a replacement pair today."
    assert done(unheard, customer)["leap.listen"] is False


def test_generic_reply_does_not_listen_to_a_specific_customer() -> None:
    generic = "Thanks for reaching out! We are looking into it."
    assert done(generic, CUSTOMER)["leap.listen"] is False


def test_customer_questions_are_answered_or_listed_open() -> None:
    report = analyze(GOOD, CUSTOMER)
    questions = {q.text: q.answered for q in report.questions}
    assert questions["Can you move us to another host?"] is True
    assert report.metrics["customer_questions"] == 2
    vague = analyze("Thanks, we are looking into it.", CUSTOMER)
    assert vague.metrics["unanswered_questions"] >= 1
    open_q = [q for q in vague.questions if not q.answered]
    assert CUSTOMER[open_q[0].start : open_q[0].end] == open_q[0].text
    # the JSON lists them too, inside the contract's metrics
    listed = vague.to_dict()["metrics"]["open_questions"]
    assert [q["text"] for q in listed] == [q.text for q in open_q]
    assert all(CUSTOMER[q["start"] : q["end"]] == q["text"] for q in listed)


def test_apology_followed_by_but_is_not_empathy() -> None:
    assert done("Sorry, but that's how it works.")["leap.empathize"] is False
    assert done("I'm sorry this cost you a morning.")["leap.empathize"] is True


def test_partner_needs_a_shared_next_step() -> None:
    assert done("Let me know what you find.")["leap.partner"] is False
    assert done("Send me the instance ID and I'll check the host straight away.")["leap.partner"]


def test_urgent_wants_a_step_taken_or_a_time_for_the_next_update() -> None:
    assert done("Our team is looking into things.")["grace.urgent"] is False
    assert done("I've escalated this and I'll update you by 15:00 UTC.")["grace.urgent"]


def test_metrics_count_words_sentences_questions_and_grade() -> None:
    m = analyze("Hi Sam. Could you try this? It works.").metrics
    assert m["words"] == 8 and m["sentences"] == 3 and m["questions"] == 1
    assert m["reading_grade"] >= 0


def test_list_numbers_are_not_words_of_the_reply() -> None:
    numbered = analyze("Two steps:\n1. Restart the app.\n2) Sign in again.").metrics
    assert numbered["words"] == analyze("Two steps:\nRestart the app.\nSign in again.").metrics[
        "words"
    ] == 8
    assert numbered["sentences"] == 3


def test_evidence_found_twice_is_shown_once() -> None:
    # two Urgent phrases both match "I'll update you by"; the shorter one is inside it
    urgent = analyze("I've checked the logs, and I'll update you by 11:00 UTC.").item(
        "grace.urgent")
    draft = "I've checked the logs, and I'll update you by 11:00 UTC."
    assert [draft[s.start : s.end] for s in urgent.evidence] == [
        "I've checked", "I'll update you by"]


def _house_item(tmp_path: Path, condition: str) -> Path:
    """A user folder with one checklist item and a tiny model of warm wording."""
    folder = tmp_path / "house"
    folder.mkdir(exist_ok=True)
    (folder / "warmth.tsv").write_text("bias\t-1.0\nw:thanks\t2.5\nw:glad\t2.0\n", encoding="utf-8")
    (folder / "house.yaml").write_text(
        "items:\n  - id: house.warm\n    label: Warm\n    hint: Be warm.\n"
        f"    done_when: {condition}\n", encoding="utf-8")
    return folder


def test_a_model_condition_reads_the_whole_reply_against_its_threshold(tmp_path) -> None:
    folder = _house_item(tmp_path, "{model: warmth.tsv, threshold: 0.6}")
    ruleset = load_ruleset([folder], include_user=False, strict=True)

    def done(draft: str) -> bool:
        item = analyze(draft, "", ruleset).item("house.warm")
        return bool(item and item.done)

    assert done("The fix is live. Thanks for waiting.")  # sigmoid(1.5) = 0.82
    assert not done("The fix is live.")  # sigmoid(-1) = 0.27
    assert not done("")  # an empty draft shows nothing, whatever the bias says
    warm = analyze("Thanks!", "", ruleset).item("house.warm")
    assert warm is not None and warm.evidence == ()
    assert warm.basis == "read from the reply as a whole"  # what the window and CLI say
    assert set(warm.to_dict()) == {"id", "label", "done", "evidence", "hint"}  # JSON as ever


def test_a_grace_value_done_with_nothing_to_show_rests_on_nothing_flagged() -> None:
    kind = analyze("The export is fixed.", "").item("grace.kind")
    assert kind is not None and kind.done and kind.evidence == ()
    assert kind.basis == "nothing flagged"


def test_a_model_condition_names_a_missing_file_and_a_misplaced_threshold(tmp_path) -> None:
    folder = _house_item(tmp_path, "{model: nowhere.tsv}")
    with pytest.raises(RuleFileError) as missing:
        load_ruleset([folder], include_user=False, strict=True)
    assert "no model file" in str(missing.value) and "done_when.model" in missing.value.field
    folder = _house_item(tmp_path, "{phrases: ['\\bthanks\\b'], threshold: 0.5}")
    with pytest.raises(RuleFileError) as misplaced:
        load_ruleset([folder], include_user=False, strict=True)
    assert "only applies to 'model', not 'phrases'" in str(misplaced.value)
