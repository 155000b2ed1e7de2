"""Composure's engine: pure Python, never imports Qt.

`analyze(draft, customer="", checklists=None) -> Report` is the public contract; the
desktop app, the CLI and the accuracy benchmark all go through it.
"""

from . import templates  # noqa: F401  (registers the `templates:` section of rule files)
from .analysis import CHECKLIST_ORDER, analyze, default_ruleset
from .model import ChecklistResult, CustomerQuestion, Finding, Report, Span
from .ruleset import RuleSet, load_ruleset
from .yamlview import RuleFileError

__all__ = [
    "CHECKLIST_ORDER",
    "ChecklistResult",
    "CustomerQuestion",
    "Finding",
    "Report",
    "RuleFileError",
    "RuleSet",
    "Span",
    "analyze",
    "default_ruleset",
    "load_ruleset",
]
