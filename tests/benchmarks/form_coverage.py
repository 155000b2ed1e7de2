"""How a wording is labelled across the labelled replies, before it becomes a rule form.

Run by hand: ``python tests/benchmarks/form_coverage.py REGEX heated|vague|clear_asks``.

A phrase form is worth adding only if the replies that contain it are nearly all labelled
the way the form would read them; the counts in the rule files' comments ("14 of 14
labelled heated") come from this. Every match in every set that ``accuracy.py`` scores
(tuned and judges; the unmeasured sets are left out, as they are everywhere) is printed
with the label it lies in (H heated, V vague, C clear ask, - none), ``F`` when a finding
of the category already overlaps the match, and ``J`` for a judge, whose labels these
counts read too (tests/data/README.md says so). The pattern is searched case-insensitively
with Python's ``re``.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from desktop.core import analyze  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))
import accuracy  # noqa: E402  (the sets' roles and the scoring live there)

CATEGORY = {"heated": "tone", "vague": "clarity", "clear_asks": "clarity"}
TAGS = (("heated", "H"), ("vague", "V"), ("clear_asks", "C"))


def labels_hit(reply: str, item: dict, span: tuple[int, int]) -> str:
    """The labels (H, V, C) whose text overlaps `span`, or "-" for none."""
    where = str(item["id"])
    tags = ""
    for key, tag in TAGS:
        gold = accuracy.ranges(reply, item.get(key) or [], where)
        if any(accuracy.overlaps(span, g) for g in gold):
            tags += tag
    return tags or "-"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("pattern", help="a Python regular expression, searched case-insensitively")
    # no default: read against the wrong label, "found" counts the wrong category's findings
    ap.add_argument("label", choices=sorted(CATEGORY))
    a = ap.parse_args(argv)
    pattern = re.compile(a.pattern, re.IGNORECASE)
    category = CATEGORY[a.label]
    wanted = dict(TAGS)[a.label]
    judges = set(accuracy.JUDGES)
    total = labelled = found = 0
    for name in (*accuracy.TUNED, *accuracy.JUDGES):
        for item in yaml.safe_load((ROOT / "tests/data" / name).read_text(encoding="utf-8")):
            reply = item["reply"]
            matches = list(pattern.finditer(reply))
            if not matches:
                continue
            findings = analyze(reply, item.get("customer") or "").to_dict()["findings"]
            for m in matches:
                tags = labels_hit(reply, item, m.span())
                hit = any(
                    f["category"] == category
                    and accuracy.overlaps((f["start"], f["end"]), m.span())
                    for f in findings
                )
                total += 1
                labelled += wanted in tags
                found += hit
                context = reply[max(0, m.start() - 60):m.end() + 60].replace("\n", " ")
                print(f"{tags:3} {'F' if hit else ' '} {'J' if name in judges else ' '} "
                      f"{item['id']:10} …{context}…")
    print(f"total {total}, in {a.label} labels {labelled}, found {found}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
