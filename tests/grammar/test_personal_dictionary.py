"""The personal word list and ignored rules: persisted, shared, forgiving."""

from __future__ import annotations

from pathlib import Path

from desktop.core.model import Finding
from desktop.grammar.personal_dictionary import PersonalDictionary, data_dir


def _finding(text: str, category: str = "spelling", rule: str = "lt.MORFOLOGIK_RULE_EN_US"):
    return Finding(rule, category, "warning", 0, len(text), text, "Possible typo.")


def test_data_dir_follows_the_environment(isolated_dirs: Path):
    assert data_dir() == isolated_dirs


def test_words_persist_across_instances(isolated_dirs: Path):
    PersonalDictionary().add_word("Kubernetes")
    again = PersonalDictionary()
    assert again.knows("KUBERNETES")
    assert again.words == ("Kubernetes",)


def test_only_spelling_findings_are_filtered_by_words():
    dictionary = PersonalDictionary()
    dictionary.add_word("Acme")
    kept = dictionary.filter([_finding("ACME"), _finding("Acme", category="grammar")])
    assert [f.category for f in kept] == ["grammar"]


def test_ignored_rules_filter_any_category_and_can_be_restored():
    dictionary = PersonalDictionary()
    dictionary.ignore_rule("lt.EN_QUOTES")
    finding = _finding("'x'", category="grammar", rule="lt.EN_QUOTES")
    assert dictionary.filter([finding]) == []
    dictionary.unignore_rule("lt.EN_QUOTES")
    assert PersonalDictionary().filter([finding]) == [finding]


def test_hand_edited_file_with_comments_and_blank_lines_is_read(isolated_dirs: Path):
    isolated_dirs.mkdir(parents=True)
    (isolated_dirs / "personal_dictionary.txt").write_text("# mine\n\n  Zorbix  \nfoo\n")
    assert PersonalDictionary().words == ("foo", "Zorbix")


def test_missing_files_mean_empty_lists():
    dictionary = PersonalDictionary()
    assert dictionary.words == ()
    assert dictionary.ignored_rules == ()
