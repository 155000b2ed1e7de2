"""The models of whole replies, scored as the reply changes, a sentence at a time.

A reply's features are those of its sentences together, each counted once however many
sentences have it (`sentence_model.reply_features`), so a reply's score is no sum over
its sentences and can't be remembered per sentence. It can still follow an edit: keep,
for every feature, how many of the reply's sentences have it; a feature whose count
goes from none to one adds its weight, from one to none takes it away. An edit changes
a sentence or two, so scoring the reply again costs their features, not the reply's.

Weights are counted in whole ten-thousandths (the model files hold four decimals), so the
running sums are exact: the score is the same whichever edits led to the reply.
"""

from __future__ import annotations

import itertools
import operator
import weakref
from collections import Counter
from collections.abc import Hashable, Sequence

from .match_cache import forget_on_clear
from .sentence_model import BIAS, SentenceModel, sentence_bag, sigmoid

SCALE = 10_000  # weights are whole multiples of 1/SCALE


def _fixed(model: SentenceModel) -> dict[Hashable, int]:
    """The model's weights by feature as `sentence_bag` names them (a word, a pair of words, a
    shape), in whole ten-thousandths."""
    return {feature: round(weight * SCALE) for feature, weight in model.bag_weights()}


class ReplyScores:
    """The probabilities several models give a reply, following it from one analysis to
    the next (one per rule set; analyses take turns, never overlap)."""

    def __init__(self, models: Sequence[SentenceModel]) -> None:
        self.models = tuple(models)
        weights = [_fixed(m) for m in self.models]
        self._bias = [round(m.weights.get(BIAS, 0.0) * SCALE) for m in self.models]
        # Every model's weight of a feature, found with one lookup: a new draft has some
        # 1,400 distinct features, and looking each up in every model's own table (some
        # 10,000 entries each) cost twice as much, memory being slower than the lookups.
        # (built in one pass over each model's weights: this runs before the window shows)
        self._together: dict[Hashable, list[int]] = {}
        for i, of_model in enumerate(weights):
            for feature, weight in of_model.items():
                row = self._together.get(feature)
                if row is None:
                    row = self._together[feature] = [0] * len(weights)
                row[i] = weight
        self._of_model = [operator.itemgetter(i) for i in range(len(self.models))]
        self.forget()
        _all.add(self)

    def forget(self) -> None:
        """Start from an empty reply (as `match_cache.clear()` asks)."""
        self._texts: Counter[str] = Counter()
        self._counts: Counter[Hashable] = Counter()
        self._sums = list(self._bias)

    def probabilities(self, sentences: Sequence[str]) -> dict[int, float]:
        """Each model's probability for the reply of these sentences, by `id(model)`."""
        now = Counter(sentences)
        gone, came = self._texts - now, now - self._texts
        if gone.total() + came.total() > len(sentences) // 2:  # mostly new: count afresh
            self._count(now)
        else:
            for text, times in gone.items():
                self._tally(text, -times)
            for text, times in came.items():
                self._tally(text, times)
        self._texts = now
        return {id(m): sigmoid(z / SCALE) for m, z in zip(self.models, self._sums, strict=True)}

    def _count(self, texts: Counter[str]) -> None:
        """Count a whole reply's features at once (in C, mostly: a new draft)."""
        counts: Counter[Hashable] = Counter(itertools.chain.from_iterable(
            part for text in texts.elements() for part in sentence_bag(text)[:3]))
        self._counts = counts
        weighed = list(filter(None, map(self._together.get, counts)))
        self._sums = [
            bias + sum(map(of_model, weighed))
            for bias, of_model in zip(self._bias, self._of_model, strict=True)
        ]

    def _tally(self, text: str, times: int) -> None:
        """Count a sentence's features `times` more (fewer, when negative)."""
        words, pairs, shapes, _ = sentence_bag(text)  # (models of replies see no gaps)
        counts, sums = self._counts, self._sums
        for feature in itertools.chain(words, pairs, shapes):
            before = counts[feature]
            after = before + times
            if after:
                counts[feature] = after
            else:
                del counts[feature]
            if (before == 0) != (after == 0):  # the reply gained or lost the feature
                weights = self._together.get(feature)
                if weights is not None:
                    sign = 1 if after else -1
                    for i, weight in enumerate(weights):
                        sums[i] += sign * weight


_all: weakref.WeakSet[ReplyScores] = weakref.WeakSet()


def _forget_all() -> None:
    for scores in list(_all):
        scores.forget()


forget_on_clear(_forget_all)
