"""The prefilter may skip a sentence only where a pattern cannot match.

The engine searches each pattern only in the sentences that hold the words it requires.
These tests check that promise directly (every sentence with a match is a candidate) and
end to end (a report equals the one from searching every sentence), on text made of the
rules' own examples, where the patterns do match.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable, Iterator, Sequence

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.core import analyze, default_ruleset, match_cache
from desktop.core.document import Document
from desktop.core.match_cache import plan_for
from desktop.core.prefilter import (
    MAX_INLINE_LEAVES,
    MAX_LEAVES,
    WORD_PROBES,
    AllOf,
    AnyOf,
    BatchEvaluator,
    LiteralIndex,
    Prefix,
    Text,
    Triggers,
    Word,
    _walk,
    evaluator,
    fold,
    index_words,
    requirements,
)
from desktop.core.ruleset import iter_examples


def needs(pattern: str, flags: int = re.I):
    return requirements(re.compile(pattern, flags))


def test_a_literal_between_boundaries_is_a_whole_word() -> None:
    assert needs(r"\bsorry\b") == Word("sorry")
    assert needs(r"\bcould\s+you\b") == AllOf((Word("could"), Word("you")))


def test_a_literal_of_several_words_needs_each_of_them() -> None:
    assert needs(r"\bI'll\s") == AllOf((Word("ll"), Word("i")))
    assert needs(r"\blog out\b") == AllOf((Word("log"), Word("out")))
    # "ing" only ends a word, so the text is searched too
    assert needs(r"\w+ing out\b") == AllOf((Word("out"), Text("ing out")))


def test_a_literal_that_may_go_on_is_the_start_of_a_word() -> None:
    assert needs(r"\brestart(?:ing)?\b") == Prefix("restart")
    assert needs(r"\blogs?") == Prefix("log")


def test_a_literal_not_known_to_start_a_word_is_searched_as_text() -> None:
    assert needs(r"re-?install") == Text("install")  # "re" is in half the words anyway
    assert needs(r"tbd") == Text("tbd")
    assert needs(r"help\s*cent(?:er|re)") == AllOf((Text("cent"), Text("help")))


def test_an_alternation_needs_one_of_its_branches() -> None:
    assert needs(r"\b(?:check|verify)\s+it\b") == AllOf(
        (AnyOf(("check", "verify"), ()), Word("it"))
    )
    both = needs(r"\bfair\s+point\b|\bso\s+sorry\b")
    assert isinstance(both, AnyOf) and both.words == ()
    assert set(both.others) == {AllOf((Word("point"), Word("fair"))),
                                AllOf((Word("sorry"), Word("so")))}


def test_a_lookbehind_at_punctuation_starts_a_word() -> None:
    assert needs(r"(?:(?<=^)|(?<=[.!?]\s))(?:reply|send)\b") == AnyOf(("reply", "send"), ())


def test_punctuation_runs_are_required_too() -> None:
    assert needs(r"!{2,}|\?{2,}") == AnyOf((), (Text("!!"), Text("??")))
    assert needs(r"[TFX](?:ODO|IXME|XX+)") == AnyOf((), (Text("odo"), Text("ixme"), Text("xx")))


def test_a_pattern_with_nothing_required_is_searched_everywhere() -> None:
    assert needs(r"\w+") is None
    assert needs(r"[a-z]+\d\b") is None
    assert needs(r"\ba\b") is None  # one letter is in every sentence: not worth a lookup


def test_fold_lower_cases_everything_re_ignorecase_would_match_to_a_letter() -> None:
    every_char = "".join(
        chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c < 0xE000
    )
    for m in re.finditer("[a-z]", every_char, re.I):
        folded = fold(m.group())
        assert folded in "abcdefghijklmnopqrstuvwxyz" and re.fullmatch(folded, m.group(), re.I)
    assert len(fold(every_char)) == len(every_char)


def _rule_patterns() -> list[re.Pattern[str]]:
    """Every pattern the shipped rules and checklist items search with."""
    seen: dict[re.Pattern[str], None] = {}
    original, original_many = Document.finditer, Document.with_candidates

    def recording(self: Document, pattern: re.Pattern[str]) -> Iterator:
        seen[pattern] = None
        return original(self, pattern)

    def recording_many(self: Document, patterns: Sequence[re.Pattern[str]]) -> Iterable[int]:
        seen.update(dict.fromkeys(patterns))  # (those it leaves out never reach finditer)
        return original_many(self, patterns)

    Document.finditer = recording  # type: ignore[method-assign]
    Document.with_candidates = recording_many  # type: ignore[method-assign]
    match_cache.clear()  # (sentences an earlier test analysed would not be searched again)
    try:
        for _rule, example, _fires in iter_examples(default_ruleset()):
            analyze(example.text, example.customer)
    finally:
        Document.finditer = original  # type: ignore[method-assign]
        Document.with_candidates = original_many  # type: ignore[method-assign]
    return list(seen)


EXAMPLE_TEXTS = [e.text for _r, e, _f in iter_examples(default_ruleset())]
EXAMPLE_WORDS = sorted({w for t in EXAMPLE_TEXTS for w in t.split()})
ODD = ["İT", "ſend", "ıt", "K", "e\u0301", "🙂", "\n", "!!", "—", "'", "`x`", "..."]
PROSE = st.one_of(
    st.sampled_from(EXAMPLE_TEXTS),
    st.lists(st.sampled_from(EXAMPLE_WORDS + ODD), max_size=40).map(" ".join),
    st.text(max_size=120),
)


@pytest.fixture(scope="module")
def patterns() -> list[re.Pattern[str]]:
    found = _rule_patterns()
    assert len(found) > 100
    return found


def test_every_sentence_an_example_matches_in_is_a_candidate(patterns) -> None:
    for text in EXAMPLE_TEXTS:
        doc = Document(text)
        folded = [fold(s.text) for s in doc.sentences]
        index = LiteralIndex(folded, [index_words(f) for f in folded])
        for pattern in patterns:
            mask = index.candidates(requirements(pattern))
            for k, s in enumerate(doc.sentences):
                if pattern.search(text, s.start, s.end):
                    assert mask >> k & 1, (pattern.pattern, s.text)


def test_compiled_requirements_give_the_masks_walking_them_gives(patterns) -> None:
    """Each requirement tree is compiled to one expression (prefilter.evaluator); a tree
    too big to compile is walked instead. Both must agree, node for node."""
    text = " ".join(EXAMPLE_TEXTS)
    doc = Document(text)
    folded = [fold(s.text) for s in doc.sentences]
    index = LiteralIndex(folded, [index_words(f) for f in folded])
    agreed = 0
    for pattern in patterns:
        need = requirements(pattern)
        walked = _walk(need, *index.probes)
        assert evaluator(need)(*index.probes) == walked, pattern.pattern
        agreed += walked != 0
    assert agreed > 50  # the examples do hold what most patterns need


def test_a_tree_too_deep_or_too_big_to_compile_is_walked_with_the_same_mask() -> None:
    """A requirement tree nested past the compiler's limits (a user's rule file may hold
    one) or with more than MAX_LEAVES leaves is walked: same mask, no error."""
    deep: AllOf | Word = Word("logs")
    for i in range(300):  # each level one more pair of parentheses in the expression
        deep = AllOf((AnyOf(("logs", f"zzd{i}"), ()), deep))
    wide = AllOf((AnyOf(tuple(f"zzw{i}" for i in range(MAX_LEAVES + 1)), ()), Word("logs")))
    folded = ["please send the logs", "zzw7 the logs", "nothing"]
    index = LiteralIndex(folded, [index_words(f) for f in folded])
    assert evaluator(deep)(*index.probes) == _walk(deep, *index.probes) == 0b011
    assert evaluator(wide)(*index.probes) == _walk(wide, *index.probes) == 0b010


def test_a_batch_gives_every_need_the_mask_its_own_evaluator_gives(patterns) -> None:
    """A new draft evaluates every sentence-local pattern's need in one compiled call
    over slots filled from the index (prefilter.BatchEvaluator): each mask must be the
    one evaluating that need alone gives, a need of nothing and a tree too big to
    compile among them."""
    big = AllOf((AnyOf(tuple(f"zzq{i}" for i in range(MAX_INLINE_LEAVES + 1)), ()), Word("logs")))
    needs_ = [requirements(p) for p in patterns] + [None, big, Text("the logs")]
    batch = BatchEvaluator(needs_)
    text = " ".join(EXAMPLE_TEXTS) + " zzq7 the logs."
    folded = [fold(s.text) for s in Document(text).sentences]
    index = LiteralIndex(folded, [index_words(f) for f in folded])
    masks = batch(index)
    assert masks is not None
    assert masks == [evaluator(need)(*index.probes) for need in needs_]
    assert masks[-3] == index.everything and masks[-2] and masks[-1]
    assert sum(1 for m in masks if m) > 50 and sum(1 for m in masks if not m) > 10


def test_a_batch_declines_an_index_older_than_its_probes() -> None:
    """An index built before a probe was registered may lack that probe's answer in its
    tables: the batch says so (None) and each pattern is then asked for on its own."""
    folded = ["please zzqbatchrestarting the zzqbatchnode", "nothing here"]
    index = LiteralIndex(folded, [index_words(f) for f in folded])
    batch = BatchEvaluator([AllOf((Prefix("zzqbatchrest"), Text("zzqbatchnod")))])
    assert batch(index) is None
    fresh = LiteralIndex(folded, [index_words(f) for f in folded])
    assert batch(fresh) == [0b01]


def _sentence_masks(folded: list[str], holds, probe: str) -> int:
    return sum(1 << k for k, sentence in enumerate(folded) if holds(sentence, probe))


def _has_word_starting(sentence: str, start: str) -> bool:
    return any(w.startswith(start) for w in index_words(sentence))


def _contains(sentence: str, text: str) -> bool:
    return text in sentence


def test_word_probes_give_the_masks_a_search_of_the_sentences_gives(patterns) -> None:
    for pattern in patterns:
        plan_for(pattern)  # registers the pattern's prefixes and in-word texts
    folded = [fold(s.text) for s in Document(" ".join(EXAMPLE_TEXTS)).sentences]
    index = LiteralIndex(folded, [index_words(f) for f in folded])
    found = 0
    for start in WORD_PROBES.prefixes:
        mask = _sentence_masks(folded, _has_word_starting, start)
        assert index.prefix(start) == mask, start
        found += mask != 0
    for text in WORD_PROBES.inner:
        assert index.search(text) == _sentence_masks(folded, _contains, text), text
    assert len(WORD_PROBES.prefixes) > 50 and len(WORD_PROBES.inner) > 10 and found > 50


def test_triggers_rule_out_only_sentences_a_pattern_cannot_match_in(patterns) -> None:
    """After an edit the new sentences' words say which patterns need evaluating at all
    (prefilter.Triggers): never one whose candidates hold a sentence, the examples'
    sentences one at a time and a few together."""
    needs_ = [requirements(p) for p in patterns]
    triggers = Triggers(needs_)
    folded = [fold(s.text) for s in Document(" ".join(EXAMPLE_TEXTS)).sentences]
    groups = [[f] for f in folded] + [folded[i : i + 3] for i in range(0, len(folded), 3)]
    ruled_out = 0
    for group in groups:
        index = LiteralIndex(group, [index_words(f) for f in group])
        possible = triggers.possible(
            frozenset().union(*(index_words(f) for f in group)), "\n".join(group))
        for i, need in enumerate(needs_):
            if index.candidates(need):
                assert possible >> i & 1, (patterns[i].pattern, group)
            else:
                ruled_out += not possible >> i & 1
    assert ruled_out > len(groups) * len(needs_) // 2  # and they do rule out most


def test_a_probe_registered_after_the_index_was_built_is_still_answered() -> None:
    folded = ["please zzqrestart the zzqnode", "nothing here"]
    index = LiteralIndex(folded, [index_words(f) for f in folded])
    plan_for(re.compile(r"\bzzqrest|zzqnod", re.I))  # new probes: the index predates them
    assert "zzqrest" in WORD_PROBES.prefixes and "zzqnod" in WORD_PROBES.inner
    assert index.prefix("zzqrest") == 0b01
    assert index.search("zzqnod") == 0b01
    fresh = LiteralIndex(folded, [index_words(f) for f in folded])
    assert fresh.prefix("zzqrest") == 0b01 and fresh.search("zzqnod") == 0b01


def _search_everywhere(self: Document, pattern: re.Pattern[str]) -> Iterator:
    from desktop.core.match_cache import Found

    for s in self.sentences:
        for m in pattern.finditer(self.draft, s.start, s.end):
            yield Found(m.start(), m.end(), m.group())


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(draft=st.lists(PROSE, min_size=1, max_size=4).map(" ".join), customer=PROSE)
def test_reports_equal_those_of_searching_every_sentence(draft: str, customer: str) -> None:
    match_cache.clear()
    filtered = analyze(draft, customer).to_dict()
    original = Document.finditer
    Document.finditer = _search_everywhere  # type: ignore[method-assign]
    try:
        assert analyze(draft, customer).to_dict() == filtered
    finally:
        Document.finditer = original  # type: ignore[method-assign]


def test_an_excuse_within_a_sentence_is_found_alike_with_or_without_the_index() -> None:
    """`Document.sentence_text_has` asks the prefilter first when the document's word
    index is built (a new draft) and searches directly when it isn't (after an edit):
    both must answer as a plain search of the sentence does, for every shipped
    `unless_in_sentence` over every rule example's sentences."""
    from desktop.core.specifics import resolve

    ruleset = default_ruleset()
    excuses = [resolve(r.unless_in_sentence, ruleset.specifics)
               for r in ruleset.rules if r.unless_in_sentence is not None]
    draft = "\n".join(example.text for _, example, _ in iter_examples(ruleset))
    indexed, plain = Document(draft), Document(draft)
    indexed.finditer(re.compile(r"\bthe\b", re.I)).__next__()  # builds its word index
    assert "_index" in indexed.__dict__ and "_index" not in plain.__dict__
    for within in excuses:
        assert within is not None
        for k, sentence in enumerate(indexed.sentences):
            expected = within.search(sentence.text) is not None
            assert indexed.sentence_text_has(within, k) is expected, sentence.text
            assert plain.sentence_text_has(within, k) is expected, sentence.text


def test_a_word_and_a_prefix_of_one_text_stay_two_triggers() -> None:
    """A pattern that needs the word "collection" in one branch and a word starting
    "collection" in another must still be tried on "collections agency": the two
    probes share their text, and as equal tuples a set of them had kept only the word."""
    pattern = re.compile(
        r"\b(?:debt\s+collection\s+agency|collections?\s+agent)\b", re.IGNORECASE)
    triggers = Triggers([requirements(pattern)])
    folded = fold("It will be passed to our collections agent.")
    assert pattern.search(folded)
    assert triggers.possible(index_words(folded), folded) & 1
