"""Loading the YAML rule and checklist files into one validated `RuleSet`.

Files are read from the shipped folder, then the user's config folder, then any folder
given explicitly; a later file with the same name replaces an earlier one, and a later
rule with the same id replaces the earlier rule. A broken user file is reported in
`RuleSet.problems` and skipped, so the shipped rules keep working.
"""

from __future__ import annotations

import functools
import gc
import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .checklist import ChecklistItem, build_condition
from .kinds import KINDS, BuildContext
from .model import CATEGORIES, SEVERITIES
from .paths import shipped_checklists_dir, user_checklists_dir
from .rules import Example, Explanation, Rule
from .yamlview import RuleFileError, View, compose_file

_ID_RE = re.compile(r"^[a-z0-9][a-z0-9-]*(\.[a-z0-9][a-z0-9-]*)+$")
_COMMON_RULE_FIELDS = {
    "id": "unique id, `<category>.<name>`, e.g. `clarity.logs-without-scope`",
    "kind": f"how the rule looks for problems: {', '.join(KINDS)}",
    "description": "one line: what the rule catches (shown by `composure rules list`)",
    "message": "what the finding says; may use {text}, and {missing} in request rules",
    "severity": "info, warning (default) or error",
    "category": "clarity, tone, grammar, spelling or safety (default: the file's category)",
    "suggestions": "gentler or clearer rewrites; may use {text} and {placeholders}",
    "explain": "mapping with what, why, example, better (shown by `composure explain`)",
    "examples": "mapping with fire (texts that must fire, optionally with span) and pass",
    "enabled": "false to switch off a rule of the same id from an earlier file",
    "skip_code": "ignore matches inside `code` (default true)",
    "skip_customer_quotes": "ignore matches inside quotes of the customer's words (default true)",
    "unless_before": "regex: ignore a match when the sentence before it matches this",
    "unless_after": "regex: ignore a match when the rest of its sentence starts like this",
    "unless_in_sentence": "regex: ignore a match when its sentence contains this",
    "defer": "true: report only where no other rule of the same category found something "
    "overlapping (for broad rules, such as a classifier, that back the precise ones up)",
}
_ITEM_FIELDS = {
    "id": "checklist id, e.g. `leap.listen`",
    "label": "short name shown in the checklist",
    "hint": "one line shown while the item is not done",
    "description": "one line: what the item means",
    "done_when": "the condition that ticks the item (see Conditions)",
    "explain": "mapping with what, why, example, better",
    "examples": "mapping with done and not_done: drafts (optionally with customer)",
}
_FILE_FIELDS = {"category", "description", "specifics", "rules", "items"}

#: Extra top-level sections other modules register (e.g. `templates`): name -> parser.
SECTION_PARSERS: dict[str, Callable[[View], Any]] = {}


@dataclass(frozen=True)
class RuleSet:
    rules: tuple[Rule, ...] = ()
    items: tuple[ChecklistItem, ...] = ()
    specifics: Mapping[str, re.Pattern[str]] = field(default_factory=dict)
    problems: tuple[RuleFileError, ...] = ()
    files: tuple[Path, ...] = ()
    sections: Mapping[str, tuple[Any, ...]] = field(default_factory=dict)

    def rule(self, rule_id: str) -> Rule | None:
        return next((r for r in self.rules if r.id == rule_id), None)

    @functools.cached_property
    def rule_order(self) -> Mapping[str, int]:
        """Each rule's place in the files, which decides which of several rules flagging
        the same words speaks for them (see analysis.merge_same_words)."""
        return {r.id: i for i, r in enumerate(self.rules)}

    def item(self, item_id: str) -> ChecklistItem | None:
        return next((i for i in self.items if i.id == item_id), None)


@dataclass
class _Parsed:
    path: Path
    rules: list[Rule]
    disabled: set[str]
    items: list[ChecklistItem]
    specifics: dict[str, re.Pattern[str]]
    refs: list[tuple[str, View]]
    sections: dict[str, list[Any]]


def _explanation(view: View) -> Explanation:
    f = view.mapping({"what", "why", "example", "better"}, required={"what", "why", "example",
                                                                       "better"})
    return Explanation(*(f[k].text().strip() for k in ("what", "why", "example", "better")))


def _examples(view: View, keys: tuple[str, str], with_span: bool) -> tuple[list[Example], ...]:
    f = view.mapping(set(keys))
    out: tuple[list[Example], ...] = ([], [])
    for i, key in enumerate(keys):
        if key not in f:
            continue
        for item in f[key].sequence():
            if item.is_scalar():
                out[i].append(Example(item.text(), line=item.line))
                continue
            allowed = {"text", "customer", "span"} if with_span and i == 0 else {"text",
                                                                                  "customer"}
            g = item.mapping(allowed, required={"text"})
            text = g["text"].text()
            span = g["span"].text() if "span" in g else None
            if span is not None and span not in text:
                raise g["span"].error("must be a part of the example's text")
            customer = g["customer"].text() if "customer" in g else ""
            out[i].append(Example(text, customer, span, item.line))
    return out


def _rule(view: View, path: Path, category: str | None, ctx: BuildContext) -> Rule | str:
    """A rule, or just its id when the entry only switches an earlier rule off."""
    # A typo is reported with the fields of the rule's own kind, not of every kind.
    declared = KINDS.get(view.peek("kind") or "")
    kinds = [declared] if declared else KINDS.values()
    raw = view.mapping(set(_COMMON_RULE_FIELDS) | {k for kind in kinds for k in kind.fields})
    if "id" not in raw:
        raise view.error("missing required field 'id'")
    rule_id = raw["id"].text()
    if not _ID_RE.match(rule_id):
        raise raw["id"].error(f"{rule_id!r} is not an id like 'clarity.logs-without-scope'")
    if "enabled" in raw and not raw["enabled"].boolean():
        return rule_id
    for required in ("kind", "description", "message"):
        if required not in raw:
            raise view.error(f"missing required field '{required}'")
    kind_name = raw["kind"].choice(KINDS)
    kind_cls = KINDS[kind_name]
    kind_fields = {k: v for k, v in raw.items() if k in kind_cls.fields}
    if not kind_fields:
        raise raw["kind"].error(f"a '{kind_name}' rule needs its own fields: "
                                f"{', '.join(kind_cls.fields)}")
    kind = kind_cls.build(kind_fields, ctx)
    rule_category = raw["category"].choice(CATEGORIES) if "category" in raw else category
    if rule_category is None:
        raise view.error("no category: give the rule one or the file a 'category'", "category")
    fires, passes = _examples(raw["examples"], ("fire", "pass"), True) if (
        "examples" in raw) else ([], [])

    def flag(name: str, default: bool) -> bool:
        return raw[name].boolean() if name in raw else default

    refs = ctx.specific_refs

    return Rule(
        id=rule_id,
        category=rule_category,
        severity=raw["severity"].choice(SEVERITIES) if "severity" in raw else "warning",
        description=raw["description"].text().strip(),
        message=raw["message"].text().strip(),
        suggestions=tuple(raw["suggestions"].texts()) if "suggestions" in raw else (),
        kind=kind,
        explain=_explanation(raw["explain"]) if "explain" in raw else None,
        fires_on=tuple(fires),
        passes_on=tuple(passes),
        skip_code=flag("skip_code", True),
        skip_customer_quotes=flag("skip_customer_quotes", True),
        unless_before=raw["unless_before"].pattern(refs) if "unless_before" in raw else None,
        unless_after=raw["unless_after"].pattern(refs) if "unless_after" in raw else None,
        unless_in_sentence=raw["unless_in_sentence"].pattern(refs) if (
            "unless_in_sentence" in raw) else None,
        defer=flag("defer", False),
        source=path.name,
        line=view.line,
    )


def _item(view: View, path: Path, ctx: BuildContext) -> ChecklistItem:
    f = view.mapping(_ITEM_FIELDS, required={"id", "label", "hint", "done_when"})
    done, not_done = _examples(f["examples"], ("done", "not_done"), False) if (
        "examples" in f) else ([], [])
    return ChecklistItem(
        id=f["id"].text(),
        label=f["label"].text(),
        hint=f["hint"].text().strip(),
        description=f["description"].text().strip() if "description" in f else "",
        condition=build_condition(f["done_when"], ctx),
        explain=_explanation(f["explain"]) if "explain" in f else None,
        done_examples=tuple(done),
        not_done_examples=tuple(not_done),
        source=path.name,
        line=view.line,
    )


def _specifics(view: View) -> dict[str, re.Pattern[str]]:
    out = {}
    if not view.is_mapping():
        raise view.error("must be a mapping of name: {description, patterns}")
    names = {key.value for key, _ in view.node.value if isinstance(key.value, str)}
    for name, entry in view.mapping(names).items():
        f = entry.mapping({"description", "patterns", "case_sensitive"}, required={"patterns"})
        flags = 0 if "case_sensitive" in f and f["case_sensitive"].boolean() else re.I
        out[name] = view.calls[name] = f["patterns"].either_regex(flags)
    return out


def parse_file(path: Path, text: str | None = None) -> _Parsed:
    """Read one rule file; raise RuleFileError naming the line and field on any problem."""
    root = compose_file(path, text)
    parsed = _Parsed(path, [], set(), [], {}, [], {})
    if root is None:
        return parsed
    top = View(root, path, "").mapping(_FILE_FIELDS | set(SECTION_PARSERS))
    category = top["category"].choice(CATEGORIES) if "category" in top else None
    if "specifics" in top:
        parsed.specifics = _specifics(top["specifics"])
    ctx = BuildContext(folder=path.parent)
    seen: set[str] = set()
    for entry in top["rules"].sequence() if "rules" in top else []:
        rule = _rule(entry, path, category, ctx)
        rule_id = rule if isinstance(rule, str) else rule.id
        if rule_id in seen:
            raise entry.error(f"rule id {rule_id!r} appears twice in this file", "id")
        seen.add(rule_id)
        if isinstance(rule, str):
            parsed.disabled.add(rule)
        else:
            parsed.rules.append(rule)
    for entry in top["items"].sequence() if "items" in top else []:
        parsed.items.append(_item(entry, path, ctx))
    parsed.refs = ctx.specific_refs
    for name, parser in SECTION_PARSERS.items():
        if name in top:
            parsed.sections[name] = list(parser(top[name]))
    return parsed


def rule_files(folder: Path) -> list[Path]:
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if p.suffix in (".yaml", ".yml") and p.is_file())


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector while rules load.

    Loading builds hundreds of thousands of long-lived objects (parsed YAML, compiled
    patterns, their parse trees); each full collection while they pile up walks them all
    again and frees nothing (the one this saves had cost 50-100 ms of start-up). The
    collector is restored as it was, also when a file is broken.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


@collector_paused()
def load_ruleset(
    folders: Sequence[Path] | None = None,
    *,
    include_shipped: bool = True,
    include_user: bool = True,
    strict: bool = False,
) -> RuleSet:
    """Load and merge rule files. `strict` raises on the first broken file (rules check)."""
    ordered: list[Path] = []
    if include_shipped:
        ordered.append(shipped_checklists_dir())
    if include_user:
        ordered.append(user_checklists_dir())
    ordered.extend(Path(f) for f in folders or ())
    by_name: dict[str, _Parsed] = {}
    problems: list[RuleFileError] = []
    for folder in ordered:
        for path in rule_files(folder):
            try:
                by_name[path.name] = parse_file(path)
            except RuleFileError as exc:
                if strict:
                    raise
                problems.append(exc)
    return _merge(list(by_name.values()), problems, strict)


def _merge(parsed: list[_Parsed], problems: list[RuleFileError], strict: bool) -> RuleSet:
    specifics: dict[str, re.Pattern[str]] = {}
    for p in parsed:
        specifics.update(p.specifics)
    usable = []
    for p in parsed:
        bad = next(((n, v) for n, v in p.refs if n not in specifics), None)
        if bad:
            error = bad[1].error(f"no specifics named {bad[0]!r} are defined")
            if strict:
                raise error
            problems.append(error)
            continue
        usable.append(p)
    rules: dict[str, Rule] = {}
    items: dict[str, ChecklistItem] = {}
    sections: dict[str, list[Any]] = {}
    for p in usable:
        for rule_id in p.disabled:
            rules.pop(rule_id, None)
        rules.update((r.id, r) for r in p.rules)
        items.update((i.id, i) for i in p.items)
        for name, values in p.sections.items():
            sections.setdefault(name, []).extend(values)
    return RuleSet(
        rules=tuple(rules.values()),
        items=tuple(items.values()),
        specifics=specifics,
        problems=tuple(problems),
        files=tuple(p.path for p in usable),
        sections={k: tuple(v) for k, v in sections.items()},
    )


def iter_examples(ruleset: RuleSet) -> Iterable[tuple[str, Example, bool]]:
    for rule in ruleset.rules:
        yield from ((rule.id, e, True) for e in rule.fires_on)
        yield from ((rule.id, e, False) for e in rule.passes_on)
