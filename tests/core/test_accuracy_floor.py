"""Accuracy floors on the labelled corpora, so a rule change can't quietly make things worse.

dev.yaml must stay at the bars of issue 7. own.yaml and blind.yaml were written without
looking at the engine's output on them (each committed before the first measurement) and
then partly tuned on, so their floors sit a little below today's figures, not at 1.00.
holdout*.yaml were written by helpers who never saw the rules and measured once before
any tuning on them (tests/data/README.md keeps those first figures); the later ones were
then used to find mechanisms, so their floors too sit below today's figures.
holdout8.yaml to holdout12.yaml were never tuned on; they judged the models until
holdout13.yaml came, and the models learn from them now. The judges (``JUDGES`` in
tests/benchmarks/accuracy.py, one set of every round since) are neither tuned on nor
trained on (see tests/benchmarks/train_models.py); the sets in ``TUNED`` were measured
once, then tuned on (and some models learn from them); the roles are listed there, not
here. Where a comment below says no model learns from a tuned set, that held when it was
written: since December 2026 every model learns from every tuned set up to holdout832
(their retrains moved a few floors, each noted). The held-out sets' LEAP labels are one reader's
judgement of "heard the key facts", which the engine's echo can't follow item by item,
so they are held to a floor on the mean of the four MCCs instead; and no set's Listen is
held on its own (see ITEMS_HELD_ONE_BY_ONE).
The full table comes from ``python tests/benchmarks/accuracy.py -v``.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from desktop.core import analyze

ROOT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location(
    "composure_accuracy", ROOT / "tests" / "benchmarks" / "accuracy.py"
)
assert _spec and _spec.loader
accuracy = importlib.util.module_from_spec(_spec)
sys.modules[_spec.name] = accuracy  # dataclasses look their module up while being built
_spec.loader.exec_module(accuracy)

# corpus: (vague P, vague R, clear asks flagged at most, heated P, heated R,
#          MCC of each LEAP item but Listen, mean MCC of the four)
FLOORS = {
    "dev.yaml": (0.90, 0.85, 0.05, 0.90, 0.80, 0.70, 0.85),
    # (vague precision 0.97 -> 0.89 when the clarity model began to learn from every tuned
    # set: it reads "Please contact us again if there's anything else." as most writers label
    # it, vague; this set doesn't)
    "own.yaml": (0.85, 0.85, 0.05, 0.90, 0.85, 0.70, 0.85),
    "blind.yaml": (0.80, 0.70, 0.15, 0.85, 0.80, 0.65, 0.80),
    "holdout.yaml": (0.90, 0.85, 0.05, 0.90, 0.90, -1.0, 0.50),
    "holdout2.yaml": (0.90, 0.85, 0.05, 0.90, 0.85, -1.0, 0.65),
    "holdout3.yaml": (0.85, 0.85, 0.10, 0.90, 0.85, -1.0, 0.50),
    "holdout4.yaml": (0.90, 0.85, 0.05, 0.90, 0.85, -1.0, 0.50),
    "holdout5.yaml": (0.90, 0.80, 0.05, 0.90, 0.65, -1.0, 0.30),
    "holdout6.yaml": (0.90, 0.90, 0.05, 0.90, 0.85, 0.60, 0.75),
    "holdout7.yaml": (0.90, 0.90, 0.05, 0.90, 0.85, 0.30, 0.60),
    # never tuned on; their floors were set while they judged the models, which learn
    # from them now
    "holdout8.yaml": (0.75, 0.75, 0.10, 0.80, 0.50, -1.0, 0.65),
    "holdout9.yaml": (0.90, 0.70, 0.05, 0.80, 0.50, 0.55, 0.80),
    "holdout10.yaml": (0.90, 0.60, 0.05, 0.75, 0.30, 0.65, 0.85),
    "holdout11.yaml": (0.90, 0.75, 0.10, 0.70, 0.50, 0.60, 0.78),
    "holdout12.yaml": (0.90, 0.60, 0.05, 0.60, 0.40, 0.40, 0.65),
    # measured once (heat P 0.56 R 0.24 and 0.73 / 0.47), then tuned on
    "holdout14.yaml": (0.90, 0.70, 0.05, 0.75, 0.55, 0.55, 0.75),
    "holdout15.yaml": (0.90, 0.75, 0.05, 0.75, 0.85, 0.50, 0.70),
    # measured once (heat P/R 0.81 / 0.45, 0.77 / 0.34, 0.88 / 0.47), then tuned on
    "holdout17.yaml": (0.85, 0.90, 0.05, 0.80, 0.65, 0.75, 0.85),
    "holdout18.yaml": (0.90, 0.90, 0.05, 0.80, 0.60, 0.40, 0.70),
    "holdout19.yaml": (0.90, 0.90, 0.05, 0.80, 0.75, 0.80, 0.90),
    # measured once (heat P/R 0.64 / 0.52, 0.71 / 0.50, 0.67 / 0.38), then tuned on, and
    # the tone model learns from them
    "holdout22.yaml": (0.80, 0.75, 0.05, 0.90, 0.90, 0.55, 0.70),
    # (heat recall 0.97 -> 0.83 when the tone model began to learn from every tuned set:
    # it had been one of twenty-three it learned from, now it is one of 567)
    "holdout23.yaml": (0.70, 0.70, 0.05, 0.90, 0.73, 0.65, 0.70),
    # (vague precision 0.94 -> 0.89 when "give it a restart" became a retry form: its
    # reader marked "maybe give your Wi-Fi a restart while you're at it" as heat, the
    # three asks beside it in the same sentence as vague)
    # (heat recall 0.94 -> 0.78 with the same retrain, for the same reason)
    "holdout24.yaml": (0.85, 0.50, 0.05, 0.90, 0.68, 0.40, 0.55),
    # measured once (heat P/R 0.79 / 0.58, 0.67 / 0.40, 0.59 / 0.50), then tuned on; no
    # model learns from them yet (see train_models.py). Their writers' Listen labels
    # and the engine's barely agree (MCC about 0 on holdout25 and 27).
    "holdout25.yaml": (0.80, 0.70, 0.10, 0.85, 0.90, -0.20, 0.55),
    "holdout26.yaml": (0.85, 0.60, 0.05, 0.75, 0.75, 0.55, 0.75),
    "holdout27.yaml": (0.85, 0.65, 0.10, 0.70, 0.75, -0.20, 0.40),
    # measured once (heat P/R 0.76 / 0.56 and 0.58 / 0.46), then tuned on; no model learns
    # from them
    "holdout28.yaml": (0.80, 0.65, 0.05, 0.80, 0.80, 0.25, 0.60),
    "holdout29.yaml": (0.80, 0.80, 0.05, 0.75, 0.80, 0.20, 0.60),
    # measured once (heat P/R 0.67 / 0.65, 0.80 / 0.63, 0.87 / 0.58), then tuned on; no
    # model learns from them
    "holdout32.yaml": (0.70, 0.70, 0.10, 0.75, 0.90, 0.45, 0.70),
    "holdout33.yaml": (0.85, 0.65, 0.05, 0.80, 0.90, -0.20, 0.50),
    "holdout34.yaml": (0.65, 0.65, 0.10, 0.85, 0.75, 0.45, 0.65),
    # three briefs, one set each; measured once (heat P/R 0.86 / 0.50, 0.80 / 0.55, 0.83 /
    # 0.60), then tuned on; no model learns from them. holdout37's writer and the engine
    # disagree on Listen (MCC about 0).
    "holdout35.yaml": (0.90, 0.90, 0.05, 0.80, 0.65, 0.35, 0.65),
    "holdout36.yaml": (0.90, 0.90, 0.05, 0.80, 0.80, 0.45, 0.60),
    "holdout37.yaml": (0.85, 0.80, 0.10, 0.85, 0.75, -0.20, 0.45),
    # three more briefs; measured once (heat P/R 0.53 / 0.47, 0.91 / 0.53, 0.79 / 0.56),
    # then tuned on; no model learns from them. holdout38's formal letters are where the
    # tone model reads most fair sentences as heat (policy stated plainly).
    "holdout38.yaml": (0.85, 0.85, 0.05, 0.60, 0.75, 0.55, 0.70),
    "holdout39.yaml": (0.85, 0.70, 0.10, 0.85, 0.75, 0.60, 0.80),
    "holdout40.yaml": (0.90, 0.80, 0.05, 0.75, 0.80, 0.10, 0.65),
    # three more briefs; measured once (heat P/R 0.80 / 0.47, 0.55 / 0.39, 0.54 / 0.36),
    # then tuned on; no model learns from them. holdout42's writer and the engine disagree
    # on Listen (MCC about 0).
    "holdout41.yaml": (0.70, 0.75, 0.05, 0.85, 0.75, 0.30, 0.70),
    "holdout42.yaml": (0.85, 0.80, 0.05, 0.65, 0.75, -0.20, 0.60),
    "holdout43.yaml": (0.90, 0.65, 0.05, 0.60, 0.60, 0.65, 0.70),
    # two more briefs; measured once (heat P/R 0.88 / 0.41, 1.00 / 0.25), then tuned on;
    # no model learns from them
    "holdout45.yaml": (0.90, 0.80, 0.05, 0.85, 0.75, 0.40, 0.65),
    "holdout46.yaml": (0.85, 0.55, 0.05, 0.90, 0.60, 0.50, 0.70),
    # two more briefs; measured once (heat P/R 0.65 / 0.45, 0.90 / 0.50), then tuned on;
    # no model learns from them
    "holdout48.yaml": (0.90, 0.80, 0.05, 0.70, 0.75, 0.55, 0.70),
    "holdout49.yaml": (0.90, 0.90, 0.05, 0.85, 0.80, 0.65, 0.75),
    # two more briefs; measured once (heat P/R 0.88 / 0.35, 0.71 / 0.53), then tuned on;
    # no model learns from them
    "holdout51.yaml": (0.90, 0.75, 0.05, 0.85, 0.45, 0.40, 0.60),
    "holdout52.yaml": (0.90, 0.90, 0.05, 0.75, 0.75, 0.60, 0.70),
    # two more briefs; measured once (heat P/R 0.82 / 0.71, 0.71 / 0.35), then tuned on;
    # no model learns from them
    "holdout54.yaml": (0.90, 0.80, 0.05, 0.80, 0.80, 0.75, 0.80),
    "holdout55.yaml": (0.90, 0.65, 0.10, 0.80, 0.70, 0.40, 0.70),
    # two more briefs; measured once (heat P/R 0.77 / 0.47, 0.60 / 0.19), then tuned on;
    # no model learns from them
    "holdout57.yaml": (0.85, 0.80, 0.05, 0.80, 0.80, 0.80, 0.85),
    "holdout58.yaml": (0.90, 0.60, 0.10, 0.80, 0.70, 0.55, 0.70),
    # two more briefs; measured once (heat P/R 0.88 / 0.50, 0.62 / 0.47), then tuned on;
    # no model learns from them
    "holdout60.yaml": (0.85, 0.85, 0.05, 0.85, 0.75, 0.40, 0.65),
    "holdout61.yaml": (0.90, 0.90, 0.05, 0.75, 0.70, 0.50, 0.65),
    # two more briefs; measured once (heat P/R 0.87 / 0.54, 0.92 / 0.74), then tuned on;
    # no model learns from them
    "holdout63.yaml": (0.85, 0.60, 0.05, 0.80, 0.60, 0.55, 0.60),
    "holdout64.yaml": (0.85, 0.65, 0.05, 0.90, 0.75, 0.60, 0.75),
    # two more briefs; measured once (heat P/R 0.81 / 0.59, 0.86 / 0.63), then tuned on;
    # no model learns from them
    "holdout66.yaml": (0.80, 0.50, 0.05, 0.80, 0.70, 0.35, 0.60),
    "holdout67.yaml": (0.90, 0.70, 0.05, 0.85, 0.75, 0.60, 0.75),
    # two more briefs; measured once (heat P/R 0.78 / 0.75, 0.69 / 0.44), then tuned on;
    # no model learns from them (69's readers mark every reply as listening: Listen MCC 0)
    "holdout69.yaml": (0.90, 0.70, 0.05, 0.75, 0.75, -1.0, 0.50),
    "holdout70.yaml": (0.90, 0.65, 0.05, 0.75, 0.75, 0.50, 0.60),
    # two more briefs; measured once (heat P/R 0.80 / 0.43, 0.92 / 0.52), then tuned on;
    # no model learns from them
    "holdout72.yaml": (0.80, 0.55, 0.05, 0.80, 0.50, 0.60, 0.70),
    "holdout73.yaml": (0.80, 0.60, 0.10, 0.90, 0.75, 0.50, 0.65),
    # two more briefs; measured once (heat P/R 0.65 / 0.46, 0.61 / 0.39), then tuned on;
    # no model learns from them
    "holdout75.yaml": (0.85, 0.80, 0.05, 0.65, 0.55, 0.50, 0.70),
    "holdout76.yaml": (0.90, 0.90, 0.05, 0.65, 0.75, 0.65, 0.80),
    # two more briefs; measured once (heat P/R 0.82 / 0.48, 0.85 / 0.56), then tuned on;
    # no model learns from them
    "holdout78.yaml": (0.85, 0.85, 0.10, 0.75, 0.60, 0.30, 0.60),
    "holdout79.yaml": (0.90, 0.85, 0.10, 0.80, 0.65, 0.50, 0.75),
    # two more briefs; measured once (heat P/R 0.70 / 0.67, 0.79 / 0.58), then tuned on;
    # no model learns from them
    "holdout81.yaml": (0.90, 0.80, 0.05, 0.65, 0.75, 0.30, 0.65),
    "holdout82.yaml": (0.90, 0.80, 0.05, 0.75, 0.70, 0.30, 0.60),
    # two more briefs; measured once (heat P/R 0.72 / 0.57, 0.64 / 0.54), then tuned on;
    # no model learns from them
    "holdout84.yaml": (0.85, 0.85, 0.05, 0.75, 0.85, 0.50, 0.65),
    "holdout85.yaml": (0.75, 0.60, 0.05, 0.60, 0.65, 0.15, 0.50),
    # two more briefs; measured once (heat P/R 0.78 / 0.61, 0.94 / 0.50), then tuned on;
    # no model learns from them
    "holdout87.yaml": (0.85, 0.80, 0.10, 0.75, 0.85, 0.30, 0.60),
    # (LEAP mean 0.87 -> 0.67 when one echoed term of the customer's began to
    # count for Listen: Listen 0.80 -> 0.00; pooled, tuned 0.670 -> 0.742,
    # judges 0.662 -> 0.737)
    "holdout88.yaml": (0.90, 0.70, 0.05, 0.85, 0.70, 0.55, 0.64),
    # two more briefs; measured once (heat P/R 0.78 / 0.62, 0.75 / 0.64), then tuned on;
    # no model learns from them
    "holdout90.yaml": (0.75, 0.70, 0.15, 0.70, 0.65, 0.55, 0.70),
    "holdout91.yaml": (0.90, 0.70, 0.05, 0.70, 0.70, 0.25, 0.65),
    # two more briefs; measured once (heat P/R 0.67 / 0.40, 0.67 / 0.54), then tuned on;
    # no model learns from them
    # (LEAP mean 0.83 -> 0.68 when one echoed term of the customer's began to
    # count for Listen: Listen 0.56 -> -0.03; pooled, tuned 0.670 -> 0.742,
    # judges 0.662 -> 0.737)
    "holdout93.yaml": (0.90, 0.80, 0.05, 0.70, 0.60, 0.50, 0.64),
    "holdout94.yaml": (0.90, 0.85, 0.05, 0.65, 0.70, 0.40, 0.60),
    # two more briefs; measured once (heat P/R 0.71 / 0.45, 0.82 / 0.61), then tuned on;
    # no model learns from them
    "holdout96.yaml": (0.90, 0.80, 0.05, 0.75, 0.75, 0.15, 0.55),
    "holdout97.yaml": (0.85, 0.75, 0.10, 0.80, 0.85, 0.40, 0.60),
    # two more briefs; measured once (heat P/R 0.79 / 0.64, 0.86 / 0.43), then tuned on;
    # no model learns from them (holdout100's reader marks nearly every reply as listening)
    "holdout99.yaml": (0.85, 0.65, 0.05, 0.75, 0.75, 0.55, 0.60),
    "holdout100.yaml": (0.85, 0.75, 0.10, 0.85, 0.65, -1.0, 0.45),
    # two more briefs; measured once (heat P/R 0.74 / 0.48, 0.82 / 0.64), then tuned on;
    # no model learns from them
    "holdout102.yaml": (0.85, 0.65, 0.10, 0.70, 0.60, 0.30, 0.55),
    "holdout103.yaml": (0.80, 0.80, 0.05, 0.80, 0.80, 0.30, 0.55),
    # two more briefs; measured once (heat P/R 0.67 / 0.64, 0.93 / 0.41), then tuned on;
    # no model learns from them
    "holdout105.yaml": (0.85, 0.80, 0.05, 0.65, 0.80, 0.50, 0.70),
    "holdout106.yaml": (0.85, 0.90, 0.05, 0.90, 0.65, 0.35, 0.60),
    # two more briefs; measured once (heat P/R 0.86 / 0.48, 0.70 / 0.47), then tuned on;
    # no model learns from them (holdout108's reader marks nearly every reply as listening)
    # (vague recall 0.96 -> 0.88 when the clarity model began to learn from every tuned set
    # and its threshold rose to 0.9)
    "holdout108.yaml": (0.90, 0.85, 0.05, 0.85, 0.65, -1.0, 0.55),
    "holdout109.yaml": (0.85, 0.85, 0.10, 0.70, 0.65, 0.45, 0.55),
    # two more briefs; measured once (heat P/R 0.54 / 0.57, 0.73 / 0.70), then tuned on;
    # no model learns from them
    "holdout111.yaml": (0.90, 0.90, 0.05, 0.55, 0.70, 0.55, 0.70),
    "holdout112.yaml": (0.85, 0.90, 0.05, 0.70, 0.80, 0.45, 0.70),
    # two more briefs; measured once (heat P/R 0.79 / 0.54, 0.78 / 0.50), then tuned on;
    # no model learns from them (holdout115's reader marks every reply as listening)
    "holdout114.yaml": (0.90, 0.75, 0.10, 0.75, 0.70, 0.40, 0.60),
    "holdout115.yaml": (0.85, 0.75, 0.10, 0.75, 0.75, -1.0, 0.45),
    # two more briefs; measured once (heat P/R 0.74 / 0.52, 0.78 / 0.57), then tuned on;
    # no model learns from them (holdout118's reader marks nearly every reply as listening)
    "holdout117.yaml": (0.80, 0.65, 0.05, 0.75, 0.80, 0.60, 0.75),
    "holdout118.yaml": (0.90, 0.75, 0.10, 0.75, 0.75, -1.0, 0.50),
    # two more briefs; measured once (heat P/R 0.77 / 0.68, 0.67 / 0.45), then tuned on;
    # no model learns from them (holdout121's reader marks every reply as listening)
    "holdout120.yaml": (0.85, 0.90, 0.05, 0.75, 0.75, 0.45, 0.65),
    "holdout121.yaml": (0.80, 0.65, 0.05, 0.70, 0.60, -1.0, 0.50),
    # two more briefs; measured once (heat P/R 0.78 / 0.60, 0.76 / 0.73), then tuned on;
    # no model learns from them
    "holdout123.yaml": (0.90, 0.75, 0.05, 0.75, 0.75, 0.65, 0.75),
    "holdout124.yaml": (0.90, 0.85, 0.05, 0.70, 0.80, 0.50, 0.65),
    # two more briefs; measured once (heat P/R 0.87 / 0.52, 0.76 / 0.45), then tuned on;
    # no model learns from them
    "holdout126.yaml": (0.85, 0.80, 0.10, 0.80, 0.60, 0.40, 0.65),
    "holdout127.yaml": (0.90, 0.70, 0.05, 0.75, 0.60, 0.40, 0.65),
    # two more briefs; measured once (heat P/R 0.62 / 0.44, 0.81 / 0.46), then tuned on;
    # no model learns from them
    "holdout129.yaml": (0.85, 0.60, 0.05, 0.65, 0.70, 0.60, 0.70),
    "holdout130.yaml": (0.90, 0.80, 0.05, 0.85, 0.65, 0.55, 0.70),
    # two more briefs; measured once (heat P/R 0.89 / 0.50, 0.77 / 0.76), then tuned on;
    # no model learns from them
    "holdout132.yaml": (0.90, 0.80, 0.05, 0.85, 0.60, 0.30, 0.60),
    "holdout133.yaml": (0.80, 0.65, 0.10, 0.75, 0.85, 0.60, 0.65),
    # two more briefs; measured once (heat P/R 0.83 / 0.61, 0.79 / 0.69), then tuned on;
    # no model learns from them
    "holdout135.yaml": (0.80, 0.60, 0.05, 0.80, 0.70, 0.45, 0.60),
    "holdout136.yaml": (0.90, 0.55, 0.05, 0.80, 0.80, 0.70, 0.75),
    # two more briefs; measured once (heat P/R 0.61 / 0.47, 0.78 / 0.56), then tuned on;
    # no model learns from them (holdout139's reader marks every reply as listening)
    "holdout138.yaml": (0.90, 0.60, 0.05, 0.65, 0.60, 0.40, 0.65),
    "holdout139.yaml": (0.90, 0.60, 0.05, 0.75, 0.65, -1.0, 0.50),
    # two more briefs; measured once (heat P/R 0.76 / 0.39, 0.68 / 0.54), then tuned on;
    # no model learns from them
    "holdout141.yaml": (0.90, 0.75, 0.05, 0.75, 0.50, 0.55, 0.60),
    "holdout142.yaml": (0.90, 0.60, 0.05, 0.70, 0.70, 0.50, 0.75),
    # two more briefs; measured once (heat P/R 0.81 / 0.72, 0.68 / 0.67), then tuned on;
    # no model learns from them (holdout144's reader marks nearly every reply as listening)
    "holdout144.yaml": (0.90, 0.75, 0.05, 0.80, 0.80, -1.0, 0.45),
    "holdout145.yaml": (0.85, 0.65, 0.05, 0.65, 0.70, 0.35, 0.55),
    # two more briefs; measured once (heat P/R 0.62 / 0.67, 0.73 / 0.64), then tuned on;
    # no model learns from them (holdout148's reader marks every reply as listening)
    "holdout147.yaml": (0.90, 0.80, 0.05, 0.60, 0.80, 0.35, 0.55),
    # (clear asks flagged 1 -> 2 of 18 when the clarity model began to learn from every tuned
    # set)
    "holdout148.yaml": (0.80, 0.60, 0.15, 0.70, 0.70, -1.0, 0.45),
    # two more briefs; measured once (heat P/R 0.85 / 0.50, 0.83 / 0.74), then tuned on;
    # no model learns from them (holdout150's reader marks nearly every reply as listening)
    "holdout150.yaml": (0.85, 0.70, 0.10, 0.85, 0.70, -1.0, 0.40),
    "holdout151.yaml": (0.85, 0.65, 0.10, 0.80, 0.80, 0.65, 0.70),
    # two more briefs; measured once (heat P/R 0.81 / 0.50, 0.88 / 0.47), then tuned on;
    # no model learns from them
    "holdout153.yaml": (0.85, 0.80, 0.10, 0.80, 0.75, 0.40, 0.70),
    "holdout154.yaml": (0.90, 0.75, 0.10, 0.85, 0.65, 0.40, 0.60),
    # two more briefs; measured once (heat P/R 0.90 / 0.67, 0.95 / 0.76), then tuned on;
    # no model learns from them
    "holdout156.yaml": (0.90, 0.75, 0.05, 0.85, 0.75, 0.55, 0.70),
    "holdout157.yaml": (0.90, 0.60, 0.05, 0.90, 0.85, 0.55, 0.70),
    # two more briefs; measured once (heat P/R 0.83 / 0.69, 0.87 / 0.73), then tuned on;
    # no model learns from them
    "holdout159.yaml": (0.75, 0.85, 0.05, 0.80, 0.80, 0.50, 0.65),
    "holdout160.yaml": (0.90, 0.80, 0.05, 0.85, 0.90, 0.75, 0.80),
    # two more briefs; measured once (heat P/R 0.81 / 0.75, 0.86 / 0.48), then tuned on;
    # no model learns from them
    "holdout162.yaml": (0.75, 0.75, 0.05, 0.75, 0.80, 0.70, 0.85),
    "holdout163.yaml": (0.90, 0.75, 0.05, 0.85, 0.70, 0.60, 0.70),
    # two more briefs; measured once (heat P/R 0.92 / 0.71, 0.76 / 0.50), then tuned on;
    # no model learns from them
    "holdout165.yaml": (0.95, 0.85, 0.05, 0.85, 0.80, 0.65, 0.75),
    "holdout166.yaml": (0.95, 0.85, 0.05, 0.75, 0.65, 0.35, 0.60),
    # two more briefs; measured once (heat P/R 0.91 / 0.58, 0.79 / 0.64), then tuned on;
    # no model learns from them
    "holdout168.yaml": (0.95, 0.80, 0.05, 0.85, 0.70, 0.70, 0.80),
    "holdout169.yaml": (0.95, 0.85, 0.05, 0.75, 0.70, 0.60, 0.80),
    # two more briefs; measured once (heat P/R 0.89 / 0.58, 0.85 / 0.84), then tuned on;
    # no model learns from them
    "holdout171.yaml": (0.95, 0.80, 0.05, 0.85, 0.70, 0.55, 0.70),
    "holdout172.yaml": (0.90, 0.75, 0.05, 0.80, 0.80, 0.60, 0.75),
    # two more briefs; measured once (heat P/R 0.95 / 0.53, 0.70 / 0.61), then tuned on;
    # no model learns from them
    "holdout174.yaml": (0.95, 0.60, 0.05, 0.90, 0.60, 0.70, 0.80),
    "holdout175.yaml": (0.95, 0.85, 0.05, 0.70, 0.70, 0.60, 0.70),
    # two more briefs; measured once (heat P/R 0.82 / 0.64, 0.72 / 0.67), then tuned on;
    # no model learns from them
    "holdout177.yaml": (0.80, 0.65, 0.10, 0.80, 0.75, 0.60, 0.70),
    "holdout178.yaml": (0.90, 0.70, 0.10, 0.70, 0.80, 0.30, 0.60),
    # two more briefs; measured once (heat P/R 0.69 / 0.69, 0.70 / 0.64), then tuned on;
    # no model learns from them
    # (vague precision 1.00 -> 0.92 in round 190: its "Please familiarise yourself with the
    # selling criteria before your next application." is heat to its writer; 8 of the 10
    # such plain requests in the labelled sets are vague asks)
    "holdout180.yaml": (0.90, 0.85, 0.05, 0.65, 0.70, 0.55, 0.65),
    "holdout181.yaml": (0.90, 0.75, 0.05, 0.70, 0.70, 0.50, 0.70),
    # two more briefs; measured once (heat P/R 0.82 / 0.64, 0.82 / 0.75), then tuned on;
    # no model learns from them
    # (vague recall 0.95 -> 0.89 when the clarity model began to learn from every tuned set
    # and its threshold rose to 0.9)
    "holdout183.yaml": (0.90, 0.85, 0.10, 0.80, 0.80, 0.50, 0.65),
    "holdout184.yaml": (0.85, 0.75, 0.05, 0.75, 0.75, 0.50, 0.65),
    # two more briefs; measured once (heat P/R 0.83 / 0.58, 0.76 / 0.71), then tuned on;
    # no model learns from them
    "holdout186.yaml": (0.95, 0.90, 0.05, 0.85, 0.80, 0.70, 0.75),
    "holdout187.yaml": (0.95, 0.95, 0.05, 0.75, 0.85, 0.60, 0.75),
    # two more briefs; measured once (heat P/R 0.91 / 0.74, 0.82 / 0.57), then tuned on;
    # no model learns from them
    "holdout189.yaml": (0.95, 0.75, 0.05, 0.90, 0.90, 0.70, 0.75),
    "holdout190.yaml": (0.85, 0.95, 0.05, 0.85, 0.85, 0.50, 0.65),
    # two more briefs; measured once (heat P/R 0.88 / 0.64, 0.83 / 0.72), then tuned on;
    # no model learns from them
    "holdout192.yaml": (0.75, 0.70, 0.05, 0.85, 0.75, 0.50, 0.70),
    "holdout193.yaml": (0.75, 0.65, 0.10, 0.80, 0.85, 0.70, 0.70),
    # two more briefs; measured once (heat P/R 1.00 / 0.77, 0.86 / 0.63), then tuned on;
    # no model learns from them
    "holdout195.yaml": (0.85, 0.75, 0.10, 0.95, 0.85, 0.75, 0.75),
    "holdout196.yaml": (0.75, 0.75, 0.10, 0.85, 0.85, 0.45, 0.60),
    # two more briefs; measured once (heat P/R 0.85 / 0.64, 0.75 / 0.71), then tuned on;
    # no model learns from them
    "holdout198.yaml": (0.90, 0.80, 0.10, 0.85, 0.75, 0.55, 0.70),
    "holdout199.yaml": (0.95, 0.90, 0.05, 0.75, 0.80, 0.65, 0.80),
    # two more briefs; measured once (heat P/R 0.84 / 0.62, 0.79 / 0.62), then tuned on;
    # no model learns from them
    "holdout201.yaml": (0.95, 0.80, 0.05, 0.85, 0.80, 0.60, 0.75),
    "holdout202.yaml": (0.90, 0.90, 0.05, 0.75, 0.65, 0.75, 0.80),
    # two more briefs; measured once (heat P/R 0.83 / 0.59, 0.84 / 0.61), then tuned on;
    # no model learns from them
    "holdout204.yaml": (0.90, 0.70, 0.05, 0.85, 0.80, 0.60, 0.80),
    "holdout205.yaml": (0.90, 0.70, 0.10, 0.85, 0.75, 0.40, 0.60),
    # two more briefs; measured once (heat P/R 0.76 / 0.59, 0.81 / 0.57), then tuned on;
    # no model learns from them
    "holdout207.yaml": (0.75, 0.75, 0.10, 0.80, 0.75, 0.50, 0.65),
    "holdout208.yaml": (0.75, 0.85, 0.05, 0.80, 0.75, 0.45, 0.70),
    # two more briefs; measured once (heat P/R 0.88 / 0.75, 0.87 / 0.72), then tuned on;
    # no model learns from them
    "holdout210.yaml": (0.95, 0.70, 0.05, 0.85, 0.75, 0.60, 0.70),
    "holdout211.yaml": (0.95, 0.80, 0.05, 0.85, 0.85, 0.70, 0.70),
    # two more briefs; measured once (heat P/R 0.83 / 0.60, 0.77 / 0.76), then tuned on;
    # no model learns from them
    "holdout213.yaml": (0.90, 0.90, 0.05, 0.80, 0.70, 0.70, 0.75),
    "holdout214.yaml": (0.85, 0.75, 0.05, 0.75, 0.80, 0.50, 0.65),
    # two more briefs; measured once (heat P/R 0.91 / 0.73, 0.61 / 0.69), then tuned on;
    # no model learns from them
    "holdout216.yaml": (0.85, 0.70, 0.10, 0.85, 0.90, 0.75, 0.80),
    "holdout217.yaml": (0.95, 0.75, 0.05, 0.65, 0.80, 0.25, 0.65),
    # two more briefs; measured once (heat P/R 0.96 / 0.81, 0.86 / 0.67), then tuned on;
    # no model learns from them
    "holdout219.yaml": (0.85, 0.75, 0.10, 0.90, 0.85, 0.60, 0.75),
    "holdout220.yaml": (0.90, 0.90, 0.05, 0.85, 0.75, 0.55, 0.70),
    # two more briefs; measured once (heat P/R 0.79 / 0.72, 0.71 / 0.65), then tuned on;
    # no model learns from them
    "holdout222.yaml": (0.85, 0.85, 0.05, 0.80, 0.85, 0.60, 0.80),
    "holdout223.yaml": (0.85, 0.85, 0.05, 0.75, 0.80, 0.55, 0.75),
    # two more briefs; measured once (heat P/R 0.78 / 0.63, 0.78 / 0.67), then tuned on;
    # no model learns from them
    "holdout225.yaml": (0.85, 0.65, 0.05, 0.75, 0.70, 0.65, 0.75),
    "holdout226.yaml": (0.90, 0.70, 0.05, 0.75, 0.85, 0.65, 0.75),
    # two more briefs; measured once (heat P/R 0.83 / 0.79, 0.84 / 0.63), then tuned on;
    # no model learns from them
    "holdout228.yaml": (0.90, 0.60, 0.05, 0.80, 0.85, 0.60, 0.70),
    "holdout229.yaml": (0.80, 0.60, 0.05, 0.80, 0.75, 0.65, 0.80),
    # two more briefs; measured once (heat P/R 0.78 / 0.77, 0.82 / 0.67), then tuned on;
    # no model learns from them
    "holdout231.yaml": (0.85, 0.80, 0.10, 0.75, 0.85, 0.55, 0.70),
    "holdout232.yaml": (0.90, 0.60, 0.05, 0.80, 0.85, 0.55, 0.75),
    # two more briefs; measured once (heat P/R 0.81 / 0.70, 0.88 / 0.57), then tuned on;
    # no model learns from them
    "holdout234.yaml": (0.90, 0.60, 0.05, 0.75, 0.80, 0.65, 0.80),
    "holdout235.yaml": (0.85, 0.80, 0.05, 0.85, 0.90, 0.60, 0.80),
    # two more briefs; measured once (heat P/R 0.81 / 0.70, 0.86 / 0.67), then tuned on;
    # no model learns from them
    "holdout237.yaml": (0.90, 0.85, 0.05, 0.80, 0.80, 0.60, 0.75),
    "holdout238.yaml": (0.85, 0.80, 0.05, 0.80, 0.80, 0.60, 0.75),
    # two more briefs; measured once (heat P/R 0.73 / 0.63, 0.80 / 0.64), then tuned on;
    # no model learns from them
    "holdout240.yaml": (0.90, 0.70, 0.05, 0.70, 0.80, 0.65, 0.75),
    "holdout241.yaml": (0.90, 0.70, 0.05, 0.80, 0.75, 0.50, 0.70),
    # two more briefs; measured once (heat P/R 0.84 / 0.66, 0.79 / 0.59), then tuned on;
    # no model learns from them
    "holdout243.yaml": (0.90, 0.70, 0.05, 0.80, 0.90, 0.65, 0.80),
    "holdout244.yaml": (0.80, 0.85, 0.05, 0.75, 0.70, 0.80, 0.85),
    # two more briefs; measured once (heat P/R 0.88 / 0.81, 0.73 / 0.71), then tuned on;
    # no model learns from them
    "holdout246.yaml": (0.80, 0.85, 0.15, 0.85, 0.85, 0.75, 0.80),
    "holdout247.yaml": (0.80, 0.80, 0.20, 0.70, 0.85, 0.45, 0.80),
    # two more briefs; measured once (heat P/R 0.86 / 0.81, 0.85 / 0.73), then tuned on;
    # no model learns from them
    "holdout249.yaml": (0.75, 0.75, 0.10, 0.80, 0.80, 0.60, 0.75),
    # (LEAP mean 0.87 -> 0.69 when one echoed term of the customer's began to
    # count for Listen: Listen 0.61 -> -0.10; pooled, tuned 0.670 -> 0.742,
    # judges 0.662 -> 0.737)
    "holdout250.yaml": (0.90, 0.70, 0.05, 0.80, 0.75, 0.55, 0.66),
    # two more briefs; measured once (heat P/R 0.76 / 0.70, 0.81 / 0.56), then tuned on;
    # no model learns from them
    "holdout252.yaml": (0.85, 0.65, 0.05, 0.75, 0.80, 0.65, 0.75),
    "holdout253.yaml": (0.70, 0.90, 0.15, 0.80, 0.75, 0.55, 0.60),
    # two more briefs; measured once (heat P/R 0.96 / 0.80, 0.75 / 0.55), then tuned on;
    # no model learns from them
    "holdout255.yaml": (0.90, 0.80, 0.05, 0.90, 0.85, 0.65, 0.80),
    "holdout256.yaml": (0.85, 0.70, 0.10, 0.75, 0.65, 0.40, 0.50),
    # two more briefs; measured once (heat P/R 0.81 / 0.85, 0.90 / 0.63), then tuned on;
    # no model learns from them
    "holdout258.yaml": (0.85, 0.90, 0.05, 0.75, 0.90, 0.65, 0.75),
    "holdout259.yaml": (0.90, 0.70, 0.05, 0.85, 0.75, 0.65, 0.70),
    # two more briefs; measured once (heat P/R 0.82 / 0.59, 0.81 / 0.76), then tuned on;
    # no model learns from them
    "holdout261.yaml": (0.90, 0.85, 0.05, 0.80, 0.70, 0.55, 0.65),
    "holdout262.yaml": (0.80, 0.80, 0.10, 0.75, 0.85, 0.45, 0.75),
    # two more briefs; measured once (heat P/R 0.84 / 0.70, 0.92 / 0.71), then tuned on;
    # no model learns from them
    "holdout264.yaml": (0.95, 0.75, 0.05, 0.80, 0.75, 0.45, 0.60),
    "holdout265.yaml": (0.85, 0.75, 0.05, 0.85, 0.75, 0.65, 0.80),
    # two more briefs; measured once (heat P/R 0.86 / 0.71, 0.79 / 0.58), then tuned on;
    # no model learns from them
    "holdout267.yaml": (0.80, 0.75, 0.05, 0.80, 0.75, 0.60, 0.70),
    "holdout268.yaml": (0.80, 0.60, 0.10, 0.75, 0.70, 0.55, 0.70),
    # two more briefs; measured once (heat P/R 0.74 / 0.68, 0.86 / 0.69), then tuned on;
    # no model learns from them
    "holdout270.yaml": (0.85, 0.65, 0.10, 0.75, 0.80, 0.60, 0.70),
    "holdout271.yaml": (0.80, 0.65, 0.05, 0.85, 0.80, 0.55, 0.65),
    # two more briefs; measured once (heat P/R 0.86 / 0.58, 0.89 / 0.50), then tuned on;
    # no model learns from them
    "holdout273.yaml": (0.80, 0.85, 0.10, 0.80, 0.70, 0.50, 0.65),
    "holdout274.yaml": (0.80, 0.60, 0.10, 0.85, 0.75, 0.65, 0.75),
    # two more briefs; measured once (heat P/R 0.95 / 0.69, 0.95 / 0.62), then tuned on;
    # no model learns from them
    "holdout276.yaml": (0.95, 0.80, 0.05, 0.90, 0.80, 0.55, 0.70),
    "holdout277.yaml": (0.90, 0.75, 0.10, 0.90, 0.80, 0.50, 0.65),
    # two more briefs; measured once (heat P/R 0.87 / 0.76, 0.83 / 0.76), then tuned on;
    # no model learns from them
    "holdout279.yaml": (0.80, 0.70, 0.10, 0.85, 0.80, 0.60, 0.70),
    "holdout280.yaml": (0.95, 0.75, 0.05, 0.80, 0.75, 0.50, 0.60),
    # two more briefs; measured once (heat P/R 0.87 / 0.80, 0.89 / 0.85), then tuned on;
    # no model learns from them
    "holdout282.yaml": (0.75, 0.80, 0.10, 0.85, 0.85, 0.60, 0.65),
    "holdout283.yaml": (0.95, 0.85, 0.05, 0.85, 0.85, 0.55, 0.70),
    # two more briefs; measured once (heat P/R 0.94 / 0.86, 0.92 / 0.74), then tuned on;
    # no model learns from them
    "holdout285.yaml": (0.85, 0.65, 0.05, 0.85, 0.85, 0.75, 0.85),
    "holdout286.yaml": (0.85, 0.75, 0.10, 0.85, 0.75, 0.60, 0.75),
    # two more briefs; measured once (heat P/R 0.81 / 0.73, 0.88 / 0.67), then tuned on;
    # no model learns from them
    "holdout288.yaml": (0.95, 0.80, 0.05, 0.80, 0.75, 0.60, 0.75),
    "holdout289.yaml": (0.85, 0.70, 0.05, 0.80, 0.65, 0.65, 0.75),
    # two more briefs; measured once (heat P/R 0.80 / 0.66, 0.88 / 0.64), then tuned on;
    # no model learns from them
    "holdout291.yaml": (0.85, 0.70, 0.05, 0.80, 0.75, 0.55, 0.80),
    "holdout292.yaml": (0.95, 0.60, 0.05, 0.85, 0.80, 0.50, 0.70),
    # two more briefs; measured once (heat P/R 0.76 / 0.48, 0.84 / 0.48), then tuned on;
    # no model learns from them
    "holdout294.yaml": (0.85, 0.70, 0.05, 0.75, 0.65, 0.60, 0.70),
    "holdout295.yaml": (0.80, 0.85, 0.10, 0.80, 0.70, 0.20, 0.55),
    # two more briefs; measured once (heat P/R 0.97 / 0.78, 0.69 / 0.63), then tuned on;
    # no model learns from them
    "holdout297.yaml": (0.80, 0.65, 0.05, 0.90, 0.75, 0.55, 0.75),
    "holdout298.yaml": (0.85, 0.85, 0.10, 0.70, 0.75, 0.60, 0.75),
    # two more briefs; measured once (heat P/R 0.92 / 0.72, 0.84 / 0.72), then tuned on;
    # no model learns from them
    "holdout300.yaml": (0.85, 0.75, 0.05, 0.85, 0.75, 0.60, 0.75),
    "holdout301.yaml": (0.95, 0.85, 0.05, 0.80, 0.85, 0.55, 0.70),
    # two more briefs; measured once (heat P/R 0.86 / 0.81, 0.72 / 0.61), then tuned on;
    # no model learns from them
    "holdout303.yaml": (0.95, 0.65, 0.05, 0.80, 0.85, 0.30, 0.70),
    "holdout304.yaml": (0.75, 0.80, 0.10, 0.70, 0.65, 0.70, 0.80),
    # two more briefs; measured once (heat P/R 0.77 / 0.74, 0.91 / 0.67), then tuned on;
    # no model learns from them
    "holdout306.yaml": (0.85, 0.70, 0.10, 0.70, 0.75, 0.75, 0.85),
    "holdout307.yaml": (0.85, 0.80, 0.05, 0.85, 0.80, 0.65, 0.80),
    # two more briefs; measured once (heat P/R 0.86 / 0.76, 0.87 / 0.68), then tuned on;
    # no model learns from them
    "holdout309.yaml": (0.85, 0.70, 0.05, 0.80, 0.80, 0.60, 0.70),
    "holdout310.yaml": (0.95, 0.70, 0.05, 0.80, 0.75, 0.55, 0.70),
    # two more briefs; measured once (heat P/R 0.77 / 0.70, 0.87 / 0.68), then tuned on;
    # no model learns from them
    "holdout312.yaml": (0.85, 0.90, 0.10, 0.75, 0.75, 0.25, 0.60),
    "holdout313.yaml": (0.85, 0.75, 0.05, 0.85, 0.75, 0.60, 0.75),
    # two more briefs; measured once (heat P/R 0.70 / 0.61, 0.72 / 0.66), then tuned on;
    # no model learns from them
    "holdout315.yaml": (0.70, 0.90, 0.10, 0.70, 0.80, 0.60, 0.75),
    # (vague precision 1.00 -> 0.95, recall 0.75 -> 0.85, when the clarity model began to
    # learn from every tuned set)
    "holdout316.yaml": (0.90, 0.65, 0.05, 0.75, 0.75, 0.60, 0.70),
    # two more briefs; measured once (heat P/R 0.81 / 0.68, 0.90 / 0.72), then tuned on;
    # no model learns from them
    "holdout318.yaml": (0.85, 0.85, 0.05, 0.75, 0.75, 0.50, 0.65),
    "holdout319.yaml": (0.85, 0.80, 0.05, 0.85, 0.75, 0.65, 0.65),
    # two more briefs; measured once (heat P/R 0.96 / 0.72, 0.90 / 0.73), then tuned on;
    # no model learns from them
    "holdout321.yaml": (0.80, 0.70, 0.05, 0.90, 0.65, 0.75, 0.80),
    "holdout322.yaml": (0.80, 0.55, 0.10, 0.85, 0.75, 0.70, 0.75),
    # two more briefs; measured once (heat P/R 0.86 / 0.63, 0.92 / 0.73), then tuned on;
    # no model learns from them
    "holdout324.yaml": (0.90, 0.80, 0.05, 0.80, 0.70, 0.75, 0.85),
    "holdout325.yaml": (0.90, 0.65, 0.05, 0.85, 0.80, 0.60, 0.75),
    # two more briefs; measured once (heat P/R 0.79 / 0.61, 0.76 / 0.52), then tuned on;
    # no model learns from them
    "holdout327.yaml": (0.90, 0.60, 0.05, 0.80, 0.80, 0.60, 0.70),
    # (LEAP mean 0.96 -> 0.84 when one echoed term of the customer's began to
    # count for Listen: Listen 0.85 -> 0.36; pooled, tuned 0.670 -> 0.742,
    # judges 0.662 -> 0.737)
    "holdout328.yaml": (0.90, 0.60, 0.05, 0.75, 0.60, 0.75, 0.81),
    # two more briefs; measured once (heat P/R 0.86 / 0.77, 0.92 / 0.77), then tuned on;
    # no model learns from them
    "holdout330.yaml": (0.90, 0.85, 0.05, 0.80, 0.75, 0.60, 0.75),
    "holdout331.yaml": (0.90, 0.80, 0.05, 0.85, 0.90, 0.65, 0.80),
    # two more briefs; measured once (heat P/R 0.87 / 0.63, 0.85 / 0.72), then tuned on;
    # no model learns from them
    "holdout333.yaml": (0.85, 0.85, 0.05, 0.80, 0.80, 0.60, 0.70),
    "holdout334.yaml": (0.90, 0.90, 0.10, 0.80, 0.80, 0.60, 0.75),
    # two more briefs; measured once (heat P/R 0.75 / 0.67, 0.71 / 0.77), then tuned on;
    # no model learns from them
    "holdout336.yaml": (0.80, 0.60, 0.10, 0.75, 0.85, 0.50, 0.70),
    "holdout337.yaml": (0.90, 0.80, 0.05, 0.70, 0.85, 0.60, 0.70),
    # two more briefs; measured once (heat P/R 0.93 / 0.88, 0.96 / 0.67), then tuned on;
    # no model learns from them
    "holdout339.yaml": (0.90, 0.70, 0.05, 0.85, 0.85, 0.60, 0.70),
    "holdout340.yaml": (0.90, 0.75, 0.05, 0.85, 0.90, 0.65, 0.75),
    # two more briefs; measured once (heat P/R 0.72 / 0.78, 0.89 / 0.72), then tuned on;
    # no model learns from them
    "holdout342.yaml": (0.90, 0.75, 0.05, 0.70, 0.80, 0.40, 0.70),
    "holdout343.yaml": (0.85, 0.85, 0.10, 0.80, 0.75, 0.55, 0.70),
    # two more briefs; measured once (heat P/R 0.84 / 0.86, 0.88 / 0.68), then tuned on;
    # no model learns from them
    "holdout345.yaml": (0.90, 0.80, 0.05, 0.75, 0.80, 0.35, 0.70),
    "holdout346.yaml": (0.80, 0.85, 0.05, 0.85, 0.70, 0.70, 0.80),
    # two more briefs; measured once (heat P/R 0.92 / 0.71, 0.76 / 0.57), then tuned on;
    # no model learns from them
    "holdout348.yaml": (0.85, 0.90, 0.05, 0.85, 0.70, 0.70, 0.75),
    "holdout349.yaml": (0.85, 0.90, 0.10, 0.80, 0.70, 0.30, 0.55),
    # two more briefs; measured once (heat P/R 0.75 / 0.52, 0.82 / 0.56), then tuned on;
    # no model learns from them
    "holdout351.yaml": (0.80, 0.75, 0.05, 0.70, 0.65, 0.65, 0.70),
    "holdout352.yaml": (0.90, 0.75, 0.05, 0.80, 0.70, 0.65, 0.75),
    # two more briefs; measured once (heat P/R 0.72 / 0.66, 0.86 / 0.64), then tuned on;
    # no model learns from them
    "holdout354.yaml": (0.85, 0.70, 0.10, 0.65, 0.65, 0.70, 0.80),
    "holdout355.yaml": (0.90, 0.75, 0.05, 0.80, 0.75, 0.55, 0.70),
    # two more briefs; measured once (heat P/R 0.91 / 0.71, 0.74 / 0.64), then tuned on;
    # no model learns from them
    "holdout357.yaml": (0.90, 0.80, 0.05, 0.85, 0.75, 0.65, 0.75),
    "holdout358.yaml": (0.80, 0.65, 0.05, 0.75, 0.70, 0.50, 0.65),
    # two more briefs; measured once (heat P/R 0.81 / 0.61, 0.83 / 0.64), then tuned on;
    # no model learns from them
    "holdout360.yaml": (0.70, 0.75, 0.05, 0.75, 0.75, 0.70, 0.75),
    "holdout361.yaml": (0.85, 0.70, 0.05, 0.75, 0.65, 0.65, 0.75),
    # two more briefs; measured once (heat P/R 0.89 / 0.55, 0.85 / 0.68), then tuned on;
    # no model learns from them
    "holdout363.yaml": (0.90, 0.60, 0.05, 0.80, 0.55, 0.45, 0.70),
    "holdout364.yaml": (0.90, 0.55, 0.05, 0.80, 0.70, 0.55, 0.70),
    # two more briefs; measured once (heat P/R 0.87 / 0.59, 0.85 / 0.80), then tuned on;
    # no model learns from them
    "holdout366.yaml": (0.90, 0.80, 0.05, 0.85, 0.85, 0.35, 0.75),
    "holdout367.yaml": (0.85, 0.85, 0.05, 0.80, 0.85, 0.55, 0.70),
    # two more briefs; measured once (heat P/R 0.92 / 0.80, 0.90 / 0.60), then tuned on;
    # no model learns from them
    "holdout369.yaml": (0.90, 0.80, 0.05, 0.85, 0.85, 0.65, 0.75),
    "holdout370.yaml": (0.90, 0.75, 0.05, 0.85, 0.75, 0.75, 0.85),
    # two more briefs; measured once (heat P/R 0.86 / 0.86, 0.79 / 0.66), then tuned on;
    # no model learns from them
    "holdout372.yaml": (0.90, 0.75, 0.05, 0.80, 0.85, 0.50, 0.65),
    "holdout373.yaml": (0.85, 0.90, 0.05, 0.75, 0.65, 0.15, 0.60),
    # two more briefs; measured once (heat P/R 0.78 / 0.69, 0.86 / 0.74), then tuned on;
    # no model learns from them
    "holdout375.yaml": (0.90, 0.70, 0.05, 0.75, 0.80, 0.30, 0.57),
    "holdout376.yaml": (0.90, 0.60, 0.05, 0.80, 0.80, 0.50, 0.75),
    # two more briefs; measured once (heat P/R 0.78 / 0.79, 0.76 / 0.60), then tuned on;
    # no model learns from them
    "holdout378.yaml": (0.90, 0.75, 0.05, 0.75, 0.80, 0.60, 0.73),
    "holdout379.yaml": (0.90, 0.80, 0.05, 0.75, 0.60, 0.45, 0.71),
    # two more briefs; measured once (heat P/R 0.86 / 0.69, 0.73 / 0.74), then tuned on;
    # no model learns from them
    "holdout381.yaml": (0.85, 0.85, 0.05, 0.80, 0.70, 0.60, 0.70),
    "holdout382.yaml": (0.90, 0.65, 0.05, 0.70, 0.80, 0.15, 0.56),
    # two more briefs; measured once (heat P/R 0.85 / 0.72, 0.88 / 0.71), then tuned on;
    # no model learns from them
    "holdout384.yaml": (0.85, 0.60, 0.05, 0.80, 0.65, 0.10, 0.58),
    "holdout385.yaml": (0.90, 0.85, 0.05, 0.85, 0.85, 0.55, 0.67),
    # two more briefs; measured once (heat P/R 0.81 / 0.76, 0.94 / 0.71), then tuned on;
    # no model learns from them
    "holdout387.yaml": (0.80, 0.70, 0.10, 0.75, 0.75, 0.65, 0.75),
    "holdout388.yaml": (0.85, 0.55, 0.05, 0.85, 0.75, 0.70, 0.80),
    # two more briefs; measured once (heat P/R 0.82 / 0.54, 0.88 / 0.83), then tuned on;
    # no model learns from them
    "holdout390.yaml": (0.90, 0.90, 0.05, 0.80, 0.70, 0.55, 0.69),
    "holdout391.yaml": (0.85, 0.60, 0.05, 0.80, 0.85, 0.45, 0.68),
    # two more briefs; measured once (heat P/R 0.90 / 0.64, 0.83 / 0.66), then tuned on;
    # no model learns from them
    "holdout393.yaml": (0.90, 0.85, 0.05, 0.85, 0.75, 0.50, 0.70),
    "holdout394.yaml": (0.90, 0.60, 0.05, 0.80, 0.65, 0.40, 0.61),
    # two more briefs; measured once (heat P/R 0.83 / 0.64, 0.85 / 0.81), then tuned on;
    # no model learns from them
    "holdout396.yaml": (0.90, 0.75, 0.05, 0.80, 0.75, 0.40, 0.63),
    "holdout397.yaml": (0.90, 0.65, 0.05, 0.80, 0.85, 0.50, 0.73),
    # two more briefs; measured once (heat P/R 0.67 / 0.57, 0.81 / 0.72), then tuned on;
    # no model learns from them
    "holdout399.yaml": (0.90, 0.80, 0.05, 0.65, 0.75, 0.35, 0.58),
    "holdout400.yaml": (0.85, 0.70, 0.05, 0.75, 0.80, 0.70, 0.79),
    # two more briefs; measured once (heat P/R 0.89 / 0.83, 0.73 / 0.75), then tuned on;
    # no model learns from them
    "holdout402.yaml": (0.70, 0.70, 0.05, 0.80, 0.85, 0.55, 0.79),
    "holdout403.yaml": (0.90, 0.70, 0.05, 0.70, 0.90, 0.50, 0.68),
    # two more briefs; measured once (heat P/R 0.86 / 0.64, 0.96 / 0.79), then tuned on;
    # no model learns from them
    "holdout405.yaml": (0.80, 0.80, 0.10, 0.80, 0.85, 0.45, 0.77),
    "holdout406.yaml": (0.90, 0.80, 0.05, 0.85, 0.80, 0.40, 0.60),
    # two more briefs; measured once (heat P/R 0.89 / 0.77, 0.77 / 0.73), then tuned on;
    # no model learns from them
    # (LEAP mean 0.92 -> 0.72 when one echoed term of the customer's began to
    # count for Listen: Listen 0.80 -> 0.00; pooled, tuned 0.670 -> 0.742,
    # judges 0.662 -> 0.737)
    "holdout408.yaml": (0.75, 0.90, 0.05, 0.85, 0.85, 0.70, 0.68),
    "holdout409.yaml": (0.90, 0.75, 0.05, 0.70, 0.70, 0.40, 0.70),
    # two more briefs; measured once (heat P/R 0.75 / 0.73, 0.83 / 0.86), then tuned on;
    # no model learns from them
    "holdout411.yaml": (0.90, 0.85, 0.05, 0.70, 0.80, 0.55, 0.73),
    "holdout412.yaml": (0.80, 0.80, 0.10, 0.75, 0.85, 0.60, 0.75),
    # two more briefs; measured once (heat P/R 0.77 / 0.86, 0.95 / 0.76), then tuned on;
    # no model learns from them
    "holdout414.yaml": (0.85, 0.65, 0.10, 0.70, 0.85, 0.65, 0.79),
    "holdout415.yaml": (0.90, 0.75, 0.05, 0.85, 0.80, 0.50, 0.70),
    # two more briefs; measured once (heat P/R 0.83 / 0.68, 0.92 / 0.65), then tuned on;
    # no model learns from them
    "holdout417.yaml": (0.90, 0.70, 0.05, 0.75, 0.80, 0.55, 0.66),
    "holdout418.yaml": (0.80, 0.65, 0.10, 0.85, 0.80, 0.45, 0.61),
    # two more briefs; measured once (heat P/R 0.82 / 0.77, 0.83 / 0.61), then tuned on;
    # no model learns from them
    "holdout420.yaml": (0.90, 0.70, 0.05, 0.75, 0.80, 0.60, 0.68),
    "holdout421.yaml": (0.90, 0.80, 0.05, 0.75, 0.70, 0.35, 0.64),
    # two more briefs; measured once (heat P/R 0.86 / 0.67, 0.89 / 0.72), then tuned on;
    # no model learns from them
    "holdout423.yaml": (0.90, 0.70, 0.05, 0.85, 0.75, 0.35, 0.69),
    "holdout424.yaml": (0.80, 0.80, 0.10, 0.85, 0.80, 0.45, 0.63),
    # two more briefs; measured once (heat P/R 0.81 / 0.76, 0.86 / 0.81), then tuned on;
    # no model learns from them
    "holdout426.yaml": (0.90, 0.80, 0.05, 0.75, 0.75, 0.65, 0.73),
    "holdout427.yaml": (0.90, 0.70, 0.05, 0.80, 0.75, 0.55, 0.69),
    # two more briefs; measured once (heat P/R 0.81 / 0.59, 0.79 / 0.68), then tuned on;
    # no model learns from them
    "holdout429.yaml": (0.85, 0.60, 0.10, 0.75, 0.75, 0.50, 0.72),
    "holdout430.yaml": (0.85, 0.85, 0.10, 0.75, 0.75, 0.65, 0.73),
    # two more briefs; measured once (heat P/R 0.85 / 0.70, 0.86 / 0.79), then tuned on;
    # no model learns from them
    "holdout432.yaml": (0.90, 0.65, 0.05, 0.80, 0.75, 0.45, 0.61),
    "holdout433.yaml": (0.90, 0.65, 0.05, 0.80, 0.80, 0.25, 0.64),
    # two more briefs; measured once (heat P/R 0.60 / 0.63, 0.87 / 0.67), then tuned on;
    # no model learns from them
    "holdout435.yaml": (0.85, 0.65, 0.05, 0.60, 0.75, 0.35, 0.64),
    "holdout436.yaml": (0.90, 0.80, 0.05, 0.80, 0.70, 0.75, 0.85),
    # two more briefs; measured once (heat P/R 0.87 / 0.72, 0.75 / 0.84), then tuned on;
    # no model learns from them
    "holdout438.yaml": (0.75, 0.70, 0.15, 0.75, 0.65, 0.50, 0.71),
    "holdout439.yaml": (0.85, 0.55, 0.05, 0.65, 0.80, 0.70, 0.77),
    # two more briefs; measured once (heat P/R 0.96 / 0.81, 0.79 / 0.64), then tuned on;
    # no model learns from them
    "holdout441.yaml": (0.90, 0.75, 0.05, 0.85, 0.80, 0.50, 0.67),
    "holdout442.yaml": (0.80, 0.80, 0.05, 0.70, 0.65, 0.35, 0.64),
    # two more briefs; measured once (heat P/R 0.87 / 0.69, 0.78 / 0.70), then tuned on;
    # no model learns from them
    "holdout444.yaml": (0.85, 0.75, 0.10, 0.80, 0.65, 0.60, 0.75),
    "holdout445.yaml": (0.80, 0.60, 0.05, 0.72, 0.75, 0.45, 0.72),
    # two more briefs; measured once (heat P/R 0.88 / 0.79, 0.79 / 0.64), then tuned on;
    # no model learns from them
    "holdout447.yaml": (0.82, 0.85, 0.05, 0.80, 0.72, 0.55, 0.75),
    "holdout448.yaml": (0.85, 0.65, 0.10, 0.75, 0.68, 0.50, 0.71),
    # two more briefs; measured once (heat P/R 0.83 / 0.84, 0.96 / 0.69), then tuned on;
    # no model learns from them
    "holdout450.yaml": (0.90, 0.80, 0.05, 0.75, 0.78, 0.60, 0.76),
    "holdout451.yaml": (0.85, 0.70, 0.10, 0.87, 0.74, 0.35, 0.67),
    # two more briefs; measured once (heat P/R 0.93 / 0.83, 0.90 / 0.70), then tuned on;
    # no model learns from them
    "holdout453.yaml": (0.85, 0.75, 0.05, 0.85, 0.82, 0.68, 0.77),
    # (LEAP mean 0.91 -> 0.73 when one echoed term of the customer's began to
    # count for Listen: Listen 0.69 -> 0.00; pooled, tuned 0.670 -> 0.742,
    # judges 0.662 -> 0.737)
    "holdout454.yaml": (0.85, 0.80, 0.05, 0.82, 0.75, 0.57, 0.70),
    # two more briefs; measured once (heat P/R 0.92 / 0.67, 0.74 / 0.54), then tuned on;
    # no model learns from them
    "holdout456.yaml": (0.85, 0.78, 0.05, 0.85, 0.70, 0.55, 0.73),
    "holdout457.yaml": (0.85, 0.70, 0.10, 0.70, 0.65, 0.15, 0.66),
    # two more briefs; measured once (heat P/R 0.90 / 0.74, 0.83 / 0.71), then tuned on;
    # no model learns from them
    "holdout459.yaml": (0.85, 0.75, 0.05, 0.82, 0.70, 0.42, 0.72),
    "holdout460.yaml": (0.85, 0.75, 0.05, 0.77, 0.78, 0.62, 0.80),
    # two more briefs; measured once (heat P/R 1.00 / 0.76, 0.96 / 0.73), then tuned on;
    # no model learns from them
    "holdout462.yaml": (0.90, 0.70, 0.05, 0.90, 0.80, 0.35, 0.70),
    "holdout463.yaml": (0.90, 0.70, 0.05, 0.85, 0.72, 0.65, 0.82),
    # two more briefs; measured once (heat P/R 0.80 / 0.67, 0.83 / 0.78), then tuned on;
    # no model learns from them
    "holdout465.yaml": (0.90, 0.70, 0.05, 0.74, 0.72, 0.56, 0.72),
    "holdout466.yaml": (0.85, 0.60, 0.10, 0.75, 0.78, 0.48, 0.67),
    # two more briefs; measured once (heat P/R 0.79 / 0.69, 0.90 / 0.83), then tuned on;
    # no model learns from them
    "holdout468.yaml": (0.85, 0.80, 0.10, 0.72, 0.66, 0.24, 0.66),
    "holdout469.yaml": (0.72, 0.80, 0.15, 0.81, 0.83, 0.61, 0.69),
    # two more briefs; measured once (heat P/R 0.80 / 0.67, 0.84 / 0.52), then tuned on;
    # no model learns from them
    # (LEAP mean 0.89 -> 0.69 when one echoed term of the customer's began to
    # count for Listen: Listen 0.80 -> 0.00; pooled, tuned 0.670 -> 0.742,
    # judges 0.662 -> 0.737)
    "holdout471.yaml": (0.73, 0.68, 0.15, 0.75, 0.73, 0.68, 0.65),
    "holdout472.yaml": (0.90, 0.82, 0.05, 0.77, 0.56, 0.73, 0.78),
    # two more briefs; measured once (heat P/R 0.78 / 0.72, 0.92 / 0.67), then tuned on;
    # no model learns from them
    "holdout474.yaml": (0.92, 0.84, 0.05, 0.69, 0.66, 0.59, 0.75),
    "holdout475.yaml": (0.86, 0.90, 0.10, 0.83, 0.68, 0.60, 0.77),
    # two more briefs; measured once (heat P/R 0.69 / 0.76, 0.88 / 0.70), then tuned on;
    # no model learns from them
    "holdout477.yaml": (0.92, 0.75, 0.05, 0.63, 0.74, 0.68, 0.78),
    "holdout478.yaml": (0.92, 0.90, 0.05, 0.83, 0.75, 0.51, 0.75),
    # two more briefs; measured once (heat P/R 0.86 / 0.62, 0.91 / 0.70), then tuned on;
    # no model learns from them
    "holdout480.yaml": (0.85, 0.77, 0.05, 0.78, 0.66, 0.63, 0.74),
    "holdout481.yaml": (0.77, 0.69, 0.10, 0.82, 0.71, 0.48, 0.64),
    # two more briefs; measured once (heat P/R 0.94 / 0.93, 0.77 / 0.56), then tuned on;
    # no model learns from them
    "holdout483.yaml": (0.92, 0.74, 0.05, 0.87, 0.86, 0.56, 0.71),
    "holdout484.yaml": (0.85, 0.78, 0.05, 0.69, 0.53, 0.48, 0.75),
    # two more briefs; measured once (heat P/R 0.77 / 0.79, 1.00 / 0.63), then tuned on;
    # no model learns from them
    "holdout486.yaml": (0.74, 0.66, 0.15, 0.73, 0.72, 0.61, 0.78),
    "holdout487.yaml": (0.80, 0.78, 0.10, 0.90, 0.53, 0.68, 0.84),
    # two more briefs; measured once (heat P/R 0.87 / 0.85, 0.80 / 0.56), then tuned on;
    # no model learns from them
    "holdout489.yaml": (0.92, 0.78, 0.05, 0.78, 0.78, 0.57, 0.76),
    "holdout490.yaml": (0.92, 0.65, 0.05, 0.73, 0.57, 0.73, 0.82),
    # two more briefs; measured once (heat P/R 0.87 / 0.73, 0.81 / 0.65), then tuned on;
    # no model learns from them
    "holdout492.yaml": (0.81, 0.84, 0.10, 0.77, 0.63, 0.62, 0.79),
    "holdout493.yaml": (0.92, 0.65, 0.05, 0.71, 0.55, 0.66, 0.76),
    # two more briefs; measured once (heat P/R 0.91 / 0.62, 0.85 / 0.95), then tuned on;
    # no model learns from them
    "holdout495.yaml": (0.80, 0.84, 0.05, 0.81, 0.52, 0.62, 0.77),
    "holdout496.yaml": (0.87, 0.76, 0.15, 0.75, 0.85, 0.48, 0.76),
    # two more briefs; measured once (heat P/R 0.88 / 0.73, 0.72 / 0.89), then tuned on;
    # no model learns from them
    "holdout498.yaml": (0.81, 0.78, 0.05, 0.78, 0.63, 0.62, 0.74),
    "holdout499.yaml": (0.85, 0.90, 0.10, 0.62, 0.79, 0.60, 0.76),
    # two more briefs; measured once (heat P/R 0.75 / 0.72, 0.86 / 0.79), then tuned on;
    # no model learns from them
    "holdout501.yaml": (0.87, 0.84, 0.10, 0.65, 0.62, 0.54, 0.70),
    "holdout502.yaml": (0.87, 0.90, 0.05, 0.76, 0.69, 0.57, 0.76),
    # two more briefs; measured once (heat P/R 0.95 / 0.77, 0.89 / 0.84), then tuned on;
    # no model learns from them
    "holdout504.yaml": (0.77, 0.74, 0.20, 0.85, 0.67, 0.40, 0.73),
    "holdout505.yaml": (0.80, 0.72, 0.05, 0.79, 0.74, 0.56, 0.74),
    # two more briefs; measured once (heat P/R 0.96 / 0.82, 0.82 / 0.66), then tuned on;
    # no model learns from them
    "holdout507.yaml": (0.82, 0.69, 0.05, 0.86, 0.72, 0.56, 0.75),
    "holdout508.yaml": (0.73, 0.70, 0.15, 0.72, 0.56, 0.55, 0.71),
    # two more briefs; measured once (heat P/R 0.96 / 0.76, 0.76 / 0.59), then tuned on;
    # no model learns from them
    "holdout510.yaml": (0.81, 0.58, 0.05, 0.86, 0.66, 0.63, 0.74),
    "holdout511.yaml": (0.80, 0.70, 0.05, 0.66, 0.49, 0.24, 0.68),
    # two more briefs; measured once (heat P/R 0.96 / 0.86, 0.88 / 0.84), then tuned on;
    # no model learns from them
    "holdout513.yaml": (0.92, 0.79, 0.05, 0.86, 0.76, 0.48, 0.79),
    "holdout514.yaml": (0.85, 0.71, 0.05, 0.78, 0.74, 0.17, 0.57),
    # two more briefs; measured once (heat P/R 0.91 / 0.64, 0.83 / 0.76), then tuned on;
    # no model learns from them
    "holdout516.yaml": (0.92, 0.78, 0.05, 0.81, 0.54, 0.65, 0.76),
    "holdout517.yaml": (0.86, 0.66, 0.10, 0.73, 0.66, 0.64, 0.74),
    # two more briefs; measured once (heat P/R 0.79 / 0.75, 0.82 / 0.81), then tuned on;
    # no model learns from them
    "holdout519.yaml": (0.87, 0.84, 0.05, 0.69, 0.65, 0.63, 0.77),
    "holdout520.yaml": (0.82, 0.74, 0.15, 0.72, 0.71, 0.68, 0.80),
    # two more briefs; measured once (heat P/R 0.82 / 0.80, 0.93 / 0.72), then tuned on;
    # no model learns from them
    "holdout522.yaml": (0.86, 0.76, 0.05, 0.72, 0.70, 0.35, 0.70),
    "holdout523.yaml": (0.76, 0.70, 0.15, 0.83, 0.62, 0.63, 0.82),
    # two more briefs; measured once (heat P/R 0.77 / 0.81, 0.90 / 0.74), then tuned on;
    # no model learns from them
    "holdout525.yaml": (0.92, 0.78, 0.05, 0.67, 0.71, 0.48, 0.67),
    "holdout526.yaml": (0.92, 0.77, 0.15, 0.80, 0.64, 0.62, 0.73),
    # two more briefs; measured once (heat P/R 0.83 / 0.73, 0.92 / 0.76), then tuned on;
    # no model learns from them
    "holdout528.yaml": (0.85, 0.65, 0.15, 0.73, 0.63, 0.48, 0.64),
    "holdout529.yaml": (0.92, 0.60, 0.05, 0.82, 0.66, 0.55, 0.75),
    # two more briefs; measured once (heat P/R 0.75 / 0.65, 0.75 / 0.64), then tuned on;
    # no model learns from them
    "holdout531.yaml": (0.92, 0.90, 0.05, 0.65, 0.55, 0.62, 0.72),
    "holdout532.yaml": (0.81, 0.71, 0.05, 0.65, 0.54, 0.67, 0.75),
    # two more briefs; measured once (heat P/R 0.88 / 0.83, 0.83 / 0.79), then tuned on;
    # no model learns from them
    "holdout534.yaml": (0.92, 0.78, 0.05, 0.78, 0.73, 0.59, 0.72),
    "holdout535.yaml": (0.80, 0.82, 0.05, 0.73, 0.69, 0.57, 0.74),
    # two more briefs; measured once (heat P/R 0.84 / 0.75, 0.71 / 0.67), then tuned on;
    # no model learns from them
    "holdout537.yaml": (0.85, 0.51, 0.05, 0.74, 0.65, 0.34, 0.62),
    "holdout538.yaml": (0.81, 0.78, 0.10, 0.61, 0.57, 0.70, 0.81),
    # two more briefs; measured once (heat P/R 0.78 / 0.87, 0.78 / 0.59), then tuned on;
    # no model learns from them
    "holdout540.yaml": (0.92, 0.83, 0.05, 0.68, 0.77, 0.63, 0.74),
    "holdout541.yaml": (0.92, 0.80, 0.05, 0.68, 0.49, 0.53, 0.69),
    # two more briefs; measured once (heat P/R 0.81 / 0.81, 0.76 / 0.68), then tuned on;
    # no model learns from them
    "holdout543.yaml": (0.85, 0.77, 0.10, 0.71, 0.71, 0.56, 0.74),
    "holdout544.yaml": (0.85, 0.82, 0.10, 0.66, 0.58, 0.55, 0.77),
    # two more briefs; measured once (heat P/R 0.78 / 0.54, 0.89 / 0.68), then tuned on;
    # no model learns from them
    "holdout546.yaml": (0.82, 0.79, 0.15, 0.68, 0.44, 0.46, 0.77),
    "holdout547.yaml": (0.86, 0.84, 0.05, 0.79, 0.58, 0.68, 0.84),
    # two more briefs; measured once (heat P/R 0.79 / 0.52, 0.90 / 0.82), then tuned on;
    # no model learns from them
    "holdout549.yaml": (0.92, 0.70, 0.05, 0.69, 0.42, 0.48, 0.62),
    "holdout550.yaml": (0.92, 0.70, 0.05, 0.80, 0.72, 0.50, 0.68),
    # two more briefs; measured once (heat P/R 0.70 / 0.64, 0.83 / 0.54), then tuned on;
    # no model learns from them
    "holdout552.yaml": (0.92, 0.83, 0.05, 0.60, 0.54, 0.61, 0.69),
    "holdout553.yaml": (0.86, 0.79, 0.05, 0.73, 0.44, 0.41, 0.72),
    # two more briefs; measured once (heat P/R 0.83 / 0.72, 0.87 / 0.61), then tuned on;
    # no model learns from them
    "holdout555.yaml": (0.92, 0.77, 0.05, 0.73, 0.62, 0.45, 0.71),
    "holdout556.yaml": (0.86, 0.84, 0.10, 0.77, 0.51, 0.68, 0.78),
    # two more briefs; measured once (heat P/R 0.90 / 0.79, 0.91 / 0.63), then tuned on;
    # no model learns from them
    "holdout558.yaml": (0.92, 0.63, 0.05, 0.80, 0.69, 0.42, 0.69),
    "holdout559.yaml": (0.69, 0.69, 0.15, 0.81, 0.53, 0.24, 0.62),
    # two more briefs; measured once (heat P/R 0.83 / 0.77, 0.83 / 0.65), then tuned on;
    # no model learns from them
    "holdout561.yaml": (0.75, 0.90, 0.10, 0.73, 0.67, 0.68, 0.83),
    "holdout562.yaml": (0.92, 0.71, 0.05, 0.73, 0.55, 0.35, 0.71),
    # two more briefs; measured once (heat P/R 0.82 / 0.79, 0.97 / 0.79), then tuned on;
    # no model learns from them
    "holdout564.yaml": (0.92, 0.71, 0.05, 0.72, 0.69, 0.66, 0.80),
    "holdout565.yaml": (0.84, 0.63, 0.05, 0.87, 0.69, 0.68, 0.81),
    # two more briefs; measured once (heat P/R 0.84 / 0.91, 0.81 / 0.73), then tuned on;
    # no model learns from them
    "holdout567.yaml": (0.86, 0.78, 0.10, 0.74, 0.81, 0.33, 0.61),
    "holdout568.yaml": (0.85, 0.71, 0.05, 0.71, 0.63, 0.50, 0.69),
    # two more briefs; measured once (heat P/R 0.93 / 0.82, 0.89 / 0.74), then tuned on;
    # no model learns from them
    "holdout570.yaml": (0.92, 0.83, 0.05, 0.83, 0.72, 0.74, 0.82),
    "holdout571.yaml": (0.92, 0.78, 0.05, 0.79, 0.64, 0.60, 0.73),
    # two more briefs; measured once (heat P/R 0.75 / 0.57, 0.90 / 0.70), then tuned on;
    # no model learns from them
    "holdout573.yaml": (0.86, 0.70, 0.05, 0.65, 0.47, 0.63, 0.75),
    "holdout574.yaml": (0.85, 0.71, 0.15, 0.80, 0.60, 0.17, 0.60),
    # two more briefs; measured once (heat P/R 0.86 / 0.75, 0.86 / 0.66), then tuned on;
    # no model learns from them
    "holdout576.yaml": (0.80, 0.90, 0.05, 0.76, 0.65, 0.48, 0.63),
    "holdout577.yaml": (0.87, 0.73, 0.05, 0.76, 0.56, 0.68, 0.76),
    # two more briefs; measured once (heat P/R 0.90 / 0.80, 0.89 / 0.71), then tuned on;
    # no model learns from them
    "holdout579.yaml": (0.85, 0.75, 0.05, 0.80, 0.70, 0.27, 0.59),
    # (one clear ask flagged since round 253, 1/19: "We would ask that you contact your
    # bank and ask whether …" now reads as "Please contact your bank …" does, and the
    # contact rule wants a channel; three judges gained vague cells from the same change)
    "holdout580.yaml": (0.85, 0.58, 0.10, 0.79, 0.61, 0.57, 0.79),
    # two more briefs; measured once (heat P/R 0.79 / 0.76, 0.76 / 0.80), then tuned on;
    # no model learns from them
    "holdout582.yaml": (0.85, 0.76, 0.15, 0.69, 0.66, 0.60, 0.73),
    "holdout583.yaml": (0.92, 0.90, 0.05, 0.66, 0.70, 0.44, 0.67),
    # two more briefs; measured once (heat P/R 0.65 / 0.58, 0.74 / 0.79), then tuned on;
    # no model learns from them
    "holdout585.yaml": (0.85, 0.90, 0.05, 0.55, 0.48, 0.55, 0.77),
    "holdout586.yaml": (0.86, 0.83, 0.10, 0.64, 0.69, 0.56, 0.74),
    # two more briefs; measured once (heat P/R 0.91 / 0.77, 0.74 / 0.77), then tuned on;
    # no model learns from them
    "holdout588.yaml": (0.92, 0.83, 0.05, 0.81, 0.67, 0.55, 0.69),
    "holdout589.yaml": (0.87, 0.90, 0.05, 0.64, 0.67, 0.34, 0.67),
    # two more briefs; measured once (heat P/R 0.81 / 0.76, 0.86 / 0.69), then tuned on;
    # no model learns from them
    "holdout591.yaml": (0.85, 0.83, 0.15, 0.71, 0.66, 0.57, 0.72),
    "holdout592.yaml": (0.92, 0.61, 0.05, 0.76, 0.59, 0.68, 0.77),
    # two more briefs; measured once (heat P/R 0.87 / 0.50, 0.82 / 0.69), then tuned on;
    # no model learns from them
    "holdout594.yaml": (0.84, 0.81, 0.05, 0.77, 0.40, 0.59, 0.68),
    "holdout595.yaml": (0.92, 0.70, 0.05, 0.72, 0.59, 0.54, 0.73),
    # two more briefs; measured once (heat P/R 0.79 / 0.69, 0.91 / 0.78), then tuned on;
    # no model learns from them
    "holdout597.yaml": (0.92, 0.68, 0.05, 0.69, 0.59, 0.41, 0.64),
    "holdout598.yaml": (0.87, 0.78, 0.05, 0.81, 0.68, 0.56, 0.71),
    # two more briefs; measured once (heat P/R 0.88 / 0.71, 0.75 / 0.58), then tuned on;
    # no model learns from them
    "holdout600.yaml": (0.85, 0.75, 0.05, 0.78, 0.61, 0.49, 0.65),
    "holdout601.yaml": (0.80, 0.90, 0.10, 0.65, 0.48, 0.68, 0.80),
    # two more briefs; measured once (heat P/R 0.92 / 0.80, 0.84 / 0.72), then tuned on;
    # no model learns from them
    "holdout603.yaml": (0.92, 0.59, 0.05, 0.82, 0.70, 0.60, 0.76),
    "holdout604.yaml": (0.78, 0.61, 0.15, 0.74, 0.62, 0.63, 0.73),
    # two more briefs; measured once (heat P/R 0.72 / 0.75, 0.92 / 0.78), then tuned on;
    # no model learns from them
    "holdout606.yaml": (0.82, 0.74, 0.05, 0.62, 0.65, 0.59, 0.78),
    "holdout607.yaml": (0.82, 0.73, 0.05, 0.82, 0.68, 0.49, 0.64),
    # two more briefs; measured once (heat P/R 0.78 / 0.76, 0.92 / 0.75), then tuned on;
    # no model learns from them
    "holdout609.yaml": (0.92, 0.79, 0.05, 0.68, 0.66, 0.73, 0.82),
    "holdout610.yaml": (0.92, 0.73, 0.05, 0.82, 0.65, 0.51, 0.71),
    # two more briefs; measured once (heat P/R 0.90 / 0.72, 0.84 / 0.92), then tuned on;
    # no model learns from them
    "holdout612.yaml": (0.92, 0.59, 0.05, 0.80, 0.62, 0.48, 0.72),
    "holdout613.yaml": (0.92, 0.84, 0.05, 0.74, 0.82, 0.49, 0.67),
    # two more briefs; measured once (heat P/R 0.83 / 0.76, 0.83 / 0.65), then tuned on;
    # no model learns from them
    "holdout615.yaml": (0.92, 0.72, 0.05, 0.73, 0.66, -0.15, 0.58),
    "holdout616.yaml": (0.92, 0.76, 0.05, 0.73, 0.55, 0.74, 0.81),
    # two more briefs; measured once (heat P/R 0.73 / 0.68, 0.86 / 0.74), then tuned on;
    # no model learns from them
    "holdout618.yaml": (0.92, 0.69, 0.05, 0.63, 0.58, 0.48, 0.70),
    "holdout619.yaml": (0.86, 0.79, 0.05, 0.76, 0.64, 0.60, 0.74),
    # two more briefs; measured once (heat P/R 0.87 / 0.64, 0.91 / 0.71), then tuned on;
    # no model learns from them
    "holdout621.yaml": (0.72, 0.59, 0.10, 0.77, 0.54, 0.56, 0.75),
    "holdout622.yaml": (0.86, 0.90, 0.05, 0.81, 0.61, 0.36, 0.66),
    # two more briefs; measured once (heat P/R 0.88 / 0.82, 0.93 / 0.81), then tuned on;
    # no model learns from them
    "holdout624.yaml": (0.92, 0.80, 0.05, 0.78, 0.72, 0.41, 0.72),
    "holdout625.yaml": (0.87, 0.84, 0.05, 0.83, 0.71, 0.69, 0.79),
    # two more briefs; measured once (heat P/R 0.96 / 0.75, 0.86 / 0.77), then tuned on;
    # no model learns from them
    "holdout627.yaml": (0.84, 0.75, 0.05, 0.86, 0.65, 0.59, 0.80),
    "holdout628.yaml": (0.92, 0.72, 0.05, 0.76, 0.67, -0.12, 0.54),
    # two more briefs; measured once (heat P/R 0.81 / 0.69, 0.90 / 0.83), then tuned on;
    # no model learns from them
    "holdout630.yaml": (0.92, 0.76, 0.05, 0.71, 0.59, 0.68, 0.79),
    "holdout631.yaml": (0.84, 0.75, 0.05, 0.80, 0.73, 0.55, 0.78),
    # two more briefs; measured once (heat P/R 0.92 / 0.68, 0.93 / 0.83), then tuned on;
    # no model learns from them
    "holdout633.yaml": (0.92, 0.83, 0.05, 0.82, 0.58, 0.55, 0.70),
    "holdout634.yaml": (0.92, 0.84, 0.05, 0.83, 0.73, 0.55, 0.71),
    # two more briefs; measured once (heat P/R 0.94 / 0.93, 0.91 / 0.76), then tuned on;
    # no model learns from them
    "holdout636.yaml": (0.86, 0.68, 0.05, 0.84, 0.83, 0.70, 0.81),
    "holdout637.yaml": (0.92, 0.79, 0.05, 0.81, 0.66, 0.40, 0.60),
    # two more briefs; measured once (heat P/R 0.84 / 0.83, 0.81 / 0.81), then tuned on;
    # no model learns from them
    "holdout639.yaml": (0.92, 0.64, 0.05, 0.74, 0.73, 0.48, 0.72),
    "holdout640.yaml": (0.92, 0.78, 0.05, 0.71, 0.71, 0.34, 0.60),
    # two more briefs; measured once (heat P/R 0.88 / 0.78, 0.85 / 0.62), then tuned on;
    # no model learns from them
    "holdout642.yaml": (0.85, 0.59, 0.05, 0.78, 0.68, 0.35, 0.59),
    "holdout643.yaml": (0.92, 0.90, 0.05, 0.75, 0.52, 0.54, 0.61),
    # two more briefs; measured once (heat P/R 0.86 / 0.62, 0.88 / 0.87), then tuned on;
    # no model learns from them
    "holdout645.yaml": (0.86, 0.70, 0.10, 0.76, 0.52, 0.55, 0.69),
    "holdout646.yaml": (0.92, 0.67, 0.05, 0.78, 0.77, 0.51, 0.68),
    # two more briefs; measured once (heat P/R 0.86 / 0.78, 0.79 / 0.75), then tuned on;
    # no model learns from them
    "holdout648.yaml": (0.87, 0.72, 0.05, 0.76, 0.68, 0.61, 0.76),
    "holdout649.yaml": (0.84, 0.69, 0.05, 0.69, 0.65, 0.57, 0.77),
    # two more briefs; measured once (heat P/R 0.75 / 0.75, 0.75 / 0.72), then tuned on;
    # no model learns from them
    "holdout651.yaml": (0.92, 0.69, 0.05, 0.65, 0.65, 0.24, 0.63),
    "holdout652.yaml": (0.92, 0.57, 0.05, 0.65, 0.62, 0.44, 0.74),
    # two more briefs; measured once (heat P/R 0.84 / 0.79, 0.86 / 0.80), then tuned on;
    # no model learns from them
    "holdout654.yaml": (0.79, 0.62, 0.20, 0.74, 0.69, 0.24, 0.61),
    "holdout655.yaml": (0.86, 0.83, 0.05, 0.76, 0.70, 0.41, 0.63),
    # two more briefs; measured once (heat P/R 0.84 / 0.56, 0.78 / 0.71), then tuned on;
    # no model learns from them
    "holdout657.yaml": (0.86, 0.69, 0.05, 0.74, 0.46, 0.48, 0.61),
    "holdout658.yaml": (0.86, 0.73, 0.10, 0.68, 0.61, 0.41, 0.65),
    # two more briefs; measured once (heat P/R 0.93 / 0.86, 0.79 / 0.87), then tuned on;
    # no model learns from them
    "holdout660.yaml": (0.92, 0.79, 0.05, 0.83, 0.76, 0.74, 0.83),
    "holdout661.yaml": (0.82, 0.65, 0.05, 0.69, 0.77, 0.42, 0.72),
    # two more briefs; measured once (heat P/R 0.90 / 0.64, 0.83 / 0.73), then tuned on;
    # no model learns from them
    "holdout663.yaml": (0.92, 0.64, 0.05, 0.80, 0.54, 0.40, 0.59),
    "holdout664.yaml": (0.92, 0.73, 0.05, 0.73, 0.63, 0.55, 0.72),
    # two more briefs; measured once (heat P/R 0.76 / 0.62, 0.82 / 0.73), then tuned on;
    # no model learns from them
    "holdout666.yaml": (0.92, 0.65, 0.05, 0.66, 0.52, 0.56, 0.80),
    "holdout667.yaml": (0.92, 0.76, 0.05, 0.72, 0.63, 0.55, 0.72),
    # two more briefs; measured once (heat P/R 0.74 / 0.74, 0.75 / 0.66), then tuned on;
    # no model learns from them
    "holdout669.yaml": (0.87, 0.79, 0.05, 0.64, 0.64, 0.31, 0.61),
    "holdout670.yaml": (0.92, 0.83, 0.05, 0.65, 0.56, 0.48, 0.70),
    # two more briefs; measured once (heat P/R 0.82 / 0.81, 0.82 / 0.92), then tuned on;
    # no model learns from them
    "holdout672.yaml": (0.92, 0.79, 0.05, 0.72, 0.71, 0.68, 0.78),
    "holdout673.yaml": (0.86, 0.64, 0.15, 0.72, 0.82, 0.49, 0.64),
    # two more briefs; measured once (heat P/R 0.90 / 0.81, 0.87 / 0.77), then tuned on;
    # no model learns from them
    "holdout675.yaml": (0.80, 0.78, 0.05, 0.80, 0.71, 0.55, 0.70),
    "holdout676.yaml": (0.78, 0.69, 0.10, 0.77, 0.67, 0.30, 0.66),
    # two more briefs; measured once (heat P/R 0.87 / 0.79, 0.87 / 0.70), then tuned on;
    # no model learns from them
    "holdout678.yaml": (0.92, 0.65, 0.15, 0.77, 0.69, 0.55, 0.80),
    "holdout679.yaml": (0.76, 0.77, 0.20, 0.77, 0.60, 0.51, 0.69),
    # two more briefs; measured once (heat P/R 0.79 / 0.81, 0.84 / 0.68), then tuned on;
    # no model learns from them
    "holdout681.yaml": (0.86, 0.63, 0.05, 0.69, 0.71, 0.48, 0.66),
    "holdout682.yaml": (0.80, 0.68, 0.10, 0.74, 0.58, 0.36, 0.68),
    # two more briefs; measured once (heat P/R 0.84 / 0.74, 0.95 / 0.79), then tuned on;
    # no model learns from them
    "holdout684.yaml": (0.72, 0.82, 0.15, 0.74, 0.64, 0.48, 0.64),
    "holdout685.yaml": (0.84, 0.59, 0.10, 0.85, 0.69, 0.49, 0.74),
    # two more briefs; measured once (heat P/R 0.90 / 0.79, 0.81 / 0.81), then tuned on;
    # no model learns from them
    "holdout687.yaml": (0.92, 0.76, 0.05, 0.80, 0.69, 0.34, 0.66),
    "holdout688.yaml": (0.92, 0.50, 0.05, 0.71, 0.71, 0.60, 0.72),
    # two more briefs; measured once (heat P/R 0.86 / 0.76, 0.92 / 0.77), then tuned on;
    # no model learns from them
    "holdout690.yaml": (0.86, 0.60, 0.05, 0.76, 0.66, 0.40, 0.69),
    "holdout691.yaml": (0.85, 0.69, 0.05, 0.82, 0.67, 0.56, 0.72),
    # two more briefs; measured once (heat P/R 0.93 / 0.79, 0.83 / 0.68), then tuned on;
    # no model learns from them
    "holdout693.yaml": (0.84, 0.69, 0.05, 0.83, 0.69, 0.55, 0.70),
    "holdout694.yaml": (0.87, 0.84, 0.15, 0.73, 0.58, 0.25, 0.64),
    # two more briefs; measured once (heat P/R 0.77 / 0.70, 0.91 / 0.73), then tuned on;
    # no model learns from them
    "holdout696.yaml": (0.92, 0.90, 0.05, 0.67, 0.60, 0.38, 0.61),
    "holdout697.yaml": (0.92, 0.73, 0.05, 0.81, 0.63, 0.40, 0.72),
    # two more briefs; measured once (heat P/R 0.85 / 0.64, 0.86 / 0.74), then tuned on;
    # no model learns from them
    "holdout699.yaml": (0.92, 0.65, 0.05, 0.75, 0.54, 0.60, 0.75),
    "holdout700.yaml": (0.86, 0.83, 0.10, 0.76, 0.64, 0.44, 0.63),
    # two more briefs; measured once (heat P/R 0.90 / 0.69, 0.88 / 0.66), then tuned on;
    # no model learns from them
    "holdout702.yaml": (0.92, 0.76, 0.05, 0.80, 0.59, 0.35, 0.63),
    "holdout703.yaml": (0.86, 0.84, 0.10, 0.78, 0.56, 0.08, 0.66),
    # two more briefs; measured once (heat P/R 0.85 / 0.68, 0.79 / 0.80), then tuned on;
    # no model learns from them
    "holdout705.yaml": (0.79, 0.69, 0.15, 0.75, 0.58, 0.24, 0.64),
    "holdout706.yaml": (0.82, 0.84, 0.15, 0.69, 0.70, 0.63, 0.78),
    # two more briefs; measured once (heat P/R 0.78 / 0.75, 0.86 / 0.74), then tuned on;
    # no model learns from them
    "holdout708.yaml": (0.85, 0.83, 0.10, 0.68, 0.65, 0.43, 0.63),
    "holdout709.yaml": (0.81, 0.69, 0.10, 0.76, 0.64, 0.55, 0.74),
    # two more briefs; measured once (heat P/R 0.83 / 0.63, 0.67 / 0.53), then tuned on;
    # no model learns from them
    "holdout711.yaml": (0.84, 0.67, 0.15, 0.73, 0.53, 0.51, 0.64),
    "holdout712.yaml": (0.84, 0.61, 0.05, 0.57, 0.43, 0.43, 0.59),
    # two more briefs; measured once (heat P/R 0.86 / 0.59, 0.90 / 0.73), then tuned on;
    # no model learns from them
    "holdout714.yaml": (0.86, 0.73, 0.05, 0.76, 0.49, 0.59, 0.73),
    "holdout715.yaml": (0.75, 0.68, 0.20, 0.80, 0.63, 0.68, 0.78),
    # two more briefs; measured once (heat P/R 0.83 / 0.75, 0.78 / 0.61), then tuned on;
    # no model learns from them
    "holdout717.yaml": (0.92, 0.61, 0.05, 0.73, 0.65, 0.56, 0.74),
    "holdout718.yaml": (0.85, 0.70, 0.15, 0.68, 0.51, 0.33, 0.73),
    # two more briefs; measured once (heat P/R 0.68 / 0.45, 0.82 / 0.73), then tuned on;
    # no model learns from them
    "holdout720.yaml": (0.92, 0.58, 0.05, 0.58, 0.35, 0.49, 0.67),
    "holdout721.yaml": (0.92, 0.72, 0.05, 0.72, 0.63, 0.56, 0.75),
    # two more briefs; measured once (heat P/R 0.83 / 0.83, 0.92 / 0.72), then tuned on;
    # no model learns from them
    "holdout723.yaml": (0.77, 0.52, 0.10, 0.73, 0.73, 0.56, 0.73),
    "holdout724.yaml": (0.82, 0.50, 0.05, 0.82, 0.62, 0.63, 0.70),
    # two more briefs; measured once (heat P/R 0.90 / 0.76, 0.91 / 0.78), then tuned on;
    # no model learns from them
    "holdout726.yaml": (0.92, 0.78, 0.05, 0.80, 0.66, 0.40, 0.68),
    "holdout727.yaml": (0.86, 0.83, 0.05, 0.81, 0.68, 0.61, 0.77),
    # two more briefs; measured once (heat P/R 0.82 / 0.79, 0.89 / 0.79), then tuned on;
    # no model learns from them
    "holdout729.yaml": (0.92, 0.60, 0.05, 0.72, 0.69, 0.62, 0.71),
    "holdout730.yaml": (0.85, 0.67, 0.05, 0.79, 0.69, 0.56, 0.69),
    # two more briefs; measured once (heat P/R 0.89 / 0.71, 0.90 / 0.92), then tuned on;
    # no model learns from them
    "holdout732.yaml": (0.84, 0.51, 0.05, 0.79, 0.61, 0.48, 0.72),
    "holdout733.yaml": (0.92, 0.75, 0.05, 0.80, 0.82, 0.24, 0.58),
    # two more briefs; measured once (heat P/R 0.82 / 0.65, 0.75 / 0.65), then tuned on;
    # no model learns from them
    "holdout735.yaml": (0.73, 0.59, 0.15, 0.72, 0.55, 0.55, 0.70),
    "holdout736.yaml": (0.92, 0.61, 0.05, 0.65, 0.55, 0.66, 0.76),
    # two more briefs; measured once (heat P/R 0.92 / 0.67, 0.82 / 0.74), then tuned on;
    # no model learns from them
    "holdout738.yaml": (0.92, 0.65, 0.05, 0.82, 0.57, 0.35, 0.63),
    "holdout739.yaml": (0.92, 0.63, 0.05, 0.72, 0.64, 0.44, 0.70),
    # two more briefs; measured once (heat P/R 0.83 / 0.61, 0.86 / 0.47), then tuned on;
    # no model learns from them
    "holdout741.yaml": (0.70, 0.60, 0.15, 0.73, 0.51, 0.40, 0.66),
    "holdout742.yaml": (0.86, 0.68, 0.10, 0.76, 0.37, 0.59, 0.73),
    # two more briefs; measured once (heat P/R 0.83 / 0.81, 0.83 / 0.70), then tuned on;
    # no model learns from them
    "holdout744.yaml": (0.86, 0.84, 0.05, 0.73, 0.71, 0.70, 0.83),
    "holdout745.yaml": (0.82, 0.63, 0.10, 0.73, 0.60, 0.67, 0.76),
    # two more briefs; measured once (heat P/R 0.92 / 0.71, 0.93 / 0.67), then tuned on;
    # no model learns from them
    "holdout747.yaml": (0.82, 0.85, 0.15, 0.82, 0.61, 0.48, 0.74),
    "holdout748.yaml": (0.83, 0.84, 0.15, 0.83, 0.57, 0.43, 0.57),
    # two more briefs; measured once (heat P/R 0.78 / 0.70, 0.91 / 0.69), then tuned on;
    # no model learns from them
    "holdout750.yaml": (0.74, 0.66, 0.25, 0.68, 0.60, 0.75, 0.84),
    "holdout751.yaml": (0.85, 0.73, 0.05, 0.81, 0.59, 0.61, 0.73),
    # two more briefs; measured once (heat P/R 0.89 / 0.70, 0.88 / 0.48), then tuned on;
    # no model learns from them
    "holdout753.yaml": (0.87, 0.85, 0.05, 0.79, 0.60, 0.29, 0.68),
    "holdout754.yaml": (0.92, 0.84, 0.05, 0.78, 0.38, 0.68, 0.74),
    # two more briefs; measured once (heat P/R 0.81 / 0.76, 0.90 / 0.89), then tuned on;
    # no model learns from them
    "holdout756.yaml": (0.92, 0.77, 0.05, 0.71, 0.66, 0.59, 0.69),
    "holdout757.yaml": (0.92, 0.84, 0.05, 0.80, 0.79, 0.55, 0.72),
    # two more briefs; measured once (heat P/R 0.92 / 0.79, 0.75 / 0.68), then tuned on;
    # no model learns from them
    "holdout759.yaml": (0.83, 0.70, 0.05, 0.82, 0.69, 0.30, 0.67),
    "holdout760.yaml": (0.84, 0.59, 0.10, 0.65, 0.58, 0.40, 0.67),
    # two more briefs; measured once (heat P/R 0.91 / 0.64, 0.82 / 0.84), then tuned on;
    # no model learns from them
    "holdout762.yaml": (0.83, 0.84, 0.10, 0.81, 0.54, 0.30, 0.71),
    "holdout763.yaml": (0.84, 0.63, 0.15, 0.72, 0.74, 0.57, 0.73),
    # two more briefs; measured once (heat P/R 0.81 / 0.73, 0.87 / 0.65), then tuned on;
    # no model learns from them
    "holdout765.yaml": (0.83, 0.90, 0.05, 0.71, 0.63, 0.41, 0.60),
    "holdout766.yaml": (0.86, 0.83, 0.05, 0.77, 0.55, 0.24, 0.69),
    # two more briefs; measured once (heat P/R 0.96 / 0.78, 0.81 / 0.67), then tuned on;
    # no model learns from them
    "holdout768.yaml": (0.86, 0.72, 0.15, 0.86, 0.68, 0.48, 0.67),
    "holdout769.yaml": (0.86, 0.63, 0.05, 0.71, 0.57, 0.61, 0.74),
    # two more briefs; measured once (heat P/R 0.93 / 0.82, 0.70 / 0.68), then tuned on;
    # no model learns from them
    "holdout771.yaml": (0.86, 0.68, 0.05, 0.83, 0.72, 0.73, 0.81),
    "holdout772.yaml": (0.85, 0.82, 0.05, 0.60, 0.58, 0.56, 0.69),
    # two more briefs; measured once (heat P/R 0.91 / 0.79, 0.83 / 0.80), then tuned on;
    # no model learns from them
    "holdout774.yaml": (0.85, 0.76, 0.10, 0.81, 0.69, 0.40, 0.65),
    "holdout775.yaml": (0.82, 0.54, 0.15, 0.73, 0.70, 0.40, 0.65),
    # two more briefs; measured once (heat P/R 1.00 / 0.75, 0.82 / 0.72), then tuned on;
    # no model learns from them
    "holdout777.yaml": (0.78, 0.75, 0.10, 0.90, 0.65, 0.48, 0.62),
    "holdout778.yaml": (0.85, 0.63, 0.05, 0.72, 0.62, 0.52, 0.75),
    # two more briefs; measured once (heat P/R 0.94 / 0.62, 0.81 / 0.82), then tuned on;
    # no model learns from them
    "holdout780.yaml": (0.70, 0.71, 0.20, 0.84, 0.52, 0.25, 0.64),
    "holdout781.yaml": (0.84, 0.59, 0.10, 0.71, 0.72, 0.64, 0.79),
    # two more briefs; measured once (heat P/R 0.89 / 0.61, 0.67 / 0.68), then tuned on;
    # no model learns from them
    "holdout783.yaml": (0.75, 0.77, 0.05, 0.79, 0.51, 0.63, 0.77),
    "holdout784.yaml": (0.81, 0.68, 0.10, 0.57, 0.58, 0.47, 0.75),
    # two more briefs; measured once (heat P/R 0.92 / 0.72, 0.86 / 0.86), then tuned on;
    # no model learns from them
    "holdout786.yaml": (0.87, 0.90, 0.05, 0.82, 0.62, 0.63, 0.74),
    "holdout787.yaml": (0.84, 0.65, 0.15, 0.76, 0.76, 0.60, 0.76),
    # two more briefs; measured once (heat P/R 0.75 / 0.82, 0.88 / 0.84), then tuned on;
    # no model learns from them
    "holdout789.yaml": (0.76, 0.68, 0.05, 0.65, 0.72, 0.57, 0.73),
    "holdout790.yaml": (0.70, 0.82, 0.15, 0.78, 0.74, 0.32, 0.73),
    # two more briefs; measured once (heat P/R 0.81 / 0.70, 0.91 / 0.71), then tuned on;
    # no model learns from them
    "holdout792.yaml": (0.85, 0.59, 0.05, 0.71, 0.60, 0.49, 0.69),
    "holdout793.yaml": (0.88, 0.90, 0.05, 0.81, 0.61, 0.51, 0.69),
    # two more briefs; measured once (heat P/R 0.86 / 0.62, 0.96 / 0.67), then tuned on;
    # no model learns from them
    "holdout795.yaml": (0.86, 0.79, 0.15, 0.76, 0.52, 0.62, 0.71),
    "holdout796.yaml": (0.77, 0.82, 0.05, 0.86, 0.57, 0.44, 0.65),
    # two more briefs; measured once (heat P/R 0.80 / 0.71, 0.76 / 0.67), then tuned on;
    # no model learns from them
    "holdout798.yaml": (0.84, 0.59, 0.15, 0.70, 0.61, 0.44, 0.66),
    "holdout799.yaml": (0.92, 0.67, 0.05, 0.66, 0.57, 0.51, 0.66),
    # two more briefs; measured once (heat P/R 0.74 / 0.63, 0.87 / 0.78), then tuned on;
    # no model learns from them
    "holdout801.yaml": (0.92, 0.74, 0.05, 0.64, 0.53, 0.24, 0.65),
    "holdout802.yaml": (0.74, 0.71, 0.10, 0.77, 0.68, 0.57, 0.76),
    # two more briefs; measured once (heat P/R 0.86 / 0.58, 0.79 / 0.85), then tuned on;
    # no model learns from them
    "holdout804.yaml": (0.92, 0.78, 0.05, 0.76, 0.48, 0.44, 0.73),
    "holdout805.yaml": (0.82, 0.84, 0.15, 0.69, 0.75, 0.49, 0.70),
    # two more briefs; measured once (heat P/R 0.86 / 0.77, 0.80 / 0.75), then tuned on;
    # no model learns from them
    "holdout807.yaml": (0.92, 0.70, 0.05, 0.76, 0.67, 0.61, 0.70),
    "holdout808.yaml": (0.85, 0.65, 0.05, 0.70, 0.65, 0.48, 0.71),
    # two more briefs; measured once (heat P/R 0.75 / 0.71, 0.81 / 0.63), then tuned on;
    # no model learns from them
    "holdout810.yaml": (0.87, 0.85, 0.15, 0.65, 0.61, 0.43, 0.67),
    "holdout811.yaml": (0.82, 0.70, 0.20, 0.71, 0.53, 0.55, 0.71),
    # two more briefs; measured once (heat P/R 0.68 / 0.68, 0.83 / 0.75), then tuned on;
    # no model learns from them
    "holdout813.yaml": (0.87, 0.63, 0.10, 0.58, 0.58, 0.52, 0.76),
    "holdout814.yaml": (0.92, 0.72, 0.05, 0.73, 0.65, 0.57, 0.73),
    # two more briefs; measured once (heat P/R 0.90 / 0.83, 0.79 / 0.77), then tuned on;
    # no model learns from them
    "holdout816.yaml": (0.92, 0.83, 0.05, 0.80, 0.73, 0.62, 0.71),
    "holdout817.yaml": (0.87, 0.84, 0.15, 0.69, 0.67, 0.48, 0.69),
    # two more briefs; measured once (heat P/R 0.94 / 0.77, 0.89 / 0.84), then tuned on;
    # no model learns from them
    "holdout819.yaml": (0.80, 0.82, 0.10, 0.84, 0.67, 0.68, 0.79),
    "holdout820.yaml": (0.92, 0.70, 0.05, 0.79, 0.74, 0.48, 0.70),
    # two more briefs; measured once (heat P/R 0.77 / 0.92, 0.82 / 0.90), then tuned on;
    # no model learns from them
    "holdout822.yaml": (0.80, 0.73, 0.15, 0.67, 0.82, 0.59, 0.72),
    "holdout823.yaml": (0.92, 0.84, 0.05, 0.72, 0.80, 0.64, 0.76),
    # two more briefs; measured once (heat P/R 0.83 / 0.73, 0.82 / 0.75), then tuned on;
    # no model learns from them
    "holdout825.yaml": (0.76, 0.84, 0.05, 0.73, 0.63, 0.61, 0.72),
    "holdout826.yaml": (0.92, 0.49, 0.05, 0.72, 0.65, -0.12, 0.54),
    # two more briefs; measured once (heat P/R 0.85 / 0.78, 0.81 / 0.61), then tuned on;
    # no model learns from them
    "holdout828.yaml": (0.84, 0.67, 0.05, 0.75, 0.68, 0.60, 0.70),
    "holdout829.yaml": (0.92, 0.85, 0.05, 0.71, 0.51, 0.74, 0.79),
    # two more briefs; measured once (heat P/R 0.79 / 0.87, 0.86 / 0.71), then tuned on;
    # no model learns from them
    # (clear asks flagged 0 -> 1 of 18 when the clarity model began to learn from every tuned
    # set)
    "holdout831.yaml": (0.92, 0.77, 0.10, 0.69, 0.77, 0.48, 0.69),
    "holdout832.yaml": (0.92, 0.78, 0.05, 0.76, 0.61, 0.68, 0.83),
    # two more briefs; measured once (heat P/R 0.87 / 0.91, 0.92 / 0.91), then tuned on;
    # no model learns from them (the tone model learned from the sets up to holdout832)
    # (vague precision 1.00 -> 0.87 when the clarity model began to learn from every tuned
    # set)
    "holdout834.yaml": (0.85, 0.82, 0.05, 0.77, 0.81, 0.48, 0.74),
    "holdout835.yaml": (0.81, 0.90, 0.05, 0.82, 0.81, 0.48, 0.67),
    # two more briefs; measured once (heat P/R 0.81 / 0.68, 0.89 / 0.86), then tuned on;
    # no model learns from them (the tone model learned from the sets up to holdout832)
    "holdout837.yaml": (0.87, 0.71, 0.05, 0.71, 0.58, 0.30, 0.62),
    "holdout838.yaml": (0.92, 0.78, 0.05, 0.79, 0.76, 0.51, 0.74),
    # four more briefs; measured once (heat P/R 0.80 / 0.88, 0.84 / 0.65, 0.93 / 0.83,
    # 0.96 / 0.88), then tuned on; no model learns from them (the tone model learned from
    # the sets up to holdout832)
    "holdout840.yaml": (0.83, 0.81, 0.05, 0.70, 0.78, 0.36, 0.67),
    "holdout841.yaml": (0.82, 0.90, 0.15, 0.74, 0.55, 0.35, 0.60),
    "holdout843.yaml": (0.80, 0.71, 0.10, 0.83, 0.73, 0.49, 0.63),
    "holdout844.yaml": (0.92, 0.73, 0.05, 0.86, 0.78, 0.56, 0.73),
    # two more briefs; measured once (heat P/R 0.92 / 0.77, 0.91 / 0.79), then tuned on;
    # no model learns from them (the tone model learned from the sets up to holdout832)
    "holdout846.yaml": (0.82, 0.73, 0.05, 0.82, 0.67, 0.60, 0.77),
    "holdout847.yaml": (0.92, 0.90, 0.05, 0.81, 0.69, 0.41, 0.63),
    # six more briefs; measured once (heat P/R 0.84 / 0.85, 0.92 / 0.88, 0.87 / 0.77, 0.84 /
    # 0.68, 0.88 / 0.82, 0.92 / 0.92), then tuned on; no model learns from them (the models
    # learned from the sets up to holdout832)
    "holdout849.yaml": (0.86, 0.65, 0.15, 0.74, 0.75, 0.60, 0.76),
    "holdout850.yaml": (0.92, 0.84, 0.05, 0.82, 0.78, 0.55, 0.76),
    "holdout852.yaml": (0.92, 0.63, 0.05, 0.77, 0.67, 0.74, 0.79),
    "holdout853.yaml": (0.87, 0.75, 0.05, 0.74, 0.58, 0.70, 0.77),
    "holdout855.yaml": (0.76, 0.73, 0.20, 0.78, 0.72, 0.75, 0.82),
    "holdout856.yaml": (0.74, 0.78, 0.05, 0.82, 0.82, 0.75, 0.84),
    # six more briefs; measured once (heat P/R 0.81 / 0.92, 0.86 / 0.65, 1.00 / 0.87, 0.96 /
    # 0.82, 0.97 / 0.78, 0.83 / 0.93), then tuned on; no model learns from them (the models
    # learned from the sets up to holdout832)
    "holdout858.yaml": (0.79, 0.80, 0.15, 0.71, 0.82, 0.69, 0.81),
    "holdout859.yaml": (0.80, 0.83, 0.20, 0.76, 0.55, 0.67, 0.78),
    "holdout861.yaml": (0.88, 0.85, 0.05, 0.90, 0.77, 0.81, 0.86),
    "holdout862.yaml": (0.72, 0.70, 0.15, 0.86, 0.72, 0.56, 0.73),
    "holdout864.yaml": (0.85, 0.82, 0.10, 0.87, 0.68, 0.62, 0.79),
    "holdout865.yaml": (0.85, 0.73, 0.05, 0.73, 0.83, 0.68, 0.73),
    # six more briefs; measured once (heat P/R 0.96 / 0.83, 0.86 / 0.66, 0.84 / 0.77, 0.96 /
    # 0.81, 0.90 / 0.88, 0.96 / 0.74), then tuned on; no model learns from them (the models
    # learned from the sets up to holdout832)
    "holdout867.yaml": (0.87, 0.75, 0.05, 0.86, 0.73, 0.42, 0.73),
    "holdout868.yaml": (0.92, 0.52, 0.05, 0.76, 0.56, 0.43, 0.66),
    "holdout870.yaml": (0.84, 0.69, 0.05, 0.74, 0.67, 0.68, 0.80),
    "holdout871.yaml": (0.87, 0.90, 0.15, 0.86, 0.71, 0.74, 0.76),
    "holdout873.yaml": (0.92, 0.83, 0.05, 0.80, 0.78, 0.74, 0.85),
    "holdout874.yaml": (0.86, 0.90, 0.05, 0.86, 0.64, 0.61, 0.80),
    # six more briefs; measured once (heat P/R 0.88 / 0.80, 0.92 / 0.88, 0.79 / 0.88, 0.87 /
    # 0.86, 0.92 / 0.95, 0.93 / 0.87), then tuned on; no model learns from them (the models
    # learned from the sets up to holdout832)
    "holdout876.yaml": (0.85, 0.83, 0.05, 0.78, 0.70, 0.70, 0.83),
    "holdout877.yaml": (0.92, 0.85, 0.05, 0.82, 0.78, 0.75, 0.83),
    "holdout879.yaml": (0.81, 0.79, 0.05, 0.69, 0.78, 0.74, 0.74),
    "holdout880.yaml": (0.92, 0.84, 0.05, 0.77, 0.76, 0.55, 0.79),
    "holdout882.yaml": (0.86, 0.69, 0.05, 0.82, 0.85, 0.41, 0.70),
    "holdout883.yaml": (0.81, 0.70, 0.10, 0.83, 0.77, 0.75, 0.82),
    # six more briefs; measured once (heat P/R 0.81 / 0.84, 0.96 / 0.81, 0.92 / 0.92, 0.90 /
    # 0.61, 0.96 / 0.96, 0.88 / 0.83), then tuned on; no model learns from them (the models
    # learned from the sets up to holdout832)
    "holdout885.yaml": (0.86, 0.84, 0.05, 0.71, 0.74, 0.51, 0.73),
    "holdout886.yaml": (0.92, 0.69, 0.05, 0.86, 0.71, 0.81, 0.86),
    "holdout888.yaml": (0.87, 0.72, 0.05, 0.82, 0.82, 0.69, 0.72),
    "holdout889.yaml": (0.75, 0.90, 0.20, 0.80, 0.51, 0.64, 0.71),
    "holdout891.yaml": (0.75, 0.66, 0.15, 0.86, 0.86, 0.75, 0.61),
    "holdout892.yaml": (0.84, 0.90, 0.10, 0.78, 0.73, 0.75, 0.83),
    # six more briefs; measured once (heat P/R 0.96 / 0.91, 0.91 / 0.82, 0.96 / 0.79, 0.94 /
    # 1.00, 0.94 / 0.82, 0.80 / 0.88), then tuned on; no model learns from them (the models
    # learned from the sets up to holdout832)
    "holdout894.yaml": (0.86, 0.77, 0.05, 0.86, 0.81, 0.70, 0.79),
    "holdout895.yaml": (0.92, 0.84, 0.05, 0.81, 0.72, 0.68, 0.71),
    "holdout897.yaml": (0.82, 0.75, 0.20, 0.86, 0.69, 0.54, 0.79),
    "holdout898.yaml": (0.86, 0.78, 0.15, 0.84, 0.90, 0.75, 0.78),
    "holdout900.yaml": (0.87, 0.79, 0.05, 0.84, 0.72, 0.75, 0.84),
    "holdout901.yaml": (0.87, 0.79, 0.15, 0.70, 0.78, 0.62, 0.78),
    # six more briefs; measured once (heat P/R 0.89 / 0.90, 0.82 / 0.84, 0.84 / 0.71, 0.88 /
    # 0.84, 0.95 / 0.71, 0.85 / 0.71), then tuned on; no model learns from them (the models
    # learned from the sets up to holdout832)
    "holdout903.yaml": (0.82, 0.74, 0.05, 0.79, 0.80, 0.56, 0.73),
    "holdout904.yaml": (0.86, 0.90, 0.15, 0.72, 0.74, 0.39, 0.73),
    "holdout906.yaml": (0.92, 0.60, 0.05, 0.74, 0.61, 0.61, 0.75),
    "holdout907.yaml": (0.86, 0.84, 0.05, 0.78, 0.74, 0.63, 0.81),
    "holdout909.yaml": (0.92, 0.83, 0.05, 0.85, 0.61, 0.68, 0.78),
    "holdout910.yaml": (0.83, 0.73, 0.05, 0.75, 0.61, 0.49, 0.52),
    # six more briefs; measured once (heat P/R 0.87 / 0.80, 0.91 / 0.76, 0.97 / 0.90, 0.76 /
    # 0.87, 0.88 / 0.92, 0.87 / 0.79), then tuned on; no model learns from them (the models
    # learned from the sets up to holdout832)
    "holdout912.yaml": (0.86, 0.83, 0.05, 0.77, 0.70, 0.81, 0.76),
    "holdout913.yaml": (0.88, 0.85, 0.05, 0.81, 0.66, 0.69, 0.83),
    "holdout915.yaml": (0.85, 0.72, 0.05, 0.87, 0.80, 0.74, 0.72),
    "holdout916.yaml": (0.92, 0.84, 0.05, 0.66, 0.77, 0.68, 0.82),
    "holdout918.yaml": (0.87, 0.79, 0.10, 0.78, 0.82, 0.61, 0.82),
    "holdout919.yaml": (0.85, 0.83, 0.15, 0.77, 0.69, 0.68, 0.76),
    # six more briefs; measured once (heat P/R 0.91 / 0.78, 0.84 / 0.83, 0.88 / 0.81, 0.82 /
    # 0.92, 0.97 / 0.81, 0.93 / 0.79), then tuned on; no model learns from them (the models
    # learned from the sets up to holdout832)
    "holdout921.yaml": (0.87, 0.78, 0.05, 0.81, 0.68, 0.50, 0.75),
    "holdout922.yaml": (0.92, 0.83, 0.05, 0.74, 0.73, 0.68, 0.74),
    "holdout924.yaml": (0.86, 0.84, 0.05, 0.78, 0.71, 0.70, 0.82),
    "holdout925.yaml": (0.87, 0.84, 0.05, 0.72, 0.82, 0.62, 0.76),
    "holdout927.yaml": (0.87, 0.79, 0.05, 0.87, 0.71, 0.61, 0.70),
    "holdout928.yaml": (0.82, 0.90, 0.15, 0.83, 0.69, 0.75, 0.77),
    # twelve more briefs; measured once (heat P/R 0.88 / 0.81, 0.91 / 0.79, 0.92 / 0.79,
    # 0.88 / 0.79, 0.87 / 0.86, 0.79 / 0.88, 0.75 / 0.75, 0.81 / 0.77, 0.86 / 0.77, 0.97 /
    # 0.91, 0.96 / 0.69, 0.88 / 0.91), then tuned on; no model learns from them (the models
    # learned from the sets up to holdout832)
    "holdout930.yaml": (0.87, 0.90, 0.05, 0.78, 0.71, 0.69, 0.79),
    "holdout931.yaml": (0.92, 0.85, 0.05, 0.81, 0.69, 0.81, 0.85),
    "holdout933.yaml": (0.92, 0.85, 0.05, 0.82, 0.69, 0.75, 0.78),
    "holdout934.yaml": (0.87, 0.84, 0.15, 0.78, 0.69, 0.68, 0.81),
    "holdout936.yaml": (0.83, 0.76, 0.05, 0.77, 0.76, 0.73, 0.85),
    "holdout937.yaml": (0.92, 0.85, 0.05, 0.69, 0.78, 0.75, 0.82),
    "holdout939.yaml": (0.92, 0.83, 0.05, 0.65, 0.65, 0.47, 0.69),
    "holdout940.yaml": (0.88, 0.90, 0.05, 0.71, 0.67, 0.75, 0.84),
    "holdout942.yaml": (0.79, 0.76, 0.15, 0.76, 0.67, 0.75, 0.81),
    "holdout943.yaml": (0.87, 0.73, 0.05, 0.87, 0.81, 0.75, 0.85),
    "holdout945.yaml": (0.81, 0.79, 0.15, 0.86, 0.59, 0.68, 0.79),
    "holdout946.yaml": (0.92, 0.72, 0.05, 0.78, 0.81, 0.68, 0.72),
    # six more briefs; measured once (heat P/R 0.93 / 0.90, 0.96 / 0.79, 0.78 / 0.83, 0.89 /
    # 0.83, 0.86 / 0.76, 0.92 / 0.67), then tuned on; no model learns from them (the models
    # learned from the sets up to holdout832)
    "holdout948.yaml": (0.92, 0.76, 0.05, 0.83, 0.80, 0.68, 0.82),
    "holdout949.yaml": (0.86, 0.83, 0.05, 0.86, 0.69, 0.68, 0.79),
    "holdout951.yaml": (0.79, 0.77, 0.10, 0.68, 0.73, 0.48, 0.72),
    "holdout952.yaml": (0.92, 0.77, 0.05, 0.79, 0.73, 0.76, 0.81),
    "holdout954.yaml": (0.86, 0.79, 0.05, 0.76, 0.66, 0.74, 0.78),
    "holdout955.yaml": (0.92, 0.90, 0.05, 0.82, 0.57, 0.81, 0.85),
    # six more briefs; measured once (heat P/R 0.90 / 0.90, 0.86 / 0.79, 0.89 / 0.89, 0.96 /
    # 0.81, 0.93 / 0.82, 0.79 / 0.91), then tuned on; no model learns from them (the models
    # learned from the sets up to holdout832)
    "holdout957.yaml": (0.92, 0.68, 0.05, 0.80, 0.80, 0.68, 0.79),
    "holdout958.yaml": (0.87, 0.90, 0.05, 0.76, 0.69, 0.50, 0.60),
    "holdout960.yaml": (0.86, 0.77, 0.10, 0.79, 0.79, 0.81, 0.86),
    "holdout961.yaml": (0.84, 0.75, 0.05, 0.86, 0.71, 0.68, 0.76),
    "holdout963.yaml": (0.86, 0.76, 0.05, 0.83, 0.72, 0.70, 0.74),
    "holdout964.yaml": (0.86, 0.83, 0.05, 0.69, 0.81, 0.70, 0.81),
    # six more briefs; measured once (heat P/R 1.00 / 0.79, 0.92 / 0.92, 0.80 / 0.79, 0.87 /
    # 0.82, 0.86 / 0.86, 0.92 / 0.84), then tuned on; no model learns from them (the models
    # learned from the sets up to holdout832)
    "holdout966.yaml": (0.82, 0.90, 0.05, 0.90, 0.69, 0.67, 0.77),
    "holdout967.yaml": (0.92, 0.79, 0.05, 0.82, 0.82, 0.65, 0.71),
    "holdout969.yaml": (0.92, 0.84, 0.05, 0.70, 0.69, 0.62, 0.79),
    "holdout970.yaml": (0.62, 0.66, 0.15, 0.77, 0.72, 0.68, 0.81),
    "holdout972.yaml": (0.92, 0.82, 0.05, 0.76, 0.76, 0.70, 0.78),
    "holdout973.yaml": (0.80, 0.66, 0.15, 0.82, 0.74, 0.55, 0.66),
    # five more briefs; measured once (heat P/R 1.00 / 0.84, 0.83 / 0.83, 0.83 / 0.71, 0.92
    # / 0.83, 0.86 / 0.86), then tuned on; no model learns from them (the models learned
    # from the sets up to holdout832)
    "holdout975.yaml": (0.92, 0.84, 0.05, 0.90, 0.74, 0.62, 0.69),
    "holdout976.yaml": (0.92, 0.72, 0.05, 0.73, 0.73, 0.81, 0.80),
    "holdout978.yaml": (0.86, 0.78, 0.05, 0.73, 0.61, 0.75, 0.76),
    "holdout979.yaml": (0.92, 0.73, 0.05, 0.82, 0.73, 0.68, 0.64),
    "holdout981.yaml": (0.85, 0.72, 0.10, 0.76, 0.76, 0.68, 0.74),
    # five more briefs; measured once (heat P/R 0.92 / 0.78, 0.92 / 0.77, 0.88 / 0.82, 0.88
    # / 0.97, 0.73 / 0.93), then tuned on; no model learns from them (the models learned
    # from the sets up to holdout832)
    "holdout982.yaml": (0.70, 0.79, 0.20, 0.82, 0.68, 0.75, 0.87),
    "holdout984.yaml": (0.92, 0.78, 0.05, 0.82, 0.67, 0.61, 0.74),
    "holdout985.yaml": (0.85, 0.83, 0.05, 0.78, 0.72, 0.68, 0.78),
    "holdout987.yaml": (0.92, 0.90, 0.05, 0.78, 0.87, 0.68, 0.75),
    "holdout988.yaml": (0.75, 0.90, 0.15, 0.63, 0.83, 0.68, 0.81),
    # six more briefs; measured once (heat P/R 0.75 / 0.89, 0.95 / 0.76, 0.95 / 0.83, 0.79 /
    # 0.81, 0.80 / 0.77, 1.00 / 0.72), then tuned on; no model learns from them (the models
    # learned from the sets up to holdout832)
    "holdout990.yaml": (0.88, 0.85, 0.05, 0.65, 0.79, 0.81, 0.85),
    "holdout991.yaml": (0.88, 0.90, 0.05, 0.85, 0.66, 0.75, 0.79),
    "holdout993.yaml": (0.92, 0.73, 0.05, 0.85, 0.73, 0.61, 0.75),
    "holdout994.yaml": (0.86, 0.64, 0.05, 0.69, 0.71, 0.74, 0.75),
    "holdout996.yaml": (0.92, 0.80, 0.05, 0.70, 0.67, 0.62, 0.82),
    "holdout997.yaml": (0.92, 0.90, 0.05, 0.90, 0.62, 0.62, 0.72),
    # five more briefs; measured once (heat P/R 0.83 / 0.96, 0.93 / 0.92, 0.85 / 0.65, 0.91
    # / 0.88, 0.92 / 0.77), then tuned on; no model learns from them (the models learned
    # from the sets up to holdout832)
    "holdout999.yaml": (0.92, 0.78, 0.05, 0.73, 0.86, 0.64, 0.77),
    "holdout1000.yaml": (0.85, 0.70, 0.05, 0.83, 0.82, 0.68, 0.79),
    "holdout1002.yaml": (0.75, 0.73, 0.15, 0.75, 0.55, 0.75, 0.78),
    "holdout1003.yaml": (0.87, 0.90, 0.10, 0.81, 0.78, 0.50, 0.72),
    "holdout1005.yaml": (0.81, 0.90, 0.05, 0.82, 0.67, 0.75, 0.79),
    # the judges: never tuned on nor trained on; floors against regressions, nothing more
    "holdout13.yaml": (0.85, 0.75, 0.05, 0.75, 0.50, 0.60, 0.75),
    # (holdout16's heat precision fell 0.94 -> 0.78 when the tone model began to see
    # gapped word pairs and learn from twenty writers; pooled over all seven sets no
    # version had seen, that model did better: see train_models.py)
    "holdout16.yaml": (0.80, 0.70, 0.05, 0.70, 0.45, 0.25, 0.65),
    # first measured on 370d945 (tests/data/README.md): heat P/R 0.61 / 0.40 and 0.71 / 0.38
    "holdout20.yaml": (0.90, 0.75, 0.05, 0.55, 0.35, 0.55, 0.70),
    "holdout21.yaml": (0.80, 0.75, 0.10, 0.60, 0.30, 0.60, 0.70),
    # first measured on bc68550: heat P/R 0.73 / 0.55 and 0.69 / 0.57
    "holdout30.yaml": (0.70, 0.65, 0.05, 0.65, 0.45, 0.65, 0.75),
    "holdout31.yaml": (0.75, 0.80, 0.05, 0.60, 0.50, 0.45, 0.65),
    # first measured on 421be1f (brief v13, pets and vets): heat P/R 0.82 / 0.50
    "holdout44.yaml": (0.85, 0.75, 0.10, 0.75, 0.40, 0.50, 0.65),
    # first measured on 543a45e (brief v16, landlords and letting agents): heat P/R 0.91 / 0.53
    "holdout47.yaml": (0.85, 0.50, 0.05, 0.85, 0.45, 0.50, 0.75),
    # first measured on 00596d6 (brief v19, games and app stores): heat P/R 0.75 / 0.50
    "holdout50.yaml": (0.90, 0.85, 0.05, 0.70, 0.45, 0.35, 0.65),
    # first measured on 165a46e (brief v22, appliances and warranty desks): heat P/R 0.83 /
    # 0.50
    "holdout53.yaml": (0.85, 0.55, 0.10, 0.75, 0.45, 0.70, 0.75),
    # first measured on 7ce3bb4 (brief v25, mobile and broadband billing): heat P/R 0.78 /
    # 0.37 (Partner MCC 0.61 -> 0.47, the mean 0.74 -> 0.70, when Partner's model began to
    # learn from every tuned set: one of the 34 judges that lost Partner while 195 gained it)
    "holdout56.yaml": (0.90, 0.65, 0.10, 0.70, 0.30, 0.45, 0.65),
    # first measured on 5607c3f (brief v28, recruitment and job platforms): heat P/R 0.80 /
    # 0.39
    "holdout59.yaml": (0.80, 0.60, 0.15, 0.75, 0.35, 0.50, 0.65),
    # first measured on 1edeaab (brief v31, airlines and lost luggage): heat P/R 0.76 / 0.65;
    # its Listen labels disagree with the engine's echo (MCC -0.05), so only the mean holds
    "holdout62.yaml": (0.90, 0.45, 0.05, 0.70, 0.60, -1.0, 0.45),
    # first measured on dccb40a (brief v34, everyday banking): heat P/R 0.79 / 0.43; its
    # Listen labels, too, disagree with the engine's echo (MCC -0.06)
    "holdout65.yaml": (0.80, 0.50, 0.10, 0.70, 0.35, -1.0, 0.40),
    # first measured on 5c8b3fd (brief v37, print shops and signage): heat P/R 0.75 / 0.64
    "holdout68.yaml": (0.90, 0.60, 0.05, 0.70, 0.55, 0.65, 0.75),
    # first measured on 2bbe610 (brief v40, hotels and rental platforms): heat P/R 0.80 /
    # 0.41
    "holdout71.yaml": (0.90, 0.75, 0.05, 0.75, 0.35, 0.60, 0.65),
    # first measured on e8d27cf (brief v43, rail and public transport): heat P/R 0.81 /
    # 0.58
    "holdout74.yaml": (0.90, 0.70, 0.05, 0.70, 0.45, 0.50, 0.70),
    # first measured on 985fbb8 (brief v46, dental and optician front desks): heat P/R
    # 0.71 / 0.48 (its reader marks every reply as listening: Listen MCC 0)
    "holdout77.yaml": (0.80, 0.85, 0.05, 0.60, 0.35, -1.0, 0.40),
    # first measured on fb870a2 (brief v49, nurseries and childcare): heat P/R 0.78 / 0.45
    "holdout80.yaml": (0.80, 0.70, 0.10, 0.65, 0.35, 0.55, 0.65),
    # first measured on 65f82ed (brief v52, insurance claims): heat P/R 0.71 / 0.64
    "holdout83.yaml": (0.85, 0.70, 0.05, 0.60, 0.50, 0.40, 0.65),
    # first measured on 86b0be9 (brief v55, driving schools): heat P/R 0.62 / 0.37
    "holdout86.yaml": (0.90, 0.55, 0.05, 0.50, 0.25, 0.45, 0.55),
    # first measured on d6af490 (brief v58, bike shops and bike share): heat P/R 0.61 /
    # 0.40 (Listen MCC about 0: its reader marks nearly every reply as listening)
    "holdout89.yaml": (0.90, 0.80, 0.05, 0.50, 0.30, -1.0, 0.40),
    # first measured on 8f62d92 (brief v61, language schools and tutoring): heat P/R 0.93 /
    # 0.52
    "holdout92.yaml": (0.90, 0.65, 0.05, 0.85, 0.45, 0.60, 0.70),
    # first measured on 021265b (brief v64, EV charging): heat P/R 0.79 / 0.54
    # (LEAP mean 0.81 -> 0.70 when one echoed term of the customer's began to
    # count for Listen: Listen 0.46 -> 0.00; pooled, tuned 0.670 -> 0.742,
    # judges 0.662 -> 0.737)
    "holdout95.yaml": (0.80, 0.80, 0.05, 0.70, 0.45, 0.40, 0.66),
    # first measured on 0b336e9 (brief v67, audiology and mobility aids): heat P/R 0.85 /
    # 0.42
    "holdout98.yaml": (0.85, 0.70, 0.05, 0.75, 0.35, 0.25, 0.60),
    # first measured on 726b70c (brief v70, estate agents and mortgage brokers): heat P/R
    # 0.78 / 0.62 (Listen MCC about 0: its reader marks nearly every reply as listening)
    "holdout101.yaml": (0.80, 0.55, 0.10, 0.70, 0.55, -1.0, 0.40),
    # first measured on eb8a7da (brief v73, dating apps and social platforms): heat P/R
    # 0.86 / 0.67
    "holdout104.yaml": (0.75, 0.70, 0.10, 0.75, 0.60, 0.50, 0.60),
    # first measured on 5a48999 (brief v76, libraries and archives): heat P/R 0.76 / 0.50
    "holdout107.yaml": (0.85, 0.60, 0.05, 0.65, 0.40, 0.40, 0.70),
    # first measured on e9c51ea (brief v79, translation and interpreting): heat P/R 0.71 /
    # 0.55
    # (LEAP mean 0.84 -> 0.73 when one echoed term of the customer's began to
    # count for Listen: Listen 1.00 -> 0.56; pooled, tuned 0.670 -> 0.742,
    # judges 0.662 -> 0.737)
    # (LEAP mean 0.73 -> 0.68 when Listen's model began to learn from every
    # tuned set: Listen 0.56 -> 0.36; judges pooled 0.737 -> 0.804)
    "holdout110.yaml": (0.85, 0.65, 0.05, 0.60, 0.45, 0.60, 0.64),
    # first measured on 292d5f4 (brief v82, plant and tool hire): heat P/R 0.87 / 0.50
    # (its reader marks every reply as listening: Listen MCC 0)
    "holdout113.yaml": (0.85, 0.75, 0.05, 0.80, 0.40, -1.0, 0.45),
    # first measured on b435780 (brief v85, escape rooms, bowling and trampoline parks):
    # heat P/R 0.88 / 0.52
    "holdout116.yaml": (0.85, 0.60, 0.10, 0.80, 0.45, 0.40, 0.60),
    # first measured on 5b2a273 (brief v88, self-publishing and audiobooks): heat P/R 0.75
    # / 0.46
    "holdout119.yaml": (0.90, 0.65, 0.05, 0.65, 0.40, 0.65, 0.70),
    # first measured on a943db9 (brief v91, blood donation, screening and private GPs):
    # heat P/R 0.71 / 0.50 (Listen MCC about 0: its reader marks nearly every reply as
    # listening)
    "holdout122.yaml": (0.85, 0.50, 0.05, 0.60, 0.40, -1.0, 0.45),
    # first measured on c3db782 (brief v94, boat hire, marinas and sailing schools): heat
    # P/R 0.79 / 0.63
    "holdout125.yaml": (0.85, 0.50, 0.05, 0.70, 0.55, 0.40, 0.55),
    # first measured on e415d27 (brief v97, wine merchants, breweries and drinks clubs):
    # heat P/R 0.70 / 0.64
    "holdout128.yaml": (0.90, 0.70, 0.05, 0.60, 0.55, 0.45, 0.55),
    # first measured on 47f084f (brief v100, glaziers, window fitters, conservatories):
    # heat P/R 0.68 / 0.50
    "holdout131.yaml": (0.90, 0.75, 0.05, 0.60, 0.45, 0.35, 0.60),
    # first measured on 0cfd89b (brief v103, lotteries, prize draws and raffles): heat P/R
    # 0.58 / 0.65 (its reader marks every reply as listening: Listen MCC is 0)
    "holdout134.yaml": (0.85, 0.55, 0.05, 0.50, 0.55, -1.0, 0.60),
    # first measured on e8b4acd (brief v106, school photographers, yearbooks and gowns):
    # heat P/R 0.72 / 0.46
    # (LEAP mean 0.66 -> 0.55 when one echoed term of the customer's began to
    # count for Listen: Listen 0.37 -> -0.06; pooled, tuned 0.670 -> 0.742,
    # judges 0.662 -> 0.737)
    "holdout137.yaml": (0.80, 0.50, 0.10, 0.65, 0.40, 0.30, 0.51),
    # first measured on 58bc51e (brief v109, bridal shops, alterations and suit hire):
    # heat P/R 0.76 / 0.43
    "holdout140.yaml": (0.80, 0.60, 0.05, 0.70, 0.35, 0.45, 0.60),
    # first measured on fe95945 (brief v112, hot tubs, pools and saunas): heat P/R 0.62 /
    # 0.58 (Listen MCC about 0: its reader marks nearly every reply as listening)
    "holdout143.yaml": (0.80, 0.70, 0.10, 0.55, 0.50, -1.0, 0.40),
    # first measured on 2402332 (brief v115, chimney sweeps, stoves and fuel merchants):
    # heat P/R 0.74 / 0.45
    "holdout146.yaml": (0.85, 0.65, 0.05, 0.65, 0.40, 0.60, 0.60),
    # first measured on b25df5a (brief v118, driveways, fencing and decking): heat P/R 0.69
    # / 0.61
    "holdout149.yaml": (0.75, 0.60, 0.20, 0.60, 0.55, 0.45, 0.70),
    # first measured on eb6df1d (brief v121, taxis, private hire and chauffeurs): heat P/R
    # 0.77 / 0.60
    "holdout152.yaml": (0.80, 0.80, 0.05, 0.70, 0.55, 0.30, 0.60),
    # first measured on 2993776 (brief v124, roofers, gutters and loft insulation): heat
    # P/R 0.86 / 0.59
    "holdout155.yaml": (0.90, 0.70, 0.05, 0.80, 0.50, 0.40, 0.60),
    # first measured on 82250de (brief v127, blinds, shutters and curtains): heat P/R 0.76
    # / 0.48
    "holdout158.yaml": (0.85, 0.75, 0.15, 0.70, 0.40, 0.40, 0.65),
    # first measured on 5d1befe (brief v130, vending and office coffee machines): heat P/R
    # 0.95 / 0.77
    "holdout161.yaml": (0.90, 0.85, 0.10, 0.85, 0.65, 0.75, 0.85),
    # first measured on 239565a (brief v133, Christmas trees, decorations and grottos):
    # heat P/R 0.77 / 0.54
    "holdout164.yaml": (0.85, 0.75, 0.05, 0.70, 0.45, 0.60, 0.75),
    # first measured on 77dcaab (brief v136, bookbinders, stationery and fountain pens):
    # heat P/R 0.86 / 0.67
    "holdout167.yaml": (0.80, 0.70, 0.05, 0.80, 0.60, 0.60, 0.70),
    # first measured on 433522f (brief v139, cookware and knife sharpening): heat P/R 0.79 /
    # 0.61
    "holdout170.yaml": (0.70, 0.55, 0.10, 0.70, 0.55, 0.55, 0.70),
    # first measured on 4565248 (brief v142, secondhand and rare books): heat P/R 0.70 /
    # 0.57
    "holdout173.yaml": (0.80, 0.85, 0.05, 0.65, 0.50, 0.40, 0.65),
    # first measured on cb7ea79 (brief v145, vintage clothing and costume hire): heat P/R
    # 0.78 / 0.78
    "holdout176.yaml": (0.90, 0.70, 0.05, 0.70, 0.70, 0.60, 0.70),
    # first measured on 8de9981 (brief v148, sports physiotherapy and massage): heat P/R
    # 1.00 / 0.77
    "holdout179.yaml": (0.90, 0.75, 0.05, 0.90, 0.70, 0.75, 0.85),
    # first measured on 174945e (brief v151, heritage railways and steam days): heat P/R
    # 0.68 / 0.72
    "holdout182.yaml": (0.90, 0.75, 0.05, 0.60, 0.65, 0.65, 0.70),
    # first measured on 767c271 (brief v154, wedding car hire and vintage vehicles): heat
    # P/R 0.90 / 0.60
    # (vague recall 1.00 -> 0.92 when the clarity model began to learn from every tuned set:
    # one of the 15 judges that lost vague recall while 148 gained it)
    "holdout185.yaml": (0.95, 0.90, 0.05, 0.85, 0.55, 0.60, 0.70),
    # first measured on a148f61 (brief v157, hot air balloons and gift vouchers): heat
    # P/R 0.74 / 0.76
    "holdout188.yaml": (0.95, 0.65, 0.05, 0.70, 0.70, 0.55, 0.80),
    # first measured on a501cf2 (brief v160, pottery studios and kiln hire): heat P/R
    # 0.62 / 0.50
    "holdout191.yaml": (0.80, 0.65, 0.05, 0.55, 0.45, 0.50, 0.75),
    # first measured on 8727af7 (brief v163, piano tuners and removals): heat P/R
    # 0.93 / 0.50
    "holdout194.yaml": (0.85, 0.65, 0.05, 0.85, 0.45, 0.50, 0.65),
    # first measured on 9cdcdc7 (brief v166, falconry centres and bird-of-prey days): heat
    # P/R 0.81 / 0.68
    "holdout197.yaml": (0.90, 0.80, 0.05, 0.75, 0.65, 0.55, 0.65),
    # first measured on ca56bc6 (brief v169, sewing machine repairers and haberdashery):
    # heat P/R 0.88 / 0.66
    "holdout200.yaml": (0.95, 0.70, 0.05, 0.80, 0.60, 0.55, 0.65),
    # first measured on 722aba2 (brief v172, chess and bridge clubs): heat P/R 0.69 / 0.73
    "holdout203.yaml": (0.95, 0.75, 0.05, 0.60, 0.65, 0.60, 0.75),
    # first measured on b5064da (brief v175, upholsterers and furniture restorers): heat
    # P/R 0.76 / 0.62
    "holdout206.yaml": (0.95, 0.70, 0.05, 0.70, 0.55, 0.40, 0.60),
    # first measured on b49b960 (brief v178, food trucks and mobile catering): heat P/R
    # 0.88 / 0.71
    "holdout209.yaml": (0.85, 0.80, 0.10, 0.80, 0.65, 0.45, 0.70),
    # first measured on a277b0d (brief v181, tattoo removal and laser hair removal):
    # heat P/R 0.73 / 0.59
    "holdout212.yaml": (0.85, 0.80, 0.05, 0.65, 0.55, 0.55, 0.75),
    # first measured on 4473d35 (brief v184, bouncy castle and party hire): heat P/R
    # 0.88 / 0.77
    "holdout215.yaml": (0.90, 0.90, 0.10, 0.80, 0.70, 0.60, 0.75),
    # first measured on 77b6542 (brief v187, guide dog and assistance dog charities):
    # heat P/R 0.80 / 0.61
    "holdout218.yaml": (0.95, 0.70, 0.10, 0.75, 0.55, 0.55, 0.75),
    # first measured on cb467a8 (brief v190, mobile dog groomers and grooming salons): heat
    # P/R 0.74 / 0.59
    "holdout221.yaml": (0.85, 0.85, 0.05, 0.70, 0.55, 0.55, 0.70),
    # first measured on 38ab19c (brief v193, clay pigeon shooting grounds and gun shops):
    # heat P/R 0.87 / 0.83
    "holdout224.yaml": (0.80, 0.75, 0.10, 0.80, 0.75, 0.60, 0.75),
    # first measured on 84e470d (brief v196, septic tank emptying, drain unblocking and
    # emergency plumbers): heat P/R 0.83 / 0.72
    "holdout227.yaml": (0.85, 0.80, 0.10, 0.75, 0.65, 0.60, 0.65),
    # first measured on 8bb126c (brief v199, fireworks display companies and pyrotechnics
    # suppliers): heat P/R 0.79 / 0.64
    "holdout230.yaml": (0.85, 0.65, 0.05, 0.70, 0.55, 0.55, 0.75),
    # first measured on cdbac3d (brief v202, village hall and community centre room
    # bookings): heat P/R 0.86 / 0.64
    "holdout233.yaml": (0.90, 0.60, 0.05, 0.80, 0.55, 0.70, 0.75),
    # first measured on 7c9bffa (brief v205, go-karting tracks and motorsport experience
    # days): heat P/R 0.92 / 0.74
    # (LEAP mean 0.85 -> 0.78 when Listen's model began to learn from every
    # tuned set: Listen 1.00 -> 0.69; judges pooled 0.737 -> 0.804)
    "holdout236.yaml": (0.85, 0.75, 0.05, 0.85, 0.65, 0.65, 0.74),
    # first measured on 6afb098 (brief v208, residential park homes and mobile home site
    # operators): heat P/R 0.85 / 0.66
    "holdout239.yaml": (0.90, 0.65, 0.05, 0.80, 0.60, 0.55, 0.70),
    # first measured on ee1b849 (brief v211, tennis, padel and squash clubs and court
    # booking apps): heat P/R 0.70 / 0.60
    "holdout242.yaml": (0.90, 0.85, 0.05, 0.65, 0.55, 0.55, 0.70),
    # first measured on 8c18b3a (brief v214, council leisure centres, lidos and public
    # swimming pools): heat P/R 0.80 / 0.86
    "holdout245.yaml": (0.85, 0.60, 0.05, 0.75, 0.80, 0.65, 0.75),
    # first measured on bb9b801 (brief v217, mobile makeup artists, spray tanning and day
    # spas): heat P/R 0.81 / 0.69
    "holdout248.yaml": (0.90, 0.65, 0.05, 0.75, 0.60, 0.70, 0.75),
    # first measured on c5b1236 (brief v220, campervan conversion builders and campervan
    # hire): heat P/R 0.71 / 0.83
    "holdout251.yaml": (0.80, 0.80, 0.10, 0.65, 0.75, 0.40, 0.65),
    # first measured on 457938f (brief v223, ghost tours, city walking tours and guided
    # heritage walks): heat P/R 0.81 / 0.59
    "holdout254.yaml": (0.90, 0.80, 0.05, 0.75, 0.55, 0.65, 0.75),
    # first measured on fe41b69 (brief v226, cookery schools and baking classes): heat P/R
    # 1.00 / 0.93
    "holdout257.yaml": (0.85, 0.70, 0.05, 0.90, 0.85, 0.30, 0.60),
    # first measured on 483ce70 (brief v229, reptile and exotic pet shops and poultry
    # suppliers): heat P/R 0.89 / 0.81
    "holdout260.yaml": (0.90, 0.85, 0.05, 0.80, 0.75, 0.40, 0.60),
    # first measured on 7cebc29 (brief v232, phone mast and rooftop antenna landlords'
    # agents): heat P/R 0.69 / 0.64
    "holdout263.yaml": (0.85, 0.75, 0.15, 0.60, 0.55, 0.60, 0.75),
    # first measured on 51f1b4e (brief v235, stairlift installers and home lift
    # servicing): heat P/R 0.71 / 0.59
    "holdout266.yaml": (0.90, 0.75, 0.05, 0.65, 0.50, 0.60, 0.70),
    # first measured on 0c6e8f0 (brief v238, hearing aid audiologists and hearing aid
    # subscriptions): heat P/R 0.72 / 0.78
    "holdout269.yaml": (0.85, 0.65, 0.05, 0.65, 0.65, 0.40, 0.75),
    # first measured on 1cd0c86 (brief v241, phone and tablet screen repair shops and
    # mail-in repair services): heat P/R 0.85 / 0.52
    "holdout272.yaml": (0.80, 0.75, 0.05, 0.80, 0.45, 0.65, 0.80),
    # first measured on ab928db (brief v244, e-scooter and bike-share rental schemes):
    # heat P/R 0.81 / 0.70
    "holdout275.yaml": (0.80, 0.90, 0.05, 0.75, 0.60, 0.55, 0.60),
    # first measured on c07add5 (brief v247, washing machine and dishwasher repair
    # engineers): heat P/R 0.69 / 0.68
    "holdout278.yaml": (0.80, 0.75, 0.05, 0.60, 0.60, 0.65, 0.75),
    # first measured on fd77804 (brief v250, zero-waste refill shops and eco product
    # subscriptions): heat P/R 0.95 / 0.70
    "holdout281.yaml": (0.95, 0.70, 0.05, 0.85, 0.60, 0.55, 0.75),
    # first measured on 48c1a06 (brief v253, contact lens and glasses online retailers):
    # heat P/R 0.92 / 0.70
    "holdout284.yaml": (0.85, 0.45, 0.05, 0.85, 0.60, 0.60, 0.75),
    # first measured on f361483 (brief v256, animal rescue and pet adoption charities):
    # heat P/R 0.81 / 0.83
    "holdout287.yaml": (0.95, 0.80, 0.05, 0.75, 0.70, 0.60, 0.75),
    # first measured on 518cd30 (brief v259, music festivals and festival ticketing):
    # heat P/R 0.85 / 0.69
    "holdout290.yaml": (0.85, 0.60, 0.10, 0.80, 0.60, 0.60, 0.75),
    # first measured on e691d21 (brief v262, pram, car seat and baby equipment retailers):
    # heat P/R 0.88 / 0.79
    "holdout293.yaml": (0.80, 0.60, 0.10, 0.80, 0.70, 0.60, 0.75),
    # first measured on cd51e23 (brief v265, roller rinks, ice rinks and skating lessons):
    # heat P/R 0.89 / 0.77
    "holdout296.yaml": (0.80, 0.80, 0.10, 0.80, 0.65, 0.45, 0.60),
    # first measured on dea83a2 (brief v268, small breweries, distilleries and taproom tours):
    # heat P/R 0.77 / 0.62
    "holdout299.yaml": (0.85, 0.60, 0.10, 0.70, 0.50, 0.55, 0.65),
    # first measured on 78452f8 (brief v271, art supplies shops and canvas printing):
    # heat P/R 0.91 / 0.61
    "holdout302.yaml": (0.80, 0.70, 0.10, 0.85, 0.50, 0.40, 0.60),
    # first measured on 0a6b5a4 (brief v274, scout, guide and youth club groups):
    # heat P/R 0.88 / 0.72
    "holdout305.yaml": (0.75, 0.55, 0.10, 0.80, 0.60, 0.55, 0.70),
    # first measured on 15a336b (brief v277, sign language interpreters and agencies):
    # heat P/R 0.76 / 0.74
    "holdout308.yaml": (0.65, 0.65, 0.10, 0.70, 0.65, 0.55, 0.65),
    # first measured on 5a8d66e (brief v280, pallet delivery networks and freight couriers):
    # heat P/R 0.82 / 0.78
    "holdout311.yaml": (0.90, 0.70, 0.10, 0.75, 0.65, 0.75, 0.85),
    # first measured on ede57e8 (brief v283, mountain guides, caving and outdoor centres):
    # heat P/R 0.81 / 0.71
    "holdout314.yaml": (0.80, 0.65, 0.05, 0.75, 0.60, 0.60, 0.70),
    # first measured on 3b5f4a6 (brief v286, running and cycling clubs, event organisers):
    # heat P/R 0.77 / 0.83
    "holdout317.yaml": (0.90, 0.70, 0.05, 0.70, 0.70, 0.55, 0.70),
    # first measured on 9a61fa1 (brief v289, community transport and dial-a-ride):
    # heat P/R 0.69 / 0.65
    "holdout320.yaml": (0.85, 0.80, 0.05, 0.60, 0.55, 0.60, 0.70),
    # first measured on ebd3370 (brief v292, farm parks and pick-your-own farms):
    # heat P/R 0.81 / 0.87
    "holdout323.yaml": (0.90, 0.60, 0.05, 0.75, 0.75, 0.55, 0.70),
    # first measured on 4378c5c (brief v295, jigsaw, crossword and puzzle magazine publishers):
    # heat P/R 0.90 / 0.86
    "holdout326.yaml": (0.90, 0.80, 0.05, 0.85, 0.75, 0.50, 0.70),
    # first measured on aa435c6 (brief v298, ice cream parlours, gelato vans, dessert shops):
    # heat P/R 0.74 / 0.59
    "holdout329.yaml": (0.80, 0.55, 0.10, 0.65, 0.50, 0.30, 0.65),
    # first measured on 24c81b5 (brief v301, campus shops, student union services, university
    # sports centres): heat P/R 0.90 / 0.81
    "holdout332.yaml": (0.85, 0.70, 0.05, 0.80, 0.70, 0.55, 0.65),
    # first measured on 2a3469e (brief v304, launderettes, self-service laundries and
    # wash-and-fold services): heat P/R 0.89 / 0.73
    "holdout335.yaml": (0.80, 0.60, 0.05, 0.80, 0.60, 0.35, 0.60),
    # first measured on 8182088 (brief v307, dental practices: appointments, treatment plans
    # and billing): heat P/R 0.82 / 0.61
    "holdout338.yaml": (0.70, 0.55, 0.15, 0.75, 0.50, 0.70, 0.80),
    # first measured on aa0570c (brief v310, airport lounges and fast-track security
    # passes): heat P/R 0.77 / 0.64
    "holdout341.yaml": (0.85, 0.75, 0.05, 0.65, 0.55, 0.55, 0.75),
    # first measured on 6b816a6 (brief v313, door entry, intercom and access-control
    # installers): heat P/R 0.88 / 0.50
    "holdout344.yaml": (0.90, 0.75, 0.05, 0.80, 0.40, 0.45, 0.70),
    # first measured on 21d47e0 (brief v316, chocolatiers and chocolate gift shops): heat P/R
    # 0.92 / 0.65
    "holdout347.yaml": (0.75, 0.70, 0.20, 0.85, 0.55, 0.55, 0.70),
    # first measured on 731ec92 (brief v319, vineyards, winery tours and wine clubs): heat P/R
    # 0.78 / 0.75
    "holdout350.yaml": (0.90, 0.70, 0.05, 0.70, 0.65, 0.50, 0.70),
    # first measured on 5ef1020 (brief v322, fish and chip shops and burger takeaways): heat
    # P/R 0.83 / 0.59
    "holdout353.yaml": (0.90, 0.85, 0.05, 0.75, 0.50, 0.55, 0.65),
    # first measured on 5131ce1 (brief v325, high-street phone and tablet repair shops): heat
    # P/R 0.86 / 0.72
    "holdout356.yaml": (0.85, 0.60, 0.05, 0.75, 0.60, 0.55, 0.70),
    # first measured on 275ef43 (brief v328, catteries and small-animal boarding): heat P/R
    # 0.76 / 0.73
    "holdout359.yaml": (0.90, 0.70, 0.05, 0.65, 0.60, 0.15, 0.60),
    # first measured on 3b1b357 (brief v331, stonemasons, memorial headstones and grave
    # maintenance): heat P/R 0.78 / 0.70
    "holdout362.yaml": (0.90, 0.80, 0.05, 0.70, 0.60, 0.40, 0.60),
    # first measured on a788e82 (brief v334, bagpipers, string quartets and live ceremony
    # musicians): heat P/R 0.96 / 0.58
    "holdout365.yaml": (0.75, 0.85, 0.10, 0.90, 0.50, 0.40, 0.75),
    # first measured on 2a4550c (brief v337, taxidermists and natural-history specimen
    # mounting): heat P/R 0.83 / 0.74
    "holdout368.yaml": (0.85, 0.60, 0.10, 0.75, 0.65, 0.40, 0.58),
    # first measured on 3af0150 (brief v340, bonsai nurseries and specialist tree shipping):
    # heat P/R 0.88 / 0.61
    "holdout371.yaml": (0.85, 0.75, 0.05, 0.80, 0.50, 0.55, 0.72),
    # first measured on 8045505 (brief v343, calligraphers and wedding stationery
    # lettering): heat P/R 0.89 / 0.77
    "holdout374.yaml": (0.80, 0.55, 0.10, 0.80, 0.65, 0.35, 0.58),
    # first measured on 26d3edc (brief v346, alpaca and llama trekking farms): heat P/R
    # 0.80 / 0.63
    "holdout377.yaml": (0.85, 0.60, 0.05, 0.70, 0.55, 0.50, 0.66),
    # first measured on 9596c12 (brief v349, pet cremation and memorial keepsakes): heat P/R
    # 0.84 / 0.65
    "holdout380.yaml": (0.85, 0.75, 0.20, 0.75, 0.55, 0.65, 0.77),
    # first measured on e1dedce (brief v352, bouldering and indoor climbing walls): heat P/R
    # 0.77 / 0.83
    "holdout383.yaml": (0.90, 0.50, 0.05, 0.70, 0.70, 0.45, 0.69),
    # first measured on f3b3862 (brief v355, borehole drilling and private water well
    # servicing): heat P/R 0.92 / 0.64
    "holdout386.yaml": (0.75, 0.75, 0.05, 0.85, 0.55, 0.45, 0.67),
    # first measured on df07b90 (brief v358, axe throwing venues): heat P/R 0.86 / 0.79
    "holdout389.yaml": (0.80, 0.80, 0.10, 0.80, 0.70, 0.55, 0.82),
    # first measured on 962f424 (brief v361, silversmiths and engraved silverware repair): heat
    # P/R 0.71 / 0.82
    "holdout392.yaml": (0.85, 0.65, 0.05, 0.65, 0.70, 0.55, 0.64),
    # first measured on 5705d34 (brief v364, harpsichord and early keyboard restoration and
    # tuning): heat P/R 0.88 / 0.80
    "holdout395.yaml": (0.85, 0.50, 0.05, 0.80, 0.70, 0.30, 0.58),
    # first measured on 1bf6925 (brief v367, violin and cello makers and repairers): heat P/R
    # 0.80 / 0.61
    "holdout398.yaml": (0.90, 0.60, 0.05, 0.70, 0.50, 0.70, 0.77),
    # first measured on 8423a57 (brief v370, body piercing studios): heat P/R 0.73 / 0.55
    "holdout401.yaml": (0.80, 0.75, 0.10, 0.65, 0.45, 0.60, 0.76),
    # first measured on 158d34d (brief v373, koi dealers and garden pond builders): heat P/R
    # 0.87 / 0.68
    "holdout404.yaml": (0.75, 0.70, 0.10, 0.80, 0.55, 0.45, 0.67),
    # first measured on 1745577 (brief v376, milliners and hat makers): heat P/R 0.80 / 0.72
    "holdout407.yaml": (0.85, 0.60, 0.10, 0.70, 0.60, 0.55, 0.74),
    # first measured on 1514e03 (brief v379, parrot and exotic bird breeders and avian vets):
    # heat P/R 0.62 / 0.81
    "holdout410.yaml": (0.90, 0.35, 0.05, 0.55, 0.70, 0.35, 0.64),
    # first measured on b337e55 (brief v382, lighthouse stays and coastal heritage tours):
    # heat P/R 0.81 / 0.71
    "holdout413.yaml": (0.85, 0.50, 0.05, 0.70, 0.60, 0.55, 0.72),
    # first measured on 986e911 (brief v385, window cleaning rounds and gutter clearing):
    # heat P/R 0.76 / 0.67
    "holdout416.yaml": (0.90, 0.75, 0.05, 0.65, 0.55, 0.45, 0.64),
    # first measured on 70db599 (brief v388, portable toilet and welfare unit hire): heat P/R
    # 0.96 / 0.76
    "holdout419.yaml": (0.90, 0.70, 0.05, 0.85, 0.65, 0.55, 0.74),
    # first measured on e361745 (brief v391, church bell ringers and tower bell restorers):
    # heat P/R 0.84 / 0.63
    "holdout422.yaml": (0.85, 0.60, 0.10, 0.75, 0.55, 0.45, 0.56),
    # first measured on cad999e (brief v394, wedding cake bakers): heat P/R 0.84 / 0.75
    "holdout425.yaml": (0.80, 0.90, 0.05, 0.75, 0.65, 0.55, 0.72),
    # first measured on ea75707 (brief v397, hydroponics and indoor growing equipment
    # shops): heat P/R 0.93 / 0.78
    "holdout428.yaml": (0.85, 0.75, 0.05, 0.85, 0.65, 0.35, 0.60),
    # first measured on d70ca16 (brief v400, ferret and small-animal rescues): heat P/R 0.82 /
    # 0.67
    "holdout431.yaml": (0.90, 0.60, 0.05, 0.70, 0.55, 0.50, 0.68),
    # first measured on a48f7ae (brief v403, surfboard shapers and ding repair shops): heat
    # P/R 0.88 / 0.65
    "holdout434.yaml": (0.85, 0.85, 0.05, 0.75, 0.55, 0.50, 0.70),
    # first measured on 9b8ddf7 (brief v406, pipe organ builders and church organ tuners):
    # heat P/R 0.89 / 0.83
    "holdout437.yaml": (0.85, 0.70, 0.05, 0.80, 0.70, 0.70, 0.77),
    # first measured on 1edcede (brief v409, fossil and crystal shops): heat P/R 0.91 / 0.86
    "holdout440.yaml": (0.90, 0.60, 0.05, 0.80, 0.75, 0.55, 0.72),
    # first measured on a6cebbd (brief v412, jukebox and pinball hire): heat P/R 0.70 / 0.59
    "holdout443.yaml": (0.85, 0.60, 0.10, 0.60, 0.50, 0.48, 0.74),
    # first measured on 495795a (brief v415, tarot readers): heat P/R 0.70 / 0.71
    "holdout446.yaml": (0.90, 0.80, 0.05, 0.60, 0.60, 0.51, 0.73),
    # first measured on 408fd13 (brief v418, goat yoga): heat P/R 0.81 / 0.88
    "holdout449.yaml": (0.90, 0.75, 0.05, 0.70, 0.75, 0.44, 0.74),
    # first measured on 7960479 (brief v421, ostrich farms): heat P/R 0.88 / 0.68
    "holdout452.yaml": (0.88, 0.85, 0.10, 0.78, 0.58, 0.56, 0.77),
    # first measured on 6d8c3f1 (brief v424, tape digitisation): heat P/R 0.86 / 0.79
    "holdout455.yaml": (0.90, 0.60, 0.05, 0.76, 0.68, 0.48, 0.63),
    # first measured on 8ba40ad (brief v427, harmonica repair): heat P/R 0.79 / 0.72
    "holdout458.yaml": (0.80, 0.62, 0.10, 0.69, 0.62, 0.55, 0.70),
    # first measured on 7d8df5f (brief v430, lantern hire): heat P/R 0.89 / 0.81
    "holdout461.yaml": (0.90, 0.85, 0.05, 0.79, 0.71, 0.51, 0.73),
    # first measured on f8e2c4e (brief v433, lavender farms): heat P/R 0.79 / 0.79
    "holdout464.yaml": (0.85, 0.75, 0.05, 0.69, 0.69, 0.48, 0.69),
    # first measured on 13ed77a (brief v436, maple syrup producers): heat P/R 0.91 / 0.66
    "holdout467.yaml": (0.81, 0.55, 0.05, 0.81, 0.56, 0.57, 0.69),
    # first measured on d10442e (brief v439, swan pedalo hire): heat P/R 0.71 / 0.76
    "holdout470.yaml": (0.92, 0.59, 0.05, 0.61, 0.66, 0.68, 0.79),
    # first measured on 84468f6 (brief v442, carillon restoration): heat P/R 0.87 / 0.78
    "holdout473.yaml": (0.75, 0.66, 0.15, 0.77, 0.68, 0.39, 0.63),
    # first measured on cb96b8d (brief v445, zip line courses): heat P/R 0.77 / 0.73
    "holdout476.yaml": (0.87, 0.90, 0.05, 0.67, 0.63, 0.40, 0.66),
    # first measured on 80d0187 (brief v448, tandem hire): heat P/R 0.85 / 0.79
    "holdout479.yaml": (0.92, 0.83, 0.05, 0.75, 0.69, 0.62, 0.75),
    # first measured on 00b12ec (brief v451, crepe and waffle stalls): heat P/R 0.95 / 0.59
    "holdout482.yaml": (0.92, 0.66, 0.05, 0.85, 0.49, 0.61, 0.68),
    # first measured on a77516a (brief v454, glove makers): heat P/R 0.81 / 0.83
    "holdout485.yaml": (0.85, 0.62, 0.05, 0.71, 0.73, 0.48, 0.63),
    # first measured on 6919396 (brief v457, banjo and ukulele repair): heat P/R 0.90 / 0.58
    "holdout488.yaml": (0.86, 0.81, 0.05, 0.80, 0.48, 0.61, 0.72),
    # first measured on c3328cf (brief v460, churro and doughnut food trucks): heat P/R 0.86 / 0.61
    "holdout491.yaml": (0.87, 0.90, 0.05, 0.76, 0.51, 0.35, 0.53),
    # first measured on d0f4522 (brief v463, carousel and fairground ride restorers):
    # heat P/R 0.93 / 0.88
    "holdout494.yaml": (0.87, 0.83, 0.05, 0.83, 0.78, 0.56, 0.78),
    # first measured on 5031056 (brief v466, abacus and mental arithmetic tutoring):
    # heat P/R 0.74 / 0.62
    "holdout497.yaml": (0.92, 0.79, 0.05, 0.64, 0.52, 0.48, 0.64),
    # first measured on ffc48c5 (brief v469, rope access window cleaning):
    # heat P/R 0.83 / 0.67
    "holdout500.yaml": (0.86, 0.58, 0.05, 0.73, 0.57, 0.30, 0.66),
    # first measured on 290a75d (brief v472, bell foundries and church bell restoration):
    # heat P/R 0.65 / 0.56
    "holdout503.yaml": (0.85, 0.72, 0.15, 0.55, 0.46, 0.61, 0.71),
    # first measured on 4858e65 (brief v475, cuckoo clock makers and repairers):
    # heat P/R 0.79 / 0.70
    "holdout506.yaml": (0.70, 0.79, 0.15, 0.69, 0.60, 0.56, 0.69),
    # first measured on 1db4d16 (brief v478, zipline and treetop adventure parks):
    # heat P/R 0.89 / 0.73
    "holdout509.yaml": (0.92, 0.83, 0.05, 0.79, 0.63, 0.51, 0.70),
    # first measured on 9ba3c6c (brief v481, pet portrait painters):
    # heat P/R 0.92 / 0.64
    "holdout512.yaml": (0.72, 0.63, 0.10, 0.82, 0.54, 0.55, 0.67),
    # first measured on 6fe311c (brief v484, blacksmithing and forge courses):
    # heat P/R 0.93 / 0.67
    "holdout515.yaml": (0.92, 0.84, 0.05, 0.83, 0.57, 0.51, 0.68),
    # first measured on cfbe018 (brief v487, stilt walkers and street performers):
    # heat P/R 0.85 / 0.77
    "holdout518.yaml": (0.92, 0.66, 0.05, 0.75, 0.67, 0.61, 0.77),
    # first measured on eb837e2 (brief v490, mail-order orchid nurseries):
    # heat P/R 0.88 / 0.66
    "holdout521.yaml": (0.86, 0.66, 0.10, 0.78, 0.56, 0.67, 0.76),
    # first measured on 7bd53d6 (brief v493, dolls' house and miniatures makers):
    # heat P/R 0.92 / 0.61
    "holdout524.yaml": (0.92, 0.78, 0.05, 0.82, 0.51, 0.55, 0.67),
    # first measured on 6254f87 (brief v496, vinyl record pressing plants):
    # heat P/R 1.00 / 0.71 (precision 1.00 -> 0.87 when the tone model began to learn from
    # every tuned set: one of the 46 judges that lost heat precision while 216 gained it)
    "holdout527.yaml": (0.78, 0.55, 0.15, 0.77, 0.61, 0.34, 0.65),
    # first measured on e33a0ff (brief v499, murder mystery dinner party hosts and kits):
    # heat P/R 0.85 / 0.79
    "holdout530.yaml": (0.86, 0.74, 0.10, 0.75, 0.69, 0.55, 0.73),
    # first measured on 397b0ad (brief v502, topiary and hedge sculpting services):
    # heat P/R 0.92 / 0.52
    "holdout533.yaml": (0.82, 0.84, 0.15, 0.82, 0.42, 0.49, 0.66),
    # first measured on c90f5a1 (brief v505, balloon artists and arch decorators):
    # heat P/R 0.90 / 0.79
    "holdout536.yaml": (0.92, 0.82, 0.05, 0.80, 0.69, 0.49, 0.68),
    # first measured on 06b8301 (brief v508, stump grinding and small tree removal firms):
    # heat P/R 0.79 / 0.88
    "holdout539.yaml": (0.92, 0.69, 0.05, 0.69, 0.78, 0.35, 0.60),
    # first measured on ff7e2b1 (brief v511, hang gliding schools and tandem flights):
    # heat P/R 0.78 / 0.57
    "holdout542.yaml": (0.81, 0.82, 0.05, 0.68, 0.47, 0.35, 0.63),
    # first measured on 7c76ad7 (brief v514, vintage car hire for weddings and proms):
    # heat P/R 0.86 / 0.59
    "holdout545.yaml": (0.92, 0.75, 0.05, 0.76, 0.49, 0.59, 0.74),
    # first measured on a5f2217 (brief v517, small island ferry crossings and foot
    # passenger boats): heat P/R 0.97 / 0.85
    "holdout548.yaml": (0.80, 0.69, 0.15, 0.87, 0.75, 0.62, 0.77),
    # first measured on 6f6ae5a (brief v520, snorkelling trips and snorkel gear hire):
    # heat P/R 0.84 / 0.76
    "holdout551.yaml": (0.86, 0.71, 0.05, 0.74, 0.66, 0.56, 0.76),
    # first measured on f1ee22d (brief v523, zip wire and treetop adventure parks):
    # heat P/R 0.90 / 0.88
    "holdout554.yaml": (0.92, 0.83, 0.05, 0.80, 0.78, 0.48, 0.68),
    # first measured on 70c0515 (brief v526, dinghy sailing courses and boat hire on lakes):
    # heat P/R 0.82 / 0.60
    "holdout557.yaml": (0.84, 0.67, 0.05, 0.72, 0.50, 0.55, 0.71),
    # first measured on 793e50f (brief v529, nail salons and nail technician appointments):
    # heat P/R 1.00 / 0.79
    "holdout560.yaml": (0.92, 0.67, 0.05, 0.90, 0.69, 0.66, 0.74),
    # first measured on e703287 (brief v532, driving schools and driving lesson bookings):
    # heat P/R 0.84 / 0.68
    "holdout563.yaml": (0.85, 0.62, 0.05, 0.74, 0.58, 0.62, 0.78),
    # first measured on fccc2fd (brief v535, sea glass jewellery makers and beachcombing
    # craft shops):
    # heat P/R 0.81 / 0.77
    "holdout566.yaml": (0.85, 0.78, 0.05, 0.71, 0.67, 0.68, 0.80),
    # first measured on 2f8bf85 (brief v538, birth doulas and postnatal support services):
    # heat P/R 0.87 / 0.93
    "holdout569.yaml": (0.86, 0.68, 0.05, 0.77, 0.83, 0.59, 0.79),
    # first measured on 22e5e26 (brief v541, wedding and funeral celebrants):
    # heat P/R 0.78 / 0.62
    "holdout572.yaml": (0.85, 0.70, 0.15, 0.68, 0.52, 0.40, 0.56),
    # first measured on a01399c (brief v544, skate parks and skateboard shops):
    # heat P/R 0.83 / 0.70
    "holdout575.yaml": (0.80, 0.72, 0.10, 0.73, 0.60, -0.20, 0.56),
    # first measured on 09d275a (brief v547, dry cleaners and garment alteration shops):
    # heat P/R 0.78 / 0.67
    "holdout578.yaml": (0.92, 0.76, 0.05, 0.68, 0.57, 0.58, 0.72),
    # first measured on 267b39f (brief v550, celebration cake decorators and bakers):
    # heat P/R 0.92 / 0.79
    "holdout581.yaml": (0.92, 0.90, 0.05, 0.82, 0.69, 0.56, 0.73),
    # first measured on b53e0e3 (brief v553, soft play centres and children's party venues):
    # heat P/R 0.83 / 0.69
    "holdout584.yaml": (0.92, 0.90, 0.05, 0.73, 0.59, 0.28, 0.61),
    # first measured on 16b5380 (brief v556, e-bike repair and conversion workshops):
    # heat P/R 0.89 / 0.70
    "holdout587.yaml": (0.84, 0.69, 0.05, 0.79, 0.60, 0.40, 0.64),
    # first measured on f6437d2 (brief v559, fancy dress and costume hire shops):
    # heat P/R 0.97 / 0.83
    "holdout590.yaml": (0.80, 0.66, 0.05, 0.87, 0.73, 0.56, 0.72),
    # first measured on 0ec4d04 (brief v562, axe throwing venues):
    # heat P/R 0.85 / 0.55
    "holdout593.yaml": (0.92, 0.61, 0.05, 0.75, 0.45, 0.48, 0.67),
    # first measured on 9d93a72 (brief v565, poultry keepers' suppliers and chicken rehoming):
    # heat P/R 0.76 / 0.83
    "holdout596.yaml": (0.92, 0.78, 0.05, 0.66, 0.73, 0.73, 0.79),
    # first measured on 5fe6557 (brief v568, rabbit boarding and small pet hotels):
    # heat P/R 0.83 / 0.89
    "holdout599.yaml": (0.92, 0.75, 0.05, 0.73, 0.79, 0.48, 0.75),
    # first measured on 21d1dc4 (brief v571, tile, grout and hard floor cleaning firms):
    # heat P/R 0.90 / 0.69
    "holdout602.yaml": (0.72, 0.52, 0.05, 0.80, 0.59, 0.60, 0.81),
    # first measured on 624b04b (brief v574, windscreen repair and mobile mechanics):
    # heat P/R 0.81 / 0.71
    "holdout605.yaml": (0.92, 0.77, 0.05, 0.71, 0.61, 0.56, 0.78),
    # first measured on 9623605 (brief v577, scaffolding hire firms):
    # heat P/R 0.92 / 0.74
    "holdout608.yaml": (0.87, 0.84, 0.05, 0.82, 0.64, 0.41, 0.67),
    # first measured on 119d2db (brief v580, craft brewery taprooms and beer subscriptions):
    # heat P/R 0.73 / 0.52
    "holdout611.yaml": (0.92, 0.77, 0.05, 0.63, 0.42, 0.44, 0.72),
    # first measured on dc873ff (brief v583, generator and event power hire):
    # heat P/R 0.72 / 0.64
    "holdout614.yaml": (0.92, 0.73, 0.05, 0.62, 0.54, 0.45, 0.71),
    # first measured on 7bd35ff (brief v586, tea rooms and afternoon tea venues):
    # heat P/R 0.94 / 0.87
    "holdout617.yaml": (0.92, 0.90, 0.05, 0.84, 0.77, 0.61, 0.79),
    # first measured on 6ad5e7b (brief v589, piano removals and specialist movers):
    # heat P/R 0.92 / 0.77
    "holdout620.yaml": (0.92, 0.90, 0.05, 0.82, 0.67, 0.52, 0.74),
    # first measured on fbb4dbc (brief v592, swimming pool cleaning and maintenance):
    # heat P/R 0.85 / 0.66
    "holdout623.yaml": (0.80, 0.77, 0.10, 0.75, 0.56, 0.61, 0.78),
    # first measured on 8609a9d (brief v595, sunbed and spray tanning salons):
    # heat P/R 0.90 / 0.68
    "holdout626.yaml": (0.86, 0.71, 0.10, 0.80, 0.58, 0.53, 0.72),
    # first measured on 45ef2c0 (brief v598, private speech and language therapists):
    # heat P/R 0.82 / 0.86
    "holdout629.yaml": (0.92, 0.84, 0.05, 0.72, 0.76, 0.56, 0.70),
    # first measured on d8e8c2d (brief v601, life drawing classes and adult art courses):
    # heat P/R 0.87 / 0.85
    "holdout632.yaml": (0.86, 0.82, 0.15, 0.77, 0.75, 0.48, 0.72),
    # first measured on 7354f98 (brief v604, double glazing and window installers):
    # heat P/R 0.77 / 0.76
    "holdout635.yaml": (0.83, 0.90, 0.10, 0.67, 0.66, 0.62, 0.74),
    # first measured on f141124 (brief v607, cryotherapy and float tank centres):
    # heat P/R 0.88 / 0.75
    "holdout638.yaml": (0.92, 0.51, 0.05, 0.78, 0.65, 0.68, 0.77),
    # first measured on f19dbb0 (brief v610, ski schools and snowboard instructors):
    # heat P/R 0.87 / 0.74
    "holdout641.yaml": (0.84, 0.70, 0.10, 0.77, 0.64, 0.63, 0.75),
    # first measured on 4c3bb05 (brief v613, denture clinics):
    # heat P/R 0.81 / 0.79
    "holdout644.yaml": (0.92, 0.68, 0.05, 0.71, 0.69, 0.41, 0.64),
    # first measured on 76097e1 (brief v616, stargazing observatories):
    # heat P/R 0.88 / 0.83
    "holdout647.yaml": (0.92, 0.67, 0.05, 0.78, 0.73, 0.51, 0.70),
    # first measured on 27ffbf5 (brief v619, allergy testing clinics):
    # heat P/R 0.82 / 0.77
    "holdout650.yaml": (0.78, 0.63, 0.05, 0.72, 0.67, 0.35, 0.66),
    # first measured on 3e69018 (brief v622, laser eye surgery clinics):
    # heat P/R 0.85 / 0.69
    "holdout653.yaml": (0.92, 0.73, 0.05, 0.75, 0.59, 0.48, 0.66),
    # first measured on d3202fe (brief v625, judo and jiu-jitsu clubs):
    # heat P/R 0.65 / 0.62
    "holdout656.yaml": (0.86, 0.70, 0.15, 0.55, 0.52, -0.12, 0.62),
    # first measured on fb2e303 (brief v628, sleep clinics):
    # heat P/R 0.85 / 0.68
    # (LEAP mean 0.92 -> 0.86 when Listen's model began to learn from every
    # tuned set: Listen 0.80 -> 0.56; judges pooled 0.737 -> 0.804)
    "holdout659.yaml": (0.78, 0.70, 0.10, 0.75, 0.58, 0.82, 0.82),
    # first measured on 5756ca4 (brief v631, hearing loop installers for churches and halls):
    # heat P/R 0.83 / 0.68
    # (vague recall 0.94 -> 0.81 when the clarity model began to learn from every tuned set:
    # one of the 15 judges that lost vague recall while 148 gained it)
    "holdout662.yaml": (0.82, 0.80, 0.05, 0.73, 0.58, 0.27, 0.65),
    # first measured on 3a25d7d (brief v634, children's swimming lessons):
    # heat P/R 0.92 / 0.81
    "holdout665.yaml": (0.85, 0.63, 0.05, 0.82, 0.71, 0.68, 0.78),
    # first measured on 21f940f (brief v637, taxidermy and specimen mounting studios):
    # heat P/R 0.89 / 0.81
    "holdout668.yaml": (0.61, 0.65, 0.15, 0.79, 0.71, 0.56, 0.72),
    # first measured on d051297 (brief v640, mural painters and sign writers):
    # heat P/R 0.90 / 0.58
    "holdout671.yaml": (0.92, 0.61, 0.05, 0.80, 0.48, 0.54, 0.68),
    # first measured on ffc2eca (brief v643, dog grooming salons):
    # heat P/R 0.81 / 0.77
    "holdout674.yaml": (0.84, 0.61, 0.05, 0.71, 0.67, 0.41, 0.72),
    # first measured on 5043347 (brief v646, lifeguard and pool safety training courses):
    # heat P/R 0.79 / 0.70
    "holdout677.yaml": (0.86, 0.84, 0.05, 0.69, 0.60, 0.64, 0.73),
    # first measured on 86959c1 (brief v649, furniture reupholstery workshops):
    # heat P/R 0.74 / 0.66
    "holdout680.yaml": (0.81, 0.72, 0.10, 0.64, 0.56, 0.55, 0.69),
    # first measured on b06ee7f (brief v652, crane and lifting equipment hire):
    # heat P/R 0.89 / 0.64
    "holdout683.yaml": (0.82, 0.78, 0.15, 0.79, 0.54, 0.55, 0.66),
    # first measured on 52033b9 (brief v655, electric bike hire):
    # heat P/R 0.91 / 0.84
    "holdout686.yaml": (0.87, 0.75, 0.05, 0.81, 0.74, 0.56, 0.75),
    # first measured on 869f47c (brief v658, upholstery and sofa cleaning):
    # heat P/R 0.86 / 0.83
    "holdout689.yaml": (0.84, 0.76, 0.05, 0.76, 0.73, 0.35, 0.65),
    # first measured on 55db628 (brief v661, bookkeeping for small businesses):
    # heat P/R 0.95 / 0.59
    "holdout692.yaml": (0.92, 0.58, 0.05, 0.85, 0.49, 0.51, 0.67),
    # first measured on d169e9a (brief v664, wheel alignment and tyre balancing garages):
    # heat P/R 0.93 / 0.68
    "holdout695.yaml": (0.87, 0.79, 0.05, 0.83, 0.58, 0.56, 0.74),
    # first measured on 13cbf0d (brief v667, sash window restoration):
    # heat P/R 0.74 / 0.85
    "holdout698.yaml": (0.75, 0.67, 0.05, 0.64, 0.75, 0.48, 0.69),
    # first measured on d3d4bfb (brief v670, staircase makers and joiners):
    # heat P/R 0.93 / 0.61
    "holdout701.yaml": (0.85, 0.57, 0.05, 0.83, 0.51, 0.68, 0.81),
    # first measured on 4c2e530 (brief v673, window blinds and shutters):
    # heat P/R 0.72 / 0.78
    "holdout704.yaml": (0.86, 0.78, 0.05, 0.62, 0.68, 0.63, 0.77),
    # first measured on c36227c (brief v676, fancy dress and party costume shops):
    # heat P/R 0.87 / 0.84
    "holdout707.yaml": (0.86, 0.77, 0.05, 0.77, 0.74, 0.48, 0.73),
    # first measured on d976fa3 (brief v679, portable toilet hire for events):
    # heat P/R 0.81 / 0.72
    "holdout710.yaml": (0.67, 0.80, 0.10, 0.71, 0.62, 0.56, 0.75),
    # first measured on 55aae6c (brief v682, mobile mechanics):
    # heat P/R 0.75 / 0.88
    "holdout713.yaml": (0.74, 0.76, 0.15, 0.65, 0.78, 0.57, 0.73),
    # first measured on b79ce2f (brief v685, private blood test clinics):
    # heat P/R 0.91 / 0.93
    "holdout716.yaml": (0.85, 0.61, 0.05, 0.81, 0.83, 0.48, 0.75),
    # first measured on 74c0433 (brief v688, lawn mower servicing and repair):
    # heat P/R 0.84 / 0.59
    "holdout719.yaml": (0.92, 0.70, 0.05, 0.74, 0.49, 0.56, 0.75),
    # first measured on 61d27c4 (brief v691, plant nurseries and garden centres):
    # heat P/R 0.94 / 0.86
    "holdout722.yaml": (0.86, 0.64, 0.05, 0.84, 0.76, -0.17, 0.44),
    # first measured on 0ec51a2 (brief v694, dietitians and nutritionists):
    # heat P/R 0.70 / 0.75
    "holdout725.yaml": (0.92, 0.69, 0.05, 0.60, 0.65, 0.57, 0.77),
    # first measured on 7ec3d71 (brief v697, aquatic and pond supply shops):
    # heat P/R 0.89 / 0.89
    "holdout728.yaml": (0.87, 0.65, 0.15, 0.79, 0.79, 0.57, 0.72),
    # first measured on b52d241 (brief v700, wedding planners):
    # heat P/R 0.94 / 0.79
    "holdout731.yaml": (0.92, 0.90, 0.05, 0.84, 0.69, 0.62, 0.74),
    # first measured on ec916bc (brief v703, art restoration and painting conservation):
    # heat P/R 0.81 / 0.59
    "holdout734.yaml": (0.81, 0.79, 0.05, 0.71, 0.49, 0.34, 0.63),
    # first measured on 428b964 (brief v706, will writing services):
    # heat P/R 0.79 / 0.60
    "holdout737.yaml": (0.86, 0.74, 0.15, 0.69, 0.50, 0.24, 0.61),
    # first measured on 964918f (brief v709, water cooler and office coffee machine rental):
    # heat P/R 0.92 / 0.75
    "holdout740.yaml": (0.92, 0.57, 0.05, 0.82, 0.65, 0.41, 0.63),
    # first measured on c40d31f (brief v712, notary public and document apostille services):
    # heat P/R 0.80 / 0.72
    "holdout743.yaml": (0.80, 0.55, 0.10, 0.70, 0.62, 0.34, 0.69),
    # first measured on 7e3e55e (brief v715, heating oil delivery):
    # heat P/R 0.90 / 0.76
    "holdout746.yaml": (0.92, 0.71, 0.05, 0.80, 0.66, 0.48, 0.72),
    # first measured on 4156c88 (brief v718, hypnotherapy practices):
    # heat P/R 0.94 / 0.77
    "holdout749.yaml": (0.86, 0.72, 0.05, 0.84, 0.67, 0.66, 0.77),
    # first measured on 9dc169b (brief v721, marinas and boat moorings):
    # heat P/R 0.80 / 0.76
    "holdout752.yaml": (0.92, 0.77, 0.05, 0.70, 0.66, 0.61, 0.70),
    # first measured on aeb003c (brief v724, airport parking operators):
    # heat P/R 0.79 / 0.73
    "holdout755.yaml": (0.92, 0.83, 0.05, 0.69, 0.63, 0.56, 0.78),
    # first measured on bed347a (brief v727, safari and wildlife tour operators):
    # heat P/R 0.84 / 0.86
    "holdout758.yaml": (0.92, 0.74, 0.05, 0.74, 0.76, 0.49, 0.69),
    # first measured on 4eb9750 (brief v730, children's day nurseries):
    # heat P/R 0.86 / 0.61
    "holdout761.yaml": (0.81, 0.70, 0.10, 0.76, 0.51, 0.24, 0.63),
    # first measured on 083d44e (brief v733, crockery, glassware and catering equipment hire):
    # heat P/R 0.85 / 0.75
    # (vague recall 0.87 -> 0.73 when the clarity model began to learn from every tuned set:
    # one of the 15 judges that lost vague recall while 148 gained it)
    "holdout764.yaml": (0.80, 0.70, 0.20, 0.75, 0.65, 0.62, 0.79),
    # first measured on f9b9aaa (brief v736, catteries and cat boarding):
    # heat P/R 0.79 / 0.62
    "holdout767.yaml": (0.84, 0.69, 0.15, 0.69, 0.52, 0.62, 0.74),
    # first measured on ff19042 (brief v739, photocopier and office printer leasing):
    # heat P/R 0.75 / 0.67
    "holdout770.yaml": (0.72, 0.78, 0.20, 0.65, 0.57, 0.60, 0.72),
    # first measured on 3883a92 (brief v742, mobile welding and metal fabrication):
    # heat P/R 0.93 / 0.71
    "holdout773.yaml": (0.80, 0.73, 0.10, 0.83, 0.61, 0.56, 0.72),
    # first measured on 374a97a (brief v745, loose-leaf tea merchants and tea subscriptions):
    # heat P/R 0.72 / 0.73
    "holdout776.yaml": (0.83, 0.84, 0.05, 0.62, 0.63, 0.68, 0.80),
    # first measured on b1f824e (brief v748, roof moss removal and roof cleaning):
    # heat P/R 0.85 / 0.70
    "holdout779.yaml": (0.92, 0.70, 0.05, 0.75, 0.60, 0.55, 0.73),
    # first measured on 9c97246 (brief v751, school laboratory and science kit suppliers):
    # heat P/R 0.76 / 0.63
    "holdout782.yaml": (0.85, 0.68, 0.05, 0.66, 0.53, 0.44, 0.66),
    # first measured on d1d3661 (brief v754, fudge and confectionery makers selling online):
    # heat P/R 0.79 / 0.82
    "holdout785.yaml": (0.78, 0.69, 0.05, 0.69, 0.72, 0.24, 0.69),
    # first measured on 0b5a36f (brief v757, garden gazebo and summerhouse hire for events):
    # heat P/R 0.77 / 0.71
    "holdout788.yaml": (0.92, 0.78, 0.05, 0.67, 0.61, 0.53, 0.65),
    # first measured on 1d88002 (brief v760, livestock haulage and cattle transport):
    # heat P/R 0.70 / 0.62
    "holdout791.yaml": (0.86, 0.78, 0.05, 0.60, 0.52, 0.63, 0.76),
    # first measured on bdebbfb (brief v763, cigar merchants and humidor suppliers):
    # heat P/R 0.88 / 0.79
    "holdout794.yaml": (0.92, 0.73, 0.05, 0.78, 0.69, 0.68, 0.75),
    # first measured on e93ea73 (brief v766, stage lighting and theatrical equipment hire):
    # heat P/R 0.81 / 0.76
    "holdout797.yaml": (0.87, 0.79, 0.05, 0.71, 0.66, 0.73, 0.81),
    # first measured on 4096864 (brief v769, coin dealers and bullion sellers):
    # heat P/R 0.81 / 0.89
    "holdout800.yaml": (0.81, 0.47, 0.15, 0.71, 0.79, 0.73, 0.79),
    # first measured on e5e49da (brief v772, ring resizing and jewellery alteration services):
    # heat P/R 0.79 / 0.69
    "holdout803.yaml": (0.80, 0.62, 0.05, 0.69, 0.59, 0.45, 0.68),
    # first measured on 617ba79 (brief v775, rock, mineral and crystal specimen dealers):
    # heat P/R 0.80 / 0.87
    "holdout806.yaml": (0.92, 0.74, 0.05, 0.70, 0.77, 0.48, 0.64),
    # first measured on ec0f3a4 (brief v778, marine chandlers and boat equipment suppliers):
    # heat P/R 0.75 / 0.82
    "holdout809.yaml": (0.92, 0.84, 0.05, 0.65, 0.72, 0.56, 0.71),
    # first measured on b9de340 (brief v781, bead and jewellery-making supply shops):
    # heat P/R 0.74 / 0.88
    "holdout812.yaml": (0.92, 0.74, 0.05, 0.64, 0.78, 0.17, 0.65),
    # first measured on e9916aa (brief v784, wok and Asian cookware importers):
    # heat P/R 0.83 / 0.74
    "holdout815.yaml": (0.87, 0.84, 0.05, 0.73, 0.64, 0.48, 0.75),
    # first measured on a795c67 (brief v787, synthesizer and guitar amplifier repair shops):
    # heat P/R 0.89 / 0.76
    "holdout818.yaml": (0.92, 0.75, 0.05, 0.79, 0.66, 0.56, 0.77),
    # first measured on 325f062 (brief v790, violin and string instrument luthiers and
    # repairers): heat P/R 0.81 / 0.72
    "holdout821.yaml": (0.92, 0.79, 0.05, 0.71, 0.62, 0.73, 0.82),
    # first measured on 1e6d7c3 (brief v793, home gym and rowing machine retailers):
    # heat P/R 0.96 / 0.74
    "holdout824.yaml": (0.87, 0.76, 0.05, 0.86, 0.64, 0.59, 0.76),
    # first measured on 0b3c3f5 (brief v796, bell foundries and church bell restoration):
    # heat P/R 0.72 / 0.70
    # (clear asks flagged 0 -> 1 of 19 when the clarity model began to learn from every tuned
    # set: one of 5 judges with one more, against 17 with fewer)
    "holdout827.yaml": (0.92, 0.71, 0.10, 0.62, 0.60, 0.64, 0.78),
    # first measured on 8dc2c00 (brief v799, pipe organ builders and organ tuning
    # contracts): heat P/R 0.92 / 0.68
    "holdout830.yaml": (0.81, 0.79, 0.15, 0.82, 0.58, 0.30, 0.66),
    # first measured on 7015780 (brief v802, crematoria and memorial stonemasons), the
    # first set measured after the tone model learned from every tuned set: heat P/R
    # 0.93 / 0.81
    # (clear asks flagged 0 -> 1 of 15 when the clarity model began to learn from every tuned
    # set: one of 5 judges with one more, against 17 with fewer)
    # (LEAP mean 0.84 -> 0.66 when one echoed term of the customer's began to
    # count for Listen: Listen 0.69 -> 0.00; pooled, tuned 0.670 -> 0.742,
    # judges 0.662 -> 0.737)
    "holdout833.yaml": (0.92, 0.59, 0.10, 0.83, 0.71, 0.57, 0.63),
    # first measured on ccd0069 (brief v805, stamp dealers and philatelic auctions):
    # heat P/R 0.79 / 0.88
    "holdout836.yaml": (0.92, 0.77, 0.05, 0.69, 0.78, 0.68, 0.77),
    # first measured on 2f7a410 (brief v808, Japanese knotweed removal contractors):
    # heat P/R 0.84 / 0.60
    "holdout839.yaml": (0.77, 0.79, 0.10, 0.74, 0.50, 0.74, 0.81),
    # first measured on 2f7a410 (brief v811, edible seaweed harvesters and mail-order
    # delivery): heat P/R 0.94 / 0.97
    "holdout842.yaml": (0.92, 0.79, 0.05, 0.84, 0.87, 0.74, 0.81),
    # first measured on 2f7a410 (brief v814, cord blood and tissue banking): heat P/R
    # 0.90 / 0.83
    "holdout845.yaml": (0.86, 0.73, 0.05, 0.80, 0.73, 0.63, 0.73),
    # first measured on 3d2930d (brief v817, bespoke goldsmith commissions and assay-office
    # hallmarking): heat P/R 0.94 / 0.80
    "holdout848.yaml": (0.92, 0.69, 0.05, 0.84, 0.70, 0.75, 0.77),
    # first measured on 3d2930d (brief v820, vegetable-tanned leather hides sold to
    # craftspeople): heat P/R 0.82 / 0.79
    "holdout851.yaml": (0.92, 0.68, 0.05, 0.72, 0.69, 0.59, 0.71),
    # first measured on 3d2930d (brief v823, bowyer making custom longbows and arrows): heat
    # P/R 0.90 / 0.71
    "holdout854.yaml": (0.92, 0.84, 0.05, 0.80, 0.61, 0.82, 0.87),
    # first measured on 860a38b (brief v826, guide dog and assistance dog training charity):
    # heat P/R 0.83 / 0.77
    "holdout857.yaml": (0.88, 0.76, 0.05, 0.73, 0.67, 0.61, 0.74),
    # first measured on 860a38b (brief v829, commercial office cleaning contracts): heat P/R
    # 0.92 / 0.79
    "holdout860.yaml": (0.92, 0.75, 0.05, 0.82, 0.69, 0.68, 0.72),
    # first measured on 860a38b (brief v832, school and nursery photography): heat P/R 0.81 /
    # 0.94
    "holdout863.yaml": (0.67, 0.75, 0.15, 0.71, 0.84, 0.82, 0.85),
    # first measured on 4e2cf78 (brief v835, travel vaccination clinic): heat P/R 0.90 / 0.90
    "holdout866.yaml": (0.92, 0.72, 0.05, 0.80, 0.80, 0.61, 0.79),
    # first measured on 4e2cf78 (brief v838, domiciliary home care visits for older people):
    # heat P/R 0.90 / 0.53
    "holdout869.yaml": (0.79, 0.77, 0.05, 0.80, 0.43, 0.67, 0.74),
    # first measured on 4e2cf78 (brief v841, domestic swimming pool maintenance and repair):
    # heat P/R 0.88 / 0.81
    "holdout872.yaml": (0.87, 0.84, 0.10, 0.78, 0.71, 0.68, 0.82),
    # first measured on 29cc017 (brief v844, garden statues and stone ornaments): heat P/R
    # 0.86 / 0.88
    "holdout875.yaml": (0.92, 0.83, 0.05, 0.76, 0.78, 0.41, 0.76),
    # first measured on 29cc017 (brief v847, garden irrigation system installers): heat P/R
    # 0.95 / 0.78
    "holdout878.yaml": (0.79, 0.76, 0.05, 0.85, 0.68, 0.75, 0.85),
    # first measured on 29cc017 (brief v850, hot tub hire for weekends and parties): heat P/R
    # 0.88 / 0.81
    "holdout881.yaml": (0.86, 0.83, 0.05, 0.78, 0.71, 0.75, 0.84),
    # first measured on 7e3e67a (brief v853, spice blends and mail-order spices): heat P/R
    # 0.88 / 0.86
    "holdout884.yaml": (0.87, 0.75, 0.15, 0.78, 0.76, 0.75, 0.76),
    # first measured on 7e3e67a (brief v856, aquatic plants for aquariums by post): heat P/R
    # 0.79 / 0.86
    "holdout887.yaml": (0.92, 0.78, 0.05, 0.69, 0.76, 0.59, 0.74),
    # first measured on 7e3e67a (brief v859, compost and soil improver bulk supply): heat P/R
    # 0.96 / 0.80
    "holdout890.yaml": (0.92, 0.77, 0.05, 0.86, 0.70, 0.68, 0.84),
    # first measured on 06674f1 (brief v862, radon gas testing kits and home radon surveys):
    # heat P/R 0.89 / 0.90
    "holdout893.yaml": (0.85, 0.71, 0.10, 0.79, 0.80, 0.81, 0.74),
    # first measured on 06674f1 (brief v865, self-storage units): heat P/R 0.93 / 0.75
    "holdout896.yaml": (0.92, 0.72, 0.05, 0.83, 0.65, 0.75, 0.84),
    # first measured on 06674f1 (brief v868, astrology birth chart readings): heat P/R 0.80
    # / 1.00
    "holdout899.yaml": (0.92, 0.76, 0.05, 0.70, 0.90, 0.62, 0.79),
    # first measured on c7cf768 (brief v871, sleeping bag and camping mat repair by post):
    # heat P/R 0.84 / 0.82
    "holdout902.yaml": (0.77, 0.84, 0.05, 0.74, 0.72, 0.65, 0.80),
    # first measured on c7cf768 (brief v874, backyard chicken coops and hen-keeping
    # supplies): heat P/R 0.93 / 0.83
    "holdout905.yaml": (0.87, 0.61, 0.05, 0.83, 0.73, 0.64, 0.78),
    # first measured on c7cf768 (brief v877, bat surveys for planning applications): heat
    # P/R 0.89 / 0.71
    "holdout908.yaml": (0.80, 0.71, 0.10, 0.79, 0.61, 0.68, 0.74),
    # first measured on 07b1566 (brief v880, personalised cufflinks and tie clips): heat P/R
    # 0.80 / 0.79
    "holdout911.yaml": (0.92, 0.78, 0.05, 0.70, 0.69, 0.68, 0.81),
    # first measured on 07b1566 (brief v883, organic cotton towels and bathrobes): heat P/R
    # 0.97 / 0.90
    "holdout914.yaml": (0.92, 0.83, 0.05, 0.87, 0.80, 0.68, 0.74),
    # first measured on 07b1566 (brief v886, espresso machine repair and servicing): heat
    # P/R 0.96 / 0.86
    "holdout917.yaml": (0.92, 0.90, 0.05, 0.86, 0.76, 0.62, 0.79),
    # first measured on edfc06e (brief v889, PA sound system hire for events): heat P/R 0.90
    # / 0.76
    "holdout920.yaml": (0.92, 0.90, 0.05, 0.80, 0.66, 0.74, 0.81),
    # first measured on edfc06e (brief v892, trading card grading service): heat P/R 0.88 /
    # 0.79
    "holdout923.yaml": (0.82, 0.74, 0.05, 0.78, 0.69, 0.68, 0.81),
    # first measured on edfc06e (brief v895, karate club memberships and gradings): heat P/R
    # 0.82 / 0.72
    "holdout926.yaml": (0.87, 0.90, 0.10, 0.72, 0.62, 0.68, 0.81),
    # first measured on 5e7ae88 (brief v898, pet microchip registration database): heat P/R
    # 0.93 / 0.92
    "holdout929.yaml": (0.92, 0.79, 0.05, 0.83, 0.82, 0.70, 0.84),
    # first measured on 5e7ae88 (brief v901, bridge and tunnel toll accounts): heat P/R 0.96
    # / 0.80
    "holdout932.yaml": (0.82, 0.84, 0.05, 0.86, 0.70, 0.74, 0.85),
    # first measured on 5e7ae88 (brief v904, driving lessons and driving test bookings):
    # heat P/R 0.91 / 0.77
    "holdout935.yaml": (0.92, 0.71, 0.05, 0.81, 0.67, 0.75, 0.84),
    # first measured on 5e7ae88 (brief v907, Santa's grotto bookings at a garden centre):
    # heat P/R 0.96 / 0.86
    "holdout938.yaml": (0.92, 0.77, 0.05, 0.86, 0.76, 0.60, 0.68),
    # first measured on 5e7ae88 (brief v910, retro games console repair and refurbishment):
    # heat P/R 0.88 / 0.82
    "holdout941.yaml": (0.83, 0.74, 0.15, 0.78, 0.72, 0.75, 0.76),
    # first measured on 5e7ae88 (brief v913, croquet club memberships and lawn bookings):
    # heat P/R 0.96 / 0.79
    "holdout944.yaml": (0.92, 0.84, 0.05, 0.86, 0.69, 0.75, 0.82),
    # first measured on ff693de (brief v916, aesthetics clinic (botox and dermal filler)
    # appointments): heat P/R 0.89 / 0.87
    "holdout947.yaml": (0.92, 0.78, 0.05, 0.79, 0.77, 0.75, 0.75),
    # first measured on ff693de (brief v919, kosher catering for family celebrations): heat
    # P/R 0.93 / 0.81
    "holdout950.yaml": (0.92, 0.90, 0.05, 0.83, 0.71, 0.61, 0.74),
    # first measured on ff693de (brief v922, curry house takeaway delivery): heat P/R 0.91 /
    # 0.88
    "holdout953.yaml": (0.72, 0.90, 0.15, 0.81, 0.78, 0.68, 0.74),
    # first measured on dd7cf4c (brief v925, tuxedo and black-tie hire): heat P/R 0.93 /
    # 0.81
    "holdout956.yaml": (0.80, 0.69, 0.05, 0.83, 0.71, 0.61, 0.77),
    # first measured on dd7cf4c (brief v928, vehicle wrapping and paint protection film):
    # heat P/R 0.81 / 0.85
    "holdout959.yaml": (0.87, 0.90, 0.10, 0.71, 0.75, 0.81, 0.83),
    # first measured on dd7cf4c (brief v931, toffee and liquorice sweet shop mail order):
    # heat P/R 0.88 / 0.90
    "holdout962.yaml": (0.86, 0.90, 0.05, 0.78, 0.80, 0.81, 0.83),
    # first measured on 1564078 (brief v934, noodle bar click-and-collect orders): heat P/R
    # 0.90 / 0.90
    "holdout965.yaml": (0.87, 0.79, 0.05, 0.80, 0.80, 0.75, 0.78),
    # first measured on 1564078 (brief v937, chilli sauce subscription club): heat P/R 0.79
    # / 0.86
    "holdout968.yaml": (0.92, 0.79, 0.05, 0.69, 0.76, 0.81, 0.85),
    # first measured on 1564078 (brief v940, cable car sightseeing tickets): heat P/R 0.93 /
    # 0.83
    "holdout971.yaml": (0.80, 0.78, 0.05, 0.83, 0.73, 0.75, 0.82),
    # first measured on 6ba0e87 (brief v943, piano tuning and repair service): heat P/R 0.91
    # / 0.73
    "holdout974.yaml": (0.92, 0.84, 0.05, 0.81, 0.63, 0.70, 0.76),
    # first measured on 6ba0e87 (brief v946, rug and carpet cleaning company): heat P/R 0.79
    # / 0.83
    "holdout977.yaml": (0.75, 0.90, 0.15, 0.69, 0.73, 0.74, 0.82),
    # first measured on 6ba0e87 (brief v949, stamp dealer selling to collectors by post):
    # heat P/R 0.88 / 0.88
    "holdout980.yaml": (0.63, 0.90, 0.20, 0.78, 0.78, 0.68, 0.81),
    # first measured on 2f6b4de (brief v952, picture framing shop): heat P/R 0.88 / 0.82
    "holdout983.yaml": (0.92, 0.90, 0.05, 0.78, 0.72, 0.74, 0.83),
    # first measured on 2f6b4de (brief v955, pole fitness and aerial studio): heat P/R 0.85
    # / 0.88
    "holdout986.yaml": (0.92, 0.82, 0.05, 0.75, 0.78, 0.74, 0.82),
    # first measured on 2f6b4de (brief v958, small-batch pickle and preserve maker selling
    # online): heat P/R 0.93 / 0.81
    "holdout989.yaml": (0.92, 0.83, 0.05, 0.83, 0.71, 0.75, 0.82),
    # first measured on 5d6bb7b (brief v961, LPG gas bottle delivery service): heat P/R 0.87
    # / 0.76
    "holdout992.yaml": (0.92, 0.72, 0.05, 0.77, 0.66, 0.41, 0.68),
    # first measured on 5d6bb7b (brief v964, balloon arch and balloon decoration business):
    # heat P/R 0.91 / 0.93
    "holdout995.yaml": (0.86, 0.90, 0.15, 0.81, 0.83, 0.66, 0.83),
    # first measured on 8de1622 (brief v967, artificial putting green installer for
    # gardens): heat P/R 0.97 / 0.89
    "holdout998.yaml": (0.92, 0.79, 0.05, 0.87, 0.79, 0.54, 0.76),
    # first measured on 8de1622 (brief v970, gorge walking and canyoning guide company):
    # heat P/R 0.90 / 0.86
    "holdout1001.yaml": (0.87, 0.85, 0.05, 0.80, 0.76, 0.70, 0.84),
    # first measured on 8de1622 (brief v973, lawn mower repair and servicing workshop): heat
    # P/R 0.93 / 0.85
    "holdout1004.yaml": (0.92, 0.90, 0.05, 0.83, 0.75, 0.68, 0.79),
    # firm but fair replies (no heat labelled: heated precision is 0 with any finding,
    # recall 1 with none to find; the test below counts its false alarms instead); its
    # LEAP labels are nearly all true, so only the mean is held
    "fair1.yaml": (0.50, 0.50, 0.05, 0.00, 0.00, -1.0, 0.15),
}


# Listen is held in the mean only. Readers tick it for nine replies in ten, so a set of 30
# has one to three replies they read as unheard, and one reply more or less moves the set's
# Listen MCC by up to 1.0 (0.00 with one false tick where there was one unheard reply);
# pooled over the judges it is a steady figure (README, Accuracy).
ITEMS_HELD_ONE_BY_ONE = tuple(item for item in accuracy.LEAP if item != "listen")


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_accuracy_stays_above_its_floor(name: str) -> None:
    vp, vr, clear, hp, hr, leap, mean_leap = FLOORS[name]
    s = accuracy.score(ROOT / "tests" / "data" / name)
    misses = "\n".join(s.misses)
    assert s.vague.precision >= vp, misses
    assert s.vague.recall >= vr, misses
    assert s.clear_share <= clear, misses
    assert s.heated.precision >= hp, misses
    assert s.heated.recall >= hr, misses
    for item in ITEMS_HELD_ONE_BY_ONE:
        assert s.mcc(item) >= leap, f"{item} MCC {s.mcc(item):.2f}\n{misses}"
    mean = sum(s.mcc(item) for item in accuracy.LEAP) / len(accuracy.LEAP)
    assert mean >= mean_leap, f"mean LEAP MCC {mean:.2f}\n{misses}"


def test_firm_but_fair_replies_raise_few_false_alarms() -> None:
    # fair1.yaml: 40 replies that say no, state terms, correct the customer's facts or
    # explain their own setting's part, all without heat (written blind, then tuned on).
    # The phrase rules (warning and above) may mistake at most one of them for heat; the
    # learned reader's `info` second opinions are measured in the table instead. Its one
    # finding today is "…is on hold with Dutch customs, not with us.", whose shape is
    # also that of blame ("a problem with your device, not with us").
    cases = accuracy.load_cases(ROOT / "tests" / "data" / "fair1.yaml")
    alarms = [
        f"{case['id']}: {f.rule} {f.text!r}"
        for case in cases
        for f in analyze(case["reply"], case["customer"]).findings
        if f.category == "tone" and f.severity != "info"
    ]
    assert len(alarms) <= 1, "\n".join(alarms)


def test_benchmark_agrees_with_the_reference_scorers_arithmetic() -> None:
    # Matthews correlation: perfect, inverted, and an always-ticked item (0 by definition)
    assert accuracy.mcc(5, 0, 0, 5) == 1.0
    assert accuracy.mcc(0, 5, 5, 0) == -1.0
    assert accuracy.mcc(5, 5, 0, 0) == 0.0
