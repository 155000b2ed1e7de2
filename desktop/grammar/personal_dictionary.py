"""The user's own word list and ignored grammar rules, honoured by every backend.

Support engineers write product names, hostnames and customers' names that no
dictionary knows; flagging them on every reply teaches people to ignore the underline.
Words live one per line in ``personal_dictionary.txt`` and ignored rule ids in
``ignored_grammar_rules.txt``, both plain text in the app's data dir so a user can
edit, back up or share them. The data dir is ``$COMPOSURE_DATA_DIR`` when set (tests
and portable installs), else ``platformdirs.user_data_dir("Composure")``.

Reads happen on the grammar worker thread while the UI thread may add words, so the
sets are guarded by a lock and files are replaced atomically.
"""

from __future__ import annotations

import os
import tempfile
import threading
from collections.abc import Iterable
from pathlib import Path

from desktop.core.model import Finding
from desktop.core.paths import user_data_dir

WORDS_FILE = "personal_dictionary.txt"
IGNORED_RULES_FILE = "ignored_grammar_rules.txt"
_WORDS_HEADER = "Composure personal dictionary: one word per line"
_RULES_HEADER = "Composure ignored grammar rules: one rule id per line"


def data_dir() -> Path:
    """Where Composure keeps user data (not created here): the app-wide location."""
    return user_data_dir()


def _read_lines(path: Path) -> list[str]:
    """Non-empty, non-comment lines; a missing or unreadable file is an empty list."""
    try:
        raw = path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return []
    lines = (line.strip() for line in raw.splitlines())
    return [line for line in lines if line and not line.startswith("#")]


def _write_lines(path: Path, header: str, lines: Iterable[str]) -> None:
    """Write atomically so a crash mid-save never leaves half a word list."""
    path.parent.mkdir(parents=True, exist_ok=True)
    body = f"# {header}\n" + "".join(f"{line}\n" for line in lines)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(body)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


class PersonalDictionary:
    """Words that are never misspelled and rule ids that are never reported.

    Words match case-insensitively against the text of *spelling* findings; ignored
    rules (e.g. ``harper.style`` or ``lt.EN_QUOTES``) suppress findings of any category.
    """

    def __init__(self, directory: Path | None = None) -> None:
        self._directory = directory if directory is not None else data_dir()
        self._lock = threading.Lock()
        self._words: dict[str, str] = {}  # casefolded -> as the user typed it
        self._rules: set[str] = set()
        self.reload()

    @property
    def words_path(self) -> Path:
        return self._directory / WORDS_FILE

    @property
    def rules_path(self) -> Path:
        return self._directory / IGNORED_RULES_FILE

    def reload(self) -> None:
        """Re-read both files (e.g. after the user edited them by hand)."""
        words = {w.casefold(): w for w in _read_lines(self.words_path)}
        rules = set(_read_lines(self.rules_path))
        with self._lock:
            self._words, self._rules = words, rules

    @property
    def words(self) -> tuple[str, ...]:
        with self._lock:
            return tuple(sorted(self._words.values(), key=str.casefold))

    @property
    def ignored_rules(self) -> tuple[str, ...]:
        with self._lock:
            return tuple(sorted(self._rules))

    def add_word(self, word: str) -> None:
        word = word.strip()
        if not word or "\n" in word:
            return
        with self._lock:
            self._words[word.casefold()] = word
            snapshot = sorted(self._words.values(), key=str.casefold)
        _write_lines(self.words_path, _WORDS_HEADER, snapshot)

    def remove_word(self, word: str) -> None:
        with self._lock:
            self._words.pop(word.strip().casefold(), None)
            snapshot = sorted(self._words.values(), key=str.casefold)
        _write_lines(self.words_path, _WORDS_HEADER, snapshot)

    def ignore_rule(self, rule_id: str) -> None:
        rule_id = rule_id.strip()
        if not rule_id:
            return
        with self._lock:
            self._rules.add(rule_id)
            snapshot = sorted(self._rules)
        _write_lines(self.rules_path, _RULES_HEADER, snapshot)

    def unignore_rule(self, rule_id: str) -> None:
        with self._lock:
            self._rules.discard(rule_id.strip())
            snapshot = sorted(self._rules)
        _write_lines(self.rules_path, _RULES_HEADER, snapshot)

    def knows(self, word: str) -> bool:
        """Whether ``word`` is in the list (case-insensitive)."""
        with self._lock:
            return word.strip().casefold() in self._words

    def allows(self, finding: Finding) -> bool:
        """Whether ``finding`` should still be shown."""
        with self._lock:
            if finding.rule in self._rules:
                return False
            return not (
                finding.category == "spelling" and finding.text.strip().casefold() in self._words
            )

    def filter(self, findings: Iterable[Finding]) -> list[Finding]:
        return [f for f in findings if self.allows(f)]


def apply_dictionary(
    findings: list[Finding], dictionary: PersonalDictionary | None
) -> list[Finding]:
    """The findings a backend should return: all of them when there is no dictionary."""
    return findings if dictionary is None else dictionary.filter(findings)
