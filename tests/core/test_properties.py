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
