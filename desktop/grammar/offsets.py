"""Conversions between Python `str` indices and the UTF-16 units Java servers count.

LanguageTool is Java: its offsets and lengths are `String` indices, i.e. UTF-16 code
units, so an emoji before an error shifts them by two where Python counts one. Every
finding the app shows must satisfy ``draft[start:end] == text``; these helpers are the
only place that arithmetic lives.
"""

from __future__ import annotations


def utf16_len(text: str) -> int:
    """How many UTF-16 code units (Java chars) ``text`` takes."""
    return len(text) + sum(1 for ch in text if ord(ch) > 0xFFFF)


def index_from_utf16(text: str, units: int) -> int:
    """The Python index in ``text`` at UTF-16 offset ``units`` (clamped to the text).

    An offset that falls inside a surrogate pair (which a well-behaved server never
    sends) rounds up to the next whole character.
    """
    if units <= 0:
        return 0
    count = 0
    for index, ch in enumerate(text):
        if count >= units:
            return index
        count += 2 if ord(ch) > 0xFFFF else 1
    return len(text)


def end_from_utf16_length(text: str, start: int, units: int) -> int:
    """The Python end index of a span that starts at ``start`` and is ``units`` long."""
    return start + index_from_utf16(text[start:], units)
