"""A long alternation is searched alternative by alternative only where that can't change
the answer (desktop/core/alternatives.py)."""

from __future__ import annotations

import re

import pytest

from desktop.core import analyze, default_ruleset
from desktop.core.alternatives import MIN_ALTERNATIVES, alternatives, top_level_parts
from desktop.core.document import Document
from desktop.core.match_cache import plan_for
from desktop.core.ruleset import iter_examples


def test_a_source_is_cut_only_at_its_own_top_level_bars() -> None:
    assert top_level_parts(r"a|(b|c)|[|x]|d\|e|[]|]|f") == [
        "a", "(b|c)", "[|x]", r"d\|e", "[]|]", "f"]
    assert top_level_parts("a)|(b") is None


@pytest.mark.parametrize(
    ("source", "flags", "parts"),
    [
        (r"(?:\bfoo)|(?:bar[|x])|(?:baz\|)|qux", 0,
         [r"(?:\bfoo)", "(?:bar[|x])", r"(?:baz\|)", "qux"]),
        (r"(?i:foo|bar\b|baz|qux)", 0, ["(?i:foo)", r"(?i:bar\b)", "(?i:baz)", "(?i:qux)"]),
        (r"(?i:a)|(?i:b)|(?i:cc)|(?i:dd)", 0, ["(?i:a)", "(?i:b)", "(?i:cc)", "(?i:dd)"]),
    ],
)
def test_an_alternation_splits_into_its_alternatives(
    source: str, flags: int, parts: list[str]
) -> None:
    found = alternatives(re.compile(source, flags))
    assert found is not None
    assert [p.pattern for p in found] == parts
    assert all(p.flags == re.compile(source, flags).flags for p in found)


@pytest.mark.parametrize(
    ("source", "flags"),
    [
        ("foo|bar|baz", 0),  # too few to be worth it
        ("(?i:foo)(bar|baz|qux|quux)", 0),  # the wrapper closes early: no top-level alternation
        (r"(q)|foo|bar|\1", 0),  # an alternative refers to another's group
        ("one | two | three | four # a|b", re.VERBOSE),  # a bar may sit in a comment
        ("(?:foo|bar|baz|qux)x", 0),  # the alternation is only a part of it
    ],
)
def test_what_cant_be_split_safely_is_left_whole(source: str, flags: int) -> None:
    assert alternatives(re.compile(source, flags)) is None


def test_split_alternations_answer_what_the_whole_pattern_answers() -> None:
    """For every shipped pattern a sentence is asked about whole (rules' exceptions,
    requests' specifics, the checklist's shows) that splits, over every rule example,
    the sentence holds a match exactly when one of the alternatives its words allow does;
    the shipped rules have some such patterns, or this test tests nothing."""
    asked: dict[re.Pattern[str], None] = {}
    original = Document.sentence_has

    def recording(self: Document, pattern: re.Pattern[str], k: int) -> bool:
        asked[pattern] = None
        return original(self, pattern, k)

    Document.sentence_has = recording  # type: ignore[method-assign]
    try:
        examples = [e for _r, e, _f in iter_examples(default_ruleset())]
        for example in examples:
            analyze(example.text, example.customer)
    finally:
        Document.sentence_has = original  # type: ignore[method-assign]
    split = [p for p in asked if plan_for(p).parts is not None]
    assert len(split) >= 3
    agreed = 0
    for example in examples:
        doc = Document(example.text)
        for k, sentence in enumerate(doc.sentences):
            for pattern in split:
                whole = pattern.search(sentence.text) is not None
                assert doc.sentence_has(pattern, k) == whole, (pattern.pattern[:80], sentence.text)
                parts = plan_for(pattern).parts or ()
                assert len(parts) >= MIN_ALTERNATIVES
                assert any(p.pattern.search(sentence.text) for p in parts) == whole
                agreed += whole
    assert agreed > 20
