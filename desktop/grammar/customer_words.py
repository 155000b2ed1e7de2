"""The customer's own names and terms are not mistakes when the reply repeats them.

Spell checkers don't know "Priya", "Zendesk" or "prod-db-2", and Harper wants "Sam"
written "SAM" (the missile). A reply that repeats how the customer wrote their name,
product or host is listening, not misspelling; flagging it teaches people to ignore the
grammar pane. So a spelling finding, or one that would only change the letter case, is
dropped when its word appears written exactly so in the customer's message and looks
like a name or a term: a capital letter, a digit or one of `_ . -` in it.

A plain lower-case word is never excused this way: "recieve" copied from the customer
is still a typo in our reply. Backend-agnostic (works on Harper's and LanguageTool's
findings alike) and Qt-free.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from desktop.core.model import Finding

_WORD = re.compile(r"[^\W_](?:[\w.-]*[^\W_])?")
_NAME_OR_TERM = re.compile(r"[A-Z\d_.-]")


def customer_terms(customer: str) -> frozenset[str]:
    """The words of the customer's message that look like names or terms, as written."""
    return frozenset(w for w in _WORD.findall(customer) if _NAME_OR_TERM.search(w))


def _only_changes_case(finding: Finding) -> bool:
    text = finding.text.casefold()
    return bool(finding.suggestions) and all(s.casefold() == text for s in finding.suggestions)


def without_customer_terms(findings: Iterable[Finding], customer: str) -> list[Finding]:
    """The grammar findings to show, leaving out those about the customer's own terms."""
    findings = list(findings)
    terms = customer_terms(customer) if customer else frozenset()
    if not terms:
        return findings
    return [
        f for f in findings
        if not (
            f.text in terms and (f.category == "spelling" or _only_changes_case(f))
        )
    ]
