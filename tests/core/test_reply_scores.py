"""Models of whole replies follow the reply as it changes (reply_scores): whatever edits
led to a reply, its scores are exactly those of scoring it afresh."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.core import match_cache
from desktop.core.reply_scores import ReplyScores
from desktop.core.sentence_model import BIAS, SentenceModel

WARM = SentenceModel({BIAS: -1.2, "w:sorry": 1.5, "w:thanks": 0.8, "b:let_me": 0.9,
                      "s:number": 0.4, "w:fault": -0.7, "b:our_fault": 2.1})
COLD = SentenceModel({BIAS: 0.3, "w:sorry": -0.5, "w:policy": 1.25, "s:caps": 2.0})

SENTENCES = st.sampled_from([
    "I'm sorry.", "Thanks for waiting.", "Let me know by 3pm.", "It was our fault.",
    "Per our POLICY, no.", "Sorry again", "Let me check.", "The fault is fixed.", "",
    "Thanks!", "Our fault, not yours.",
])
REPLY = st.lists(SENTENCES, max_size=12)


@settings(max_examples=200, deadline=None)
@given(replies=st.lists(REPLY, min_size=1, max_size=6))
def test_scores_after_any_edits_are_those_of_the_reply_scored_afresh(
    replies: list[list[str]],
) -> None:
    following = ReplyScores([WARM, COLD])
    for reply in replies:
        seen = following.probabilities(reply)
    fresh = ReplyScores([WARM, COLD]).probabilities(replies[-1])
    assert seen == fresh  # exactly: the sums are whole ten-thousandths
    for model in (WARM, COLD):
        assert seen[id(model)] == pytest.approx(model.reply_probability(replies[-1]))


EDIT = st.tuples(st.sampled_from(["insert", "delete", "replace"]),
                 st.integers(min_value=0, max_value=20), SENTENCES)


@settings(max_examples=200, deadline=None)
@given(start=st.lists(SENTENCES, min_size=6, max_size=14), edits=st.lists(EDIT, max_size=10))
def test_typing_sentence_by_sentence_keeps_the_scores_exact(
    start: list[str], edits: list[tuple[str, int, str]],
) -> None:
    following = ReplyScores([WARM, COLD])
    reply = list(start)
    following.probabilities(reply)
    for action, at, text in edits:  # one sentence at a time, as typing changes a reply
        at %= len(reply) + 1
        if action == "insert" or not reply:
            reply.insert(at, text)
        elif action == "delete":
            del reply[min(at, len(reply) - 1)]
        else:
            reply[min(at, len(reply) - 1)] = text
        assert following.probabilities(reply) == ReplyScores([WARM, COLD]).probabilities(reply)


def test_an_edit_of_one_sentence_counts_only_that_sentence_again() -> None:
    scores = ReplyScores([WARM])
    rest = [f"Step {n} is done." for n in range(6)]
    reply = ["Thanks for waiting.", "It was our fault.", *rest]
    scores.probabilities(reply)
    tallied: list[str] = []
    original = scores._tally
    scores._tally = lambda text, times: (  # type: ignore[method-assign]
        tallied.append(text), original(text, times))
    edited = ["Thanks for waiting.", "It was our fault, sorry.", *rest]
    assert scores.probabilities(edited)[id(WARM)] == pytest.approx(
        WARM.reply_probability(edited))
    assert sorted(tallied) == ["It was our fault, sorry.", "It was our fault."]


def test_a_sentence_said_twice_still_counts_its_words_once() -> None:
    scores = ReplyScores([WARM])
    once = scores.probabilities(["I'm sorry.", "Thanks."])[id(WARM)]
    twice = scores.probabilities(["I'm sorry.", "Thanks.", "I'm sorry."])[id(WARM)]
    assert once == twice
    assert scores.probabilities(["Thanks."])[id(WARM)] < once  # and it goes when both do


def test_clearing_the_engines_memory_starts_the_reply_afresh() -> None:
    scores = ReplyScores([WARM])
    scores.probabilities(["I'm sorry.", "It was our fault."])
    match_cache.clear()
    assert scores._counts == {} and scores._texts == {}
