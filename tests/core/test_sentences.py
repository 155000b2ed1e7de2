"""Where a sentence ends: the engine reads most rules one sentence at a time, so a false
end cuts a phrase in two and a missed end joins two sentences' findings."""

from __future__ import annotations

from desktop.core.text import split_sentences


def _texts(text: str) -> list[str]:
    return [s.text for s in split_sentences(text)]


def test_a_clock_time_in_the_middle_of_a_sentence_does_not_end_it() -> None:
    assert _texts("Sorry he wasn't up at 2 a.m. to suit your schedule.") == [
        "Sorry he wasn't up at 2 a.m. to suit your schedule."
    ]
    assert _texts("We open at 9 A.M. on weekdays. See you then.") == [
        "We open at 9 A.M. on weekdays.",
        "See you then.",
    ]


def test_a_clock_time_at_the_end_of_a_sentence_still_ends_it() -> None:
    assert _texts("See you at 2 p.m. Thanks for waiting!") == [
        "See you at 2 p.m.",
        "Thanks for waiting!",
    ]
    assert _texts("The van comes at 8 a.m.") == ["The van comes at 8 a.m."]


def test_a_word_ending_in_am_is_no_clock_time() -> None:
    assert _texts("We talked to Sam. he said yes.") == ["We talked to Sam.", "he said yes."]


def test_etc_ends_a_sentence_only_before_a_capital() -> None:
    assert _texts("Send the logs, screenshots etc. The team will look tonight.") == [
        "Send the logs, screenshots etc.",
        "The team will look tonight.",
    ]
    assert _texts("Send the logs, screenshots etc. from last night.") == [
        "Send the logs, screenshots etc. from last night."
    ]


def test_an_abbreviation_that_never_ends_a_sentence_still_does_not() -> None:
    assert _texts("Dr. Shah will call, e.g. Tuesday.") == ["Dr. Shah will call, e.g. Tuesday."]
