"""The built-in Harper checker, for real: what it finds and where."""

from __future__ import annotations

from pathlib import Path

from desktop.grammar.harper_backend import HarperBackend, kind_slug
from desktop.grammar.personal_dictionary import PersonalDictionary


def _by_text(findings):
    return {f.text: f for f in findings}


def test_misspelling_is_a_spelling_finding_with_suggestions(harper_backend: HarperBackend):
    text = "Thanks for the logs, I will recieve the rest tomorrow."
    found = _by_text(harper_backend.check(text))
    finding = found["recieve"]
    assert finding.category == "spelling"
    assert finding.severity == "warning"
    assert finding.rule == "harper.spelling"
    assert "receive" in finding.suggestions
    assert len(finding.suggestions) <= 5


def test_agreement_error_is_a_grammar_finding(harper_backend: HarperBackend):
    text = "I checked the cluster and he go to the data center tomorrow."
    found = _by_text(harper_backend.check(text))
    finding = found["go"]
    assert finding.category == "grammar"
    assert finding.rule == "harper.agreement"
    assert finding.suggestions == ("goes",)


def test_offsets_are_python_indices_after_emoji(harper_backend: HarperBackend):
    text = "🙂🙂 Teh customer wrote in. 👩🏽‍💻 Sorry, he go home and I has recieve it."
    findings = harper_backend.check(text)
    assert {"Teh", "go", "recieve"} <= {f.text for f in findings}
    for finding in findings:
        assert text[finding.start : finding.end] == finding.text
    teh = _by_text(findings)["Teh"]
    assert (teh.start, teh.end) == (3, 6)
    assert teh.category == "spelling"


def test_code_urls_and_placeholders_are_not_spell_checked(harper_backend: HarperBackend):
    text = (
        "Please run `kubectl get pods` and check https://example.com/abcdx and "
        "/var/lgo/syslog on <sytem name>."
    )
    flagged = {f.text for f in harper_backend.check(text)}
    assert not flagged & {"kubectl", "abcdx", "lgo", "sytem"}


def test_units_after_a_number_are_not_spell_checked(harper_backend: HarperBackend):
    text = "My phone only gets 4G. It drops on 5G too, and I will recieve a 10mm bolt."
    flagged = {f.text for f in harper_backend.check(text)}
    assert flagged == {"recieve"}  # still checks real words, not "G." after the 4


def test_personal_dictionary_suppresses_a_word_case_insensitively(
    harper_backend: HarperBackend, isolated_dirs: Path
):
    text = "Our Zorbulator service logs everything."
    assert "Zorbulator" in {f.text for f in harper_backend.check(text)}
    dictionary = PersonalDictionary()
    dictionary.add_word("zorbulator")
    harper_backend.dictionary = dictionary
    assert "Zorbulator" not in {f.text for f in harper_backend.check(text)}
    # persisted as plain text in the data dir, one word per line
    assert "zorbulator" in (isolated_dirs / "personal_dictionary.txt").read_text().splitlines()


def test_ignored_rule_is_suppressed(harper_backend: HarperBackend):
    text = "I checked and he go to the office."
    assert any(f.rule == "harper.agreement" for f in harper_backend.check(text))
    dictionary = PersonalDictionary()
    dictionary.ignore_rule("harper.agreement")
    harper_backend.dictionary = dictionary
    assert not any(f.rule == "harper.agreement" for f in harper_backend.check(text))


def test_blank_text_has_no_findings_and_odd_unicode_does_not_crash(harper_backend):
    assert harper_backend.check("") == []
    assert harper_backend.check("   \n\t") == []
    odd = "e\u0301\u200b\ufeff\U0001f600\x00 Teh end \ud7ff"
    for finding in harper_backend.check(odd):
        assert odd[finding.start : finding.end] == finding.text


def test_kind_slugs_read_like_rule_ids():
    assert kind_slug("WordChoice") == "word-choice"
    assert kind_slug("Spelling") == "spelling"
    assert kind_slug("BoundaryError") == "boundary-error"


def test_status_names_the_built_in_checker_and_any_reason():
    assert "built-in checker" in HarperBackend().status()
    note = HarperBackend(note="LanguageTool not installed").status()
    assert note == "LanguageTool not installed — using the built-in checker"
