"""The app's preferences as one table of typed defaults (Qt-free).

The settings dialog is generated from `OPTIONS`; `Settings` reads and writes through any
string-keyed storage (the desktop app passes a QSettings adapter, tests a dict). Unknown
keys are rejected, reads are typed and fall back to the default on bad stored values, and
only values that differ from the default are stored.
"""

from __future__ import annotations

from collections.abc import MutableMapping
from dataclasses import dataclass
from typing import Any

CHECKLIST_GROUPS = {
    "leap": "LEAP (Listen, Empathize, Affirm, Partner)",
    "grace": "Grace under fire (Urgent, Kind, Humble, Clear)",
}


@dataclass(frozen=True)
class Option:
    key: str
    default: Any
    label: str
    help: str = ""
    choices: tuple[str, ...] = ()
    minimum: float | None = None
    maximum: float | None = None
    section: str = "General"
    choice_labels: tuple[str, ...] = ()  # shown instead of ``choices`` when given
    folder: bool = False  # a text option naming a folder (the dialog offers "Choose…")


OPTIONS: tuple[Option, ...] = (
    Option(
        "breath_seconds",
        30,
        "Cool-down before copying (seconds)",
        "A short pause to re-read the reply before it leaves.",
        minimum=0,
        maximum=600,
    ),
    Option(
        "heated_breath_seconds",
        60,
        "Cool-down when the draft still sounds heated",
        "Used instead when tone findings remain as the cool-down starts.",
        minimum=0,
        maximum=900,
    ),
    Option("checklist_leap", True, CHECKLIST_GROUPS["leap"]),
    Option("checklist_grace", True, CHECKLIST_GROUPS["grace"]),
    Option(
        "user_checklists_dir",
        "",
        "Your own checklist folder",
        "Extra or overriding YAML rule files; empty for the default folder.",
        folder=True,
    ),
    Option("theme", "system", "Theme", choices=("system", "light", "dark")),
    Option(
        "grammar",
        "auto",
        "Grammar and spelling",
        "Automatic uses LanguageTool when it is available, else the built-in checker.",
        choices=("auto", "languagetool", "harper", "off"),
        section="Grammar",
        choice_labels=("Automatic", "LanguageTool", "Built-in (Harper)", "Off"),
    ),
    Option(
        "grammar_server_url",
        "",
        "LanguageTool server",
        "Your draft text is sent to this server for checking.",
        section="Grammar",
    ),
    Option(
        "grammar_language",
        "en-US",
        "Language",
        "A language code such as en-US or en-GB.",
        section="Grammar",
    ),
)
_BY_KEY = {o.key: o for o in OPTIONS}


class Settings:
    """Typed access to the options stored in ``store`` (values may come back as text)."""

    def __init__(self, store: MutableMapping[str, Any] | None = None) -> None:
        self._store: MutableMapping[str, Any] = store if store is not None else {}

    @staticmethod
    def option(key: str) -> Option:
        try:
            return _BY_KEY[key]
        except KeyError:
            raise KeyError(f"unknown setting {key!r}") from None

    def get(self, key: str) -> Any:
        opt = self.option(key)
        if key not in self._store:
            return opt.default
        try:
            return _coerce(opt, self._store[key])
        except (TypeError, ValueError):
            return opt.default

    def set(self, key: str, value: Any) -> None:
        opt = self.option(key)
        value = _coerce(opt, value)
        if value == opt.default:
            self._store.pop(key, None)
        else:
            self._store[key] = value

    def enabled_groups(self) -> frozenset[str]:
        return frozenset(g for g in CHECKLIST_GROUPS if self.get(f"checklist_{g}"))


def _coerce(opt: Option, value: Any) -> Any:
    default = opt.default
    if isinstance(default, bool):
        if isinstance(value, str):
            return value.strip().lower() in ("1", "true", "yes", "on")
        return bool(value)
    if isinstance(default, int | float):
        number = float(value)
        if opt.minimum is not None:
            number = max(opt.minimum, number)
        if opt.maximum is not None:
            number = min(opt.maximum, number)
        return int(number) if isinstance(default, int) and number.is_integer() else number
    text = str(value)
    if opt.choices and text not in opt.choices:
        raise ValueError(f"{opt.key} must be one of {', '.join(opt.choices)}")
    return text
