"""What the sentence-local searches found is remembered per sentence (sentence_memo):
after any edit, the report must be exactly what analysing the text afresh gives, also
where a hit depends on something outside its sentence (an earlier sentence of the
paragraph, a code fence opened elsewhere, the customer's message)."""

from __future__ import annotations

import re
from pathlib import Path

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.core import analyze, default_ruleset, match_cache
from desktop.core.analysis import sentence_memo
from desktop.core.document import Document, PatternNumbers
from desktop.core.kinds import Hit
from desktop.core.match_cache import cacheable
from desktop.core.sentence_memo import LocalSearch, SentenceMemo

DATA = Path(__file__).resolve().parents[1] / "data"


def _fresh(draft: str, customer: str = "") -> dict:
    match_cache.clear()
    return analyze(draft, customer).to_dict()


def _after(before: str, draft: str, customer: str = "", customer_before: str = "") -> dict:
    """The report of `draft` analysed right after `before` (so most sentences are known)."""
    match_cache.clear()
    analyze(before, customer_before or customer)
    return analyze(draft, customer).to_dict()


def _rules(report: dict) -> list[tuple[str, str]]:
    return [(f["rule"], f["text"]) for f in report["findings"]]


def test_an_unchanged_ask_is_cleared_when_an_earlier_sentence_now_says_what_was_fixed() -> None:
    ask = "Please try again."
    vague = f"Thanks for waiting.\n\n{ask}"
    fixed = f"We fixed the upload bug at 09:55 UTC.\n{ask}"
    assert ("clarity.retry-without-change", "try again") in _rules(_fresh(vague))
    assert _after(vague, fixed) == _fresh(fixed)
    assert ("clarity.retry-without-change", "try again") not in _rules(_after(vague, fixed))
    assert _after(fixed, vague) == _fresh(vague)


def test_an_unchanged_sentence_that_an_edit_puts_inside_a_code_block_is_not_flagged() -> None:
    plain = "Hi Sam.\nSend me the logs.\nThanks."
    fenced = "Hi Sam.\n```\nSend me the logs.\n```\nThanks."
    assert any(f["category"] == "clarity" for f in _fresh(plain)["findings"])
    assert _after(plain, fenced) == _fresh(fenced)
    assert not any(f["category"] == "clarity" for f in _after(plain, fenced)["findings"])


def test_a_new_customer_message_changes_what_counts_as_quoting_them() -> None:
    draft = "You said “obviously nobody tested this”, and that is fair."
    quoted, other = "Obviously nobody tested this!", "The export fails."
    assert _after(draft, draft, quoted, customer_before=other) == _fresh(draft, quoted)
    assert _after(draft, draft, other, customer_before=quoted) == _fresh(draft, other)
    assert _rules(_fresh(draft, quoted)) != _rules(_fresh(draft, other))


def test_capitals_the_customer_wrote_stop_being_shouting_when_they_write_them() -> None:
    """Shouting is remembered per sentence; whether the customer wrote the same capitals
    is asked again on every analysis (`ShoutingKind.keeps`)."""
    draft = "We saw NXDOMAIN answers from ns2 overnight."
    theirs, other = "Half our customers get NXDOMAIN since the migration.", "DNS is broken."
    shouting = ("tone.heat-shouting", "NXDOMAIN")
    assert shouting not in _rules(_after(draft, draft, theirs, customer_before=other))
    assert shouting in _rules(_after(draft, draft, other, customer_before=theirs))
    assert _after(draft, draft, theirs, customer_before=other) == _fresh(draft, theirs)


def test_checklist_phrases_are_remembered_and_still_skip_code() -> None:
    said = "I'm sorry about the outage."
    fenced = f"```\n{said}\n```"
    empathize = {c["id"]: c for c in _fresh(said)["checklist"]}["leap.empathize"]
    assert empathize["done"]
    assert _after(said, fenced) == _fresh(fenced)
    assert not {c["id"]: c for c in _after(said, fenced)["checklist"]}["leap.empathize"]["done"]


SENTENCES = st.sampled_from([
    "Please try again.", "Send me the logs.", "We fixed the upload bug at 09:55 UTC.",
    "Could you send the logs from web-02 for 7:00pm to 7:40pm?", "I'm so sorry about this.",
    "As I already said, this is user error!!!", "You're right, that's on us.",
    "Restart the service.", "Check the docs.", "It should work now.", "THIS IS NOT A BUG.",
    "I'll update you by 3pm.", "What outcome would help you most?", "```", "`systemctl status`",
    "You wrote “nothing works”.", "Thanks.", "\n", "\n\n", "- ", "1. ", "Hi Sam,",
    "Email me at sam@example.com.", "My number is +44 20 7946 0958.", "Obviously it fails.",
])
DRAFT = st.lists(SENTENCES, max_size=14).map(" ".join)
CUSTOMER = st.sampled_from(["", "nothing works", "Why is it broken again? I need it by Friday."])


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(before=DRAFT, after=DRAFT, customer=CUSTOMER, customer_before=CUSTOMER)
def test_remembered_sentences_give_the_report_a_fresh_analysis_gives(
    before: str, after: str, customer: str, customer_before: str
) -> None:
    edited = before + " " + after  # shares its first sentences with `before`
    assert _after(before, edited, customer, customer_before) == _fresh(edited, customer)
    assert _after(edited, after, customer, customer_before) == _fresh(after, customer)


def test_within_confines_pattern_searches_to_the_sentences_given() -> None:
    doc = Document("Send me the logs. Send me the logs. Send me the logs.")
    logs = re.compile(r"\blogs\b")
    assert [m.start() for m in doc.within(0b101).finditer(logs)] == [12, 48]
    assert [m.start() for m in doc.within(0).finditer(logs)] == []
    assert [m.start() for m in doc.finditer(logs)] == [12, 30, 48]  # the document itself


def test_patterns_known_to_have_no_candidates_are_left_out_at_once() -> None:
    """`with_candidates` leaves out the patterns whose masks say no sentence can hold a
    match, keeps those still to be worked out (-1) and those it has no number for, and
    with nothing known keeps every pattern."""
    logs, node, later, stranger = (re.compile(p) for p in (r"\blogs\b", r"\bnode\b", "x", "y"))
    numbers = PatternNumbers([logs, node, later])
    rule = (node, stranger, logs, later)
    doc = Document("Send me the logs. Restart it.")
    assert list(doc.with_candidates(rule)) == [0, 1, 2, 3]
    doc.know_candidates(numbers, [0b01, 0, -1])
    assert list(doc.with_candidates(rule)) == [1, 2, 3]
    assert list(doc.finditer(node)) == []
    assert [m.start() for m in doc.finditer(logs)] == [12]
    part = doc.within(0b10, numbers, [0, 0, 0])
    assert list(part.with_candidates(rule)) == [1]


def test_a_search_made_once_finds_what_the_remembered_search_finds() -> None:
    """Inside `searched_once` each sentence is searched in the draft itself instead of
    in the match cache's slice of it; for every shipped pattern the memo runs, over
    replies with code, quotes, lists and sentences that start lines, the matches agree."""
    memo = sentence_memo(default_ruleset())
    memo.run(Document("Send the logs."))
    patterns = [p for search in memo._remembered for p in search.patterns]
    cases = yaml.safe_load((DATA / "dev.yaml").read_text(encoding="utf-8"))
    cases += yaml.safe_load((DATA / "holdout35.yaml").read_text(encoding="utf-8"))
    for case in cases:
        match_cache.clear()
        doc = Document(case["reply"], case["customer"])
        remembered = [[(m.start(), m.end(), m.group()) for m in doc.finditer(p)] for p in patterns]
        with doc.searched_once():
            once = [[(m.start(), m.end(), m.group()) for m in doc.finditer(p)] for p in patterns]
        assert once == remembered, case["id"]
        assert doc._remember  # (and the document remembers again afterwards)


def test_a_new_draft_skips_only_searches_that_find_nothing() -> None:
    """A new draft's patterns are evaluated in one batch, and a search none of whose
    patterns has a candidate sentence is not run at all: every search that finds
    something when run on its own must be among those run."""
    memo = sentence_memo(default_ruleset())
    memo.run(Document("Send the logs."))
    cases = yaml.safe_load((DATA / "dev.yaml").read_text(encoding="utf-8"))
    cases += yaml.safe_load((DATA / "holdout35.yaml").read_text(encoding="utf-8"))
    skipped = 0
    for case in cases:
        match_cache.clear()
        runs = memo._batch.runs(Document(case["reply"], case["customer"]))
        alone = Document(case["reply"], case["customer"])  # (no batch: each pattern asked)
        for i, search in enumerate(memo._remembered):
            if not runs >> i & 1:
                skipped += 1
                assert list(search.run(alone)) == [], (case["id"], search.owner)
    assert skipped > len(cases)  # and it does spare most replies a few searches


def test_an_edit_searches_only_the_sentences_it_changed() -> None:
    searched: list[str] = []

    def spy(doc: Document) -> list[Hit]:
        searched.extend(
            doc.draft[m.start():m.end()] for m in doc.finditer(re.compile(r"\blogs?\b")))
        return []

    memo = SentenceMemo([LocalSearch(object(), spy, [re.compile(r"\blogs?\b")])])
    memo.run(Document("Send the log. Send the logs."))
    assert searched == ["log", "logs"]
    searched.clear()
    memo.run(Document("Send the log. Send the logs. Also the log."))
    assert searched == ["log"]  # only the new sentence


def test_a_search_whose_pattern_looks_far_back_is_never_remembered() -> None:
    far_back = re.compile(r"(?<=the very long lead-in )logs")
    owner = object()
    memo = SentenceMemo([LocalSearch(owner, lambda doc: [], [far_back])])
    assert memo.run(Document("Send the logs.")).of(owner) is None  # run afresh by its owner


def test_every_shipped_sentence_local_search_is_remembered() -> None:
    """A shipped pattern that looks further back than the match cache's context makes
    its whole rule search the draft afresh on every keystroke (an edit cost a fifth more
    when one such pattern slipped into tone.blame). Write the lookbehind shorter, or put
    it after the literal."""
    memo = sentence_memo(default_ruleset())
    memo.run(Document("Send the logs."))
    remembered = {id(s) for s in memo._remembered}
    forgotten = [
        (getattr(s.owner, "id", s.owner), [p.pattern for p in s.patterns if not cacheable(p)])
        for s in memo._searches if id(s) not in remembered
    ]
    assert forgotten == []


def test_an_empty_draft_reads_no_pattern_and_leaves_each_search_to_itself() -> None:
    """The window opens on an empty draft: it must not wait for every pattern to be read
    (which the first sentence asks for)."""
    owner = object()
    memo = SentenceMemo([LocalSearch(owner, lambda doc: [], [re.compile("logs")])])
    assert memo.run(Document("")).of(owner) is None
    assert "_remembered" not in vars(memo)  # nothing read yet
    assert memo.run(Document("Send the logs.")).of(owner) == []
    assert "_remembered" in vars(memo)


def test_each_rule_set_has_its_own_memory() -> None:
    shipped = default_ruleset()
    assert sentence_memo(shipped) is sentence_memo(shipped)
    from desktop.core.ruleset import load_ruleset

    assert sentence_memo(load_ruleset()) is not sentence_memo(shipped)
