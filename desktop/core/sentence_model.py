"""A small learned model of how a sentence reads: logistic regression over its words.

Phrase and request rules catch what someone thought of writing down, and other writers
find other words for it ("These things happen.", "Can you send over whatever you
have?"). Measured on replies the rules never saw, they found a sixth to a third of what
readers marked as heated and a third to two thirds of the vague asks. A model trained on
labelled replies weighs every word and word pair of a sentence instead, and catches
much of the rest.

The weights are data: TSV files beside the rule files (`feature<TAB>weight`), made by
`tests/benchmarks/train_models.py` from the labelled corpora with `train` below and read
with `load_model`. This module reads, scores and trains; it knows no rule and no Qt.
"""

from __future__ import annotations

import itertools
import math
import os
import random
import re
import sys
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .lexicon import GLUE_WORDS
from .match_cache import remembered
from .paths import shipped_checklists_dir
from .yamlview import RuleFileError, View

TOKEN_RE = re.compile(r"[a-z][a-z']*|[!?]")  # in the lower-cased sentence
BIAS = "bias"
# The shape of what a sentence holds besides words. Heat shows in capitals and stacked
# "!!"; a clear ask shows in what words miss: a number, a version, a time, `code`, a
# menu path, a quoted label, an address, a name in capitals ("Ensure the firmware is
# 3.4.2 or later" is an ask whose words alone read vague).
# Each pattern begins with the character it is about, so `re` skips ahead to those
# characters instead of trying the pattern at every position; and a pattern is only
# tried when the sentence has one of the characters it needs at all (every sentence
# of the draft is scored).
_UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
_DIGITS = "0123456789"
SHAPES: tuple[tuple[str, str, re.Pattern[str]], ...] = (
    # a word of three letters or more in capitals ("NOT", "NOTHING"; "IT" is too short)
    ("s:caps", _UPPER, re.compile(r"[A-Z](?<![A-Za-z'’][A-Z])[A-Z'’]{2,}(?![A-Za-z'’])")),
    ("s:bang2", "!", re.compile(r"!!")),
    ("s:number", _DIGITS, re.compile(r"\d")),
    ("s:version", _DIGITS, re.compile(r"\d\.\d")),
    ("s:time", _DIGITS, re.compile(r"\d(?::\d\d(?!\d)|\s?[ap]\.?m\b)", re.I)),
    ("s:code", "`", re.compile(r"`[^`]+`")),
    ("s:path", "→>/\\", re.compile(r"→|>(?=\s?\w)|/(?<=\w/)(?=\w)|\\(?=\w)")),
    ("s:quoted", "\"“'", re.compile(r"[\"“][^\"”]{2,}[\"”]|'(?<!\w')[^']{2,}'(?!\w)")),
    ("s:address", ":@.", re.compile(r"https?://|www\.|@(?<=\w@)(?=\w)|\.(?:com|org|net|io|co)\b")),
    # a capitalised word inside a sentence ("ask Priya", "open Settings") or camelCase
    ("s:name", _UPPER, re.compile(r"[A-Z](?:(?<=[a-z,;:] [A-Z])[a-z]|(?<=[a-z][A-Z]))")),
)


def tokens(text: str) -> list[str]:
    """The sentence's words (lower case, straight apostrophes) and its ! and ? marks.
    Interned, as the models' words are: a word is then looked up in each model's table
    by identity, without reading the table's copy of it (an analysis looks up some
    8,000 words and pairs, and memory, not the lookups, was most of their cost)."""
    return list(map(sys.intern, TOKEN_RE.findall(text.lower().replace("’", "'"))))


def shapes(text: str) -> tuple[str, ...]:
    """The SHAPES the sentence has."""
    chars = set(text)
    return tuple(
        name for name, needs, pattern in SHAPES
        if not chars.isdisjoint(needs) and pattern.search(text)
    )


Bag = tuple[frozenset[str], frozenset[tuple[str, str]], tuple[str, ...], tuple[str, ...]]


@remembered
def sentence_bag(text: str) -> Bag:
    """A sentence's distinct words, distinct pairs of neighbouring words, shapes, and
    its words in order (for the pairs one word apart, `gapped_pairs`): found once, from
    one reading of its words, and shared by every model that scores the sentence."""
    words = tokens(text)
    return frozenset(words), frozenset(itertools.pairwise(words)), shapes(text), tuple(words)


def features(text: str) -> frozenset[str]:
    """What the model sees of a sentence: its words (`w:`), neighbouring word pairs
    (`b:`), its SHAPES (`s:`), and the bias every sentence has."""
    words = tokens(text)
    found = {BIAS, *shapes(text)}
    found.update("w:" + t for t in words)
    found.update(f"b:{a}_{b}" for a, b in itertools.pairwise(words))
    return frozenset(found)


def gapped_pairs(text: str) -> frozenset[tuple[str, str]]:
    """The sentence's pairs of words one word apart: "you … have", "should … read".
    Heat hides in such frames whatever word fills them ("you should have read",
    "you should've checked"); neighbouring pairs alone see each filler as new."""
    words = sentence_bag(text)[3]
    return frozenset(zip(words, words[2:], strict=False))


def features_with_gaps(text: str) -> frozenset[str]:
    """`features`, and the pairs one word apart (`g:`): what the tone model sees.
    (Leaving one writer out at a time, they raised its precision and recall; the
    clarity model gained nothing from them.)"""
    return features(text) | {f"g:{a}_{b}" for a, b in gapped_pairs(text)}


def reply_features(sentences: Iterable[str]) -> frozenset[str]:
    """What a model of a whole reply sees: every feature of any of its sentences (so
    what is known of each sentence is reused; a word pair never spans two sentences)."""
    return frozenset({BIAS}.union(*map(features, sentences)))


def sigmoid(z: float) -> float:
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


class SentenceModel:
    """Weights per feature; a sentence's probability is the logistic of their sum.

    Compared and hashed by identity, so its scores can be remembered per sentence.
    """

    def __init__(self, weights: Mapping[str, float], source: str = "") -> None:
        self.weights = dict(weights)
        self.source = source
        # The same weights by word, by pair of neighbouring words and by pair of words
        # one apart (from `features_with_gaps`), so scoring a sentence looks up its
        # words and the pairs `zip` makes without building a feature name for each: an
        # analysis scores every sentence of the draft. Words are interned (see `tokens`).
        self._words: dict[str, float] = {}
        self._pairs: dict[tuple[str, ...], float] = {}
        self._shapes: dict[str, float] = {}
        self._gapped: dict[tuple[str, ...], float] = {}
        for feature, weight in self.weights.items():  # one pass: read at start-up
            kind, name = feature[:2], feature[2:]
            if kind == "w:":
                self._words[sys.intern(name)] = weight
            elif kind == "b:":
                self._pairs[tuple(map(sys.intern, name.split("_", 1)))] = weight
            elif kind == "s:":
                self._shapes[feature] = weight
            elif kind == "g:" and "_" in name:  # (a name without "_" would never match)
                self._gapped[tuple(map(sys.intern, name.split("_", 1)))] = weight
        self._bias = self.weights.get(BIAS, 0.0)

    def probability(self, text: str) -> float:
        return _probability(self, text)

    def bag_weights(self) -> Iterator[tuple[str | tuple[str, ...], float]]:
        """The weights of words, pairs of neighbouring words and shapes, keyed as
        `sentence_bag` names them (for reply_scores, which counts a reply's bags)."""
        yield from self._words.items()
        yield from self._pairs.items()
        yield from self._shapes.items()

    def reply_probability(self, sentences: Iterable[str]) -> float:
        """The probability for a whole reply, from its sentences' `reply_features` (the
        app follows a reply as it changes instead: see reply_scores). Models of replies
        see no gapped pairs."""
        bags = [sentence_bag(text) for text in sentences]
        return sigmoid(self._weigh(
            frozenset().union(*(b[0] for b in bags)),
            frozenset().union(*(b[1] for b in bags)),
            frozenset().union(*(b[2] for b in bags)),
        ))

    def _score(self, text: str) -> float:
        """The sum of the weights of `features(text)`, or of `features_with_gaps(text)`
        for a model that has gapped pairs (a test holds the two equal)."""
        words, pairs, found, ordered = sentence_bag(text)
        score = self._weigh(words, pairs, found)
        if self._gapped:
            score += self._gapped_weight(ordered)
        return score

    def _gapped_weight(self, words: tuple[str, ...]) -> float:
        """The weights of the distinct pairs one word apart in `words` (each counts
        once, as a feature does)."""
        return sum(map(self._gapped.get, set(zip(words, words[2:], strict=False)),
                       itertools.repeat(0.0)))

    def _weigh(
        self, words: Iterable[str], pairs: Iterable[tuple[str, str]], found: Iterable[str]
    ) -> float:
        """The bias plus the weights of these words, word pairs and shapes."""
        return (
            self._bias
            + sum(map(self._words.get, words, itertools.repeat(0.0)))
            + sum(map(self._pairs.get, pairs, itertools.repeat(0.0)))
            + sum(map(self._shapes.get, found, itertools.repeat(0.0)))
        )

    def cues(
        self, text: str, count: int = 3, minimum: float = 0.25,
        unnamed: frozenset[str] = frozenset(),
    ) -> list[str]:
        return list(_cues(self, text, count, minimum, unnamed))

    def _cues(
        self, text: str, count: int, minimum: float, unnamed: frozenset[str]
    ) -> tuple[str, ...]:
        """The words that push `text` furthest towards the label, strongest first: what
        a finding can name so the writer sees why. Glue words ("the", "you") and the
        `unnamed` ones are never named on their own, nor a pair of them; a word is named
        once ("not" and "it's not" are one cue); shapes (capitals, a number) are not
        words to name. A gapped pair is named with the gap ("speed … up"), and only
        when neither of its words is a glue word."""
        quiet = GLUE_WORDS | unnamed if unnamed else GLUE_WORDS
        words, pairs, _, _ = sentence_bag(text)
        weighed: list[tuple[tuple[str, ...], float]] = [
            ((w,), self._words.get(w, 0.0)) for w in words
        ]
        weighed += [(p, self._pairs.get(p, 0.0)) for p in pairs]
        if self._gapped:  # ("the … form" would name a glue word across a gap: not named)
            gapped = self._gapped
            weighed += [((a, "…", b), gapped.get((a, b), 0.0))
                        for a, b in gapped_pairs(text) if a not in quiet and b not in quiet]
        strongest = sorted(
            ((phrase, weight) for phrase, weight in weighed
             if weight >= minimum and not all(w in quiet or w in "!?…" for w in phrase)),
            key=lambda item: (-item[1], item[0]),
        )
        shown: list[str] = []
        named: set[str] = set()
        for phrase, _ in strongest:
            if named.intersection(phrase) - {"…"}:  # "not" after "it's not", or the other way
                continue
            shown.append(" ".join(phrase))
            named.update(phrase)
            if len(shown) == count:
                break
        return tuple(shown)


@remembered
def _probability(model: SentenceModel, text: str) -> float:
    return sigmoid(model._score(text))


@remembered
def _cues(
    model: SentenceModel, text: str, count: int, minimum: float, unnamed: frozenset[str]
) -> tuple[str, ...]:
    return model._cues(text, count, minimum, unnamed)


def model_named(field: View, folder: Path | None) -> SentenceModel:
    """The model a rule file's field names: a path relative to the rule file's `folder`,
    or else to the shipped rule files (so a copy of a shipped rule file in the user's
    folder still finds the shipped model). Read once per version of the file."""
    path = Path(os.path.expanduser(field.text()))
    if not path.is_absolute():
        places = [folder] if folder is not None else []
        places.append(shipped_checklists_dir())
        path = next((p / path for p in places if (p / path).is_file()), places[0] / path)
    try:
        mtime = path.stat().st_mtime_ns
    except OSError:
        raise field.error(f"no model file at {path}") from None
    return _model(path, mtime)


@lru_cache(maxsize=16)
def _model(path: Path, mtime_ns: int) -> SentenceModel:
    return load_model(path)


def load_model(path: Path) -> SentenceModel:
    """Read a TSV model; a bad line raises RuleFileError naming the file and line."""
    try:
        source = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise RuleFileError(path, 1, "", f"can't be read ({exc.__class__.__name__})") from exc
    lines = [line for line in source.splitlines() if line.strip() and line[0] != "#"]
    try:  # a well-formed file, read at once (five model files are read at start-up)
        weights = {feature: float(weight) for feature, weight in map(_split, lines)}
        if (len(weights) == len(lines) and "" not in weights
                and all(map(math.isfinite, weights.values()))):
            return _checked(path, weights)
    except ValueError:
        pass
    return _checked(path, _read_line_by_line(path, source))


def _split(line: str) -> list[str]:
    return line.split("\t")


def _read_line_by_line(path: Path, source: str) -> dict[str, float]:
    """The weights of a file the quick reading found fault with: the first bad line
    raises RuleFileError naming it."""
    weights: dict[str, float] = {}
    for number, line in enumerate(source.splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) != 2 or not parts[0]:
            raise RuleFileError(path, number, "", "expected 'feature<TAB>weight'")
        try:
            weight = float(parts[1])
        except ValueError:
            raise RuleFileError(path, number, "", f"{parts[1]!r} is not a number") from None
        if not math.isfinite(weight):
            raise RuleFileError(path, number, "", f"{parts[1]!r} is not a finite number")
        if parts[0] in weights:
            raise RuleFileError(path, number, "", f"feature {parts[0]!r} appears twice")
        weights[parts[0]] = weight
    return weights


def _checked(path: Path, weights: dict[str, float]) -> SentenceModel:
    if BIAS not in weights:
        raise RuleFileError(path, 1, "", f"no '{BIAS}' line: not a model made by `train`")
    return SentenceModel(weights, path.name)


@dataclass(frozen=True)
class Training:
    """How `train` fits a model. Chosen by leaving one corpus out at a time and scoring
    the model on it (see the trainer), never on the judging corpora."""

    epochs: int = 15
    rate: float = 0.2
    l2: float = 1e-3
    min_groups: int = 2  # a feature must occur in this many groups (writers) to count
    seed: int = 0


def train(
    examples: Sequence[tuple[str, bool, str]], settings: Training | None = None,
    featurize: Callable[[str], frozenset[str]] = features,
) -> dict[str, float]:
    """Fit weights to (text, label, group) examples: logistic regression by AdaGrad.
    `featurize` says what the model sees of a text (a sentence's `features` unless told).

    A feature seen in only one group (one writer's corpus) is dropped: a word only one
    writer used teaches the model that writer, not how replies read. Deterministic for
    the same examples and settings.
    """
    settings = settings or Training()
    groups: dict[str, set[str]] = defaultdict(set)
    rows = [(featurize(text), label) for text, label, _ in examples]
    for (found, _), (_, _, group) in zip(rows, examples, strict=True):
        for feature in found:
            groups[feature].add(group)
    kept = {f for f, g in groups.items() if len(g) >= settings.min_groups} | {BIAS}
    data = [(sorted(found & kept), 1.0 if label else 0.0) for found, label in rows]
    weights: dict[str, float] = {}
    squares: dict[str, float] = {}
    order = list(range(len(data)))
    shuffle = random.Random(settings.seed).shuffle
    for _ in range(settings.epochs):
        shuffle(order)
        for i in order:
            names, label = data[i]
            error = sigmoid(sum(weights.get(f, 0.0) for f in names)) - label
            for f in names:
                w = weights.get(f, 0.0)
                gradient = error + settings.l2 * w
                squares[f] = squares.get(f, 0.0) + gradient * gradient
                weights[f] = w - settings.rate * gradient / math.sqrt(squares[f] + 1e-8)
    return weights


def dump(weights: Mapping[str, float], header: Iterable[str] = ()) -> str:
    """The TSV text of a model: comment lines, then one feature per line, sorted, with
    weights rounded to four places (small enough to diff, exact enough to score)."""
    lines = [f"# {line}" if line else "#" for line in header]
    lines.extend(
        f"{f}\t{round(w, 4)!r}" for f, w in sorted(weights.items()) if round(w, 4) or f == BIAS
    )
    return "\n".join(lines) + "\n"
