"""How long `analyze` takes on a realistic 1,000-word reply (run by hand, not by pytest).

    python tests/benchmarks/analyze_bench.py [--runs 200]

The draft is built from the labelled replies in tests/data/dev.yaml (real support
prose, dense with requests, apologies and commands) until it reaches 1,000 words, and is
analysed with the first reply's customer message. Prints the median and the 95th
percentile; the target is well under 5 ms on one core.
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

import yaml

from desktop.core import analyze, default_ruleset

DATA = Path(__file__).resolve().parents[1] / "data" / "dev.yaml"


def realistic_draft(words: int = 1000) -> tuple[str, str]:
    cases = yaml.safe_load(DATA.read_text(encoding="utf-8"))
    parts: list[str] = []
    count = 0
    for case in cases * 3:
        parts.append(case["reply"])
        count += len(case["reply"].split())
        if count >= words:
            break
    text = " ".join("\n".join(parts).split(" ")[:words])
    return text, cases[0]["customer"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=200)
    args = parser.parse_args()
    draft, customer = realistic_draft()
    default_ruleset()  # load the rule files once, as the app does at start-up
    analyze(draft, customer)
    times = []
    for _ in range(args.runs):
        start = time.perf_counter()
        analyze(draft, customer)
        times.append((time.perf_counter() - start) * 1000)
    times.sort()
    p95 = times[int(len(times) * 0.95) - 1]
    print(f"analyze, {len(draft.split())} words with a customer message, {args.runs} runs: "
          f"median {statistics.median(times):.2f} ms, p95 {p95:.2f} ms")


if __name__ == "__main__":
    main()
