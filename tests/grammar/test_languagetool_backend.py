"""LanguageTool through language_tool_python, against a fake server on 127.0.0.1.

The fake answers /v2/languages and /v2/check with LanguageTool 6.x's JSON and counts
offsets in Java chars (UTF-16 units), as the real server does.
"""

from __future__ import annotations

import time

import pytest

from desktop.grammar import create_backend
from desktop.grammar.base import GrammarUnavailable
from desktop.grammar.harper_backend import HarperBackend
from desktop.grammar.languagetool_backend import LanguageToolBackend
from desktop.grammar.personal_dictionary import PersonalDictionary


@pytest.fixture
def lt(fake_lt):
    backend = LanguageToolBackend(server_url=fake_lt.url, timeout=2)
    yield backend
    backend.close()


def test_matches_map_to_findings_with_rule_category_and_suggestions(lt, fake_lt):
    text = "Teh logs arrived. I think he go home now."
    findings = lt.check(text)
    by_rule = {f.rule: f for f in findings}
    spelling = by_rule["lt.MORFOLOGIK_RULE_EN_US"]
    assert (spelling.category, spelling.severity, spelling.text) == ("spelling", "warning", "Teh")
    assert spelling.suggestions == ("The", "Tech", "Ten", "Tea", "Tel")  # capped at five
    grammar = by_rule["lt.HE_VERB_AGR"]
    assert (grammar.category, grammar.text) == ("grammar", "go")
    assert grammar.message.endswith("Did you mean “goes”?")  # <suggestion> tags made readable
    assert fake_lt.requests[-1]["language"] == "en-US"


def test_offsets_are_python_indices_with_emoji_before_the_error(lt):
    text = "🙂🙂 Teh 👩🏽‍💻 team: he go  home 𝔘."
    findings = lt.check(text)
    assert [f.text for f in findings] == ["Teh", "go", "  "]
    for finding in findings:
        assert text[finding.start : finding.end] == finding.text
    assert (findings[0].start, findings[0].end) == (3, 6)


def test_style_issues_are_quiet(lt):
    (finding,) = lt.check("Two  spaces.")
    assert (finding.rule, finding.category, finding.severity) == (
        "lt.WHITESPACE_RULE",
        "grammar",
        "info",
    )


def test_personal_dictionary_and_ignored_rules_apply(fake_lt):
    dictionary = PersonalDictionary()
    dictionary.add_word("teh")
    dictionary.ignore_rule("lt.WHITESPACE_RULE")
    backend = LanguageToolBackend(server_url=fake_lt.url, dictionary=dictionary, timeout=2)
    try:
        assert [f.text for f in backend.check("Teh  end, he go.")] == ["go"]
    finally:
        backend.close()


def test_server_unreachable_is_a_clean_one_line_reason(closed_port_url):
    backend = LanguageToolBackend(server_url=closed_port_url, timeout=1)
    with pytest.raises(GrammarUnavailable) as info:
        backend.check("Teh end.")
    assert str(info.value) == "LanguageTool server unreachable"


def test_slow_server_times_out_quickly(fake_lt):
    fake_lt.mode = "slow"
    backend = LanguageToolBackend(server_url=fake_lt.url, timeout=0.3)
    began = time.monotonic()
    with pytest.raises(GrammarUnavailable) as info:
        backend.check("Teh end.")
    assert time.monotonic() - began < 2.0
    assert str(info.value) == "LanguageTool server too slow (no answer within 0.3 s)"


@pytest.mark.parametrize("mode", ["malformed", "wrong-shape"])
def test_malformed_reply_is_a_clean_reason(fake_lt, mode):
    fake_lt.mode = mode
    backend = LanguageToolBackend(server_url=fake_lt.url, timeout=2)
    with pytest.raises(GrammarUnavailable) as info:
        backend.check("Teh end.")
    assert str(info.value) == "LanguageTool server sent a reply Composure could not read"
    assert "\n" not in str(info.value)


def test_server_reuses_one_client(lt, fake_lt):
    lt.check("Teh one.")
    tool = lt._tool
    lt.check("Teh two.")
    assert lt._tool is tool
    assert len(fake_lt.requests) == 2


def test_languagetool_mode_with_server_checks_with_it(fake_lt):
    backend = create_backend("languagetool", server_url=fake_lt.url, timeout=2)
    try:
        assert backend.status() == f"Checking with the LanguageTool server at {fake_lt.url}"
        assert [f.rule for f in backend.check("Teh end.")] == ["lt.MORFOLOGIK_RULE_EN_US"]
    finally:
        backend.close()


def test_unreachable_server_falls_back_to_harper_with_a_reason(closed_port_url, shared_harper):
    backend = create_backend("auto", server_url=closed_port_url, timeout=1)
    backend._make_fallback = lambda reason: _reuse(shared_harper, reason)
    try:
        findings = backend.check("🙂 Teh end.")
        assert [f.rule for f in findings] == ["harper.typo"]
        assert backend.status() == "LanguageTool server unreachable — using the built-in checker"
    finally:
        shared_harper.note = ""


def test_malformed_reply_mid_session_falls_back(fake_lt, shared_harper):
    backend = create_backend("languagetool", server_url=fake_lt.url, timeout=2)
    backend._make_fallback = lambda reason: _reuse(shared_harper, reason)
    try:
        assert backend.check("Teh end.")[0].rule.startswith("lt.")
        fake_lt.mode = "malformed"
        assert backend.check("Teh end.")[0].rule.startswith("harper.")
        assert "could not read — using the built-in checker" in backend.status()
    finally:
        shared_harper.note = ""


def _reuse(harper: HarperBackend, reason: str) -> HarperBackend:
    """Reuse the session's loaded Harper (loading another costs a second)."""
    harper.note = reason
    return harper
