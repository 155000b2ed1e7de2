"""Invariants of the engine on arbitrary text (hypothesis)."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.core import analyze

WORDS = st.sampled_from(
    ["send", "me", "the", "logs", "NOTHING", "WRONG", "!!!", "as", "I", "said", "sorry,", "but",
     "`cmd`", "from", "vm-01", "7:00pm", "🙂", "e\u0301", "\n", "?", "'quoted'", "you're", "right"]
)
TEXT = st.one_of(st.text(max_size=300), st.lists(WORDS, max_size=60).map(" ".join))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(draft=TEXT, customer=TEXT)
def test_analyze_never_raises_and_spans_index_the_draft(draft: str, customer: str) -> None:
    report = analyze(draft, customer)
    for f in report.findings:
        assert 0 <= f.start < f.end <= len(draft)
        assert f.text == draft[f.start : f.end]
    for item in report.checklist:
        for span in item.evidence:
            assert 0 <= span.start < span.end <= len(draft)
        # in draft order, and no piece of evidence repeated inside another
        for before, after in zip(item.evidence, item.evidence[1:], strict=False):
            assert before.start <= after.start and after.end > before.end
    for q in report.questions:
        assert customer[q.start : q.end] == q.text
        for span in q.evidence:
            assert 0 <= span.start < span.end <= len(draft)


@settings(max_examples=50, deadline=None)
@given(draft=TEXT, customer=TEXT)
def test_analyze_is_deterministic(draft: str, customer: str) -> None:
    assert analyze(draft, customer).to_dict() == analyze(draft, customer).to_dict()


def test_a_huge_paste_is_analysed_without_error() -> None:
    draft = ("Could you send me the logs? THIS IS FINE!!! " * 20000)[:1_000_000]
    report = analyze(draft)
    assert report.metrics["words"] > 100_000


def test_a_huge_paste_full_of_code_spans_skips_what_is_inside_them() -> None:
    draft = "Run `ls -la` now. Honestly, these things happen. Simply `simply`. " * 15000
    report = analyze(draft)
    dismissive = [f for f in report.findings if f.rule == "tone.dismissive-words"]
    assert len(dismissive) == 15000  # "Simply" outside the code, never `simply` inside it
    assert all(f.text == "Simply" for f in dismissive)


@settings(max_examples=200, deadline=None)
@given(
    cuts=st.lists(st.integers(min_value=0, max_value=400), min_size=0, max_size=40, unique=True),
    start=st.integers(min_value=0, max_value=400),
    length=st.integers(min_value=1, max_value=40),
)
def test_span_lookups_in_log_time_agree_with_looking_at_every_span(
    cuts: list[int], start: int, length: int
) -> None:
    from desktop.core.document import Document
    from desktop.core.model import Span

    edges = sorted(cuts)
    spans = [Span(a, b) for a, b in zip(edges[::2], edges[1::2], strict=False) if a < b]
    end = start + length
    doc = Document("x")
    assert doc.inside(spans, start, end) == any(s.start <= start and end <= s.end
                                                for s in spans)
    assert doc.meeting(spans, start, end) == [s for s in spans
                                              if s.start < end and start < s.end]


@settings(max_examples=60, deadline=None)
@given(draft=TEXT, edit=st.text(max_size=20), at=st.integers(min_value=0, max_value=400))
def test_remembered_sentence_matches_give_the_same_report_as_a_fresh_search(
    draft: str, edit: str, at: int
) -> None:
    """Re-analysing after an edit reuses per-sentence matches; the result must not change."""
    from desktop.core import match_cache

    analyze(draft)
    edited = draft[:at] + edit + draft[at:]
    warm = analyze(edited).to_dict()
    match_cache.clear()
    assert warm == analyze(edited).to_dict()


QUOTING = st.lists(
    st.sampled_from(["Run `ls -la` now.", "You wrote “it is broken”.", "```", "\n", "it is broken",
                     "Sorry.", "`a", "b`", "“it", "broken”", "Honestly, whatever."]),
    max_size=20,
).map(" ".join)


@settings(max_examples=200, deadline=None)
@given(draft=QUOTING, customer=st.sampled_from(["", "It is broken!", "whatever"]))
def test_own_words_blank_exactly_the_code_and_the_customer_quotes_in_each_sentence(
    draft: str, customer: str
) -> None:
    from desktop.core.document import Document

    doc = Document(draft, customer)
    for sentence, own in zip(doc.sentences, doc.own_words, strict=True):
        expected = list(sentence.text)
        for span in (*doc.code, *doc.customer_quotes):
            for i in range(max(span.start, sentence.start), min(span.end, sentence.end)):
                expected[i - sentence.start] = " "
        assert own == "".join(expected)
