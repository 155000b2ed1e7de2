"""Splitting line by line (and remembering each line) gives what one pass over the text
gives: sentences and quotations never span a line break."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.core.model import Span
from desktop.core.text import _QUOTE_RE, quoted_spans, sentences, split_sentences

PIECES = st.sampled_from(
    ["Hi.", "e.g.", "etc.", "ok!", "why?", "\n", "\n\n", "- ", "1. ", "12) ", " ", "`a. b`",
     "```", "“x”", '"y"', "'z'", "don't", "‘q’", "…", "v1.2.", "(done).", "İ", "🙂",
     "2 a.m.", "P.M.", "to"]
)
TEXT = st.one_of(st.text(max_size=200), st.lists(PIECES, max_size=40).map("".join))


def _quotes_in_one_pass(text: str) -> list[Span]:
    spans = []
    for m in _QUOTE_RE.finditer(text):
        g = next(g for g in range(1, 5) if m.group(g) is not None)
        spans.append(Span(m.start(g), m.end(g)))
    return spans


@settings(max_examples=300, deadline=None)
@given(TEXT)
def test_sentences_line_by_line_equal_one_pass(text: str) -> None:
    assert sentences(text) == split_sentences(text)


@settings(max_examples=300, deadline=None)
@given(TEXT)
def test_quotations_line_by_line_equal_one_pass(text: str) -> None:
    assert quoted_spans(text) == _quotes_in_one_pass(text)


def test_a_list_marker_alone_on_its_line_is_no_sentence_either_way() -> None:
    # Found by the property test above: split in one pass, "-\n" read the line break as
    # the space after a marker; split line by line, "-" had no space after it and stayed
    # a one-character sentence.
    for text in ("-\n", "x\n-\nHi.", "1.\nHi.", "--\nBob", "> \n>"):
        assert sentences(text) == split_sentences(text)
        assert all(s.text not in {"-", "1.", "--", ">"} for s in sentences(text))
    assert [s.text for s in sentences("- Restart it.\n- Call me.")] == ["Restart it.", "Call me."]


def test_clear_forgets_sentences_and_keeps_words_unless_told_otherwise() -> None:
    from desktop.core import analyze, match_cache
    from desktop.core.facts import sentence_facts
    from desktop.core.text import stem

    draft = "Please restart the services. Thanks for waiting, I know it's been long."
    before = analyze(draft, "The billing page is down again.").to_dict()
    match_cache.clear()
    assert sentence_facts.cache_info().currsize == 0  # type: ignore[attr-defined]
    assert stem.cache_info().currsize > 0  # type: ignore[attr-defined]
    assert analyze(draft, "The billing page is down again.").to_dict() == before
    match_cache.clear(vocabulary=True)
    assert stem.cache_info().currsize == 0  # type: ignore[attr-defined]
    assert analyze(draft, "The billing page is down again.").to_dict() == before
