"""`composure`: the desktop app with no arguments, and headless commands for scripts.

Argument parsing and printing only; the work happens in `desktop.core`. Every failure a
user can cause (a missing file, binary input, a broken rule file, an unknown rule id)
ends with one line on stderr and exit code 2, never a traceback.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import NoReturn

from . import __version__
from .core import Report, RuleFileError, RuleSet, analyze, load_ruleset
from .core.model import SEVERITY_RANK

MAX_INPUT_BYTES = 2 * 1024 * 1024
GRAMMAR_CHOICES = ("auto", "languagetool", "harper", "off")


class UsageError(Exception):
    """Bad input or usage: reported as one line, exit code 2."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise UsageError(message)


# -- input -------------------------------------------------------------------------------
def read_text(source: str, what: str = "input") -> tuple[str, str]:
    """Read a UTF-8 text file (or stdin for "-"); return (display name, text)."""
    if source == "-":
        name, data = "<stdin>", sys.stdin.buffer.read(MAX_INPUT_BYTES + 1)
    else:
        path = Path(source)
        name = source
        try:
            if path.is_dir():
                raise UsageError(f"{source}: is a folder, not a text file")
            with path.open("rb") as handle:
                data = handle.read(MAX_INPUT_BYTES + 1)
        except FileNotFoundError:
            raise UsageError(f"{source}: no such file") from None
        except OSError as exc:
            raise UsageError(f"{source}: can't be read ({exc.strerror or exc})") from None
    if len(data) > MAX_INPUT_BYTES:
        raise UsageError(f"{name}: the {what} is larger than {MAX_INPUT_BYTES // 1024**2} MB; "
                         "Composure checks replies, not whole logs")
    if b"\x00" in data:
        raise UsageError(f"{name}: looks like a binary file, not text")
    try:
        return name, data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise UsageError(f"{name}: is not UTF-8 text (bad byte at offset {exc.start})") from None


def load_rules(folder: str | None) -> RuleSet:
    if folder is not None and not Path(folder).is_dir():
        raise UsageError(f"{folder}: no such folder")
    ruleset = load_ruleset([Path(folder)] if folder else None)
    for problem in ruleset.problems:
        print(f"composure: warning: skipped {problem.path}: {problem}", file=sys.stderr)
    return ruleset


# -- lint --------------------------------------------------------------------------------
def _position(text: str, offset: int) -> tuple[int, int]:
    line = text.count("\n", 0, offset) + 1
    return line, offset - (text.rfind("\n", 0, offset) + 1) + 1


def _quote(text: str, limit: int = 60) -> str:
    one_line = " ".join(text.split())
    return f"“{one_line if len(one_line) <= limit else one_line[: limit - 1] + '…'}”"


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def format_text(report: Report, draft: str, name: str) -> str:
    lines = []
    for f in report.findings:
        line, col = _position(draft, f.start)
        lines.append(f"{name}:{line}:{col}: {f.severity} {f.rule} {f.message}")
        for suggestion in f.suggestions[:3]:
            shown = f"“{suggestion}”" if suggestion else "(leave it out)"
            lines.append(f"    try: {shown}")
    if lines:
        lines.append("")
    lines.append("Checklist:")
    for item in report.checklist:
        if item.done:
            quotes = ", ".join(_quote(draft[s.start : s.end], 40) for s in item.evidence[:3])
            shown = quotes or f"({item.basis or 'nothing to show'})"
            lines.append(f"  ✓ {item.label:<10} {shown}")
        else:
            lines.append(f"  ✗ {item.label:<10} {item.hint}")
    open_questions = [q for q in report.questions if not q.answered]
    if open_questions:
        lines.append("Unanswered customer questions:")
        lines.extend(f"  ? {_quote(q.text, 70)}" for q in open_questions)
    m = report.metrics
    counts = {sev: sum(1 for f in report.findings if f.severity == sev)
              for sev in ("error", "warning", "info")}
    lines.append(
        f"{_count(m['words'], 'word')}, {_count(m['sentences'], 'sentence')}, "
        f"reading grade {m['reading_grade']}; {_count(counts['error'], 'error')}, "
        f"{_count(counts['warning'], 'warning')}, {_count(counts['info'], 'note')}"
    )
    return "\n".join(lines)


def _grammar_findings(
    mode: str, server: str | None, draft: str, customer: str
) -> tuple[list, str]:
    from .grammar import create_backend
    from .grammar.customer_words import without_customer_terms

    backend = create_backend(mode, server_url=server)
    try:
        return without_customer_terms(backend.check(draft), customer), backend.status()
    finally:
        backend.close()


def cmd_lint(args: argparse.Namespace) -> int:
    name, draft = read_text(args.file)
    customer = read_text(args.customer, "customer message")[1] if args.customer else ""
    ruleset = load_rules(args.checklists)
    report = analyze(draft, customer, ruleset)
    if args.grammar != "off":
        findings, status = _grammar_findings(args.grammar, args.lt_server, draft, customer)
        report = report.with_findings(findings)
        print(f"composure: grammar: {status}", file=sys.stderr)
    if args.format == "json":
        print(json.dumps(report.to_dict(), ensure_ascii=False, indent=2))
    else:
        print(format_text(report, draft, name))
    return 1 if any(SEVERITY_RANK[f.severity] >= SEVERITY_RANK["warning"]
                    for f in report.findings) else 0


# -- rules, explain ----------------------------------------------------------------------
def cmd_rules_list(args: argparse.Namespace) -> int:
    ruleset = load_rules(args.checklists)
    width = max((len(r.id) for r in ruleset.rules), default=0)
    for rule in sorted(ruleset.rules, key=lambda r: r.id):
        print(f"{rule.id:<{width}}  {rule.severity:<7}  {rule.description}")
    for item in ruleset.items:
        print(f"{item.id:<{width}}  {'check':<7}  {item.description or item.label}")
    return 0


def cmd_rules_check(args: argparse.Namespace) -> int:
    from .core.ruleset import rule_files
    from .core.selfcheck import check_examples

    folder = Path(args.dir) if args.dir else None
    if folder is not None and not folder.is_dir():
        raise UsageError(f"{args.dir}: no such folder")
    try:
        ruleset = load_ruleset([folder] if folder else None, include_user=False, strict=True)
    except RuleFileError as exc:
        print(f"composure: {exc.path}: {exc}", file=sys.stderr)
        return 2
    sources = {p.name for p in rule_files(folder)} if folder else None
    failures = check_examples(ruleset, sources)
    checked_rules = [r for r in ruleset.rules if sources is None or r.source in sources]
    checked_items = [i for i in ruleset.items if sources is None or i.source in sources]
    for failure in failures:
        print(f"FAIL {failure}")
    n_examples = sum(len(r.fires_on) + len(r.passes_on) for r in checked_rules) + sum(
        len(i.done_examples) + len(i.not_done_examples) for i in checked_items)
    print(f"{len(checked_rules)} rules, {len(checked_items)} checklist items, "
          f"{n_examples} examples: {len(failures)} failed")
    return 1 if failures else 0


def cmd_explain(args: argparse.Namespace) -> int:
    ruleset = load_rules(args.checklists)
    rule = ruleset.rule(args.rule_id)
    item = ruleset.item(args.rule_id)
    if rule is None and item is None:
        raise UsageError(f"no rule or checklist item named {args.rule_id!r} "
                         "(`composure rules list` shows them all)")
    if rule is not None:
        print(f"{rule.id}  ({rule.category}, {rule.severity}; {rule.source})")
        print(rule.description)
        explain = rule.explain
    else:
        assert item is not None
        print(f"{item.id}  (checklist item “{item.label}”; {item.source})")
        print(item.description or item.hint)
        explain = item.explain
    if explain is not None:
        print(f"\nWhat it catches: {explain.what}\nWhy it matters:  {explain.why}")
        print(f"Example:         {explain.example}\nBetter:          {explain.better}")
    return 0


# -- templates ---------------------------------------------------------------------------
def cmd_templates_list(args: argparse.Namespace) -> int:
    from .core.templates import templates

    for template in templates(load_rules(args.checklists)):
        print(f"{template.id:<24}  {template.title}")
    return 0


def cmd_templates_show(args: argparse.Namespace) -> int:
    from .core.templates import find_template

    template = find_template(args.template_id, load_rules(args.checklists))
    if template is None:
        raise UsageError(f"no template named {args.template_id!r} "
                         "(`composure templates list` shows them all)")
    print(template.body.rstrip("\n"))
    return 0


# -- parser ------------------------------------------------------------------------------
def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="composure", description="Calm, clear replies to upset customers.")
    parser.add_argument("--version", action="version", version=f"composure {__version__}")
    parser.add_argument("--breath-seconds", type=float, metavar="N",
                        help="length of the take-a-breath cool-down in the app")
    sub = parser.add_subparsers(dest="command", parser_class=_Parser)

    def with_checklists(p: argparse.ArgumentParser) -> None:
        p.add_argument("--checklists", metavar="DIR",
                       help="a folder of extra or overriding rule files")

    lint = sub.add_parser("lint", help="check a reply draft")
    lint.add_argument("file", nargs="?", default="-", metavar="FILE|-")
    lint.add_argument("--customer", metavar="FILE", help="the customer's message, as context")
    lint.add_argument("--format", choices=("text", "json"), default="text")
    lint.add_argument("--grammar", choices=GRAMMAR_CHOICES, default="off",
                      help="also check grammar and spelling (default: off)")
    lint.add_argument("--lt-server", metavar="URL", help="a LanguageTool server to use")
    with_checklists(lint)
    lint.set_defaults(func=cmd_lint)

    rules = sub.add_parser("rules", help="list or check the rule files")
    rules_sub = rules.add_subparsers(dest="rules_command", required=True, parser_class=_Parser)
    rules_list = rules_sub.add_parser("list", help="each rule id with its description")
    with_checklists(rules_list)
    rules_list.set_defaults(func=cmd_rules_list)
    rules_check = rules_sub.add_parser("check", help="validate rule files and run their examples")
    rules_check.add_argument("dir", nargs="?", metavar="DIR")
    rules_check.set_defaults(func=cmd_rules_check)

    explain = sub.add_parser("explain", help="what a rule catches and why")
    explain.add_argument("rule_id", metavar="RULE_ID")
    with_checklists(explain)
    explain.set_defaults(func=cmd_explain)

    tpl = sub.add_parser("templates", help="reply templates")
    tpl_sub = tpl.add_subparsers(dest="templates_command", required=True, parser_class=_Parser)
    tpl_list = tpl_sub.add_parser("list", help="each template id with its title")
    with_checklists(tpl_list)
    tpl_list.set_defaults(func=cmd_templates_list)
    tpl_show = tpl_sub.add_parser("show", help="print a template")
    tpl_show.add_argument("template_id", metavar="ID")
    with_checklists(tpl_show)
    tpl_show.set_defaults(func=cmd_templates_show)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
        if args.command is None:
            if args.breath_seconds is not None and args.breath_seconds < 0:
                raise UsageError("--breath-seconds must be zero or more")
            from .ui.app import run

            return run(breath_seconds=args.breath_seconds)
        return int(args.func(args))
    except UsageError as exc:
        print(f"composure: {exc}", file=sys.stderr)
        return 2
    except RuleFileError as exc:
        print(f"composure: {exc.path}: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        return 0
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
