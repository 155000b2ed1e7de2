"""Strict, line-aware reading of YAML rule files.

PyYAML's composed node tree keeps the line of every value, so each error can name the
file, the line and the field, the way Vale reports a broken style. A typo in a rule file
must be an error, never a silently inert rule.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

import yaml

from .specifics import PatternField, SpecificRef


class RuleFileError(ValueError):
    """A rule or checklist file that can't be used, with where and why."""

    def __init__(self, path: Path | str, line: int, field: str, problem: str) -> None:
        self.path = Path(path)
        self.line = line
        self.field = field
        self.problem = problem
        super().__init__(str(self))

    def __str__(self) -> str:
        where = f"{self.path.name}, line {self.line}"
        return f"{where}, field '{self.field}': {self.problem}" if self.field else (
            f"{where}: {self.problem}"
        )


# libyaml's loader, where PyYAML was built with it (its wheels are), composes the rule
# files about ten times faster than the pure-Python one: a third of a second at every
# start of the app and of `composure lint`. Both keep each node's line.
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def compose_file(path: Path, text: str | None = None) -> yaml.Node | None:
    """Parse a file into a node tree, turning YAML syntax errors into RuleFileError."""
    try:
        source = path.read_text(encoding="utf-8") if text is None else text
    except (OSError, UnicodeDecodeError) as exc:
        raise RuleFileError(path, 1, "", f"can't be read ({exc.__class__.__name__})") from exc
    try:
        return yaml.compose(source, Loader=_LOADER)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else 1
        raise RuleFileError(path, line, "", f"is not valid YAML: {exc.problem}") from exc
    except yaml.YAMLError as exc:
        raise RuleFileError(path, 1, "", f"is not valid YAML: {exc}") from exc


# `(?&NAME)` inside a regular expression calls a specific of the same file (PCRE's
# notation for calling a named subpattern; Python's `re` rejects it, so it cannot clash
# with a pattern that means something else).
_CALL = re.compile(r"(?<!\\)\(\?&(\w+)\)")
# Hurried replies drop the apostrophe ("cant", "dont", "Ive", "Im", "thats"): a rule
# written "can't" reads those too. Only where dropping it can't make another word:
# "we're"/"we'll"/"I'd"/"let's" would read as "were"/"well"/"Id"/"lets", so they stay.
_DROPPABLE = {
    **dict.fromkeys(("can", "don", "won", "isn", "aren", "wasn", "weren", "doesn", "didn",
                     "hasn", "haven", "hadn", "shouldn", "couldn", "wouldn", "mustn",
                     "needn"), ("t",)),
    **dict.fromkeys(("that", "what", "there", "here"), ("s",)),
    **dict.fromkeys(("you", "we", "they", "could", "should", "would"), ("ve",)),
    "i": ("m", "ve"),
}
# A whole word (after neither a letter nor an escape's backslash, or right after an escape
# such as `\b` or `\s`), its ending, and whether the ending opens an alternative
# (`I(?:'ve|\s+have)`).
_CONTRACTION = re.compile(
    r"(?:(?<![A-Za-z\\])|(?<=\\[A-Za-z]))([A-Za-z]+)(\(\?:)?'(t|s|ve|m)\b"
)


def apostrophe_optional(source: str) -> str:
    """`source` with those contractions also read without their apostrophe: "can't" as
    `(?:can't|cant)` (two whole words, which the prefilter can still look up), and where
    the ending opens an alternative (`I(?:'ve|\\s+have)`), the apostrophe made optional.
    Only whole words: a bare `n't\\b` in a guard, made optional, would read every word
    ending in "nt"."""
    if "'" not in source:
        return source

    def optional(m: re.Match[str]) -> str:
        stem, opens, ending = m.groups()
        if ending not in _DROPPABLE.get(stem.lower(), ()):
            return m.group()
        if opens:
            return f"{stem}(?:'?{ending}"
        return f"(?:{stem}'{ending}|{stem}{ending})"

    return _CONTRACTION.sub(optional, source)


class View:
    """One node of a rule file, read with the type it must have.

    `calls` holds the file's specifics as they are read, shared by every view of the
    file, so any regular expression in it can call one by name (`(?&NAME)`) without the
    wording being copied into each pattern that needs it."""

    def __init__(
        self, node: yaml.Node, path: Path, field: str,
        calls: dict[str, re.Pattern[str]] | None = None,
    ) -> None:
        self.node = node
        self.path = path
        self.field = field
        self.calls = {} if calls is None else calls

    @property
    def line(self) -> int:
        return self.node.start_mark.line + 1

    def error(self, problem: str, field: str | None = None) -> RuleFileError:
        return RuleFileError(self.path, self.line, field or self.field, problem)

    def _child(self, node: yaml.Node, name: str) -> View:
        return View(node, self.path, f"{self.field}.{name}" if self.field else name, self.calls)

    # -- shapes -------------------------------------------------------------------------
    def mapping(
        self, allowed: Iterable[str], required: Iterable[str] = ()
    ) -> dict[str, View]:
        if not isinstance(self.node, yaml.MappingNode):
            raise self.error("must be a mapping of fields")
        allowed_set = set(allowed)
        out: dict[str, View] = {}
        for key_node, value_node in self.node.value:
            key = key_node.value if isinstance(key_node, yaml.ScalarNode) else None
            if not isinstance(key, str):
                raise View(key_node, self.path, self.field).error("field names must be text")
            child = self._child(value_node, key)
            if key not in allowed_set:
                hint = ", ".join(sorted(allowed_set))
                raise RuleFileError(
                    self.path, key_node.start_mark.line + 1, child.field,
                    f"unknown field (expected one of: {hint})",
                )
            if key in out:
                raise child.error("appears twice")
            out[key] = child
        for key in required:
            if key not in out:
                raise self.error(f"missing required field '{key}'")
        return out

    def peek(self, key: str) -> str | None:
        """The plain text under `key` when this is a mapping that has it, else None; for
        reading one field (a rule's kind) that decides how the others are checked."""
        if isinstance(self.node, yaml.MappingNode):
            for key_node, value_node in self.node.value:
                if getattr(key_node, "value", None) == key and isinstance(
                    value_node, yaml.ScalarNode
                ):
                    return str(value_node.value)
        return None

    def sequence(self) -> list[View]:
        if not isinstance(self.node, yaml.SequenceNode):
            raise self.error("must be a list")
        return [self._child(n, str(i)) for i, n in enumerate(self.node.value)]

    def is_scalar(self) -> bool:
        return isinstance(self.node, yaml.ScalarNode)

    def is_mapping(self) -> bool:
        return isinstance(self.node, yaml.MappingNode)

    # -- scalars ------------------------------------------------------------------------
    def _scalar(self) -> yaml.ScalarNode:
        if not isinstance(self.node, yaml.ScalarNode):
            raise self.error("must be a single value, not a list or mapping")
        return self.node

    def text(self, *, allow_empty: bool = False) -> str:
        node = self._scalar()
        looks_typed = node.value.lower() in ("true", "false", "yes", "no", "null", "~", "") or (
            re.fullmatch(r"[-+]?\d+(\.\d+)?", node.value)
        )
        plain = not node.style  # None from the pure-Python loader, "" from libyaml's
        if plain and looks_typed and not (allow_empty and node.value == ""):
            raise self.error(f"must be text, got {node.value!r} (quote it)")
        if not allow_empty and not node.value.strip():
            raise self.error("must not be empty")
        return node.value

    def boolean(self) -> bool:
        value = self._scalar().value.lower()
        if value in ("true", "yes"):
            return True
        if value in ("false", "no"):
            return False
        raise self.error(f"must be true or false, got {self.node.value!r}")

    def integer(self, minimum: int | None = None) -> int:
        value = self._scalar().value
        if not re.fullmatch(r"[-+]?\d+", value):
            raise self.error(f"must be a whole number, got {value!r}")
        number = int(value)
        if minimum is not None and number < minimum:
            raise self.error(f"must be at least {minimum}, got {number}")
        return number

    def number(self, minimum: float, maximum: float) -> float:
        value = self._scalar().value
        if not re.fullmatch(r"[-+]?(?:\d+\.?\d*|\.\d+)", value):
            raise self.error(f"must be a number, got {value!r}")
        number = float(value)
        if not minimum <= number <= maximum:
            raise self.error(f"must be between {minimum:g} and {maximum:g}, got {value}")
        return number

    def choice(self, options: Iterable[str]) -> str:
        value = self.text()
        opts = tuple(options)
        if value not in opts:
            raise self.error(f"must be one of {', '.join(opts)}; got {value!r}")
        return value

    def regex(self, flags: int = re.IGNORECASE) -> re.Pattern[str]:
        # (a called specific was compiled through here already, so it goes in as it is)
        source = _CALL.sub(
            lambda m: self._called(m.group(1), flags), apostrophe_optional(self.text())
        )
        try:
            return re.compile(source, flags)
        except re.error as exc:
            raise self.error(f"bad regular expression: {exc}") from exc

    def _called(self, name: str, flags: int) -> str:
        """The source a `(?&NAME)` stands for: the specific's patterns as one group,
        keeping the specific's own letter-case rule where it differs from the caller's."""
        called = self.calls.get(name)
        if called is None:
            raise self.error(f"calls (?&{name}), but this file's specifics have no such "
                             "name (a specific may call only those listed before it)")
        case = called.flags & re.IGNORECASE
        if case == flags & re.IGNORECASE:
            return f"(?:{called.pattern})"
        return f"(?{'i' if case else '-i'}:{called.pattern})"

    def pattern(
        self, refs: list[tuple[str, View]], *, alternatives: bool = False,
        flags: int = re.IGNORECASE,
    ) -> PatternField:
        """A regular expression (with `alternatives`, also a list of them), or
        `{specific: NAME}` (or `{specific: [NAME, …]}`) for named specifics' patterns;
        the names go in `refs`, to be checked once every file's specifics are known."""
        if self.is_mapping():
            field = self.mapping({"specific"}, required={"specific"})["specific"]
            names = field.texts()
            if not names:
                raise field.error("name at least one specific")
            refs.extend((name, field) for name in names)
            return SpecificRef(tuple(names))
        return self.either_regex(flags) if alternatives else self.regex(flags)

    # -- lists of scalars ---------------------------------------------------------------
    def texts(self, *, allow_empty: bool = False) -> list[str]:
        if self.is_scalar():
            return [self.text(allow_empty=allow_empty)]
        return [item.text(allow_empty=allow_empty) for item in self.sequence()]

    def regexes(self, flags: int = re.IGNORECASE) -> list[re.Pattern[str]]:
        if self.is_scalar():
            return [self.regex(flags)]
        return [item.regex(flags) for item in self.sequence()]

    def either_regex(self, flags: int = re.IGNORECASE) -> re.Pattern[str]:
        """One pattern from a list of alternatives, compiled together for speed."""
        parts = [p.pattern for p in self.regexes(flags)]
        return re.compile("|".join(f"(?:{p})" for p in parts), flags)
