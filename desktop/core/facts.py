"""What the engine needs to know about one sentence on its own, remembered by its text.

While someone types, one sentence changes; its neighbours keep their words, stems and
syllables. Each sentence's facts are computed once per distinct text, so re-analysing
after an edit reads the unchanged sentences from memory (see match_cache.remembered).
"""

from __future__ import annotations

import re
from typing import NamedTuple

from .lexicon import STOPWORDS
from .match_cache import remembered, word_fact
from .prefilter import fold, index_words
from .text import WORD_RE, stem, syllables

_SPECIFIC = re.compile(r"\d|[A-Z].*[A-Z]|[-_./]")


@word_fact
def classify(word: str) -> tuple[str, bool] | None:
    """(stem, specific by its shape) for a content word; None for glue words."""
    lower = word.lower().replace("’", "'")
    if lower in STOPWORDS or (len(word) < 3 and not any(c.isdigit() for c in word)):
        return None
    return stem(word), _SPECIFIC.search(word) is not None


class SentenceFacts(NamedTuple):
    folded: str  # for the prefilter (see prefilter.fold)
    index_words: frozenset[str]  # what the prefilter looks up (prefilter.index_words)
    stems: dict[str, str]  # each content stem -> the first word with it
    words: int  # how many words (WORD_RE) it has
    plain_words: int  # words that don't start with a digit, for the reading grade
    syllables: int  # in those words


@word_fact
def _word(word: str) -> tuple[str | None, int, bool]:
    """(content stem or None, syllables, counts for the reading grade) in one lookup:
    a sentence asks this for each of its words."""
    info = classify(word)
    plain = not word[0].isdigit()
    return (info[0] if info else None), (syllables(word) if plain else 0), plain


@remembered
def sentence_facts(text: str) -> SentenceFacts:
    folded = fold(text)
    words = WORD_RE.findall(text)
    stems: dict[str, str] = {}
    plain = syllable_count = 0
    for word in words:
        stem_of, n, counts = _word(word)
        syllable_count += n
        plain += counts
        if stem_of is not None and stem_of not in stems:
            stems[stem_of] = word
    return SentenceFacts(folded, index_words(folded), stems, len(words), plain, syllable_count)


def word_span(text: str, word: str) -> tuple[int, int]:
    """Where `word` first occurs as a whole word of `text` (one of its WORD_RE words)."""
    for m in WORD_RE.finditer(text):
        if m.group() == word:
            return m.span()
    raise ValueError(f"{word!r} is not a word of {text!r}")
