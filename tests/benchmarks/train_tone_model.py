"""Train the tone model (`checklists/models/tone.tsv`) from the labelled corpora.

Run by hand: ``python tests/benchmarks/train_tone_model.py [--loco]``.

Each sentence of each reply (split as the engine splits them) is an example; it is
labelled heated when it overlaps a span a reader marked `heated`. The group of an
example is its corpus, that is its writer: a feature only one writer used is dropped
(see `desktop.core.sentence_model.train`). The shipped reply templates, filled with
their samples, are examples too, none of them heated: they are our own kind wording,
and with them the model stops reading every "not" as a brush-off ("I know this is not
the answer you hoped for"); leaving one corpus out at a time, precision went from 0.89
to 0.92 at the shipped threshold, recall from 0.43 to 0.41.

The judging corpora (`JUDGES`) are never trained on: they are how the model is measured
on text it has not seen. The settings (`Training()`) and the rule's threshold were
chosen with `--loco`, which trains on all training corpora but one, scores the one left
out, and pools the figures: an estimate of how the model does on a new writer.
``tests/core/test_sentence_model.py`` checks that the shipped file is exactly what
this script writes, so the model can't drift from its data.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from desktop.core.paths import shipped_checklists_dir  # noqa: E402
from desktop.core.ruleset import parse_file  # noqa: E402
from desktop.core.sentence_model import (  # noqa: E402
    SentenceModel,
    Training,
    dump,
    train,
)
from desktop.core.text import sentences  # noqa: E402

DATA = ROOT / "tests" / "data"
TRAINING = (
    "dev.yaml", "own.yaml", "blind.yaml", "holdout.yaml", "holdout2.yaml", "holdout3.yaml",
    "holdout4.yaml", "holdout5.yaml", "holdout6.yaml", "holdout7.yaml",
)
JUDGES = ("holdout8.yaml", "holdout9.yaml")
MODEL = ROOT / "checklists" / "models" / "tone.tsv"
HEADER = (
    "Tone model for the rule tone.reads-as-blame (checklists/tone.yaml).",
    "Logistic regression over a sentence's words and word pairs: feature<TAB>weight.",
    "Made by tests/benchmarks/train_tone_model.py from the labelled replies in",
    "tests/data (" + ", ".join(TRAINING) + ") and the shipped templates;",
    "never trained on " + " or ".join(JUDGES) + ", which judge it. Do not edit by hand:",
    "change the labels or the settings and run the script again.",
)

Example = tuple[str, bool, str]


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def corpus_examples(path: Path) -> list[tuple[Example, ...]]:
    """Per reply, its sentences labelled heated or not, grouped by the corpus's name."""
    replies = []
    for case in yaml.safe_load(path.read_text(encoding="utf-8")):
        reply = case["reply"]
        heated = [(reply.index(s), reply.index(s) + len(s)) for s in case.get("heated") or []]
        replies.append(tuple(
            (s.text, any(overlaps((s.start, s.end), h) for h in heated), path.name)
            for s in sentences(reply)
        ))
    return replies


def template_examples() -> list[Example]:
    """The sentences of the shipped templates filled with their samples, none heated.
    (Read from templates.yaml alone, so a broken model file can't stop its own repair.)"""
    parsed = parse_file(shipped_checklists_dir() / "templates.yaml")
    return [(s.text, False, "templates.yaml")
            for template in parsed.sections.get("templates", ())
            for s in sentences(template.filled())]


def examples(names: tuple[str, ...] = TRAINING) -> list[Example]:
    """The corpora's sentences, then the templates'."""
    found = [e for name in names for reply in corpus_examples(DATA / name) for e in reply]
    return found + template_examples()


def model_text(settings: Training | None = None) -> str:
    return dump(train(examples(), settings), HEADER)


def leave_one_out(thresholds: tuple[float, ...], settings: Training) -> None:
    """Pooled precision and recall per threshold, each corpus scored by a model that
    never saw it; spans as the scorer counts them (a flagged sentence is right when it
    overlaps a heated label, a label is found when a flagged sentence overlaps it)."""
    counts = {t: [0, 0, 0, 0] for t in thresholds}  # right, flagged, found, labelled
    for left_out in TRAINING:
        model = SentenceModel(train(examples(tuple(n for n in TRAINING if n != left_out)),
                                    settings))
        for case in yaml.safe_load((DATA / left_out).read_text(encoding="utf-8")):
            reply = case["reply"]
            labels = [(reply.index(s), reply.index(s) + len(s)) for s in case.get("heated") or []]
            spans = [(s.start, s.end, model.probability(s.text)) for s in sentences(reply)]
            for t in thresholds:
                flagged = [(a, b) for a, b, p in spans if p >= t]
                c = counts[t]
                c[0] += sum(any(overlaps(f, g) for g in labels) for f in flagged)
                c[1] += len(flagged)
                c[2] += sum(any(overlaps(f, g) for f in flagged) for g in labels)
                c[3] += len(labels)
    for t, (right, flagged, found, labelled) in counts.items():
        print(f"threshold {t:.2f}: precision {right / max(flagged, 1):.2f} "
              f"recall {found / max(labelled, 1):.2f} ({flagged} sentences flagged)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--loco", action="store_true",
                        help="print leave-one-corpus-out figures instead of writing the model")
    args = parser.parse_args()
    if args.loco:
        leave_one_out((0.5, 0.6, 0.7, 0.75, 0.8, 0.85), Training())
        return
    MODEL.parent.mkdir(parents=True, exist_ok=True)
    MODEL.write_text(model_text(), encoding="utf-8")
    print(f"wrote {MODEL.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
