"""Which figures moved between two runs of accuracy.py (run by hand).

    python tests/benchmarks/accuracy.py > before.txt    # on the clean commit
    python tests/benchmarks/accuracy.py > after.txt     # with the change
    python tests/benchmarks/compare_accuracy.py before.txt after.txt

Prints every cell that changed, marks the judges (``J``) and says which way each moved,
then how many cells rose and fell, and which judges gained or lost. A round's rule change
lands only when no judge loses a figure; a tuned set that falls is looked at (its floor in
tests/core/test_accuracy_floor.py may need the fall explained, never hidden).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import accuracy  # (the sets' roles and the scoring live there)

COLUMNS = ("vague P", "vague R", "clear asks flagged", "heated P", "heated R",
           *(f"{k} MCC" for k in accuracy.LEAP))


def read_table(path: Path) -> dict[str, list[str]]:
    """Each corpus's cells, as accuracy.py printed them (bold judge names unwrapped)."""
    rows = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("| ") and ".yaml" in line:
            cells = [c.strip().strip("*") for c in line.strip().strip("|").split("|")]
            rows[cells[0]] = [cells[2], cells[3], cells[4].split()[0], *cells[5:11]]
    return rows


def better(column: str, before: str, after: str) -> bool:
    """Fewer clear asks flagged is better; every other figure is better higher."""
    if column == "clear asks flagged":
        return int(after.split("/")[0]) < int(before.split("/")[0])
    return float(after) > float(before)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("before", type=Path)
    ap.add_argument("after", type=Path)
    a = ap.parse_args(argv)
    before, after = read_table(a.before), read_table(a.after)
    for path, table in ((a.before, before), (a.after, after)):
        if not table:  # (a run that failed, say, leaves a traceback and no table)
            print(f"{path} holds no accuracy table", file=sys.stderr)
            return 2
    judges = set(accuracy.JUDGES)
    rose = fell = 0
    gained: set[str] = set()
    lost: set[str] = set()
    unmatched = sorted(set(before) ^ set(after))
    for name, cells in after.items():
        if name not in before:
            continue
        for column, old, new in zip(COLUMNS, before[name], cells, strict=True):
            if old == new:
                continue
            up = better(column, old, new)
            rose += up
            fell += not up
            if name in judges:
                (gained if up else lost).add(name)
            print(f"{'J' if name in judges else ' '} {name:18} {column:18} {old} -> {new} "
                  f"{'+' if up else 'DOWN'}")
    if unmatched:  # (a set in one run only can't be compared: said, not skipped silently)
        print(f"not compared, in one run only: {', '.join(unmatched)}")
    print(f"cells rose {rose}, fell {fell}; judges gaining {len(gained)}, "
          f"losing {len(lost)}: {', '.join(sorted(lost)) or 'none'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
