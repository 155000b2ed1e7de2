"""`composure` on the command line: exit codes, text and JSON output, bad input."""

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from desktop import __version__
from desktop.cli import main

GOLDEN = Path(__file__).parent / "golden"
VAGUE = "Hi,\nAs I already said, please send us the logs!!!\n"
CLEAR = "Hi Sam, thanks for the details. Send me the logs from vm-build-07 for 03:00–03:30 UTC.\n"


def run(args: list[str], capsys: pytest.CaptureFixture[str], stdin: bytes | None = None):
    if stdin is not None:
        sys.stdin = io.TextIOWrapper(io.BytesIO(stdin))
    try:
        code = main(args)
    finally:
        sys.stdin = sys.__stdin__
    out, err = capsys.readouterr()
    return code, out, err


def write(tmp_path: Path, name: str, text: str | bytes) -> str:
    path = tmp_path / name
    path.write_bytes(text if isinstance(text, bytes) else text.encode())
    return str(path)


def test_findings_at_warning_or_above_exit_1_and_a_clean_draft_exits_0(tmp_path, capsys) -> None:
    assert run(["lint", write(tmp_path, "v.txt", VAGUE)], capsys)[0] == 1
    assert run(["lint", write(tmp_path, "c.txt", CLEAR)], capsys)[0] == 0


def test_text_output_is_linter_style_with_suggestions_and_a_checklist(tmp_path, capsys) -> None:
    path = write(tmp_path, "v.txt", VAGUE)
    _, out, _ = run(["lint", path], capsys)
    assert f"{path}:2:1: warning tone.told-you-so " in out
    assert f"{path}:2:27: warning clarity.logs-without-scope Which logs?" in out
    assert "    try: “send us the logs from <which system> for <time window>”" in out
    assert "Checklist:" in out and "✗ Clear" in out


def test_json_output_is_exactly_the_report_contract(tmp_path, capsys) -> None:
    from desktop.core import analyze

    _, out, _ = run(["lint", "--format", "json", write(tmp_path, "v.txt", VAGUE)], capsys)
    data = json.loads(out)
    assert data == analyze(VAGUE).to_dict()
    finding = next(f for f in data["findings"] if f["rule"] == "clarity.logs-without-scope")
    assert set(finding) == {"rule", "category", "severity", "start", "end", "text", "message",
                            "suggestions"}
    assert VAGUE[finding["start"] : finding["end"]] == finding["text"]
    assert {"id", "label", "done", "evidence", "hint"} == set(data["checklist"][0])
    assert {"words", "questions", "reading_grade", "unanswered_questions"} <= set(data["metrics"])
    assert set(data) == {"findings", "checklist", "metrics"}  # exactly DESIGN.md's keys


def test_stdin_and_customer_file(tmp_path, capsys) -> None:
    customer = write(tmp_path, "customer.txt", "Why does vm-build-07 keep crashing?")
    code, out, _ = run(["lint", "-", "--customer", customer, "--format", "json"], capsys,
                       stdin=CLEAR.encode())
    assert code == 0
    assert json.loads(out)["metrics"]["customer_questions"] == 1


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00binary", "binary"),
        ("caf\u00e9".encode("latin-1"), "not UTF-8"),
    ],
)
def test_bad_input_is_one_line_and_exit_2(tmp_path, capsys, content, message) -> None:
    code, out, err = run(["lint", write(tmp_path, "bad.txt", content)], capsys)
    assert code == 2 and out == ""
    assert message in err and err.count("\n") == 1 and "Traceback" not in err


def test_missing_file_folder_and_huge_input_are_usage_errors(tmp_path, capsys) -> None:
    assert run(["lint", str(tmp_path / "nope.txt")], capsys)[2].strip().endswith("no such file")
    assert "folder" in run(["lint", str(tmp_path)], capsys)[2]
    huge = write(tmp_path, "huge.txt", "a" * (3 * 1024 * 1024))
    code, _, err = run(["lint", huge], capsys)
    assert code == 2 and "larger than" in err


def test_usage_errors_exit_2_with_one_line(capsys) -> None:
    code, _, err = run(["lint", "--format", "xml", "-"], capsys)
    assert code == 2 and err.startswith("composure: ") and err.count("\n") == 1


def test_version(capsys) -> None:
    with pytest.raises(SystemExit) as info:
        main(["--version"])
    assert info.value.code == 0 and capsys.readouterr().out.strip() == f"composure {__version__}"


def test_rules_list_and_explain(capsys) -> None:
    code, out, _ = run(["rules", "list"], capsys)
    assert code == 0 and "clarity.logs-without-scope" in out and "leap.listen" in out
    code, out, _ = run(["explain", "clarity.logs-without-scope"], capsys)
    assert code == 0
    for part in ("What it catches:", "Why it matters:", "Example:", "Better:"):
        assert part in out


def test_explain_unknown_rule_is_exit_2_one_line(capsys) -> None:
    code, out, err = run(["explain", "clarity.no-such-rule"], capsys)
    assert code == 2 and out == "" and "no rule or checklist item" in err
    assert err.count("\n") == 1


HOUSE = """\
category: tone
rules:
  - id: tone.house-no-unfortunately
    kind: phrase
    description: House style avoids "unfortunately".
    message: Say what you can do instead.
    patterns: ['\\bunfortunately\\b']
    examples:
      fire: [{text: "Unfortunately we can't.", span: "Unfortunately"}]
      pass: [%s]
"""


def test_rules_check_exit_codes(tmp_path, capsys) -> None:
    good, bad, broken = tmp_path / "good", tmp_path / "bad", tmp_path / "broken"
    for folder in (good, bad, broken):
        folder.mkdir()
    (good / "house.yaml").write_text(HOUSE % '"We can do this instead."')
    (bad / "house.yaml").write_text(HOUSE % '"Unfortunately, this should pass."')
    (broken / "house.yaml").write_text(HOUSE.replace("kind: phrase", "kind: frase") % '"x"')

    code, out, _ = run(["rules", "check", str(good)], capsys)
    assert code == 0 and "1 rules, 0 checklist items, 2 examples: 0 failed" in out
    code, out, _ = run(["rules", "check", str(bad)], capsys)
    assert code == 1
    assert "FAIL house.yaml: tone.house-no-unfortunately: 'Unfortunately, this should pass.'" in out
    code, _, err = run(["rules", "check", str(broken)], capsys)
    assert code == 2 and "house.yaml, line 4, field 'rules.0.kind'" in err


def test_golden_text_and_json_output(tmp_path, capsys) -> None:
    """Whole outputs against files in tests/core/golden (COMPOSURE_UPDATE_GOLDEN=1 rewrites)."""
    import os

    draft = (GOLDEN / "draft.txt").read_text(encoding="utf-8")
    path = write(tmp_path, "draft.txt", draft)
    customer = str(GOLDEN / "customer.txt")
    for fmt in ("text", "json"):
        _, out, _ = run(["lint", path, "--customer", customer, "--format", fmt], capsys)
        out = out.replace(path, "draft.txt")
        golden = GOLDEN / f"expected.{fmt}"
        if os.environ.get("COMPOSURE_UPDATE_GOLDEN"):
            golden.write_text(out, encoding="utf-8")
        assert out == golden.read_text(encoding="utf-8"), f"{golden.name} differs"


def test_the_console_script_runs_without_a_traceback(tmp_path) -> None:
    result = subprocess.run([sys.executable, "-m", "desktop", "lint", str(tmp_path / "x")],
                            capture_output=True, text=True)
    assert result.returncode == 2 and "Traceback" not in result.stderr


def test_summary_line_counts_in_singular_and_plural(tmp_path, capsys) -> None:
    _, out, _ = run(["lint", write(tmp_path, "one.txt", "Send me the logs.")], capsys)
    assert out.rstrip().endswith(
        "4 words, 1 sentence, reading grade 0.0; 0 errors, 1 warning, 0 notes"
    )


def test_grammar_in_the_cli_leaves_the_customers_own_name_alone(tmp_path, capsys) -> None:
    pytest.importorskip("harper", reason="harper-py is a dependency; its wheel is missing here")
    draft = write(tmp_path, "c.txt", CLEAR)
    customer = write(tmp_path, "customer.txt", "Why does vm-build-07 keep crashing?\nSam")

    def grammar_words(*extra: str) -> list[str]:
        _, out, _ = run(["lint", draft, "--grammar", "harper", "--format", "json", *extra],
                        capsys)
        return [f["text"] for f in json.loads(out)["findings"]
                if f["category"] in ("grammar", "spelling")]

    assert "Sam" in grammar_words()  # Harper alone wants "SAM"
    assert "Sam" not in grammar_words("--customer", customer)


@pytest.mark.parametrize(("name", "exit_code"), [("draft", 1), ("repaired", 0)])
def test_the_readme_shows_the_real_lint_sessions(name, exit_code, tmp_path, capsys) -> None:
    """The README's two `composure lint` sessions are what the CLI prints for the files in
    tests/core/golden; when rules change, paste the new output into the README."""
    path = write(tmp_path, f"{name}.txt", (GOLDEN / f"{name}.txt").read_text(encoding="utf-8"))
    code, out, _ = run(["lint", path, "--customer", str(GOLDEN / "customer.txt")], capsys)
    shown = "\n".join(f"    {line}" if line else "" for line in out.rstrip("\n").split("\n"))
    session = (f"    $ composure lint {name}.txt --customer customer.txt\n"
               f"{shown.replace(path, f'{name}.txt')}\n    $ echo $?\n    {exit_code}\n")
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    assert code == exit_code
    assert session in readme, f"README's {name}.txt session is out of date"
