"""`classifier`: a whole sentence that a learned model reads as carrying the label.

For what no list of phrases covers: blame and brush-offs come in more wordings than
anyone can write down. The model (see `desktop.core.sentence_model`) is a data file
named by the rule; a sentence whose probability reaches `threshold` is a hit, and the
words that weighed most are passed to the message as {cues} so the writer sees why.

Code spans and the customer's own words quoted back are blanked before a sentence is
scored (`Document.own_words`): quoting them is listening, and a stack trace is not a tone.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import ClassVar

from ..document import Document
from ..sentence_model import SentenceModel, model_named
from ..yamlview import View
from .base import BuildContext, Hit, WholeDraftKind


class ClassifierKind(WholeDraftKind):
    name: ClassVar[str] = "classifier"
    fields: ClassVar[dict[str, str]] = {
        "model": "path of the model file (TSV of feature and weight), relative to this "
        "rule file (or else to the shipped rule files); made by a trainer such as "
        "tests/benchmarks/train_models.py",
        "threshold": "the probability from which a sentence fires, 0 to 1 (default 0.75): "
        "higher fires less often and is right more often",
        "cues": "how many of the words that weighed most the message names as {cues} "
        "(default 3)",
        "not_cues": "words never named as cues on their own: those that weigh because "
        "they are there in every case, not because they tip this one (the verbs of "
        "asking, for a model of vague asks)",
        "narrow": "true: with `defer`, when another finding covers part of a sentence, the "
        "clauses it leaves are read on their own and may still fire (default false)",
        "narrow_unless": "a regular expression: a stretch `narrow` leaves that starts with a "
        "match is not read on its own (for asks: our side of it, a step not to take, a lone "
        "condition)",
        "trim_below": "a probability, 0 to 1: the clauses of a firing sentence (split as "
        "`narrow` splits it) that read below it on their own are left out of the hit, "
        "which becomes the runs of clauses left that still fire (default: none)",
    }

    def __init__(
        self, model: SentenceModel, threshold: float, cues: int,
        not_cues: frozenset[str] = frozenset(),
        narrow: bool = False,
        narrow_unless: re.Pattern[str] | None = None,
        trim_below: float | None = None,
    ) -> None:
        self.model = model
        self.threshold = threshold
        self.cues = cues
        self.not_cues = not_cues
        self.narrow = narrow
        self.narrow_unless = narrow_unless
        self.trim_below = trim_below

    @classmethod
    def build(cls, spec: Mapping[str, View], ctx: BuildContext) -> ClassifierKind:
        if "model" not in spec:
            raise next(iter(spec.values())).error("a classifier rule needs 'model'", "model")
        model = model_named(spec["model"], ctx.folder)
        threshold = spec["threshold"].number(0.0, 1.0) if "threshold" in spec else 0.75
        cues = spec["cues"].integer(minimum=0) if "cues" in spec else 3
        not_cues = frozenset(
            w.lower().replace("’", "'") for w in spec["not_cues"].texts()
        ) if "not_cues" in spec else frozenset()
        narrow = spec["narrow"].boolean() if "narrow" in spec else False
        narrow_unless = spec["narrow_unless"].regex() if "narrow_unless" in spec else None
        trim_below = spec["trim_below"].number(0.0, 1.0) if "trim_below" in spec else None
        return cls(model, threshold, cues, not_cues, narrow, narrow_unless, trim_below)

    def find(self, doc: Document, specifics: Mapping[str, object]) -> Iterable[Hit]:
        probability, threshold = self.model.probability, self.threshold
        for sentence, text in zip(doc.sentences, doc.own_words, strict=True):
            if probability(text) >= threshold:
                parts = self._trimmed(text, self.trim_below) if self.trim_below is not None else ()
                for a, b in parts or ((0, len(text)),):
                    yield Hit(sentence.start + a, sentence.start + b,
                              values=_Cues(self.model, text[a:b], self.cues, self.not_cues))

    def _trimmed(self, text: str, floor: float) -> list[tuple[int, int]]:
        """What is left of a firing sentence once the clauses that read otherwise on
        their own are set aside: "Please add your new card under Account → Payment
        methods and check your email settings" is a clear ask and a vague one, and only
        the second is the problem to underline. Runs of the clauses left that still fire,
        as offsets into `text`; none when the sentence is one clause, when nothing is set
        aside, or when no run fires alone (then the sentence as a whole reads so)."""
        probability, threshold = self.model.probability, self.threshold
        bounds = _clause_bounds(text)
        if len(bounds) < 2:
            return []
        aside = {(a, b) for a, b in bounds if probability(text[a:b]) < floor}
        if not aside:
            return []
        runs = _uncovered_runs(text, 0, lambda a, b: (a, b) in aside)
        return [
            (a + _joining_word_length(text, a), b) for a, b in runs
            if probability(text[a:b]) >= threshold
        ]

    def narrowed(
        self, doc: Document, hit: Hit, spoken_for: Callable[[int, int], bool]
    ) -> Iterator[Hit]:
        """The stretches of the hit's sentence that no other finding speaks for, each read
        on its own: "Please check with your neighbours and have a look around the
        building" may be vague twice over, and a precise rule that flags the look around
        must not silence the model on the neighbours."""
        if not self.narrow:
            return
        k = doc.sentence_index_at(hit.start)
        if k is None:
            return
        # the hit's own stretch of its sentence (all of it, unless `trim_below` cut it)
        sentence_start, start = doc.sentences[k].start, hit.start
        text = doc.own_words[k][start - sentence_start : hit.end - sentence_start]
        probability, threshold, unless = self.model.probability, self.threshold, self.narrow_unless
        for a, b in _uncovered_runs(text, start, spoken_for):
            part = text[a:b]
            if unless is not None and unless.match(part):
                continue
            if probability(part) >= threshold:
                yield Hit(start + a, start + b,
                          values=_Cues(self.model, part, self.cues, self.not_cues))


# Where a sentence divides into clauses: at a comma, semicolon, colon or dash, and before
# a word that joins two clauses. (Splitting "milk and eggs" too costs nothing: clauses no
# finding speaks for are read together again, see `_uncovered_runs`.)
_CLAUSE_BREAK = re.compile(r"\s*[,;:]\s+|\s+[-–—]\s+|\s+(?=(?:and|but|so|or|then)\s)", re.I)


_JOINING_WORD = re.compile(r"(?:and|but|so|or|then)\s+", re.I)


def _joining_word_length(text: str, start: int) -> int:
    """How much of a clause is the word joining it to the one before ("and check your
    settings"): read with the clause, not underlined with it."""
    m = _JOINING_WORD.match(text, start)
    return m.end() - start if m else 0


def _clause_bounds(text: str) -> list[tuple[int, int]]:
    """The clauses of `text`, as (start, end) offsets, the breaks between them left out."""
    out: list[tuple[int, int]] = []
    pos = 0
    for m in _CLAUSE_BREAK.finditer(text):
        if m.start() > pos:
            out.append((pos, m.start()))
        pos = m.end()
    if len(text) > pos:
        out.append((pos, len(text)))
    return out


def _uncovered_runs(
    text: str, offset: int, spoken_for: Callable[[int, int], bool]
) -> Iterator[tuple[int, int]]:
    """Runs of consecutive clauses of `text` (a sentence starting at `offset` in the
    draft) that `spoken_for` leaves, as offsets into `text`."""
    run: tuple[int, int] | None = None
    for a, b in _clause_bounds(text):
        if spoken_for(offset + a, offset + b):
            if run is not None:
                yield run
            run = None
        else:
            run = (run[0], b) if run is not None else (a, b)
    if run is not None:
        yield run


class _Cues(Mapping[str, str]):
    """A hit's {cues}, named only when its finding is made: most hits of a deferring
    rule are dropped first, and ranking the words is the costly part of a hit."""

    def __init__(
        self, model: SentenceModel, text: str, count: int, unnamed: frozenset[str]
    ) -> None:
        self._model, self._text, self._count, self._unnamed = model, text, count, unnamed

    def __getitem__(self, key: str) -> str:
        if key != "cues":
            raise KeyError(key)
        cues = self._model.cues(self._text, self._count, unnamed=self._unnamed)
        return ", ".join(f"“{c}”" for c in cues) if cues else "the sentence as a whole"

    def __iter__(self) -> Iterator[str]:
        return iter(("cues",))

    def __len__(self) -> int:
        return 1
