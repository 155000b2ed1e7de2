"""`analyze`: the one call everything the app shows comes from.

Runs every rule over the draft, evaluates the checklist against the findings, and
measures the draft. Pure Python; no Qt, no I/O beyond loading the rule files once.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import os
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import NamedTuple

from .checklist import EvalContext, Phrases, ReplyModel, conditions_of
from .document import Document
from .listen import Listening
from .metrics import compute_metrics
from .model import SEVERITY_RANK, Finding, Report, one_card
from .reply_scores import ReplyScores
from .ruleset import RuleSet, load_ruleset
from .sentence_memo import Found, LocalSearch, SentenceMemo

CHECKLIST_ORDER = (
    "leap.listen", "leap.empathize", "leap.affirm", "leap.partner",
    "grace.urgent", "grace.kind", "grace.humble", "grace.clear",
)

_default: RuleSet | None = None

Checklists = RuleSet | str | os.PathLike[str] | Sequence[str | os.PathLike[str]] | None


def default_ruleset(reload: bool = False) -> RuleSet:
    """The shipped rules plus the user's own folder, loaded once per process."""
    global _default
    if _default is None or reload:
        _default = load_ruleset()
    return _default


def resolve_ruleset(checklists: Checklists) -> RuleSet:
    if checklists is None:
        return default_ruleset()
    if isinstance(checklists, RuleSet):
        return checklists
    if isinstance(checklists, str | os.PathLike):
        return load_ruleset([Path(checklists)])
    return load_ruleset([Path(p) for p in checklists])


def _order(item_id: str) -> tuple[int, str]:
    return (CHECKLIST_ORDER.index(item_id) if item_id in CHECKLIST_ORDER else 99, item_id)


class _Memory(NamedTuple):
    """What the engine keeps between analyses with one rule set."""

    ruleset: RuleSet  # (kept alive here, so its id stays its own)
    sentences: SentenceMemo  # what the sentence-local searches found, per sentence
    replies: ReplyScores  # the models of whole replies, following the reply


_memories: dict[int, _Memory] = {}
MAX_MEMORIES = 4  # rule sets in use at once: the app's, and one more while settings change


def sentence_memo(ruleset: RuleSet) -> SentenceMemo:
    """The rule set's sentence-local searches (local rules, checklist phrases) and what
    they found per sentence; one per rule set, so a reloaded one starts afresh."""
    return _memory(ruleset).sentences


def _memory(ruleset: RuleSet) -> _Memory:
    known = _memories.get(id(ruleset))
    if known is None or known.ruleset is not ruleset:
        if len(_memories) >= MAX_MEMORIES:
            _memories.clear()
        specifics = ruleset.specifics
        searches = [
            LocalSearch(rule, functools.partial(rule.sentence_hits, specifics=specifics),
                        rule.kind.searched())
            for rule in ruleset.rules if rule.kind.local
        ]
        searches += [
            LocalSearch(phrases, functools.partial(phrases.sentence_hits, specifics=specifics),
                        phrases.patterns)
            for item in ruleset.items for phrases in conditions_of(item.condition, Phrases)
        ]
        models = {id(c.model): c.model for item in ruleset.items
                  for c in conditions_of(item.condition, ReplyModel)}
        known = _memories[id(ruleset)] = _Memory(
            ruleset, SentenceMemo(searches), ReplyScores(list(models.values())))
    return known


def run_rules(doc: Document, ruleset: RuleSet, local: Found) -> list[Finding]:
    """Every rule's findings; `local` holds what the sentence-local rules found (see
    sentence_memo; a rule it doesn't remember searches the draft itself)."""
    found: dict[tuple[str, int, int], Finding] = {}
    for rule in ruleset.rules:
        if not rule.defer:
            for f in rule.findings(doc, ruleset.specifics, hits=local.of(rule)):
                found.setdefault((f.rule, f.start, f.end), f)
    # A deferring rule (a broad one, such as a classifier) speaks only where the precise
    # rules of its category were silent: one underline per problem, the precise one (or,
    # with `narrow`, on the clauses they leave of a sentence: see ClassifierKind).
    # Its other hits are dropped before they become findings (naming a classifier's
    # cues is the costly part of a finding).
    deferring = [rule for rule in ruleset.rules if rule.defer]
    if deferring:
        covered = _Coverage(found.values())
        for rule in deferring:
            def spoken_for(start: int, end: int, category: str = rule.category) -> bool:
                return covered.overlaps(category, start, end)

            for f in rule.findings(doc, ruleset.specifics, spoken_for, local.of(rule)):
                found.setdefault((f.rule, f.start, f.end), f)
    return sorted(found.values(), key=lambda f: (f.start, f.end, f.rule))


def merge_same_words(findings: list[Finding], ruleset: RuleSet) -> list[Finding]:
    """One card per category and words: rules that flag exactly the same words for the
    same kind of problem ("fill in the relevant form": which details, and which document)
    are one problem to the user. The most severe speaks for the rest, then the one whose
    rule comes first in the rule files (the shipped files put the precise rules before
    the broad ones); see model.one_card for what the card keeps.

    `findings` come sorted by their words, so findings on the same words sit side by
    side: one pass finds them (this runs after every keystroke's analysis)."""
    cards: list[Finding] = []
    i, n = 0, len(findings)
    while i < n:
        f = findings[i]
        j = i + 1
        while j < n and findings[j].start == f.start and findings[j].end == f.end:
            j += 1
        if j - i == 1:
            cards.append(f)
        else:
            cards.extend(_cards_for_same_words(findings[i:j], ruleset))
        i = j
    return cards


def _cards_for_same_words(same_words: list[Finding], ruleset: RuleSet) -> list[Finding]:
    by_category: dict[str, list[Finding]] = {}
    for f in same_words:
        by_category.setdefault(f.category, []).append(f)
    order = ruleset.rule_order
    cards = [
        one_card(sorted(group, key=lambda f: (-SEVERITY_RANK[f.severity],
                                              order.get(f.rule, len(order)))))
        for group in by_category.values()
    ]
    return sorted(cards, key=lambda f: f.rule)


class _Coverage:
    """Which stretches of the draft findings of each category cover, asked in log time
    (a pasted megabyte has tens of thousands of findings)."""

    def __init__(self, findings: Iterable[Finding]) -> None:
        spans: dict[str, list[tuple[int, int]]] = {}
        for f in findings:
            spans.setdefault(f.category, []).append((f.start, f.end))
        self._starts: dict[str, list[int]] = {}
        self._reach: dict[str, list[int]] = {}  # the furthest end among spans so far
        for category, found in spans.items():
            found.sort()
            self._starts[category] = [a for a, _ in found]
            self._reach[category] = list(itertools.accumulate((b for _, b in found), max))

    def overlaps(self, category: str, start: int, end: int) -> bool:
        starts = self._starts.get(category)
        if not starts:
            return False
        i = bisect.bisect_left(starts, end)  # spans that start before `end`
        return i > 0 and self._reach[category][i - 1] > start


def analyze(draft: str, customer: str = "", checklists: Checklists = None) -> Report:
    """Analyse a reply draft, reading the customer's message as context.

    `checklists` is a loaded RuleSet, a folder (or folders) of extra rule files to add
    to the shipped ones, or None for the shipped rules plus the user's folder.
    """
    ruleset = resolve_ruleset(checklists)
    doc = Document(draft, customer or "")
    memory = _memory(ruleset)
    local = memory.sentences.run(doc)
    findings = run_rules(doc, ruleset, local)
    listening = Listening(doc)
    replies = memory.replies.probabilities([s.text for s in doc.sentences]) if (
        memory.replies.models) else {}
    ctx = EvalContext(doc, findings, listening, local, ruleset.specifics, replies)
    items = sorted(ruleset.items, key=lambda i: _order(i.id))
    return Report(
        findings=tuple(merge_same_words(findings, ruleset)),
        checklist=tuple(item.evaluate(ctx) for item in items),
        metrics=compute_metrics(doc, listening),
        questions=listening.questions,
    )
