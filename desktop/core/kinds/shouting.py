"""`shouting`: runs of ALL-CAPS words, told apart from acronyms.

"VM", "API" and "HTTP" are how engineers write; "NOTHING WRONG" and "FIX IT" are
shouting. A run is shouting when it holds a word in `shouted_words` or a capitalised
word at least `min_length` letters long that is not a known acronym, or when it is two
words or more and one of them is in `shouted_in_runs`: "processed IN ORDER", "made BY
HAND", "sold AS SEEN" are a raised voice, while "ON" alone is a switch's label ("flip it
to ON") and "US" a country.

A run never leaves its line, let alone its sentence, so the kind is `local`: what it
finds in a sentence is remembered with it, and only whether the customer wrote the same
capitals is asked again (`keeps`), since the customer's message can change.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import ClassVar

from ..document import Document
from ..match_cache import remembered
from ..yamlview import View
from .base import BuildContext, Hit, SentenceKind

# The first capital comes before the look-behind that checks what precedes it, so `re`
# skips ahead to capitals instead of trying the look-behind at every position (4x faster).
# "A" and "I" may sit inside a run ("NOT A BUG", "WHY DID I"), so the suggestion gives
# back the whole phrase in normal case rather than only the words around them.
_RUN = re.compile(  # (a "*" joins capitals into one code: "SMESH*ANNUAL" on a statement;
    # a "/" pairs two names: "STIR/SHAKEN", "TCP/IP")
    r"[A-Z](?<![\w*/-][A-Z])"
    r"(?:(?<=[AI])(?=[ \t]+[A-Z][A-Z'’]*[A-Z](?![\w*/-]))|[A-Z'’]*[A-Z](?![\w*/-]))"
    r"(?:[ \t]+(?:[AI]|[A-Z][A-Z'’]*[A-Z])(?![\w*/-]))*"
)
_TRAILING_ARTICLE = re.compile(r"(?:[ \t]+A)+$")  # "READ SECTION A": an article ends no phrase
# A run in quote marks is a label read out, not a raised voice: "marked by the word
# 'LOADING' on the road", "press \"CANCEL\"".
_OPENING_QUOTES = frozenset("'\"‘“")
_CLOSING_QUOTES = frozenset("'\"’”")
_FIRST_PERSON = re.compile(r"I(?:['’][A-Z]+)?")  # I, I'M, I'LL, I'VE, I'D
# A word after an article names a thing: "which triggers the STOP", "in RUN mode".
# Shouting doesn't come after one ("It is NOT"). Not after "to": "it went to ZERO" may
# be their shouting said back.
_NAMES_A_THING = re.compile(r"\b(?:the|a|an|in|its|their)[ \t]+$", re.I)
# "You said it routes ALL traffic", "You asked for a rollback NOW": their capitals,
# said back as theirs, are not our voice raised. Without the "you said" they are ("It
# went to ZERO during peak traffic.").
_THEY_SAID = re.compile(
    r"\b(?:you(?:['’]ve|\s+have)?\s+(?:said|say|wrote|write|mentioned|described|reported|"
    r"noted|asked|told\s+(?:us|me))|as\s+you\s+(?:said|put\s+it|wrote))\b[^.!?\n]*$",
    re.I,
)


class ShoutingKind(SentenceKind):
    name: ClassVar[str] = "shouting"
    fields: ClassVar[dict[str, str]] = {
        "min_length": "a capitalised word this long or longer is shouting (default 6)",
        "acronyms": "words that are never shouting (VM, HTTP, DMARC…)",
        "shouted_words": "short words that are shouting in capitals (NOT, NOW, NEVER…)",
        "shouted_in_runs": (
            "words that are shouting beside another capitalised word (IN ORDER, BY HAND) "
            "but alone are often a label or a code (ON, OFF, US)"
        ),
    }

    def __init__(
        self,
        min_length: int,
        acronyms: frozenset[str],
        shouted: frozenset[str],
        shouted_in_runs: frozenset[str] = frozenset(),
    ):
        self.min_length = min_length
        self.acronyms = acronyms
        self.shouted = shouted
        self.shouted_in_runs = shouted_in_runs

    @classmethod
    def build(cls, spec: Mapping[str, View], ctx: BuildContext) -> ShoutingKind:
        min_length = spec["min_length"].integer(minimum=2) if "min_length" in spec else 6
        return cls(
            min_length,
            _capitals(spec, "acronyms"),
            _capitals(spec, "shouted_words"),
            _capitals(spec, "shouted_in_runs"),
        )

    def _is_shouted(self, word: str) -> bool:
        plain = word.replace("’", "'")
        if plain in self.acronyms or plain.rstrip("S") in self.acronyms:
            return False
        return plain in self.shouted or len(plain.replace("'", "")) >= self.min_length

    def _is_shouting(self, run: list[str]) -> bool:
        """Whether a run of capitalised words is a raised voice (see the module's
        docstring); "A" and "I" inside a run don't make it two words."""
        if any(self._is_shouted(w) for w in run):
            return True
        words = [w for w in run if len(w) > 1]
        return len(words) > 1 and any(w in self.shouted_in_runs for w in words)

    def searched(self) -> Iterable[re.Pattern[str]]:
        return (_RUN,)

    def find(self, doc: Document, specifics: Mapping[str, object]) -> Iterable[Hit]:
        for m in doc.finditer(_RUN):
            text = _TRAILING_ARTICLE.sub("", m.group())
            if _quoted(doc, m.start(), m.start() + len(text)):
                continue
            run = text.split()
            if self._is_shouting(run):
                start = m.start()
                suggestion = _normal_case(run, doc.starts_sentence(start))
                yield Hit(start, start + len(text), suggestions=(suggestion,))

    def keeps(self, doc: Document, specifics: Mapping[str, object], hit: Hit) -> bool:
        """No, when the customer wrote every word of the run in capitals and none is a
        shouted word: "NXDOMAIN", as they wrote it, is their term, not our voice. Nor
        when it is one word of theirs used as a name ("which triggers the STOP"), even
        a word that is shouting elsewhere; nor when the sentence says the words are
        theirs ("You said it routes ALL traffic"), even a shouted one."""
        if not doc.customer:
            return True
        theirs = _capitals_in(doc.customer)
        words = doc.draft[hit.start : hit.end].split()
        if not all(w in theirs for w in words):
            return True
        if len(words) == 1 and _NAMES_A_THING.search(
            doc.draft, max(0, hit.start - 8), hit.start
        ):
            return False  # their term for a state or a key: "the STOP", "in RUN mode"
        if _THEY_SAID.search(doc.draft, max(0, hit.start - 120), hit.start):
            return False  # said back as theirs
        return any(w in self.shouted for w in words)


def _capitals(spec: Mapping[str, View], field: str) -> frozenset[str]:
    """A word-list field, upper-cased as the capitals it is compared with (empty when the
    rule leaves it out)."""
    return frozenset(w.upper() for w in spec[field].texts()) if field in spec else frozenset()


def _quoted(doc: Document, start: int, end: int) -> bool:
    """Whether draft[start:end] stands alone inside quote marks of its own sentence (the
    kind is local: what it finds is remembered with the sentence's text, so it may not
    look past it)."""
    sentence = doc.sentence_at(start)
    if sentence is None or not sentence.start < start < end < sentence.end:
        return False
    draft = doc.draft
    return draft[start - 1] in _OPENING_QUOTES and draft[end] in _CLOSING_QUOTES


@remembered(maxsize=4)  # the customer's message stays the same while the reply is typed
def _capitals_in(text: str) -> frozenset[str]:
    """The words the customer wrote in capitals (error codes, product names, their own
    shouting); repeating one that isn't a shouted word is quoting their term."""
    return frozenset(w for m in _RUN.finditer(text) for w in m.group().split())


def _normal_case(words: list[str], sentence_start: bool) -> str:
    """The run as it would be written calmly: lower case, but "I" stays a capital and a
    sentence still starts with one."""
    lowered = [
        "I" + w[1:].lower() if _FIRST_PERSON.fullmatch(w) else w.lower() for w in words
    ]
    text = " ".join(lowered)
    return text[:1].upper() + text[1:] if sentence_start else text
