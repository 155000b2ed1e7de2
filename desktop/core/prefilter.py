"""Which sentences a regular expression could match in, from the words it requires.

Python's `re` tries every position of the text, so a couple of hundred rule patterns
over a 1,000-word draft cost tens of milliseconds. Most patterns need literal words
("docs", "sorry", "restart") that most sentences don't contain. We read each pattern's
parse tree once and collect its *requirements*: an and/or tree of literals ("could" or
"can" or "would", *and* "you"). A literal that follows `\\b` (or a space) begins a word,
so it is looked up among the sentence's words instead of searched for; one followed by
`\\b` is a whole word. See `LiteralIndex`.

The filter is conservative: when in doubt it says "could match" and the regex runs as
before. A property test compares every report with an unfiltered search.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

try:  # Python 3.11+
    from re import _constants as sre_c  # type: ignore[attr-defined]
    from re import _parser as sre_parse  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - older Pythons
    import sre_constants as sre_c  # type: ignore[no-redef]
    import sre_parse  # type: ignore[no-redef]

MAX_GROUPS = 4  # more groups cost more lookups than they save searches
MIN_STRENGTH = 3
_REPEATS = (sre_c.MAX_REPEAT, sre_c.MIN_REPEAT, getattr(sre_c, "POSSESSIVE_REPEAT", None))
_WORD_RUN = re.compile(r"\w+")
# The only characters that match an ASCII letter case-insensitively but don't lower-case
# to it (found by scanning Unicode). "İ" is also the only character whose lower case is
# longer than itself, so after this `fold` keeps every offset and every word boundary.
_ODD_CASES = (("İ", "i"), ("ı", "i"), ("ſ", "s"))


def fold(text: str) -> str:
    """Lower-case text in which an ASCII literal occurs wherever `re.I` could match it."""
    if not text.isascii():  # (str.translate would do, but is slow on any non-ASCII text)
        for odd, letter in _ODD_CASES:
            if odd in text:
                text = text.replace(odd, letter)
    return text.lower()


def _is_word(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


class Literal(NamedTuple):
    """Lower-case text a match must contain; `word_start`: the text begins a word (a
    boundary precedes it); `word_end`: a boundary follows it. (A tuple: hashed in C, as
    every lookup hashes it.)"""

    text: str
    word_start: bool = False
    word_end: bool = False

    @property
    def usable(self) -> bool:
        """Selective enough to be worth a lookup ("a" or " " is in every sentence)."""
        if len(self.text) >= 2:
            return True
        return len(self.text) == 1 and not _is_word(self.text) and not self.text.isspace()


# Each probe type carries its kind as a second field so that probes of one text but
# different kinds never compare equal: as bare one-field tuples, Word("collection") ==
# Prefix("collection"), and a set or dict of probes kept one and dropped the other (a
# pattern with both "collection agency" and "collections? agency" was then not tried
# after an edit that typed "collections agency").


class Word(NamedTuple):
    """A whole word of the sentence (a literal between word boundaries)."""

    text: str
    kind: str = "word"


class Prefix(NamedTuple):
    """The start of a word ("restart" for "restarting", "restarts")."""

    text: str
    kind: str = "prefix"


class Text(NamedTuple):
    """Text anywhere in the sentence, inside words or across them."""

    text: str
    kind: str = "text"


Probe = Word | Prefix | Text


def probe(lit: Literal) -> Need:
    """The cheapest lookups that find every sentence the literal can occur in.

    Each run of word characters in it is a word of the sentence (or the start of one,
    or the end of one) wherever a boundary is known around it: "i'll" needs the words
    "i" and "ll", " out" the word "out".
    """
    parts: list[Word | Prefix | Text] = []
    for m in _WORD_RUN.finditer(lit.text):
        starts = m.start() > 0 or lit.word_start
        ends = m.end() < len(lit.text) or lit.word_end
        if starts:
            parts.append(Word(m.group()) if ends else Prefix(m.group()))
    if not parts or len(lit.text) > sum(len(p.text) for p in parts) + len(parts):
        # words alone would say less than the text does ("odo" of "todo", "re-open")
        parts.append(Text(lit.text))
    return parts[0] if len(parts) == 1 else AllOf(tuple(parts))


@dataclass(frozen=True, slots=True)
class AllOf:
    """Every part occurs in a match; the cheapest, most selective parts first."""

    parts: tuple[Need, ...]


@dataclass(frozen=True, slots=True)
class AnyOf:
    """At least one of these occurs in a match (an alternation)."""

    words: tuple[str, ...]  # the whole words among the alternatives, looked up directly
    others: tuple[Need, ...]


Need = Word | Prefix | Text | AllOf | AnyOf


def strength(need: Need) -> int:
    """Bigger is more selective and cheaper: whole words over word starts over text."""
    if isinstance(need, Word):
        return len(need.text) + 5
    if isinstance(need, Prefix):
        return len(need.text) + 3
    if isinstance(need, Text):
        return len(need.text)
    if isinstance(need, AllOf):
        return max(strength(p) for p in need.parts)
    return min(strength(p) for p in (*(Word(w) for w in need.words), *need.others))


def _all_of(parts: list[Need]) -> Need | None:
    flat: list[Need] = []
    for part in parts:
        flat.extend(part.parts if isinstance(part, AllOf) else (part,))
    unique = sorted(set(flat), key=lambda n: (-strength(n), repr(n)))[:MAX_GROUPS]
    # beside something stronger, a two-letter text ("re", "ed") costs a search through
    # half the words of the draft and rules out nothing
    unique = unique[:1] + [part for part in unique[1:] if strength(part) >= MIN_STRENGTH]
    if not unique:
        return None
    return unique[0] if len(unique) == 1 else AllOf(tuple(unique))


def _any_of(parts: list[Need]) -> Need:
    flat: list[Need] = []
    for part in parts:
        if isinstance(part, AnyOf):
            flat.extend(Word(w) for w in part.words)
            flat.extend(part.others)
        else:
            flat.append(part)
    unique = tuple(dict.fromkeys(flat))
    if len(unique) == 1:
        return unique[0]
    words = tuple(n.text for n in unique if isinstance(n, Word))
    return AnyOf(words, tuple(n for n in unique if not isinstance(n, Word)))


def _non_word_class(op: int, arg: object) -> bool:
    """An item that can only match characters outside \\w (spaces, punctuation)."""
    if op is sre_c.LITERAL:
        return not _is_word(chr(arg))  # type: ignore[arg-type]
    if op is sre_c.CATEGORY:
        return arg in (sre_c.CATEGORY_SPACE, sre_c.CATEGORY_NOT_WORD)
    if op is sre_c.IN:
        return all(_non_word_class(o, a) for o, a in arg)  # type: ignore[attr-defined]
    return False


def _starts_non_word(items: list, then_non_word: bool) -> bool:
    """Whether what `items` match (followed by more of the same kind) can only begin
    with a non-word character, or a word boundary."""
    if not items:
        return then_non_word
    op, arg = items[0]
    if op is sre_c.AT:
        return arg is sre_c.AT_BOUNDARY
    if op in _REPEATS and arg[0] >= 1:
        inner = list(arg[2])
        return len(inner) == 1 and _non_word_class(*inner[0])
    return _non_word_class(op, arg)


def _excludes_word_chars(seq: sre_parse.SubPattern | list) -> bool:
    """`(?<![\\w-])`: a negative lookbehind that rules out a word character."""
    items = list(seq)
    return len(items) == 1 and items[0][0] is sre_c.IN and any(
        o is sre_c.CATEGORY and a is sre_c.CATEGORY_WORD for o, a in items[0][1]
    )


class _Walker:
    """What one sequence of the parse tree requires, and whether it ends at a word start.

    `boundary` is true where a word character would begin a word: after `\\b`, a space,
    punctuation, or at the start of the text.
    """

    def __init__(self, boundary: bool) -> None:
        self.needs: list[Need] = []
        self.run: list[str] = []
        self.run_starts_word = False
        self.boundary = boundary

    def flush(self, word_end: bool = False) -> None:
        if self.run:
            lit = Literal("".join(self.run), self.run_starts_word, word_end)
            if lit.usable:
                self.needs.append(probe(lit))
            self.run.clear()

    def add_char(self, ch: str) -> None:
        if not self.run:
            self.run_starts_word = self.boundary
        self.run.append(ch)
        self.boundary = not _is_word(ch)

    def sub(
        self, seq: sre_parse.SubPattern | list, boundary: bool, then_non_word: bool = False
    ) -> _Walker:
        return _Walker(boundary).walk(seq, then_non_word)

    def walk(self, seq: sre_parse.SubPattern | list, then_non_word: bool = False) -> _Walker:
        """Read `seq`; `then_non_word`: what follows it can only start with a non-word
        character (so a literal ending the sequence ends a word)."""
        items = list(seq)
        for i, (op, arg) in enumerate(items):
            after = _starts_non_word(items[i + 1 :], then_non_word)
            if op is sre_c.LITERAL and arg < 128:
                self.add_char(chr(arg).lower())
            elif op is sre_c.AT:
                self.flush(word_end=arg is sre_c.AT_BOUNDARY)
                self.boundary = arg in (
                    sre_c.AT_BOUNDARY, sre_c.AT_BEGINNING, sre_c.AT_BEGINNING_STRING
                )
            elif op in (sre_c.ASSERT, sre_c.ASSERT_NOT):
                self.flush()  # consumes nothing: the boundary state carries on...
                direction, inner = arg
                if direction < 0 and (  # ...unless it looks behind at a non-word char
                    (op is sre_c.ASSERT and self.sub(inner, False).boundary)
                    or (op is sre_c.ASSERT_NOT and _excludes_word_chars(inner))
                ):
                    self.boundary = True
            elif op is sre_c.SUBPATTERN or op is getattr(sre_c, "ATOMIC_GROUP", None):
                self.flush()
                inner = self.sub(
                    arg[-1] if op is sre_c.SUBPATTERN else arg, self.boundary, after
                )
                self.needs.extend(inner.needs)
                self.boundary = inner.boundary
            elif op is sre_c.BRANCH:
                self.flush()
                branches = [self.sub(b, self.boundary, after) for b in arg[1]]
                alternatives = [_all_of(b.needs) for b in branches]
                if alternatives and all(alternatives):
                    self.needs.append(_any_of(alternatives))  # type: ignore[arg-type]
                self.boundary = all(b.boundary for b in branches)
            elif op in _REPEATS:
                self._repeat(*arg)
            else:
                self.flush(word_end=_non_word_class(op, arg))
                self.boundary = _non_word_class(op, arg)
        self.flush(word_end=then_non_word)
        return self

    def _repeat(self, low: int, high: int, seq: sre_parse.SubPattern) -> None:
        items = list(seq)
        if len(items) == 1 and items[0][0] is sre_c.LITERAL and items[0][1] < 128 and low:
            for _ in range(low):  # "XX+" requires "xx"
                self.add_char(chr(items[0][1]).lower())
            if high != low:
                self.flush()
            return
        first = self.sub(seq, self.boundary)
        # later repetitions start where the previous one ended: assume nothing
        ends_at_boundary = first.boundary and self.sub(seq, False).boundary
        starts_non_word = len(items) == 1 and _non_word_class(*items[0])
        self.flush(word_end=low >= 1 and starts_non_word)
        if low >= 1:
            self.needs.extend(first.needs)
            self.boundary = ends_at_boundary
        else:  # may match nothing: a boundary holds after it only if it held before
            self.boundary = self.boundary and ends_at_boundary


@lru_cache(maxsize=4096)
def parse_tree(pattern: re.Pattern[str]) -> sre_parse.SubPattern | None:
    """The parse tree of a compiled pattern, or None when it can't be read back."""
    try:
        return sre_parse.parse(pattern.pattern, pattern.flags & ~re.UNICODE)
    except Exception:  # any surprise means "don't optimise this pattern"
        return None


@lru_cache(maxsize=4096)
def requirements(pattern: re.Pattern[str]) -> Need | None:
    """What any match of `pattern` contains; None when nothing is known."""
    tree = parse_tree(pattern)
    return None if tree is None else _all_of(_Walker(boundary=False).walk(tree).needs)


def anywhere(need: Need | None, folded: str) -> bool:
    """Whether `need` can hold somewhere in `folded` text (for patterns that may cross
    sentences): every literal of a match is text of it, so test them as text."""
    if need is None:
        return True
    if isinstance(need, AllOf):
        return all(anywhere(part, folded) for part in need.parts)
    if isinstance(need, AnyOf):
        return any(w in folded for w in need.words) or any(
            anywhere(part, folded) for part in need.others
        )
    return need.text in folded


def index_words(folded: str) -> frozenset[str]:
    """The words `LiteralIndex` knows a folded sentence by: its runs of \\w, the same
    units `\\b` separates."""
    return frozenset(_WORD_RUN.findall(folded))


class WordProbes:
    """Which known word starts and in-word texts each word has, remembered per word.

    Drafts reuse their vocabulary: "restart", "logs", "sorry" come back in every reply.
    So instead of walking a draft's words for every `Prefix` and searching its text for
    every `Text` that lies inside one word ("ystem", "ixme"), each distinct word is asked
    once which of the probes the rules use it satisfies, and the answer is kept. Probes
    are registered as patterns get their plans (match_cache.Plan); a new one changes
    `version` and forgets every answer.
    """

    def __init__(self) -> None:
        self.prefixes: set[str] = set()
        self.inner: set[str] = set()  # texts of word characters only
        self.version = 0
        self._lengths: tuple[int, ...] = ()
        self._inner_letters: list[str] = []
        self._inner_by_start: dict[str, list[str]] = {}  # texts by their first two letters
        self.of = lru_cache(maxsize=65536)(self._probes_of)

    def register(self, need: Need | None) -> None:
        prefixes: set[str] = set()
        inner: set[str] = set()
        _collect(need, prefixes, inner)
        if prefixes <= self.prefixes and inner <= self.inner:
            return
        self.prefixes |= prefixes
        self.inner |= inner
        self._lengths = tuple(sorted({len(p) for p in self.prefixes}))
        self._inner_letters = sorted(t for t in self.inner if len(t) == 1)
        self._inner_by_start = {}
        for text in sorted(t for t in self.inner if len(t) > 1):
            self._inner_by_start.setdefault(text[:2], []).append(text)
        self.version += 1
        self.of.cache_clear()

    def _probes_of(self, word: str) -> tuple[tuple[bool, str], ...]:
        """(True, prefix) for each registered prefix of `word`, (False, text) for each
        registered text inside it (looked up by its first two letters at each place)."""
        lengths = self._lengths[: bisect.bisect_right(self._lengths, len(word))]
        keys = [(True, word[:n]) for n in lengths if word[:n] in self.prefixes]
        keys.extend((False, ch) for ch in self._inner_letters if ch in word)
        starting = self._inner_by_start
        for i in range(len(word) - 1):
            for text in starting.get(word[i : i + 2], ()):
                if word.startswith(text, i):
                    keys.append((False, text))
        return tuple(dict.fromkeys(keys))


def _collect(need: Need | None, prefixes: set[str], inner: set[str]) -> None:
    if isinstance(need, Prefix):
        prefixes.add(need.text)
    elif isinstance(need, Text):
        if _WORD_RUN.fullmatch(need.text):  # then it lies inside one word of a sentence
            inner.add(need.text)
    elif isinstance(need, AllOf | AnyOf):
        for part in need.parts if isinstance(need, AllOf) else need.others:
            _collect(part, prefixes, inner)


WORD_PROBES = WordProbes()


class LiteralIndex:
    """Answers "which sentences contain this literal?" as a bit mask, for one draft.

    Each sentence's words (`index_words`) are indexed once: a `Word` is a dictionary
    lookup. So is a registered `Prefix` or in-word `Text` (see `WordProbes`); any other
    prefix is a short walk through the sorted words, any other text a search of the
    folded sentences.
    """

    def __init__(
        self, folded_sentences: list[str], sentence_words: list[frozenset[str]],
        everything: int | None = None,
    ):
        """`sentence_words[k]` is `index_words(folded_sentences[k])` (computed once per
        sentence text and remembered, see facts.py). `everything` is the mask of the
        sentences indexed, when not all of them are (the others are given as "" with no
        words): what a pattern that requires nothing may match in."""
        self._sentences = folded_sentences
        self.everything = (1 << len(folded_sentences)) - 1 if everything is None else everything
        self._words: dict[str, int] = {}
        get = self._words.get
        for k, found in enumerate(sentence_words):
            bit = 1 << k
            for word in found:
                self._words[word] = get(word, 0) | bit
        self._sorted_words: list[str] | None = None
        self._masks: dict[tuple[bool, str], int] = {}
        self._version = WORD_PROBES.version
        probes_of, masks = WORD_PROBES.of, self._masks
        for word, mask in self._words.items():
            for key in probes_of(word):
                masks[key] = masks.get(key, 0) | mask
        self._text = "\n".join(folded_sentences)
        self._starts: list[int] = []
        at = 0
        for text in folded_sentences:
            self._starts.append(at)
            at += len(text) + 1
        self.probes = (get, self.prefix, self.search, self.everything)

    def _registered(self, known: set[str], text: str) -> bool:
        """Whether every word was asked about `text` when the index was built."""
        return self._version == WORD_PROBES.version and text in known

    def slots(self, slot_of: dict[str | tuple[bool, str], int]) -> list[int] | None:
        """The masks of the words and registered probes numbered in `slot_of`, as one
        list (0 for what no sentence holds); None when a probe was registered after
        this index was built, so its tables may not answer for it."""
        if self._version != WORD_PROBES.version:
            return None
        values = [0] * len(slot_of)
        number = slot_of.get
        for word, mask in self._words.items():
            i = number(word)
            if i is not None:
                values[i] = mask
        for key, mask in self._masks.items():
            i = number(key)
            if i is not None:
                values[i] = mask
        return values

    def candidates(self, need: Need | None) -> int:
        """The sentences (as bits) that could hold a match with this need."""
        return evaluator(need)(*self.probes)

    def prefix(self, start: str) -> int:
        """Sentences with a word that begins with `start`."""
        key = (True, start)
        mask = self._masks.get(key)
        if mask is None:
            if self._registered(WORD_PROBES.prefixes, start):
                return 0  # no word of the draft has it
            if self._sorted_words is None:
                self._sorted_words = sorted(self._words)
            words, mask = self._sorted_words, 0
            i = bisect.bisect_left(words, start)
            while i < len(words) and words[i].startswith(start):
                mask |= self._words[words[i]]
                i += 1
            self._masks[key] = mask
        return mask

    def search(self, text: str) -> int:
        """Sentences containing `text`: a registered in-word text is known from the
        words; any other is found in the joined text, going on from the next sentence
        once found ("." occurs a hundred times in a draft)."""
        key = (False, text)
        mask = self._masks.get(key)
        if mask is None:
            if self._registered(WORD_PROBES.inner, text):
                return 0  # no word of the draft holds it
            mask = 0
            joined, starts, last = self._text, self._starts, len(self._starts) - 1
            i = joined.find(text)
            while i >= 0:
                k = bisect.bisect_right(starts, i) - 1
                if i + len(text) <= starts[k] + len(self._sentences[k]):  # not across a join
                    mask |= 1 << k
                    if k == last:
                        break
                    i = joined.find(text, starts[k + 1])  # on from the next sentence
                else:
                    i = joined.find(text, i + 1)
            self._masks[key] = mask
        return mask


Evaluator = Callable[
    [Callable[[str, int], int], Callable[[str], int], Callable[[str], int], int], int
]
# Beyond this many leaves, a tree is walked instead of compiled into one expression
# (a tree nested too deep to compile is walked too: see `evaluator`); within a
# batch, beyond MAX_INLINE_LEAVES it is compiled on its own, outside the batch's
# one function, so that one deep tree can't stop the batch from compiling.
MAX_LEAVES = 4000
MAX_INLINE_LEAVES = 400


def _probe_call(probe: Probe) -> str:
    """A probe as a call on the index's probes (`g`, `p`, `t` of an `Evaluator`)."""
    if isinstance(probe, Word):
        return f"g({probe.text!r},0)"
    if isinstance(probe, Prefix):
        return f"p({probe.text!r})"
    return f"t({probe.text!r})"


def _expression(
    need: Need | None, names: itertools.count[int],
    leaf: Callable[[Probe], str] = _probe_call,
) -> str:
    """Python source for `need`'s mask; `names` numbers the variables it assigns, `leaf`
    writes each probe's mask (a call, or a slot: see BatchEvaluator)."""
    if need is None:
        return "e"
    if isinstance(need, Word | Prefix | Text):
        return leaf(need)
    if isinstance(need, AllOf):
        # ((v := A) and ((v := v & B) and v & C)): the parts come strongest first, so
        # an absent word spares the costlier probes after it
        v = f"v{next(names)}"
        parts = [_expression(part, names, leaf) for part in need.parts]
        source = f"{v} & {parts[-1]}"
        for part in reversed(parts[1:-1]):
            source = f"({v} := {v} & {part}) and ({source})"
        return f"(({v} := {parts[0]}) and ({source}))"
    words = [leaf(Word(w)) for w in need.words]
    return "(" + "|".join([*words, *(_expression(o, names, leaf) for o in need.others)]) + ")"


def _leaves(need: Need | None) -> int:
    if isinstance(need, AllOf):
        return sum(map(_leaves, need.parts))
    if isinstance(need, AnyOf):
        return len(need.words) + sum(map(_leaves, need.others))
    return 1


def _walk(need: Need | None, g: Callable[[str, int], int], p: Callable[[str], int],
          t: Callable[[str], int], e: int) -> int:
    if need is None:
        return e
    if isinstance(need, Word):
        return g(need.text, 0)
    if isinstance(need, Prefix):
        return p(need.text)
    if isinstance(need, Text):
        return t(need.text)
    if isinstance(need, AllOf):
        mask = e
        for part in need.parts:
            mask &= _walk(part, g, p, t, e)
        return mask
    mask = 0
    for word in need.words:
        mask |= g(word, 0)
    for part in need.others:
        mask |= _walk(part, g, p, t, e)
    return mask


@lru_cache(maxsize=4096)
def evaluator(need: Need | None) -> Evaluator:
    """A function computing `need`'s candidate mask from the index's probes.

    An analysis evaluates a couple of hundred requirement trees (some 2,000 nodes);
    walking them node by node costs about a millisecond of interpreter overhead, so each
    tree becomes one Python expression of dictionary lookups and `&`/`|`, compiled once
    per pattern. The text is built only from `repr` of strings, so it is always a valid
    expression; a tree too big or too deeply nested to compile is walked instead (the
    longest list of excuses shipped, every way of owning a fault, has some 470 leaves:
    walked, it cost about 100 µs a new draft, compiled 20).
    """
    if _leaves(need) <= MAX_LEAVES:
        try:
            function: Evaluator = eval(
                f"lambda g, p, t, e: {_expression(need, itertools.count())}")
            return function
        except (SyntaxError, RecursionError, MemoryError):  # nested past the compiler's limits
            pass
    return lambda g, p, t, e: _walk(need, g, p, t, e)


class BatchEvaluator:
    """Computes the candidate masks of many needs at once, in order.

    A new draft evaluates every sentence-local pattern's need (some 1,500), nearly nine
    in ten to nothing. One call each costs more than the lookups inside it, and the
    trees share their leaves ("you", "the logs", "please"): here every whole word,
    registered word start and in-word text of the trees gets a slot in one list, filled
    from the index's tables in one pass over what the draft holds, and every tree becomes
    one expression over the slots, all in one compiled function. Texts across words are
    still searched lazily, behind the other parts of their `AllOf` (the index remembers
    each answer). A tree too big to compile is walked, as in `evaluator`.
    """

    def __init__(self, needs: Sequence[Need | None]) -> None:
        for need in needs:
            WORD_PROBES.register(need)  # (so the index fills every slot below)
        self._slots: dict[str | tuple[bool, str], int] = {}
        walked: dict[str, Evaluator] = {}
        names = itertools.count()
        results = []
        for need in needs:
            if _leaves(need) > MAX_INLINE_LEAVES:
                name = f"x{len(walked)}"
                walked[name] = evaluator(need)
                results.append(f"{name}(g, p, t, e)")
            else:
                results.append(_expression(need, names, self._leaf))
        namespace: dict[str, object] = dict(walked)
        # built only from `repr` of strings and numbers, as in `evaluator`
        exec(f"def batch(W, g, p, t, e):\n    return [{', '.join(results)}]", namespace)
        self._function: Callable[..., list[int]] = namespace["batch"]  # type: ignore[assignment]

    def _leaf(self, probe: Probe) -> str:
        """A probe's mask as its slot; a text across words as a (lazy) search."""
        key: str | tuple[bool, str]
        if isinstance(probe, Word):
            key = probe.text
        elif isinstance(probe, Prefix):
            key = (True, probe.text)
        elif probe.text in WORD_PROBES.inner:
            key = (False, probe.text)
        else:
            return _probe_call(probe)
        return f"W[{self._slots.setdefault(key, len(self._slots))}]"

    def __call__(self, index: LiteralIndex) -> list[int] | None:
        """Every need's mask in `index`; None when a probe was registered after the
        index was built (its tables may then lack a slot's answer: ask one by one)."""
        values = index.slots(self._slots)
        if values is None:
            return None
        return self._function(values, *index.probes)


def triggers(need: Need | None) -> frozenset[Probe] | None:
    """Probes at least one of which holds wherever `need` can: one part of each `AllOf`
    (the strongest, which comes first), every alternative of an `AnyOf`. None when
    the need holds anywhere (a pattern that requires nothing)."""
    if need is None:
        return None
    if isinstance(need, Word | Prefix | Text):
        return frozenset((need,))
    if isinstance(need, AllOf):
        return triggers(need.parts[0])
    found: set[Probe] = {Word(w) for w in need.words}
    for other in need.others:
        more = triggers(other)
        if more is None:
            return None
        found |= more
    return frozenset(found)


class Triggers:
    """Which of many requirement trees can hold in a few sentences, found from the
    sentences' words rather than by evaluating every tree.

    After an edit only a sentence or two are new, and the couple of hundred trees of the
    sentence-local rules are each evaluated over them, nearly all to nothing. Looking the
    new sentences' words up in one table of the trees' `triggers` says at once which
    trees may hold there; the others need no evaluation. Bit i of a result stands for
    `needs[i]`.
    """

    def __init__(self, needs: list[Need | None]) -> None:
        self.everything = (1 << len(needs)) - 1
        self._always = 0
        self._by_word: dict[str, int] = {}
        self._by_prefix: dict[tuple[bool, str], int] = {}  # keyed as `WordProbes.of` is
        self._by_text: dict[str, int] = {}
        for i, need in enumerate(needs):
            found = triggers(need)
            if found is None:
                self._always |= 1 << i
                continue
            WORD_PROBES.register(need)  # (so `WORD_PROBES.of` knows its prefixes)
            bit = 1 << i
            for probe in found:
                if isinstance(probe, Word):
                    self._by_word[probe.text] = self._by_word.get(probe.text, 0) | bit
                elif isinstance(probe, Prefix):
                    key = (True, probe.text)
                    self._by_prefix[key] = self._by_prefix.get(key, 0) | bit
                else:
                    self._by_text[probe.text] = self._by_text.get(probe.text, 0) | bit

    def possible(self, words: Iterable[str], folded: str) -> int:
        """The needs (as bits) that may hold in sentences with these `index_words`,
        whose folded texts are joined in `folded`."""
        mask = self._always
        by_word, by_prefix, probes_of = self._by_word, self._by_prefix, WORD_PROBES.of
        for word in words:
            mask |= by_word.get(word, 0)
            for key in probes_of(word):
                mask |= by_prefix.get(key, 0)
        for text, needs in self._by_text.items():
            if needs & ~mask and text in folded:
                mask |= needs
        return mask


def bits(mask: int) -> list[int]:
    """The indexes of the set bits, lowest first."""
    out = []
    while mask:
        low = mask & -mask
        out.append(low.bit_length() - 1)
        mask ^= low
    return out
