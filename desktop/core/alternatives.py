"""A long alternation split into its alternatives, each compiled on its own.

Some patterns are lists of wordings joined with `|`: every way of owning a fault, every
way of naming a system. Python's `re` tries each alternative at each position of the
text, and a case-insensitive pattern gets no fast skip to the characters it could start
with, so one search of such a list through a sentence costs 40–100 µs. Whether a
sentence holds *any* match is the same question as whether it holds a match of any one
alternative, and the prefilter can say which alternatives the sentence's words allow at
all (usually none or one): so those alone are searched (see `Document.sentence_has`).

Only the yes-or-no question splits this way: where a match is, and which alternative
wins there, still needs the whole pattern.
"""

from __future__ import annotations

import re

from .prefilter import parse_tree, sre_c

MIN_ALTERNATIVES = 4  # below this, one search of the whole costs about as much
_FLAGS_GROUP = re.compile(r"\(\?[aiLmsux]*(?:-[imsx]+)?:")


def top_level_parts(source: str) -> list[str] | None:
    """`source` cut at each `|` outside any group or character class; None when a
    group closes that `source` didn't open."""
    parts: list[str] = []
    depth, start, i, in_class = 0, 0, 0, False
    while i < len(source):
        ch = source[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
            if source.startswith("]", i + 1):  # "[]…]": the first "]" is a member
                i += 1
            elif source.startswith("^]", i + 1):
                i += 2
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth < 0:
                return None
        elif ch == "|" and depth == 0:
            parts.append(source[start:i])
            start = i + 1
        i += 1
    parts.append(source[start:])
    return parts


def _branches(pattern: re.Pattern[str]) -> int | None:
    """How many alternatives `re` itself reads at the top of `pattern` (inside one
    non-capturing group with flags, as "(?i:a|b)"); None when it is no alternation."""
    tree = parse_tree(pattern)
    if tree is None:
        return None
    data = list(tree.data)
    if len(data) == 1 and data[0][0] is sre_c.SUBPATTERN and data[0][1][0] is None:
        data = list(data[0][1][-1].data)
    if len(data) == 1 and data[0][0] is sre_c.BRANCH:
        return len(data[0][1][1])
    return None


def alternatives(pattern: re.Pattern[str]) -> tuple[re.Pattern[str], ...] | None:
    """The top-level alternatives of `pattern`, each compiled with its flags, such that
    `pattern` occurs in a text exactly when one of them does; None when the pattern
    has fewer than MIN_ALTERNATIVES, or can't be split safely (verbose mode, where
    a "|" may sit in a comment; an alternative that refers to another's group; any
    disagreement with how `re` itself reads the pattern)."""
    source = pattern.pattern
    if not isinstance(source, str) or pattern.flags & re.VERBOSE:
        return None
    wrapper = _FLAGS_GROUP.match(source)
    inner, template = source, "{}"
    if wrapper and source.endswith(")") and top_level_parts(source[wrapper.end() : -1]):
        # "(?i:a|b|…)" read as its alternatives, each in the wrapper's flags (a wrapper
        # that closes before the end, "(?i:a)|(?i:b)", leaves its inside unbalanced)
        inner, template = source[wrapper.end() : -1], wrapper.group() + "{})"
    parts = top_level_parts(inner)
    if parts is None or len(parts) < MIN_ALTERNATIVES or _branches(pattern) != len(parts):
        return None
    try:
        return tuple(re.compile(template.format(part), pattern.flags) for part in parts)
    except re.error:  # (a reference to a group of another alternative)
        return None
