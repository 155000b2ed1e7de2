"""Reply templates: shipped ones pass every rule once filled, and warn while they aren't."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.core import RuleFileError, analyze, default_ruleset, load_ruleset
from desktop.core.model import Span
from desktop.core.templates import (
    Template,
    fill,
    find_template,
    placeholder_names,
    placeholders,
    templates,
)

SHIPPED = templates(load_ruleset(include_user=False, strict=True))
REQUIRED = {
    "outage-next-update",
    "logs-request",
    "confirmed-bug",
    "feature-not-available",
    "hand-off",
    "follow-up-after-silence",
    "refund-or-credit",
    "closing-ticket",
}


def test_the_shipped_set_covers_the_everyday_replies() -> None:
    assert {t.id for t in SHIPPED} >= REQUIRED
    assert len(SHIPPED) >= 8
    for t in SHIPPED:
        assert t.title and t.description and t.tags and t.placeholders


@pytest.mark.parametrize("template", SHIPPED, ids=lambda t: t.id)
def test_a_filled_template_passes_clarity_tone_and_safety(template: Template) -> None:
    assert set(template.sample) == set(template.placeholders)
    filled = template.filled()
    assert placeholders(filled) == []
    report = analyze(filled)
    flagged = [
        (f.rule, f.text) for f in report.findings if f.category in ("clarity", "tone", "safety")
    ]
    assert flagged == []


@pytest.mark.parametrize("template", SHIPPED, ids=lambda t: t.id)
def test_a_filled_template_ticks_leap_and_grace(template: Template) -> None:
    report = analyze(template.filled())
    assert [c.id for c in report.checklist if not c.done] == []


@pytest.mark.parametrize("template", SHIPPED, ids=lambda t: t.id)
def test_an_unfilled_template_is_a_safety_error(template: Template) -> None:
    report = analyze(template.body)
    flagged = {f.text for f in report.findings if f.rule == "safety.unfilled-placeholder"}
    assert flagged == {f"<{name}>" for name in template.placeholders}
    assert all(
        f.severity == "error" for f in report.findings if f.rule == "safety.unfilled-placeholder"
    )


def test_placeholders_are_spans_for_tab_navigation() -> None:
    text = "Hi <customer name>, the logs from <which system> for <time window>, please."
    spans = placeholders(text)
    assert [text[s.start : s.end] for s in spans] == [
        "<customer name>",
        "<which system>",
        "<time window>",
    ]
    assert all(isinstance(s, Span) for s in spans)
    assert placeholder_names(text + " <which system>") == [
        "customer name",
        "which system",
        "time window",
    ]


def test_html_tags_urls_and_comparisons_are_not_placeholders() -> None:
    text = "a<br>b <https://example.com> <dana@acme.io> 3 < 5 > 2 `x`"
    assert placeholders(text) == []


def test_fill_replaces_named_placeholders_and_leaves_the_rest() -> None:
    text = "Hi <customer name>, we'll update you by <time of next update>."
    assert fill(text, {"customer name": "Dana"}) == (
        "Hi Dana, we'll update you by <time of next update>."
    )
    assert fill(text, {"<customer name>": "Dana", "time of next update": "16:00"}) == (
        "Hi Dana, we'll update you by 16:00."
    )


def test_find_template_and_default_ruleset() -> None:
    assert find_template("confirmed-bug") is not None
    assert find_template("no-such-template") is None
    assert {t.id for t in templates()} == {t.id for t in templates(default_ruleset())}


def write(folder: Path, text: str, name: str = "templates.yaml") -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_a_user_template_adds_to_and_overrides_the_shipped_ones(tmp_path: Path) -> None:
    write(
        tmp_path,
        """\
templates:
  - id: confirmed-bug
    title: Our own bug reply
    body: "Hi <customer name>, that's a bug and not your fault."
  - id: mine
    title: Mine
    body: Hello.
""",
        name="my-templates.yaml",
    )
    merged = templates(load_ruleset([tmp_path], include_user=False, strict=True))
    by_id = {t.id: t for t in merged}
    assert by_id["confirmed-bug"].title == "Our own bug reply"
    assert "mine" in by_id
    assert len(merged) == len(SHIPPED) + 1


def test_a_user_file_named_templates_yaml_replaces_the_shipped_set(tmp_path: Path) -> None:
    write(tmp_path, "templates:\n  - id: mine\n    title: Mine\n    body: Hello.\n")
    ruleset = load_ruleset([tmp_path], include_user=False, strict=True)
    assert [t.id for t in templates(ruleset)] == ["mine"]


@pytest.mark.parametrize(
    ("entry", "line", "field", "problem"),
    [
        (
            "  - id: a\n    title: A\n    body: Hi.\n    colour: blue\n",
            5,
            "colour",
            "unknown field",
        ),
        ("  - id: a\n    title: A\n", 2, "", "missing required field 'body'"),
        ("  - id: Not An Id\n    title: A\n    body: Hi.\n", 2, "id", "is not an id"),
        (
            "  - id: a\n    title: A\n    body: Hi <name>.\n    sample:\n      nmae: Dana\n",
            6,
            "sample.nmae",
            "unknown field",
        ),
        (
            "  - id: a\n    title: A\n    body: Hi <name> at <time>.\n    sample:\n"
            "      name: Dana\n",
            6,
            "sample",
            "no value for <time>",
        ),
        (
            "  - id: a\n    title: A\n    body: Hi.\n  - id: a\n    title: B\n    body: Yo.\n",
            5,
            "id",
            "appears twice",
        ),
    ],
)
def test_a_broken_templates_file_names_file_line_and_field(
    tmp_path: Path, entry: str, line: int, field: str, problem: str
) -> None:
    write(tmp_path, "templates:\n" + entry)
    with pytest.raises(RuleFileError) as err:
        load_ruleset([tmp_path], include_shipped=False, include_user=False, strict=True)
    assert err.value.path.name == "templates.yaml"
    assert err.value.line == line
    assert err.value.field.endswith(field)
    assert problem in err.value.problem


def test_a_broken_user_templates_file_keeps_the_shipped_ones(tmp_path: Path) -> None:
    write(
        tmp_path,
        "templates:\n  - id: a\n    title: A\n    body: Hi.\n    colour: blue\n",
        name="mine.yaml",
    )
    ruleset = load_ruleset([tmp_path], include_user=False)
    assert ruleset.problems
    assert {t.id for t in templates(ruleset)} >= REQUIRED
