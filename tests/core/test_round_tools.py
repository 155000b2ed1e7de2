"""The two hand-run round tools in tests/benchmarks: a round lands only when
compare_accuracy.py shows no judge losing a figure, and the counts in the rule files'
comments come from form_coverage.py, so a silent slip in either misleads every round."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

BENCHMARKS = Path(__file__).resolve().parents[2] / "tests" / "benchmarks"


def _load(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(f"composure_{name}", BENCHMARKS / f"{name}.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


compare_accuracy = _load("compare_accuracy")
form_coverage = _load("form_coverage")
HEADER = (
    "| corpus | replies | vague P | vague R | clear asks flagged | heated P | heated R "
    "| listen MCC | empathize MCC | affirm MCC | partner MCC |\n"
    "|---|---|---|---|---|---|---|---|---|---|---|\n"
)


def _row(name: str, vague_p: str, clear: str, heated_r: str) -> str:
    return (
        f"| {name} | 30 | {vague_p} | 0.80 | {clear} (5%) | 0.85 | {heated_r} "
        "| 0.7 | 0.8 | 0.9 | 1.0 |\n"
    )


def test_a_judge_that_falls_is_named_and_fewer_clear_asks_flagged_is_a_rise(
    tmp_path: Path, capsys
) -> None:
    judge, tuned = compare_accuracy.accuracy.JUDGES[0], compare_accuracy.accuracy.TUNED[0]
    before, after = tmp_path / "before.txt", tmp_path / "after.txt"
    before.write_text(
        HEADER + _row(judge, "0.90", "1/20", "0.70") + _row(tuned, "0.90", "2/20", "0.70")
    )
    after.write_text(
        HEADER + _row(f"**{judge}**", "0.90", "1/20", "0.66") + _row(tuned, "0.92", "1/20", "0.70")
    )
    compare_accuracy.main([str(before), str(after)])
    out = capsys.readouterr().out.splitlines()
    assert any(line.startswith(f"J {judge}") and "0.70 -> 0.66 DOWN" in line for line in out)
    assert any(tuned in line and "2/20 -> 1/20 +" in line for line in out)
    assert out[-1] == f"cells rose 2, fell 1; judges gaining 0, losing 1: {judge}"


def test_a_run_without_a_table_is_an_error_and_a_set_in_one_run_only_is_named(
    tmp_path: Path, capsys
) -> None:
    """A failed accuracy run (a traceback, no table) once compared as "nothing moved"."""
    tuned, other = compare_accuracy.accuracy.TUNED[0], compare_accuracy.accuracy.TUNED[1]
    failed, before, after = (tmp_path / n for n in ("failed.txt", "before.txt", "after.txt"))
    failed.write_text("Traceback (most recent call last):\nModuleNotFoundError: x\n")
    before.write_text(HEADER + _row(tuned, "0.90", "1/20", "0.70"))
    after.write_text(HEADER + _row(tuned, "0.90", "1/20", "0.70")
                     + _row(other, "0.90", "1/20", "0.70"))
    assert compare_accuracy.main([str(failed), str(after)]) == 2
    assert "holds no accuracy table" in capsys.readouterr().err
    assert compare_accuracy.main([str(before), str(after)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[-2] == f"not compared, in one run only: {other}"
    assert out[-1] == "cells rose 0, fell 0; judges gaining 0, losing 0: none"


def test_a_match_is_tagged_with_every_label_it_overlaps() -> None:
    reply = "Send the logs. Read the manual, obviously. Thanks!"
    item = {"id": "t-1", "vague": ["Send the logs"], "heated": ["obviously"], "clear_asks": []}
    assert form_coverage.labels_hit(reply, item, (0, 4)) == "V"
    assert form_coverage.labels_hit(reply, item, (5, 40)) == "HV"
    assert form_coverage.labels_hit(reply, item, (43, 49)) == "-"
