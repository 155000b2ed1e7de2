"""The customer's own names and terms, repeated in the reply, are not grammar mistakes."""

from __future__ import annotations

from desktop.core import Finding
from desktop.grammar.customer_words import customer_terms, without_customer_terms
from desktop.grammar.harper_backend import HarperBackend

CUSTOMER = "The Zendesk export from prod-db-2 broke again. I can't recieve anything.\n-- Sam"


def _flagged(backend: HarperBackend, draft: str, customer: str) -> list[str]:
    return [f.text for f in without_customer_terms(backend.check(draft), customer)]


def test_names_and_terms_count_only_when_they_look_like_names_or_terms() -> None:
    assert customer_terms(CUSTOMER) >= {"Zendesk", "prod-db-2", "Sam", "The", "I"}
    assert "recieve" not in customer_terms(CUSTOMER) and "anything" not in customer_terms(CUSTOMER)


def test_the_customers_name_and_product_are_not_flagged_in_the_reply(harper_backend) -> None:
    draft = "Hi Sam, I'm sorry the Zendesk export failed."
    alone = _flagged(harper_backend, draft, "")
    assert "Sam" in alone and "Zendesk" in alone  # what Harper says without the customer
    assert _flagged(harper_backend, draft, CUSTOMER) == []


def test_a_typo_the_customer_made_is_still_a_typo_in_the_reply(harper_backend) -> None:
    flagged = _flagged(harper_backend, "You can't recieve anything from Zendsk?", CUSTOMER)
    assert "recieve" in flagged
    assert "Zendsk" in flagged  # written differently from the customer's "Zendesk"


def test_only_spelling_and_letter_case_findings_are_excused() -> None:
    grammar = Finding("lt.agreement", "grammar", "warning", 0, 3, "Sam", "Verb agreement.",
                      ("Sam is",))
    case = Finding("harper.capitalization", "grammar", "warning", 0, 3, "Sam", "All caps?",
                   ("SAM",))
    assert without_customer_terms([grammar, case], CUSTOMER) == [grammar]
