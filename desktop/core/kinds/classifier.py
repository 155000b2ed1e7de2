"""`classifier`: a whole sentence that a learned model reads as carrying the label.

For what no list of phrases covers: blame and brush-offs come in more wordings than
anyone can write down. The model (see `desktop.core.sentence_model`) is a data file
named by the rule; a sentence whose probability reaches `threshold` is a hit, and the
words that weighed most are passed to the message as {cues} so the writer sees why.

Code spans and the customer's own words quoted back are blanked before a sentence is
scored (`Document.own_words`): quoting them is listening, and a stack trace is not a tone.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
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
    }

    def __init__(
        self, model: SentenceModel, threshold: float, cues: int,
        not_cues: frozenset[str] = frozenset(),
    ) -> None:
        self.model = model
        self.threshold = threshold
        self.cues = cues
        self.not_cues = not_cues

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
        return cls(model, threshold, cues, not_cues)

    def find(self, doc: Document, specifics: Mapping[str, object]) -> Iterable[Hit]:
        probability, threshold = self.model.probability, self.threshold
        for sentence, text in zip(doc.sentences, doc.own_words, strict=True):
            if probability(text) >= threshold:
                yield Hit(sentence.start, sentence.end,
                          values=_Cues(self.model, text, self.cues, self.not_cues))


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
