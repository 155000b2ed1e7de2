"""Text geometry shared by every rule: sentences, words, questions, quotes, stems.

Pure functions over `str`; offsets are Python string indices. Nothing here knows about
rules or Qt.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from typing import NamedTuple

from .match_cache import remembered, word_fact
from .model import Span

WORD_RE = re.compile(r"[^\W_](?:[\w'’.-]*[^\W_])?")
# Abbreviations whose dot never ends a sentence ("e.g. the logs", "Dr. Shah will call")…
_ABBREVIATIONS = frozenset(
    {"e.g", "i.e", "vs", "mr", "mrs", "ms", "dr", "approx", "no", "fig", "cf", "inc"}
)
# …and those that often end one ("See you at 2 p.m. Thanks!"): their dot ends a sentence
# only when a capital or nothing follows ("up at 2 a.m. to suit you" goes on).
_CLOSING_ABBREVIATIONS = frozenset({"a.m", "p.m", "etc"})
# A sentence ends at . ! ? (possibly repeated, possibly followed by a closing quote or
# bracket) when whitespace follows, and at every line break: support replies are full of
# bullets and one-line paragraphs.
# (Written to begin with its first character, not an alternation, so `re` skips ahead.)
_SENTENCE_END = re.compile(r"[\n.!?…](?:(?<=\n)|[.!?…]*[\"'”’)\]]*(?=\s))")
_QUOTE_RE = re.compile(
    r"“([^”\n]{1,300})”|\"([^\"\n]{1,300})\"|‘([^’\n]{1,300}?)['’](?!\w)|(?<!\w)'([^\n]{1,300}?)'(?!\w)"
)
_CODE_RE = re.compile(r"```.*?(?:```|\Z)|`[^`\n]+`", re.DOTALL)  # fenced blocks, then spans


class Sentence(NamedTuple):
    """A sentence's place in its text and the text itself (a tuple: a draft has hundreds)."""

    start: int
    end: int
    text: str

    @property
    def span(self) -> Span:
        return Span(self.start, self.end)

    @property
    def is_question(self) -> bool:
        return self.text.rstrip(" \"'”’)").endswith("?")


_TRAILING_WORD = re.compile(r"([A-Za-z.]+)$")
_NEXT_ON_LINE = re.compile(r"[ \t]*([^\s])")  # the next character, unless the line ends


def _ends_with_abbreviation(text: str, dot: int, after: int) -> bool:
    """Whether the dot at `dot` (the end found runs to `after`) closes an abbreviation
    that keeps the sentence going, rather than ending it."""
    if dot == 0 or not text[dot - 1].isalpha():  # "v1.2." or "done)." end no abbreviation
        return False
    m = _TRAILING_WORD.search(text, max(0, dot - 12), dot)
    word = m.group(1).lower().rstrip(".") if m is not None else ""
    if word in _ABBREVIATIONS:
        return True
    if word in _CLOSING_ABBREVIATIONS:
        # look at the next character in place: slicing off the rest of the draft at each
        # "a.m." would copy it again and again in a long one
        nxt = _NEXT_ON_LINE.match(text, after)
        return nxt is not None and (nxt.group(1).islower() or nxt.group(1).isdigit())
    return False


def sentences(text: str) -> list[Sentence]:
    """Split into sentences, trimming whitespace and list markers from each one.

    Every line break ends a sentence, so lines are split one by one and each line's
    split is remembered: after an edit only the edited line is split again. A fenced
    code block may span lines (a "." inside it ends nothing), so then the whole text is
    split at once.
    """
    if "```" in text:
        return split_sentences(text)
    out: list[Sentence] = []
    offset = 0
    for line in text.split("\n"):
        for start, end in _line_sentences(line):
            out.append(Sentence(offset + start, offset + end, line[start:end]))
        offset += len(line) + 1
    return out


@remembered
def _line_sentences(line: str) -> tuple[tuple[int, int], ...]:
    return tuple((s.start, s.end) for s in split_sentences(line))


def quoted_spans(text: str) -> list[Span]:
    """Inner spans of quotations ('…', "…", “…”, ‘…’); apostrophes inside words don't count.

    No quotation spans a line break, so each line's quotations are remembered.
    """
    spans: list[Span] = []
    offset = 0
    for line in text.split("\n"):
        spans.extend(Span(offset + a, offset + b) for a, b in _line_quotes(line))
        offset += len(line) + 1
    return spans


@remembered
def _line_quotes(line: str) -> tuple[tuple[int, int], ...]:
    found = []
    for m in _QUOTE_RE.finditer(line):
        for g in range(1, 5):
            if m.group(g) is not None:
                found.append(m.span(g))
                break
    return tuple(found)


def split_sentences(text: str) -> list[Sentence]:
    """The sentences of `text`, split in one pass (see `sentences`)."""
    out: list[Sentence] = []
    code = [m.span() for m in _CODE_RE.finditer(text)] if "`" in text else []
    code_starts = [a for a, _ in code]
    start = 0
    for m in _SENTENCE_END.finditer(text):
        end = m.group()
        if end != "\n":
            if code:
                i = bisect.bisect_right(code_starts, m.start()) - 1
                if i >= 0 and m.start() < code[i][1]:  # inside `code`: not an end
                    continue
            if end[0] == "." and _ends_with_abbreviation(text, m.start(), m.end()):
                continue
            if end == "." and _LIST_NUMBER.fullmatch(text, start, m.start()):
                continue  # "1. Restart the app": a numbered item starts, nothing ended
        _append(out, text, start, m.end())
        start = m.end()
    _append(out, text, start, len(text))
    return out


# A list marker before a sentence: "- ", "* ", "> ", "1. ", "12) ". A marker alone on its
# line ("-", "1.") is a marker too, whether or not the line break after it is in the span:
# split line by line the break is not there, split in one pass it is, and both must agree.
_LEAD_RE = re.compile(r"\s*(?:[-*•>]+(?:\s+|$)|\d{1,2}[.)](?:\s+|$))?")
_LIST_NUMBER = re.compile(r"\s*\d{1,2}")


def _append(out: list[Sentence], text: str, start: int, end: int) -> None:
    lead = _LEAD_RE.match(text, start, end)
    s = lead.end() if lead else start
    sentence = text[s:end].rstrip()
    if sentence:
        out.append(Sentence(s, s + len(sentence), sentence))


def sentence_at(sents: list[Sentence], pos: int) -> Sentence | None:
    for s in sents:
        if s.start <= pos < s.end:
            return s
    return None


def words(text: str) -> Iterator[re.Match[str]]:
    return WORD_RE.finditer(text)


def code_spans(text: str) -> list[Span]:
    return [Span(m.start(), m.end()) for m in _CODE_RE.finditer(text)]


_SUFFIXES = ("ations", "ation", "ings", "ing", "edly", "ies", "ied", "ed", "es", "ly", "s")


@word_fact
def stem(word: str) -> str:
    """A crude, predictable stem: enough to match 'reboots' with 'rebooted'."""
    w = word.lower().replace("’", "'")
    if w.endswith("'s"):
        w = w[:-2]
    for suffix in _SUFFIXES:
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            w = w[: -len(suffix)]
            break
    if len(w) > 3 and w[-1] == w[-2] and w[-1] not in "aeiouls":
        w = w[:-1]
    if len(w) > 3 and w.endswith("e"):  # "outage" / "outages", "invoice" / "invoiced"
        w = w[:-1]
    return w


_VOWEL_GROUPS = re.compile(r"[aeiouy]+")


@word_fact
def syllables(word: str) -> int:
    w = word.lower()
    n = len(_VOWEL_GROUPS.findall(w))
    if w.endswith("e") and not w.endswith(("le", "ee")) and n > 1:
        n -= 1
    return max(1, n)
