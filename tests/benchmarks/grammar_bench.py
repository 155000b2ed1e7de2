"""Median grammar-check time for a 1,000-word support reply, per available backend.

Run by hand: ``python tests/benchmarks/grammar_bench.py [--runs N] [--server URL]``.
Prints figures; asserts nothing (timings depend on the machine). LanguageTool is
measured when it is installed locally (``LTP_PATH`` or the default download folder)
and, with ``--server`` or ``$COMPOSURE_LT_SERVER``, against that server.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from desktop.grammar.base import GrammarBackend, GrammarUnavailable
from desktop.grammar.harper_backend import HarperBackend
from desktop.grammar.languagetool_backend import LanguageToolBackend

PARAGRAPHS = [
    "Hi Dana,\n\nThank you for writing in, and I'm sorry the export failed again this "
    "morning. I can see how frustrating it is to lose a nights work right before a "
    "deadline, and you shouldn't have had to chase us for an update.",
    "Here is what I found so far. The export job on the prod-eu-2 cluster stopped at "
    "03:14 UTC when the storage quota was reached; teh job retried three times and then "
    "gave up without sending the alert it should have sent. That's on us, not on you.",
    "I have raised this with our storage team as a priority one incident (INC-20417) and "
    "they is already adding capacity. I will check back with them at 14:00 UTC and send "
    "you an update by 15:00 UTC either way, even if there is no news yet.",
    "In the meantime, could you send me the export log from the ZYX VM for 02:30 to "
    "03:30 UTC? It lives in /var/log/exporter/export.log, and the lines around the "
    "failure will tell us wether any partial files were written.",
    "If you need the data before we fix the quota, you can run a smaller export by date "
    "range from Settings > Data > Export; I tested it on a copy of your workspace and it "
    "finished in about twelve minutes. Let me know if you would like me to start it for you.",
]


def support_reply(words: int = 1000) -> str:
    """About ``words`` words of realistic reply text, with a few typos and slips."""
    parts: list[str] = []
    count = 0
    while count < words:
        paragraph = PARAGRAPHS[len(parts) % len(PARAGRAPHS)]
        parts.append(paragraph)
        count += len(paragraph.split())
    return "\n\n".join(parts) + "\n\nBest regards,\nSam"


def measure(backend: GrammarBackend, text: str, runs: int) -> tuple[float, float, int]:
    """(first-call ms, median ms of the rest, findings) for ``backend`` on ``text``."""
    began = time.perf_counter()
    findings = backend.check(text)
    first = (time.perf_counter() - began) * 1000
    times = []
    for _ in range(runs):
        began = time.perf_counter()
        backend.check(text)
        times.append((time.perf_counter() - began) * 1000)
    return first, statistics.median(times), len(findings)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--server", default=os.environ.get("COMPOSURE_LT_SERVER"))
    args = parser.parse_args()
    text = support_reply()
    print(f"Draft: {len(text.split())} words, {len(text)} characters; {args.runs} runs each")

    candidates: list[tuple[str, GrammarBackend]] = [("harper (built-in)", HarperBackend())]
    local = LanguageToolBackend()
    if local.available():
        candidates.append(("languagetool (local)", local))
    else:
        print(f"languagetool (local): skipped — {local.status()}")
    if args.server:
        server = LanguageToolBackend(server_url=args.server)
        candidates.append((f"languagetool ({args.server})", server))

    for label, backend in candidates:
        began = time.perf_counter()
        try:
            first, median, findings = measure(backend, text, args.runs)
        except GrammarUnavailable as exc:
            print(f"{label}: unavailable — {exc}")
            continue
        finally:
            total = time.perf_counter() - began
        print(
            f"{label}: median {median:.1f} ms per 1,000-word check; "
            f"first check {first:.0f} ms (includes start-up); {findings} findings; "
            f"{total:.1f} s total"
        )
        backend.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
