"""Train the sentence models in `checklists/models/` from the labelled corpora.

Run by hand: ``python tests/benchmarks/train_models.py [tone|clarity|listen|affirm|partner
...] [--loco | --newer | --gain CORPUS... [--adding CORPUS...] | --val5 [--upto CORPUS
[--thresholds T...]]]`` (default: every model).

Each sentence of each reply (split as the engine splits them) is an example; for the
tone model it is positive when it overlaps a span a reader marked `heated`, for the
clarity model when it overlaps one marked `vague`. The group of an example is its
corpus, that is its writer: a feature only one writer used is dropped (see
`desktop.core.sentence_model.train`). The shipped reply templates, filled with their
samples, are examples too, none of them positive: they are our own kind, clear wording.
With them the tone model stopped reading every "not" as a brush-off ("I know this is not
the answer you hoped for"); leaving one corpus out at a time, its precision went from
0.89 to 0.92 at the shipped threshold, recall from 0.43 to 0.41.

The judging corpora (`JUDGES`) are never trained on: they are how the models are
measured on text they have not seen. The settings (`Training()`) and each rule's
threshold were chosen with `--loco`, which trains on all training corpora but one,
scores the one left out, and pools the figures: an estimate of how a model does on a
new writer. ``tests/core/test_sentence_model.py`` checks that the shipped files are
exactly what this script writes, so a model can't drift from its data.

Not every model learns from every training corpus. ``--newer`` scores each of the newer
corpora (holdout14-19, written after the models last learned) twice: by a model trained
on the earlier ones, and by one trained on every other training corpus. For the clarity
model and Affirm's, learning from the newer writers helped (vague recall 0.68 -> 0.75 at
precision 1.00 -> 0.97; affirm MCC 0.66 -> 0.72), so they learn from all of them. For
Listen's it didn't (MCC 0.80 -> 0.67), nor for Partner's (0.84 -> 0.83): they learn
from the earlier ones. Nor for the tone model as it was (recall 0.35 both ways,
precision 0.85 -> 0.82), until it also saw pairs of words one word apart
(`features_with_gaps`): then 0.84 / 0.37 learning from the earlier corpora and 0.89 /
0.42 from every other one (precision / recall), so it learns from all of them. Leaving
one corpus out at a time over all twenty, the gapped pairs took the tone model from
0.85 / 0.52 to 0.86 / 0.54 at 0.7, and the clarity model nowhere (0.96 / 0.76 and 0.98 /
0.74 at 0.8), so only the tone model sees them. Pooled over the seven corpora no
candidate had learned from (holdout14-19 each left out, and the judges), the tone model
alone read heat at 0.84 / 0.40 as it was, 0.84 / 0.41 learning from twenty writers, and
0.86 / 0.45 with the gapped pairs too; the judges alone disagreed with each other
(holdout13 0.71 / 0.48 -> 0.80 / 0.62, holdout16 0.93 / 0.52 -> 0.81 / 0.48).

Three more writers (holdout22-24) came next, measured once and then tuned on. Each was
scored by a model trained on the twenty sets and by one trained on the twenty and the
other two (the model alone at its threshold: `--gain holdout22.yaml holdout23.yaml
holdout24.yaml`). The tone model gained (precision 0.72 -> 0.76 at recall 0.45, pooled
over the three), so it learns from all of them; leaving one corpus out at a time over
all twenty-three it reads heat at 0.86 / 0.51 at 0.7. The clarity model was unchanged
(0.97 / 0.70 both ways) and Affirm's moved within noise (MCC 0.67 -> 0.69), so they
stayed on the first twenty sets; Listen's still lost from the newer writers (`--newer`, when
the newer ones were holdout14-24: 0.73 -> 0.60) and Partner's tied (0.84), so they stay
on the earlier fifteen. The tone model's retrain then raised heat on all four judges
(end to end, precision / recall: holdout13 0.87 / 0.62 -> 0.92 / 0.76, holdout16 0.78 /
0.52 -> 0.89 / 0.59, holdout20 0.61 / 0.40 -> 0.69 / 0.40, holdout21 0.71 / 0.38 -> 0.76
/ 0.50).

holdout25-27 came after, and no model learned from them (the tone model learned from the
first twenty-three sets until December 2026). Scored the same way, the tone model moved
within noise (0.73 / 0.48 -> 0.74 / 0.50), the clarity model traded recall for precision
(0.98 / 0.57 -> 1.00 / 0.56), and Affirm's (MCC 0.85 -> 0.80) and Partner's (0.84 ->
0.74) lost. A tone model that learned from them was also scored on the judges, once, and
read less heat on all four (end to end, recall on holdout13 0.81 -> 0.76, holdout16 0.59
-> 0.52, holdout21 0.50 -> 0.46), which tests/data/README.md reports as part of that
decision.

holdout28 and 29 came next. Each of the five newest sets (holdout25-29) scored by the
tone model trained on the twenty-three and by one trained on the twenty-three and the
other four newest (`--gain` with the five): 0.70 / 0.47 -> 0.76 / 0.52, a clear gain.
Yet that model read less heat on three of the four judges (end to end: holdout13 recall
0.81 -> 0.71, holdout16 0.89 / 0.59 -> 0.81 / 0.48, holdout20 0.69 / 0.40 -> 0.62 /
0.33; holdout21 0.76 / 0.50 -> 0.80 / 0.46). The five newest sets were all written from
one brief, so leaving one out among them is not leaving a writer out: they agree with
each other more than with anyone else. The tone model stays on the twenty-three; the
other models lost or did not move (clarity 0.97 / 0.60 either way, Affirm 0.82 -> 0.79,
Partner 0.81 -> 0.78, Listen 0.19 -> 0.10).

holdout32-34 came last, from a third brief. No model learns from them either: across
briefs the tone model's gain didn't hold (the five sets of the second brief scored by a
model that also learned from the third brief's, `--gain holdout25.yaml … holdout29.yaml
--adding holdout32.yaml holdout33.yaml holdout34.yaml`: 0.70 / 0.47 -> 0.74 / 0.48; the
third brief's three scored by one that also learned from the second's: 0.78 / 0.60 ->
0.74 / 0.59). The judges were not consulted this time. holdout30 and holdout31, kept
unmeasured until the next round began, were then measured first (heat P / R 0.73 / 0.55
and 0.69 / 0.57 on bc68550) and joined the judges.

holdout35-37 came next, one set from each of three new briefs, and were asked before
anything was tuned on them (the model alone, precision / recall):
``--gain holdout35.yaml holdout36.yaml holdout37.yaml --adding`` the eight sets of
holdout25-29 and 32-34: tone 0.857 / 0.485 -> 0.900 / 0.439, clarity 0.962 / 0.861 ->
0.930 / 0.899, Listen 0.55 either way, Affirm 0.77 -> 0.80, Partner 0.80 -> 0.74.
``--gain holdout35.yaml holdout36.yaml holdout37.yaml`` (each learning from the other
two, written from other briefs): tone 0.857 / 0.485 -> 0.829 / 0.470, clarity 0.962 /
0.861 -> 0.980 / 0.848, Affirm 0.77 -> 0.83. And the eight scored with ``--adding
holdout35.yaml holdout36.yaml holdout37.yaml``: tone 0.728 / 0.515 -> 0.742 / 0.519,
clarity 0.971 / 0.606 -> 0.990 / 0.617, Affirm 0.78 either way. No model gained
clearly across all three questions, so none learns from the newer sets.

Six more sets followed, each from its own brief (holdout38-43), so that the nine newest
(holdout35-43) came from nine briefs. ``--gain`` with the nine (each scored by a model
that also learned from the other eight): tone 0.705 / 0.401 -> 0.720 / 0.424 (clear
asks flagged 2 -> 0 of 208), clarity 0.950 / 0.707 -> 0.945 / 0.764, Affirm 0.785 ->
0.777, Partner 0.835 -> 0.820, Listen 0.575 -> 0.553; ``--adding`` holdout25-29 and
32-34 as well: tone 0.729 / 0.412, clarity 0.938 / 0.776. The tone and clarity models
that also learned from the nine were then scored end to end on the six judges, once,
pooled: heat 0.784 / 0.569 -> 0.810 / 0.552, vague 0.883 / 0.828 -> 0.898 / 0.836; and
the clarity one on holdout22-34, which neither clarity model learned from: 0.863 /
0.738 -> 0.855 / 0.734, with five of the eleven sets losing. Heat traded recall for
precision on the judges (two better, three worse, one a trade) and vague gained on the
judges but lost on the others, so neither retrain was kept: the gain is within what one
set more or less moves.

December 2026, with 567 tuned sets (one writer and brief each, 17,000 replies): the
question was asked again, with a check the judges were not part of. Every fifth tuned
set (113, "val5"; the old model had learned from four of them) was left out; models
trained on the other 454 and scored on val5 end to end (the rules as shipped, the rules'
thresholds) read heat at 0.902 / 0.856 against the shipped model's 0.863 / 0.822, vague
asks at 0.948 / 0.911 against 0.954 / 0.859, clear asks flagged 25 against 27 of 2,166.
Trained on all 567 the files grew twentyfold (tone 201,699 weights, 4.2 MB), a new
draft's analysis took 17% longer and the window half a second more to open; dropping
small weights saved little. Features that fewer than `min_groups` writers used were then
dropped at 5, 10, 20 and 40 writers, each scored on val5: 20 is the most that stays
within 0.005 of every figure with no more clear asks flagged (40 flagged 30). At 20 the
tone model has 17,774 weights (the old one 14,560) and costs what the old one did. The
judges, scored twice (once with both models trained at 2 writers, once at 20; pooled
over 269 sets): heat 0.840 / 0.736 -> 0.900 / 0.813 and 0.889 / 0.811; vague 0.943 /
0.830 -> 0.945 / 0.905 and 0.942 / 0.899, but clear asks flagged 88 -> 101 and 104 of
5,180, where val5 had shown none. About 14% of the judges' heated spans occur word for
word in some tuned reply, as 12% of val5's do in the other tuned sets: stock phrases,
not a leak. So the tone model learns from every set tuned on up to holdout832
(`TUNED_TO_832`), dropping what fewer than twenty writers used; the clarity model stayed
on the twenty until its clear asks were understood (a clear ask flagged teaches a user to
ignore the tool); later tuned sets join at the next retrain, so the rounds that tune on
them still see what the model has not learned. Its file is held to a stamp of its
examples and weights by the tests (`header_text`), since training it takes about forty
seconds.

The next session understood them. Val5 had shown no more clear asks flagged because its
sets' clear asks had been tuned on: their sentences the model read as vague were ones the
rules already let be. The sentences of clear asks alone, read by the models alone, cross
the threshold about as often on val5 as on the judges, and the retrained model crosses
more of them on both at 0.8 but not at 0.9. On val5, end to end, 0.9 is the threshold at
which the retrained model (trained without val5) finds more vague asks than the old one
at 0.8 (recall 0.859 -> 0.894) at no less precision (0.954) and with fewer clear asks
flagged (27 -> 22 of 2,178). Where it fired on a sentence holding a clear ask and a vague
one ("Please add your new card under Account → Payment methods and check your email
settings") the underline took in both; the rule now trims such a sentence to its
clauses that don't read plainly clear on their own (`trim_below`: 0.2, chosen on the
tuned sets; val5 22 -> 20 clear asks flagged, no vague ask lost). The clarity model then
learned from `TUNED_TO_832` at twenty writers, and the judges, scored once with it
(274, pooled): vague 0.943 / 0.831 -> 0.948 / 0.877, clear asks flagged 89 -> 76 of
5,274 (148 judges gained vague recall, 15 lost it). Of the nine sets written that
session (holdout839-847, measured first on the old model, then with the new one before
any tuning), five gained a vague figure and none lost one.

The models of whole replies were asked the same way (val5, min_groups 2, 5 and 20, the
whole engine scoring each LEAP item's MCC over the 113 sets; the judges not consulted
until the choice was made): learning from every tuned set up to holdout832 at twenty
writers, Affirm's went from 0.806 to 0.881 (79 sets gained, 26 lost), Partner's from
0.790 to 0.855 (77 gained, 17 lost), Listen's from 0.656 to 0.664 (noise). The judges,
then, pooled over 270: Affirm 0.803 -> 0.875 (184 gained, 40 lost), Partner 0.776 ->
0.851. Affirm's retrain ships. Partner's waited: the retrained model ticks "Let me know
what you find." and "Please send the receipt and we will investigate." on their own,
replies that leap.yaml's Partner deliberately does not count (a promise with nothing to
hold us to, their step with none of ours). The labels split on such replies (10 of 18
with "let me know what you find" tick Partner, 98 of 173 with "send … and we will
investigate / take a look"), so neither side is wrong, and the rule's choice (name what
you'll do) is what the tool teaches. The next session read it at higher thresholds on
val5 (the model trained without val5): 0.855 at 0.6, 0.850 at 0.7, 0.848 at 0.75, 0.847
at 0.8; at 0.8 the model trained on all 567 sets leaves those examples unticked (0.68,
0.62; "Send us some photos and we'll take a look." 0.56). So Partner's model learns
from `TUNED_TO_832` at twenty writers, read at 0.8; the judges, scored once (274,
pooled): Partner 0.777 -> 0.852 (195 gained, 34 lost). Listen's gained too little to
change then; but the same session let one echoed term of the customer's count for Listen
(leap.yaml), which leaves the model as the only test of a generic reply that echoes one
word, and asked again on val5 (the model trained without val5, Listen's rule as shipped):
MCC 0.767 -> 0.824 at its threshold of 0.3 (0.826 at 0.4, 0.810 at 0.6; 34 sets gained,
11 lost). So Listen's model learns from `TUNED_TO_832` at twenty writers too; the judges,
scored once (274, pooled): Listen 0.737 -> 0.804.

Those val5 questions are now asked by ``--val5`` (and ``--upto CORPUS --thresholds T...``
for newer sets and other thresholds): each model trained without every fifth of its
corpora, then scored end to end on them. Its first answer, with the sixteen tuned sets
that came after holdout832 (holdout834-856), learning from 454 sets against 470: heat
0.897 / 0.857 -> 0.894 / 0.855, vague 0.954 / 0.894 -> 0.956 / 0.893 (clear asks
flagged 19 -> 18 of 2,166), Affirm 0.881 -> 0.876, Partner 0.847 -> 0.849, Listen 0.824
-> 0.837; all five retrained on the sets up to holdout847 read the judges (277, pooled)
within a few replies of the shipped ones. So they stay on `TUNED_TO_832`.

Asked again in the seventh session of 2 December 2026, with the 110 tuned sets that came
after holdout832 (up to holdout997), learning from 454 sets against 564: heat 0.898 /
0.859 -> 0.897 / 0.861 (clear asks flagged 17 -> 17 of 2,166), vague 0.955 / 0.895 ->
0.955 / 0.898 but clear asks flagged 18 -> 21, Listen 0.824 -> 0.810, Affirm 0.881 ->
0.879, Partner 0.847 -> 0.851. A quarter more sets teach the models nothing val5 can
see, and the one gain costs three clear asks, so they still stay on `TUNED_TO_832`; the
judges were not consulted.
"""

from __future__ import annotations

import argparse
import copy
import hashlib
import sys
from collections.abc import Callable
from dataclasses import astuple, dataclass, replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import accuracy  # noqa: E402  (the sets' roles)
from accuracy import Scores, Spans, load_cases, mcc, overlaps, ranges  # noqa: E402

from desktop.core import RuleSet, analyze, load_ruleset  # noqa: E402
from desktop.core.checklist import (  # noqa: E402
    AllOf,
    AnyOf,
    Condition,
    ReplyModel,
    conditions_of,
)
from desktop.core.paths import shipped_checklists_dir  # noqa: E402
from desktop.core.rules import Rule  # noqa: E402
from desktop.core.ruleset import parse_file  # noqa: E402
from desktop.core.sentence_model import (  # noqa: E402
    SentenceModel,
    Training,
    dump,
    features,
    features_with_gaps,
    reply_features,
    train,
)
from desktop.core.text import sentences  # noqa: E402

DATA = ROOT / "tests" / "data"
# Every corpus a model may learn from; each model's own are its `corpora`.
TRAINING = accuracy.TUNED
# Never trained on: the judges, and the sets kept unmeasured for the next round's.
JUDGES = accuracy.JUDGES + accuracy.UNMEASURED
EARLIER = TRAINING[:15]  # what every model learned from until holdout14-19 were written
NEWER = TRAINING[15:]
# every set tuned on up to holdout832 (567 writers), which every model learns from since
# December 2026 (see the module docstring); later ones wait for the next retrain
TUNED_TO_832 = TRAINING[: TRAINING.index("holdout832.yaml") + 1]

Example = tuple[str, bool, str]
DEFAULT_SETTINGS = Training()  # (frozen: one instance serves every model)
# what every model learns with since December 2026: only the words and pairs at least
# twenty writers used (see the module docstring)
TWENTY_WRITERS = replace(DEFAULT_SETTINGS, min_groups=20)


class _ModelFile:
    """Where a model's file goes, and how its text is made: a header saying what it
    learned from, a stamp of that, then its weights."""

    file: str
    corpora: tuple[str, ...]
    settings: Training

    @property
    def path(self) -> Path:
        return ROOT / "checklists" / "models" / self.file

    def examples(self, names: tuple[str, ...] | None = None) -> list[Example]:
        raise NotImplementedError

    def sees(self) -> Callable[[str], frozenset[str]]:
        """What the model sees of an example."""
        raise NotImplementedError

    def header(self) -> tuple[str, ...]:
        raise NotImplementedError

    def weights(
        self, names: tuple[str, ...] | None = None, settings: Training | None = None
    ) -> dict[str, float]:
        """Trained on `names` (its own corpora unless told), with its own settings
        unless told."""
        return train(self.examples(names), settings or self.settings, self.sees())

    def model_text(self, settings: Training | None = None) -> str:
        settings = settings or self.settings
        found = self.examples()
        body = dump(train(found, settings, self.sees()))
        return self.header_text(found, settings, body) + body

    def header_text(self, found: list[Example], settings: Training, body: str) -> str:
        """The header of the file whose weights are `body`, learned from `found` with
        `settings`. Its last line stamps both: the tests retrain the small models and
        compare, but the sentence models learn from some 17,000 replies (a minute and
        more each), so for them the tests check the stamp instead: that the examples
        and settings are still those the weights were learned from, and that the
        weights are as written."""
        return dump({}, (*self.header(), stamp(found, settings, self.sees(), body)))


def stamp(
    found: list[Example], settings: Training, sees: Callable[[str], frozenset[str]], body: str
) -> str:
    """A line naming the SHA-256 (first 16 hex digits) of the examples (text, label and
    group of each, in order), the settings and the featurizer, and that of the weights."""
    learned = hashlib.sha256(f"{settings!r} {sees.__name__}\n".encode())
    for text, label, group in found:
        learned.update(f"{group}\x1f{int(label)}\x1f{text}\x1e".encode())
    weights = hashlib.sha256(body.encode())
    return (f"Stamp: examples and settings {learned.hexdigest()[:16]}, "
            f"weights {weights.hexdigest()[:16]}.")


def _listed(corpora: tuple[str, ...]) -> str:
    """The corpora by name, or a long run of `accuracy.TUNED` by its count and ends (its
    examples' stamp pins down exactly what the model learned from)."""
    if len(corpora) > 30 and corpora == TRAINING[: len(corpora)]:
        return (f"the first {len(corpora)} sets of accuracy.TUNED: {', '.join(corpora[:3])}, "
                f"…, {corpora[-1]}")
    return ", ".join(corpora)


def _made_by(corpora: tuple[str, ...], sources: str) -> tuple[str, ...]:
    """The header lines every model file ends its header with: where it came from."""
    return (
        "Made by tests/benchmarks/train_models.py from the labelled replies in",
        "tests/data (" + _listed(corpora) + ")" + sources + ";",
        "never trained on " + ", ".join(JUDGES) + ", which judge it. Do not edit by hand:",
        "change the labels or the settings and run the script again.",
    )


@dataclass(frozen=True)
class Target(_ModelFile):
    """One model: which label it learns, where it goes, which rule reads it."""

    label: str  # the corpus field whose spans are the positives
    file: str
    rule: str
    corpora: tuple[str, ...] = TRAINING  # what it learns from (see the module's docstring)
    featurize: Callable[[str], frozenset[str]] = features  # what it sees of a sentence
    settings: Training = DEFAULT_SETTINGS

    @property
    def reader(self) -> str:
        return self.rule

    def examples(self, names: tuple[str, ...] | None = None) -> list[Example]:
        return examples(self.label, self.corpora if names is None else names)

    def sees(self) -> Callable[[str], frozenset[str]]:
        return self.featurize

    def header(self) -> tuple[str, ...]:
        return (
            f"Model for the rule {self.rule} ({self.rule.split('.')[0]}.yaml): sentences "
            f"that overlap a '{self.label}' label.",
            "Logistic regression over a sentence's words and word pairs"
            + (" (neighbours and one word apart)" if self.featurize is features_with_gaps
               else "") + ": feature<TAB>weight.",
            *_made_by(self.corpora, " and the shipped templates"),
        )


@dataclass(frozen=True)
class ReplyTarget(_ModelFile):
    """A model of whole replies for one LEAP item, read by that checklist item."""

    item: str  # listen, empathize, affirm, partner: the corpus's `leap` label it learns
    file: str
    corpora: tuple[str, ...] = TRAINING  # what it learns from (see the module's docstring)
    settings: Training = DEFAULT_SETTINGS

    @property
    def reader(self) -> str:
        return f"leap.{self.item}"

    def header(self) -> tuple[str, ...]:
        return (
            f"Model for the checklist item {self.reader} (leap.yaml): replies whose "
            f"'leap: {self.item}' label is true.",
            "Logistic regression over the words, word pairs and shapes of a reply's "
            "sentences: feature<TAB>weight.",
            *_made_by(self.corpora, ""),
        )

    def examples(self, names: tuple[str, ...] | None = None) -> list[Example]:
        return [
            (case["reply"], bool(case["leap"][self.item]), name)
            for name in (self.corpora if names is None else names)
            for case in load_cases(DATA / name)
        ]

    def sees(self) -> Callable[[str], frozenset[str]]:
        return _reply_features


def _reply_features(reply: str) -> frozenset[str]:
    return reply_features(s.text for s in sentences(reply))


TARGETS: dict[str, Target | ReplyTarget] = {
    "tone": Target("heated", "tone.tsv", "tone.reads-as-blame", TUNED_TO_832,
                   features_with_gaps, TWENTY_WRITERS),
    "clarity": Target("vague", "clarity.tsv", "clarity.ask-lacks-specifics", TUNED_TO_832,
                      settings=TWENTY_WRITERS),
    "listen": ReplyTarget("listen", "leap-listen.tsv", TUNED_TO_832, TWENTY_WRITERS),
    "affirm": ReplyTarget("affirm", "leap-affirm.tsv", TUNED_TO_832, TWENTY_WRITERS),
    "partner": ReplyTarget("partner", "leap-partner.tsv", TUNED_TO_832, TWENTY_WRITERS),
}


def corpus_examples(path: Path, label: str) -> list[Example]:
    """Every sentence of the corpus's replies, positive when it overlaps a `label` span,
    grouped by the corpus's name."""
    found = []
    for case in load_cases(path):
        reply = case["reply"]
        spans = ranges(reply, case.get(label) or [], f"{path.name} {case['id']}")
        found.extend(
            (s.text, any(overlaps((s.start, s.end), h) for h in spans), path.name)
            for s in sentences(reply)
        )
    return found


def template_examples() -> list[Example]:
    """The sentences of the shipped templates filled with their samples, none positive.
    (Read from templates.yaml alone, so a broken model file can't stop its own repair.)"""
    parsed = parse_file(shipped_checklists_dir() / "templates.yaml")
    return [(s.text, False, "templates.yaml")
            for template in parsed.sections.get("templates", ())
            for s in sentences(template.filled())]


def examples(label: str, names: tuple[str, ...] = TRAINING) -> list[Example]:
    """The corpora's sentences, then the templates'."""
    found = [e for name in names for e in corpus_examples(DATA / name, label)]
    return found + template_examples()


def leave_one_out(target: Target, thresholds: tuple[float, ...], settings: Training) -> None:
    """Pooled precision and recall per threshold, each corpus scored by a model that
    never saw it; spans as the scorer counts them (a flagged sentence is right when it
    overlaps a label, a label is found when a flagged sentence overlaps it), and how
    many clear asks a flagged sentence overlaps."""
    counts = {t: (Spans(), Spans()) for t in thresholds}  # the label, the clear asks
    for left_out in target.corpora:
        trained_on = tuple(n for n in target.corpora if n != left_out)
        model = SentenceModel(target.weights(trained_on, settings))
        for case in load_cases(DATA / left_out):
            reply, where = case["reply"], f"{left_out} {case['id']}"
            gold = ranges(reply, case.get(target.label) or [], where)
            clear = ranges(reply, case.get("clear_asks") or [], where)
            scored = [(s.start, s.end, model.probability(s.text)) for s in sentences(reply)]
            for t, (spans, asks) in counts.items():
                flagged = [(a, b) for a, b, p in scored if p >= t]
                spans.add(flagged, gold)
                asks.add(flagged, clear)
    for t, (spans, asks) in counts.items():
        print(f"{target.rule}, threshold {t:.2f}: precision {spans.precision:.2f} "
              f"recall {spans.recall:.2f} ({spans.findings} sentences flagged; "
              f"clear asks flagged {asks.hit_labels}/{asks.labels})")


def without_models(condition: Condition) -> Condition:
    """The condition with its learned parts taken out: what the phrases alone decide."""
    return _models_replaced(condition, None)


def _models_replaced(condition: Condition, by: ReplyModel | None) -> Condition:
    """The condition with each learned part inside it read as `by`, or left out when
    `by` is None (a condition that is a learned part alone is kept as it is then)."""
    if isinstance(condition, AnyOf | AllOf):
        parts = (by if isinstance(p, ReplyModel) else _models_replaced(p, by)
                 for p in condition.parts)
        return type(condition)(tuple(p for p in parts if p is not None))
    if isinstance(condition, ReplyModel) and by is not None:
        return by
    return condition


def leave_one_out_replies(target: ReplyTarget, thresholds: tuple[float, ...]) -> None:
    """Pooled Matthews correlation per threshold, each corpus judged by a model that
    never saw it: the model alone, and either or both of it and the item's phrases."""
    shipped = load_ruleset(include_user=False, strict=True)
    rules_only = replace(shipped, items=tuple(
        replace(i, condition=without_models(i.condition)) for i in shipped.items))
    rows: list[tuple[bool, bool, float]] = []  # (label, phrases tick, model probability)
    for left_out in target.corpora:
        trained_on = tuple(n for n in target.corpora if n != left_out)
        model = SentenceModel(target.weights(trained_on))
        for case in load_cases(DATA / left_out):
            report = analyze(case["reply"], case.get("customer") or "", rules_only)
            ticked = report.item(target.reader)
            rows.append((
                bool(case["leap"][target.item]), bool(ticked and ticked.done),
                model.reply_probability(s.text for s in sentences(case["reply"])),
            ))
    print(f"{target.reader}, phrases alone: MCC {_mcc([(w, r) for w, r, _ in rows]):.2f}")
    for t in thresholds:
        alone = _mcc([(w, p >= t) for w, _, p in rows])
        either = _mcc([(w, r or p >= t) for w, r, p in rows])
        both = _mcc([(w, r and p >= t) for w, r, p in rows])
        print(f"{target.reader}, threshold {t:.2f}: model {alone:.2f}, "
              f"either {either:.2f}, both {both:.2f}")


def shipped_threshold(target: Target | ReplyTarget) -> float:
    """The threshold the shipped rule files read the model at."""
    shipped = load_ruleset(include_user=False, strict=True)
    if isinstance(target, Target):
        kind = next(r.kind for r in shipped.rules if r.id == target.rule)
        return float(kind.threshold)  # type: ignore[attr-defined]
    item = next(i for i in shipped.items if i.id == target.reader)
    return conditions_of(item.condition, ReplyModel)[0].threshold


def newer(target: Target | ReplyTarget) -> None:
    """Each newer corpus scored by the model alone at the shipped threshold, trained
    on the EARLIER corpora or on every other training corpus: does the model gain from
    the newer writers? (How each model's `corpora` were chosen until holdout22.) Every
    model's corpora begin with the EARLIER ones, so this is `gain` over the NEWER."""
    gain(target, NEWER, ())


def gain(target: Target | ReplyTarget, scored: tuple[str, ...], adding: tuple[str, ...]) -> None:
    """Each of the `scored` corpora scored by the model alone at the shipped threshold,
    as it learns now (its corpora, less the scored ones) and also learning from `adding`,
    or, when none are given, from the other scored corpora (never from the one it
    scores). How holdout22-34 were judged: `--gain A B C` asks whether writers A, B and
    C teach the model about each other; `--gain A B --adding C D` whether C and D teach
    it about A and B (corpora written from one brief agree with each other more than
    with anyone else, so the second form is the stricter test)."""
    own = tuple(n for n in target.corpora if n not in scored)
    now = SentenceModel(target.weights(own))
    fixed = SentenceModel(target.weights(own + adding)) if adding else None
    threshold = shipped_threshold(target)
    names = ("its corpora", "more")
    spans = {name: (Spans(), Spans()) for name in names}
    replies: dict[str, list[tuple[bool, bool]]] = {name: [] for name in names}
    label = target.label if isinstance(target, Target) else ""
    for left_out in scored:
        more = fixed or SentenceModel(
            target.weights(own + tuple(n for n in scored if n != left_out)))
        for case in load_cases(DATA / left_out):
            reply, where = case["reply"], f"{left_out} {case['id']}"
            split = sentences(reply)
            for key, model in zip(names, (now, more), strict=True):
                if isinstance(target, ReplyTarget):
                    probability = model.reply_probability(s.text for s in split)
                    replies[key].append((bool(case["leap"][target.item]),
                                         probability >= threshold))
                    continue
                flagged = [(s.start, s.end) for s in split
                           if model.probability(s.text) >= threshold]
                spans[key][0].add(flagged, ranges(reply, case.get(label) or [], where))
                spans[key][1].add(flagged, ranges(reply, case.get("clear_asks") or [], where))
    print(f"{target.reader} on {', '.join(scored)} at {threshold}:")
    for key in names:
        if isinstance(target, ReplyTarget):
            print(f"  learned from {key}: MCC {_mcc(replies[key]):.3f}")
        else:
            found, asks = spans[key]
            print(f"  learned from {key}: precision {found.precision:.3f} recall "
                  f"{found.recall:.3f} (clear asks flagged {asks.hit_labels}/{asks.labels})")


def val5(target: Target | ReplyTarget, upto: str | None, thresholds: tuple[float, ...]) -> None:
    """Every fifth of the model's corpora ("val5") left out of its training and scored
    end to end (the rules as shipped, this model swapped in): by a model learning from
    the rest of its own corpora, at the shipped threshold, and, with `upto`, by one
    learning from every training corpus up to that one less val5, at the shipped
    threshold and each of `thresholds`. Both are read on the same sets, which neither
    saw, so the second row answers whether the newer sets (and a new threshold) help,
    without asking the judges; December 2026's retrains were chosen this way (see the
    module docstring), then checked on the judges once."""
    held = target.corpora[4::5]
    shipped = load_ruleset(include_user=False, strict=True)
    at = shipped_threshold(target)
    rows: list[tuple[str, tuple[str, ...], tuple[float, ...]]] = [
        ("its corpora", target.corpora, (at,))]
    if upto:
        rows.append((f"those up to {upto}", TRAINING[: TRAINING.index(upto) + 1],
                     tuple(dict.fromkeys((at, *thresholds)))))
    print(f"{target.reader} on val5 ({len(held)} sets, {held[0]} … {held[-1]}), end to end:")
    for name, corpora, readings in rows:
        learned = tuple(n for n in corpora if n not in held)
        model = SentenceModel(target.weights(learned))
        for threshold in readings:
            rules = with_model(shipped, target, model, threshold)
            scores = [accuracy.score(DATA / n, rules) for n in held]
            print(f"  learning from {name} less val5 ({len(learned)} sets), at {threshold}: "
                  f"{_pooled(target, scores)}")


def with_model(
    rules: RuleSet, target: Target | ReplyTarget, model: SentenceModel, threshold: float
) -> RuleSet:
    """`rules` with the target's reader reading `model` at `threshold` (the rule files
    and the shipped model are left as they are)."""
    if isinstance(target, Target):
        def swapped(rule: Rule) -> Rule:
            kind = copy.copy(rule.kind)  # (a ClassifierKind: its model and threshold)
            kind.model, kind.threshold = model, threshold  # type: ignore[attr-defined]
            return replace(rule, kind=kind)
        return replace(rules, rules=tuple(
            swapped(r) if r.id == target.rule else r for r in rules.rules))
    return replace(rules, items=tuple(
        replace(i, condition=_models_replaced(i.condition, ReplyModel(model, threshold)))
        if i.id == target.reader else i for i in rules.items))


def _pooled(target: Target | ReplyTarget, scores: list[Scores]) -> str:
    """The target's figures summed over `scores`: its label's spans and the clear asks
    flagged, or its item's MCC."""
    if isinstance(target, ReplyTarget):
        cells = [sum(s.leap[target.item][k] for s in scores) for k in range(4)]
        return f"MCC {mcc(*cells):.3f}"
    counted = (astuple(getattr(s, target.label)) for s in scores)  # (vague or heated)
    spans = Spans(*map(sum, zip(*counted, strict=True)))
    flagged, asks = sum(s.clear_flagged for s in scores), sum(s.clear_asks for s in scores)
    return (f"{target.label} precision {spans.precision:.3f} recall {spans.recall:.3f}, "
            f"clear asks flagged {flagged}/{asks}")


def _mcc(pairs: list[tuple[bool, bool]]) -> float:
    cells = [sum(1 for w, p in pairs if (w, p) == key)
             for key in ((True, True), (False, True), (True, False), (False, False))]
    return mcc(*cells)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("models", nargs="*", help=f"any of {', '.join(TARGETS)} (default: all)")
    parser.add_argument("--loco", action="store_true",
                        help="print leave-one-corpus-out figures instead of writing models")
    parser.add_argument("--newer", action="store_true",
                        help="print how each model does on the newer corpora when it learns "
                        "from them and when it doesn't, instead of writing models")
    parser.add_argument("--gain", nargs="+", metavar="CORPUS", default=(),
                        help="print how each model does on these corpora as it learns now "
                        "and when it also learns from the others given (or --adding)")
    parser.add_argument("--adding", nargs="+", metavar="CORPUS", default=(),
                        help="with --gain: the corpora the model also learns from")
    parser.add_argument("--val5", action="store_true",
                        help="print how each model does end to end on every fifth of its "
                        "corpora when it learns from the rest, instead of writing models")
    parser.add_argument("--upto", metavar="CORPUS",
                        help="with --val5: also learning from every training corpus up to "
                        "this one (less the val5 sets)")
    parser.add_argument("--thresholds", nargs="+", type=float, metavar="T", default=(),
                        help="with --val5 --upto: read that model at these thresholds too")
    args = parser.parse_args()
    unknown = sorted(set(args.models) - set(TARGETS))
    if unknown:
        parser.error(f"no model named {', '.join(unknown)}")
    if args.upto and args.upto not in TRAINING:
        parser.error(f"--upto: {args.upto} is not a training corpus")
    for name in args.models or TARGETS:
        target = TARGETS[name]
        if args.val5:
            val5(target, args.upto, tuple(args.thresholds))
            continue
        if args.newer:
            newer(target)
            continue
        if args.gain:
            gain(target, tuple(args.gain), tuple(args.adding))
            continue
        if args.loco and isinstance(target, ReplyTarget):
            leave_one_out_replies(target, (0.3, 0.4, 0.5, 0.6, 0.7))
            continue
        if args.loco:
            leave_one_out(target, (0.5, 0.6, 0.7, 0.75, 0.8, 0.85), target.settings)
            continue
        target.path.parent.mkdir(parents=True, exist_ok=True)
        target.path.write_text(target.model_text(), encoding="utf-8")
        print(f"wrote {target.path.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
