"""Clarity rules: vague requests flagged with a rewrite; the same request with specifics not."""

import pytest

from desktop.core import analyze


def clarity(draft: str, customer: str = "") -> list:
    return [f for f in analyze(draft, customer).findings if f.category == "clarity"]


def test_logs_request_without_scope_is_flagged_with_placeholder_rewrite() -> None:
    draft = "Thanks for the report. Could you send me the logs?"
    (finding,) = clarity(draft)
    assert finding.rule == "clarity.logs-without-scope"
    assert draft[finding.start : finding.end] == finding.text == "send me the logs"
    assert finding.suggestions == ("send me the logs from <which system> for <time window>",)
    assert "system" in finding.message and "time window" in finding.message


def test_logs_request_with_host_and_window_is_clear() -> None:
    assert clarity("Can you send me the logs from the ZYX VM for 7:00pm – 7:40pm?") == []


def test_logs_request_with_only_the_host_asks_for_the_window() -> None:
    (finding,) = clarity("Please send us the logs from prod-api-03.")
    assert finding.suggestions == ("send us the logs for <time window>",)
    assert "time window" in finding.message and "system" not in finding.message


@pytest.mark.parametrize(
    ("draft", "rule"),
    [
        ("Restart the services and let me know.", "clarity.restart-unnamed"),
        ("Please try again later.", "clarity.retry-without-change"),
        ("Update to the latest version.", "clarity.update-without-version"),
        ("Check the docs.", "clarity.docs-without-link"),
        ("Restarted it on our side. It should work now.", "clarity.works-now-unexplained"),
        ("Can you give more details?", "clarity.details-without-list"),
        ("Please send us a screenshot.", "clarity.artefact-without-source"),
        ("Please check your settings.", "clarity.check-unspecified"),
    ],
)
def test_vague_requests_are_flagged(draft: str, rule: str) -> None:
    rules = {f.rule for f in clarity(draft)}
    assert rule in rules


@pytest.mark.parametrize(
    "draft",
    [
        "Restart `w32time` with `net stop w32time && net start w32time`.",
        "We rolled back the 14:00 release at 14:25 UTC, so please try again now.",
        "Update NoteDesk to 5.2.1 from Help → Check for updates.",
        "The steps are at https://docs.example.com/redis#client; check the docs there.",
        "We redeployed the fixed build at 10:05 UTC, so it should work now.",
        "Could you tell me which Android version your phone runs (Settings → About phone)?",
        "Take a screenshot of that page, hiding the password, and attach it to this ticket.",
        "Please check the 'Sender' field under Settings → Email.",
    ],
)
def test_the_same_requests_with_specifics_are_clear(draft: str) -> None:
    assert clarity(draft) == []


def test_honestly_saying_you_cannot_be_specific_counts_as_clear() -> None:
    draft = (
        "I don't have access to the manual right now but it's documented there, "
        "so check the docs and I'll send you the exact page tomorrow."
    )
    assert clarity(draft) == []


def test_clarity_finding_unticks_clear_and_fixing_it_ticks_it() -> None:
    vague = analyze("Send me the logs.")
    clear = analyze("Send me the logs from vm-build-07 for 03:00–03:30 UTC last night.")
    assert vague.item("grace.clear").done is False
    assert clear.item("grace.clear").done is True


def test_request_in_a_command_span_is_not_a_request() -> None:
    assert clarity("Run `systemctl restart the services` only if asked.") == []


def test_requests_and_placeholders_inside_a_fenced_code_block_are_not_flagged() -> None:
    draft = "Run this:\n```\nkubectl logs <pod> # restart the services\n```\nThen send me the logs."
    found = [(f.rule, f.text) for f in analyze(draft).findings]
    assert found == [("clarity.logs-without-scope", "send me the logs")]


def test_items_picked_out_by_position_and_count_are_specific() -> None:
    # "your last three invoices" says which ones; "your last invoices" doesn't
    assert clarity("Could you check your last invoices?")
    assert clarity("Could you check your last three invoices?") == []
    assert clarity("Please check the first 2 lines of the error page.") == []


def test_asking_the_reader_to_get_someone_else_to_do_it_is_still_a_request() -> None:
    assert [f.text for f in clarity("Get an electrician to look at it.")] == ["look at it"]
    assert [f.text for f in clarity("Have the teacher check her dashboard.")] == [
        "check her dashboard"]
    # the same words with us as the subject ask nothing of the reader
    assert clarity("We'll have an engineer look at it tomorrow.") == []


def test_an_ing_form_is_a_request_only_when_something_asks_for_it() -> None:
    # what they already did, or a gerund as the subject, asks nothing of them
    assert clarity("Thanks for already restarting the tablet, that rules it out.") == []
    assert clarity("Reinstalling the app twice probably wiped the cache.") == []
    # "try …ing", "it might be worth …ing" do ask
    assert "restarting your phone" in [f.text for f in clarity("Also try restarting your phone.")]
    assert clarity("It might also be worth tuning your models a bit.")


def test_saying_what_to_report_back_makes_a_check_specific() -> None:
    assert clarity("Could you check your inbox?")
    assert clarity("Could you check your inbox and tell me whether new emails arrive?") == []


def test_making_sure_of_a_state_needs_the_setting_or_value_to_check() -> None:
    assert clarity("Please make sure Bluetooth is working.")
    assert clarity("Could you make sure the firewall isn't interfering?")
    assert clarity("Ensure the firmware is 3.4.2 or later.") == []
    assert clarity("Make sure the 'Auto-renew' toggle under Billing → Plan is on.") == []


def test_a_negated_ask_asks_for_nothing() -> None:
    assert clarity("You don't need to send anything; we already have the logs.") == []
    assert clarity("Please don't restart the services until we've looked.") == []


def test_a_question_about_what_was_done_asks_for_nothing_now() -> None:
    assert clarity("Did you check the box before you signed for it?") == []
    assert clarity("Did anyone actually check them on delivery?") == []
    assert clarity("Hi Brandon, did you check the lane hours before buying?") == []
    assert clarity("Did you check your settings before you signed for it?") == []
    # …but the same check asked for is one, and "did you try …" still suggests the step
    assert [f.text for f in clarity("Could you check your settings?")] == ["check your settings"]
    assert clarity("Did you try restarting the router?")


def test_our_own_steps_and_what_they_let_the_reader_do_are_no_asks() -> None:
    # "restore" shares the subject of "we can't remove": a refusal, not an ask
    assert clarity("I'm sorry, but we can't remove and restore the south window in a week.") == []
    assert clarity("Sorry, but we won't reset and recalibrate it on site today.") == []
    # …and so is one after a clause that says if: "if anything looks off I'll come out and …"
    # (the precise rules; the learned reader may still read the sentence as an ask)
    ours = clarity("If anything looks off I'll come out and check the fit again.")
    assert [f.rule for f in ours if f.rule != "clarity.ask-lacks-specifics"] == []
    # …and what our step lets them do is no ask either
    assert clarity("I'll ring once the team has finished so that you can inspect the work.") == []
    # …while the reader's own list still asks
    assert clarity("I'm sorry about the wait, so please unplug it and restore the default profile.")


def test_an_ask_after_a_condition_with_no_comma_is_still_an_ask() -> None:
    # the condition is over and the reader is told what to do
    for draft, ask in (
        ("If it's not there ring the office.", "ring the office"),
        ("If the light stays red check the cable.", "check the cable"),
    ):
        assert [f.text for f in clarity(draft)] == [ask]
    # …but not when the condition is theirs to meet or still running (the learned reader
    # of the whole sentence may still ask which office, as a second opinion)
    assert [f.rule for f in clarity("If you ring the office they'll help.")
            if f.rule != "clarity.ask-lacks-specifics"] == []
    assert clarity("If the engineer needs to check the meter we'll let you know.") == []
    assert clarity("If your staff won't clear access there is nothing we can do.") == []
    assert clarity("If our specialist agrees the repair was missed, we will collect it.") == []


def test_a_step_judged_not_worth_taking_is_no_ask() -> None:
    assert clarity("The accordion isn't worth restoring, I'm afraid.") == []
    assert clarity("It is not really worth resetting it.") == []
    # …while one recommended still is
    assert [f.text for f in clarity("It might be worth resetting it.")] == ["resetting it"]


def test_the_purpose_of_a_visit_we_booked_is_no_ask() -> None:
    # "check the drive" is what he comes to do, not what the reader is asked to do
    assert clarity("I've booked him back on Friday at 10am to re-grease the rail and "
                   "check the drive.") == []
    # …but the same chain asked of the reader is theirs
    assert [f.text for f in clarity("We'd ask you to restart it and check the logs.")] == [
        "restart it", "check the logs"]


def test_what_we_offer_to_do_is_no_ask() -> None:
    assert clarity("What I can do is send the files to the student's new school.") == []
    assert clarity("What we can do is book you a review with Dr Patel and check the fit.") == []
    # …but advice offered the same way is theirs to act on
    assert [f.text for f in clarity("What I'd suggest is restarting the router.")] == [
        "restarting the router"]


def test_a_hedged_step_of_ours_is_no_ask() -> None:
    # "maybe" asks politely when it is theirs; after "we can" it only hedges our own step
    assert clarity("If you really can't get it going we can maybe look at it.") == []
    assert clarity("If it still buzzes we can happily check the setup.") == []
    assert [f.text for f in clarity("If it still rattles, maybe check the strap.")] == [
        "check the strap"]


def test_a_negation_ends_where_a_new_clause_starts() -> None:
    assert [f.text for f in clarity(
        "confirmation emails don't always arrive so check your email settings.")] == [
        "check your email settings"]
    # …while a step not to take, or joined by "or", stays no ask
    assert clarity("Please don't pull the drives or reset the NAS.") == []


def test_an_ing_ask_advised_in_a_formal_letter_is_a_request() -> None:
    assert [f.text for f in clarity("We would advise checking back with us in due course.")] == [
        "checking back with us in due course"]
    # …but advice against a step asks for nothing
    assert clarity("We advise against tightening the strap any further.") == []


def test_an_ing_ask_recommended_after_the_fact_is_still_a_request() -> None:
    assert clarity("Making sure the app is on the latest version would be a good idea.")
    assert clarity("Letting us know about anything else would help us plan.")
    # …unless we are the ones doing it
    assert clarity("We are making sure the servers are patched, which would help.") == []


@pytest.mark.parametrize(
    ("draft", "flagged"),
    [
        # the formal letter asks with "You may wish to …" and a passive "should be …"
        ("You may wish to watch some videos online before your next trip.",
         "watch some videos online"),
        ("Any further issues should be raised through the appropriate channels.",
         "raised through the appropriate channels"),
        # …but our own action, or a channel ask after an "If you'd like to …," clause
        ("We will direct any further queries through the usual channels.", None),
        ("If you'd like to dispute it, you can raise a query through the usual channels.",
         "raise a query through the usual channels"),
    ],
)
def test_formal_letters_address_the_reader_in_their_own_ways(
    draft: str, flagged: str | None
) -> None:
    found = [f.text for f in clarity(draft)]
    assert found == ([flagged] if flagged else [])


def test_a_return_asks_for_the_address_not_a_phone_number() -> None:
    """A return is posted, so the rewrite offers an address and a label, not a number."""
    draft = "Please return the bottle to us and we'll sort out a new one."
    (finding,) = [f for f in analyze(draft).findings if f.category == "clarity"]
    assert finding.rule == "clarity.return-without-address"
    assert draft[finding.start:finding.end] == "return the bottle to us"
    assert "<postal address>" in finding.suggestions[0]
    addressed = "Please return the bottle to us at 4 Mill Lane, Leeds LS1 4AB."
    assert not [f for f in analyze(addressed).findings if f.category == "clarity"]
