"""Converting between Python `str` offsets (the core's) and Qt document positions.

Qt counts UTF-16 code units, so every character outside the Basic Multilingual Plane
(most emoji) takes two positions in Qt and one in Python. For the common all-BMP text the
mapping is the identity and costs nothing.
"""

from __future__ import annotations

import re
from bisect import bisect_right

_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


class Positions:
    """Maps offsets for one text snapshot in both directions."""

    def __init__(self, text: str) -> None:
        self._astral = [] if text.isascii() else [m.start() for m in _ASTRAL.finditer(text)]
        self._length = len(text)

    def to_qt(self, offset: int) -> int:
        """Python offset → Qt position."""
        if not self._astral:
            return offset
        return offset + bisect_right(self._astral, offset - 1)

    def to_py(self, position: int) -> int:
        """Qt position → Python offset (a position inside a surrogate pair rounds down)."""
        if not self._astral:
            return position
        lo, hi = 0, self._length
        while lo < hi:  # smallest offset whose Qt position is >= position
            mid = (lo + hi) // 2
            if self.to_qt(mid) < position:
                lo = mid + 1
            else:
                hi = mid
        return lo if self.to_qt(lo) == position else lo - 1
