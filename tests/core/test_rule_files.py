"""Rule files: strict validation naming file, line and field; user folders add and override."""

import gc
import re
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml

from desktop.core import RuleFileError, analyze, load_ruleset
from desktop.core import ruleset as ruleset_module
from desktop.core.paths import shipped_checklists_dir
from desktop.core.selfcheck import check_examples, missing_explanations
from desktop.core.yamlview import apostrophe_optional

GOOD_RULE = """\
category: tone
rules:
  - id: tone.house-no-unfortunately
    kind: phrase
    description: Our house style avoids "unfortunately".
    message: Say what you can do instead.
    patterns: ['\\bunfortunately\\b']
    examples:
      fire: [{text: "Unfortunately we can't.", span: "Unfortunately"}]
      pass: ["We can do this instead."]
"""


def write(folder: Path, name: str, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def load_only(folder: Path):
    return load_ruleset([folder], include_shipped=False, include_user=False, strict=True)


def error_for(tmp_path: Path, text: str) -> RuleFileError:
    write(tmp_path / "rules", "house.yaml", text)
    with pytest.raises(RuleFileError) as info:
        load_only(tmp_path / "rules")
    return info.value


def test_every_shipped_rule_and_item_has_examples_that_pass_and_an_explanation() -> None:
    ruleset = load_ruleset(include_user=False, strict=True)
    assert len(ruleset.rules) >= 15 and len(ruleset.items) == 8
    assert missing_explanations(ruleset) == []
    failures = check_examples(ruleset)
    assert failures == [], "\n".join(map(str, failures))


def _strings(node: object) -> Iterator[str]:
    if isinstance(node, str):
        yield node
    elif isinstance(node, dict):
        for value in node.values():
            yield from _strings(value)
    elif isinstance(node, list):
        for value in node:
            yield from _strings(value)


def _alternatives_after_required_space(pattern: str) -> Iterator[str]:
    """The top-level alternatives of every `\\s+(?:…)` group in `pattern`."""
    start = pattern.find("\\s+(?:")
    while start >= 0:
        i = start + len("\\s+(?:")
        depth, alt_start, alternatives = 1, i, []
        while i < len(pattern) and depth:
            c = pattern[i]
            if c == "\\":
                i += 2
                continue
            if c == "(":
                depth += 1
            elif c == ")":
                depth -= 1
                if depth == 0:
                    alternatives.append(pattern[alt_start:i])
            elif c == "|" and depth == 1:
                alternatives.append(pattern[alt_start:i])
                alt_start = i + 1
            i += 1
        yield from alternatives
        start = pattern.find("\\s+(?:", start + 1)


def test_no_shipped_pattern_demands_a_space_before_a_contraction() -> None:
    """A pattern such as `we\\s+(?:will|'ll)` can never match "we'll": a contraction has no
    space before it. Nine such alternatives had gone unnoticed, one of them in a threat."""
    offenders = []
    for path in sorted(shipped_checklists_dir().glob("*.yaml")):
        for text in _strings(yaml.safe_load(path.read_text(encoding="utf-8"))):
            if re.search(r"\\s\+'(?!\?)", text) or any(
                alt.startswith(("'", "’")) for alt in _alternatives_after_required_space(text)
            ):
                offenders.append(f"{path.name}: {text[:80]}")
    assert offenders == []


def test_unknown_field_names_file_line_and_field(tmp_path: Path) -> None:
    err = error_for(tmp_path, GOOD_RULE.replace("    message:", "    mesage: x\n    message:"))
    assert err.path.name == "house.yaml" and err.line == 6
    assert "mesage" in err.field and "unknown field" in str(err)
    assert str(err).startswith("house.yaml, line 6, field 'rules.0.mesage'")


def test_unknown_field_lists_the_fields_of_the_rules_own_kind(tmp_path: Path) -> None:
    # "asks" belongs to request rules; a phrase rule's author needs the phrase fields
    err = error_for(tmp_path, GOOD_RULE.replace("    message:", "    asks: [x]\n    message:"))
    assert err.field == "rules.0.asks" and err.line == 6
    assert "patterns" in err.problem and "case_sensitive" in err.problem
    assert "needs" not in err.problem and "min_length" not in err.problem


def test_bad_regex_names_the_pattern(tmp_path: Path) -> None:
    err = error_for(tmp_path, GOOD_RULE.replace("'\\bunfortunately\\b'", "'(unclosed'"))
    assert err.line == 7 and err.field == "rules.0.patterns.0"
    assert "bad regular expression" in str(err)


def test_loading_pauses_the_garbage_collector_and_restores_it(tmp_path: Path) -> None:
    seen: list[bool] = []
    real_parse = ruleset_module.parse_file

    def spying_parse(path: Path):
        seen.append(gc.isenabled())
        return real_parse(path)

    write(tmp_path / "rules", "house.yaml", GOOD_RULE)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(ruleset_module, "parse_file", spying_parse)
        assert gc.isenabled()
        load_only(tmp_path / "rules")
        assert seen == [False] and gc.isenabled()
        # …also when a file is broken, and it is left off if it was off before
        write(tmp_path / "rules", "house.yaml", GOOD_RULE.replace("'\\bunfortunately\\b'", "'(x'"))
        with pytest.raises(RuleFileError):
            load_only(tmp_path / "rules")
        assert gc.isenabled()
        gc.disable()
        try:
            load_only(tmp_path / "other")
            assert not gc.isenabled()
        finally:
            gc.enable()


def test_wrong_type_is_reported(tmp_path: Path) -> None:
    broken = GOOD_RULE.replace("    kind: phrase\n", "    kind: phrase\n    severity: [x]\n")
    err = error_for(tmp_path, broken)
    assert err.field == "rules.0.severity" and "single value" in str(err)


@pytest.fixture(params=["libyaml", "pure-python"])
def yaml_loader(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    """Both of PyYAML's loaders: libyaml's where PyYAML has it, Python's otherwise."""
    import yaml

    from desktop.core import yamlview

    if request.param == "libyaml" and not hasattr(yaml, "CSafeLoader"):
        pytest.skip("this PyYAML was built without libyaml")
    loader = yaml.CSafeLoader if request.param == "libyaml" else yaml.SafeLoader
    monkeypatch.setattr(yamlview, "_LOADER", loader)


def test_unquoted_yes_is_not_silently_a_boolean(tmp_path: Path, yaml_loader: None) -> None:
    err = error_for(tmp_path, GOOD_RULE.replace("Say what you can do instead.", "yes"))
    assert err.field == "rules.0.message" and "quote it" in str(err)
    quoted = GOOD_RULE.replace("Say what you can do instead.", "'yes'")
    write(tmp_path / "quoted", "house.yaml", quoted)
    assert load_only(tmp_path / "quoted").rule("tone.house-no-unfortunately").message == "yes"


def test_broken_yaml_syntax_names_the_line(tmp_path: Path, yaml_loader: None) -> None:
    err = error_for(tmp_path, "rules:\n  - id: x\n    kind: [unclosed\n")
    assert err.path.name == "house.yaml" and err.line >= 3 and "not valid YAML" in str(err)


def test_unknown_specific_is_an_error(tmp_path: Path) -> None:
    text = """\
    category: clarity
    rules:
      - id: clarity.house-ticket
        kind: request
        description: Ticket numbers.
        message: Which ticket?
        asks: ['\\bthe ticket\\b']
        needs: [{specific: ticket_number, label: the number, placeholder: "<number>"}]
    """
    err = error_for(tmp_path, text)
    assert "ticket_number" in str(err) and err.line == 8


def test_a_regex_field_can_name_a_specific_from_another_file(tmp_path: Path) -> None:
    # the shipped tone.yaml defines `ownership`; a house rule and a house item use it
    write(tmp_path / "house", "house.yaml", GOOD_RULE.replace(
        "    patterns:", "    unless_in_sentence: {specific: ownership}\n    patterns:") + """\
items:
  - id: house.owns-it
    label: Owns it
    hint: Say what was ours.
    done_when: {no_findings: {categories: [safety]}, show: {specific: ownership}}
""")
    ruleset = load_ruleset([tmp_path / "house"], include_user=False, strict=True)
    draft = "Unfortunately the export failed. Unfortunately, that was our mistake."
    report = analyze(draft, "", ruleset)
    flagged = [f.start for f in report.findings if f.rule == "tone.house-no-unfortunately"]
    assert flagged == [0]  # not in the sentence that owns the mistake
    owns = report.item("house.owns-it")
    assert owns is not None and owns.done
    assert [draft[s.start : s.end] for s in owns.evidence] == ["our mistake"]


def test_naming_an_unknown_specific_in_a_regex_field_names_file_line_and_field(
    tmp_path: Path,
) -> None:
    err = error_for(tmp_path, GOOD_RULE.replace(
        "    patterns:", "    unless_before: {specific: owning}\n    patterns:"))
    assert "owning" in str(err) and err.line == 7
    assert err.field == "rules.0.unless_before.specific"


def test_a_regex_field_may_name_several_specifics_and_matches_where_any_does(
    tmp_path: Path,
) -> None:
    specifics = (
        "specifics:\n"
        "  soft: {patterns: ['\\bsorry\\b']}\n"
        "  loud: {patterns: ['NOW'], case_sensitive: true}\n"
    )
    rule = GOOD_RULE.replace(
        "    patterns:", "    unless_in_sentence: {specific: [soft, loud]}\n    patterns:"
    ).replace("rules:", specifics + "rules:")
    write(tmp_path / "rules", "house.yaml", rule)
    ruleset = load_only(tmp_path / "rules")

    def fired(draft: str) -> bool:
        return bool(analyze(draft, "", ruleset).findings)

    assert fired("Unfortunately we can't.")
    assert not fired("Unfortunately we can't, sorry.")  # the first specific
    assert not fired("Unfortunately we can't do it NOW.")  # the second, with its own case
    assert fired("Unfortunately we can't do it now.")
    err = error_for(tmp_path, rule.replace("[soft, loud]", "[soft, lound]"))
    assert "lound" in str(err) and err.field.endswith("unless_in_sentence.specific")


def test_a_pattern_can_call_a_specific_of_its_own_file_keeping_its_letter_case(
    tmp_path: Path,
) -> None:
    specifics = (
        "specifics:\n"
        "  helping: {patterns: ['\\bI''ll\\b', '\\bsorry\\b']}\n"
        "  loud: {patterns: ['NOW'], case_sensitive: true}\n"
    )
    rule = GOOD_RULE.replace(
        "'\\bunfortunately\\b'",
        "'\\bunfortunately\\b(?![^.!?\\n]*(?&helping))', '\\bdo it (?&loud)'",
    ).replace("rules:", specifics + "rules:")
    write(tmp_path / "rules", "house.yaml", rule)
    ruleset = load_only(tmp_path / "rules")

    def flagged(draft: str) -> list[str]:
        return [f.text for f in analyze(draft, "", ruleset).findings]

    assert flagged("Unfortunately we can't.") == ["Unfortunately"]
    # the call stands where it is written: after the match, within its sentence
    assert flagged("Unfortunately we can't, but I'll ask. Sorry.") == []
    assert flagged("Sorry. Unfortunately we can't.") == ["Unfortunately"]
    # a case-sensitive specific stays case-sensitive inside a case-insensitive pattern
    assert flagged("Please DO IT NOW.") == ["DO IT NOW"]
    assert flagged("Please do it now.") == []


def test_calling_an_unknown_specific_names_file_line_and_field(tmp_path: Path) -> None:
    err = error_for(tmp_path, GOOD_RULE.replace("\\bunfortunately\\b", "(?&regret)"))
    assert "(?&regret)" in str(err) and err.line == 7
    assert err.field == "rules.0.patterns.0"


def test_a_house_rule_from_a_user_folder_is_used_alongside_the_shipped_ones(tmp_path: Path) -> None:
    write(tmp_path / "house", "house.yaml", GOOD_RULE)
    report = analyze("Unfortunately, send me the logs.", checklists=tmp_path / "house")
    rules = {f.rule for f in report.findings}
    assert {"tone.house-no-unfortunately", "clarity.logs-without-scope"} <= rules


def test_a_broken_user_file_is_reported_and_the_shipped_rules_keep_working(tmp_path: Path) -> None:
    write(tmp_path / "house", "tone.yaml", "rules: [oops")
    ruleset = load_ruleset([tmp_path / "house"], include_user=False)
    assert [p.path.name for p in ruleset.problems] == ["tone.yaml"]
    assert ruleset.rule("tone.told-you-so") is not None  # the shipped tone.yaml still loads
    found = analyze("As I said, no.", "", ruleset).findings
    assert any(f.rule == "tone.told-you-so" for f in found)


def test_a_user_file_can_switch_a_shipped_rule_off(tmp_path: Path) -> None:
    off = "rules:\n  - {id: tone.dismissive-words, enabled: false}\n"
    write(tmp_path / "house", "house.yaml", off)
    ruleset = load_ruleset([tmp_path / "house"], include_user=False, strict=True)
    assert ruleset.rule("tone.dismissive-words") is None
    rules = {f.rule for f in analyze("Obviously it works.", "", ruleset).findings}
    assert "tone.dismissive-words" not in rules


def test_user_config_folder_is_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COMPOSURE_CONFIG_DIR", str(tmp_path / "cfg"))
    write(tmp_path / "cfg" / "checklists", "house.yaml", GOOD_RULE)
    assert load_ruleset().rule("tone.house-no-unfortunately") is not None


def test_every_rule_field_and_kind_is_documented_in_the_checklists_readme() -> None:
    from desktop.core.kinds import KINDS
    from desktop.core.paths import shipped_checklists_dir
    from desktop.core.ruleset import _COMMON_RULE_FIELDS, _ITEM_FIELDS

    readme = (shipped_checklists_dir() / "README.md").read_text(encoding="utf-8")
    fields = [*_COMMON_RULE_FIELDS, *_ITEM_FIELDS]
    fields += [f for kind in KINDS.values() for f in kind.fields]
    missing = [f for f in fields if f"`{f}`" not in readme]
    missing += [k for k in KINDS if f"`{k}`" not in readme]
    assert missing == []


@pytest.mark.parametrize(
    ("source", "typed", "never"),
    [
        (r"\bcan't\b", "we cant say", "we scant say"),
        (r"\bI(?:'ve|\s+have)\s+told\b", "Ive told you", "Iv told you"),
        (r"(?:that's|that\s+is)\s+on\s+you", "thats on you", "that on you"),
        (r"it\s+isn't\s+ours", "it isnt ours", "it is ours"),
    ],
)
def test_a_whole_contraction_also_reads_without_its_apostrophe(
    source: str, typed: str, never: str
) -> None:
    pattern = re.compile(apostrophe_optional(source), re.IGNORECASE)
    assert pattern.search(typed)
    assert re.compile(source, re.IGNORECASE).search(typed) is None  # the rewrite did it
    assert not pattern.search(never)


def test_dropping_an_apostrophe_leaves_endings_and_other_words_alone() -> None:
    # a bare ending in a guard would read every word ending in "nt"; "we're" would read "were"
    for source in (r"(?:\bnot\b|n't\b)", r"\bwe're\b", r"\blet's\b", r"\bit's\b", r"\bI'd\b"):
        assert apostrophe_optional(source) == source


def test_a_called_specific_is_not_rewritten_twice(tmp_path: Path) -> None:
    write(tmp_path / "rules", "house.yaml", """\
        category: tone
        specifics:
          refusal:
            description: A refusal.
            patterns: ['\\bcan''t\\b']
        rules:
          - id: tone.house-refusal
            kind: phrase
            description: A refusal.
            message: Say what you can do.
            patterns: ['(?&refusal)\\s+help']
            examples:
              fire: [{text: "We cant help.", span: "cant help"}]
              pass: ["We can help."]
        """)
    ruleset = load_only(tmp_path / "rules")
    (rule,) = ruleset.rules
    assert check_examples(ruleset) == []
    (pattern,) = rule.kind.patterns
    assert pattern.regex.pattern.count("cant") == 1, pattern.regex.pattern
