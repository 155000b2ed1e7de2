"""Reply templates: warm, specific starting points with `<placeholders>` to fill in.

Templates live in the `templates:` section of a rule file (`checklists/templates.yaml`
ships a set; users add their own files to the config folder and they merge like rules,
a later template with the same id replacing the earlier one). This module parses that
section strictly (an unknown field is an error naming the file and line), finds the
placeholders for Tab/Shift+Tab navigation, and fills them in. It never imports Qt.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import TYPE_CHECKING

from .model import Span
from .ruleset import SECTION_PARSERS
from .yamlview import View

if TYPE_CHECKING:
    from .ruleset import RuleSet

_ID_RE = re.compile(r"^[a-z0-9][a-z0-9-]*(?:\.[a-z0-9][a-z0-9-]*)*$")
_FIELDS = {
    "id": "unique id in lower case, e.g. `outage-next-update`",
    "title": "short name shown in the template picker",
    "description": "one line: when to use it",
    "tags": "words to filter by in the picker (outage, logs, bug…)",
    "body": "the reply, with <placeholders> for what only you know",
    "sample": "placeholder → a realistic value (without the angle brackets); used to check "
    "that the filled-in template passes every rule",
}
# The same shape the safety rule `safety.unfilled-placeholder` looks for: <…> starting with
# a letter, not a URL (<https://…>), an e-mail address (<a@b.c>) or an attribute (a=b).
PLACEHOLDER_RE = re.compile(r"<(?<![\w<]<)(?![^<>\n]*://)([A-Za-z][^<>\n@=]{0,60})>(?![\w>])")


@dataclass(frozen=True)
class Template:
    """One reply template. `sample` maps each placeholder's label to an example value."""

    id: str
    title: str
    description: str
    body: str
    tags: tuple[str, ...] = ()
    sample: Mapping[str, str] = field(default_factory=dict, hash=False)
    source: str = field(default="", compare=False)
    line: int = field(default=0, compare=False)

    @property
    def placeholders(self) -> list[str]:
        """The labels of the body's placeholders, each once, in order of appearance."""
        return placeholder_names(self.body)

    def filled(self, values: Mapping[str, str] | None = None) -> str:
        """The body with `values` (default: the sample) in place of its placeholders."""
        return fill(self, self.sample if values is None else values)


def placeholders(text: str) -> list[Span]:
    """Spans of the `<…>` placeholders in `text`, brackets included, in order."""
    return [Span(m.start(), m.end()) for m in PLACEHOLDER_RE.finditer(text)]


def placeholder_names(text: str) -> list[str]:
    return list(dict.fromkeys(m.group(1) for m in PLACEHOLDER_RE.finditer(text)))


def _label(key: str) -> str:
    key = key.strip()
    return key[1:-1] if key.startswith("<") and key.endswith(">") else key


def fill(template: Template | str, values: Mapping[str, str]) -> str:
    """Put `values` in place of the placeholders they name (`customer name` or
    `<customer name>`); placeholders without a value stay as they are."""
    text = template.body if isinstance(template, Template) else template
    by_label = {_label(k): v for k, v in values.items()}

    def replace(m: re.Match[str]) -> str:
        value = by_label.get(m.group(1))
        return m.group() if value is None else value

    return PLACEHOLDER_RE.sub(replace, text)


def parse_templates(view: View) -> list[Template]:
    """The `templates:` section of one rule file; RuleFileError on any problem."""
    out: list[Template] = []
    seen: set[str] = set()
    for item in view.sequence():
        f = item.mapping(_FIELDS, required={"id", "title", "body"})
        template_id = f["id"].text()
        if not _ID_RE.match(template_id):
            raise f["id"].error(f"{template_id!r} is not an id like 'outage-next-update'")
        if template_id in seen:
            raise f["id"].error(f"template id {template_id!r} appears twice in this file")
        seen.add(template_id)
        body = f["body"].text()
        names = placeholder_names(body)
        sample: dict[str, str] = {}
        if "sample" in f:
            sample_view = f["sample"]
            if not sample_view.is_mapping():
                raise sample_view.error("must be a mapping of placeholder: sample value")
            allowed = set(names) | {f"<{n}>" for n in names}
            for key, value in sample_view.mapping(allowed).items():
                sample[_label(key)] = value.text()
            missing = [n for n in names if n not in sample]
            if missing:
                raise sample_view.error(f"has no value for <{missing[0]}>")
        out.append(
            Template(
                id=template_id,
                title=f["title"].text().strip(),
                description=f["description"].text().strip() if "description" in f else "",
                body=body,
                tags=tuple(t.strip() for t in f["tags"].texts()) if "tags" in f else (),
                sample=MappingProxyType(sample),
                source=view.path.name,
                line=item.line,
            )
        )
    return out


def templates(ruleset: RuleSet | None = None) -> list[Template]:
    """Every template, shipped and the user's; a later one replaces an earlier id."""
    if ruleset is None:
        from .analysis import default_ruleset

        ruleset = default_ruleset()
    by_id: dict[str, Template] = {}
    for template in ruleset.sections.get("templates", ()):
        by_id[template.id] = template
    return list(by_id.values())


def find_template(template_id: str, ruleset: RuleSet | None = None) -> Template | None:
    return next((t for t in templates(ruleset) if t.id == template_id), None)


SECTION_PARSERS["templates"] = parse_templates
