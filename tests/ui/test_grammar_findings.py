"""Grammar and spelling in the window: merged findings, the personal dictionary, the status.

A fake backend stands in for LanguageTool/Harper: it flags "teh" and "Priya" as misspelt
and "a apple" as grammar, and honours the personal dictionary like the real ones do.
"""

from __future__ import annotations

import re

import pytest

from desktop.core import Finding
from desktop.grammar.personal_dictionary import PersonalDictionary
from desktop.ui.draft_editor import CATEGORY_STYLE

STATUS = "Checking with the fake checker"


class FakeBackend:
    name = "fake"

    def __init__(self) -> None:
        self.dictionary = PersonalDictionary()  # the same files the window's worker uses

    def available(self) -> bool:
        return True

    def status(self) -> str:
        return STATUS

    def check(self, text: str) -> list[Finding]:
        found = [
            Finding(
                "harper.spelling",
                "spelling",
                "warning",
                m.start(),
                m.end(),
                m.group(),
                "“teh” may be misspelt.",
                ("the",),
            )
            for m in re.finditer(r"\bteh\b|\bPriya\b", text)
        ]
        found += [
            Finding(
                "harper.an_a",
                "grammar",
                "warning",
                m.start(),
                m.end(),
                m.group(),
                "Use “an” before a vowel sound.",
                ("an apple",),
            )
            for m in re.finditer(r"\ba apple\b", text)
        ]
        self.dictionary.reload()
        return self.dictionary.filter(found)

    def close(self) -> None:
        return None


@pytest.fixture
def grammar_window(make_window):
    return lambda: make_window(grammar=True, grammar_factory=FakeBackend)


def _wait_for(qtbot, window, rule: str, present: bool = True) -> None:
    qtbot.waitUntil(
        lambda: any(f.rule == rule for f in window.report.findings) == present, timeout=3000
    )


def _row(window, rule: str) -> int:
    fl = window.findings_list
    return next(i for i in range(fl.count()) if fl.finding(i).rule == rule)


def _editor_action(window, finding: Finding, name: str):
    editor = window.draft_editor
    cursor = editor.textCursor()
    cursor.setPosition(finding.start + 1)
    menu = editor.context_menu_at(editor.cursorRect(cursor).center())
    return next(a for a in menu.actions() if a.objectName() == name)


def test_a_misspelling_is_merged_into_the_findings_list(qtbot, grammar_window, type_reply) -> None:
    window = grammar_window()
    type_reply(window, "Sorry, teh export failed.")
    _wait_for(qtbot, window, "harper.spelling")
    finding = window.findings_list.finding(_row(window, "harper.spelling"))
    assert (finding.text, finding.category, finding.suggestions) == ("teh", "spelling", ("the",))
    fix = _editor_action(window, finding, "quickFixAction")
    assert "the" in fix.text()


def test_the_status_bar_names_the_checker(qtbot, grammar_window, type_reply) -> None:
    window = grammar_window()
    type_reply(window, "Sorry, teh export failed.")
    qtbot.waitUntil(lambda: window.grammar_label.text() == STATUS, timeout=3000)


def test_adding_a_word_to_the_dictionary_removes_it_for_good(
    qtbot, grammar_window, type_reply
) -> None:
    window = grammar_window()
    type_reply(window, "Sorry, teh export failed.")
    _wait_for(qtbot, window, "harper.spelling")
    finding = window.findings_list.finding(_row(window, "harper.spelling"))
    _editor_action(window, finding, "addToDictionaryAction").trigger()
    assert all(f.rule != "harper.spelling" for f in window.report.findings)
    assert "teh" in window.grammar_worker.dictionary.words

    again = grammar_window()
    again.draft_editor.clear()
    type_reply(again, "Sorry, teh export failed. Here is a apple.")
    _wait_for(qtbot, again, "harper.an_a")  # the checker ran on this text
    assert all(f.rule != "harper.spelling" for f in again.report.findings)


def test_ignoring_a_grammar_rule_from_the_list_removes_its_findings(
    qtbot, grammar_window, type_reply
) -> None:
    window = grammar_window()
    type_reply(window, "Here is a apple and teh receipt.")
    _wait_for(qtbot, window, "harper.an_a")
    menu = window.findings_list.menu_for(_row(window, "harper.an_a"))
    names = [a.objectName() for a in menu.actions()]
    assert "addToDictionaryAction" not in names
    next(a for a in menu.actions() if a.objectName() == "ignoreGrammarRuleAction").trigger()
    assert all(f.rule != "harper.an_a" for f in window.report.findings)
    assert "harper.an_a" in window.grammar_worker.dictionary.ignored_rules
    type_reply(window, " Another a apple.")
    _wait_for(qtbot, window, "harper.spelling")
    assert all(f.rule != "harper.an_a" for f in window.report.findings)


def test_grammar_and_spelling_underlines_differ_from_the_rest_and_each_other() -> None:
    looks = {c: CATEGORY_STYLE[c][:2] for c in ("clarity", "tone", "grammar", "spelling")}
    assert len(set(looks.values())) == 4


def test_the_customers_name_repeated_in_the_reply_is_not_a_misspelling(
    qtbot, grammar_window, type_reply
) -> None:
    window = grammar_window()
    type_reply(window, "Hi Priya, teh export failed.")
    _wait_for(qtbot, window, "harper.spelling")
    assert {f.text for f in window.report.findings if f.category == "spelling"} == {
        "Priya", "teh"}
    window.customer_editor.setPlainText("Where is my export?\n-- Priya")
    qtbot.waitUntil(
        lambda: {f.text for f in window.report.findings if f.category == "spelling"} == {"teh"},
        timeout=3000,
    )
