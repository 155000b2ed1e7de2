"""The take-a-breath cool-down as a small state machine: idle → breathing → ready.

Time comes from an injected clock (`Callable[[], float]`, seconds), so tests step a fake
clock instead of sleeping and the widget drives it with a `QTimer`. Nothing here knows
about Qt or about what the draft says; the caller decides how long to breathe.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

State = Literal["idle", "breathing", "ready"]
Phase = Literal["in", "hold", "out"]

#: One breath: in for 4 s, hold for 4 s, out for 6 s (a longer out-breath calms).
BREATH_PATTERN: tuple[tuple[Phase, float], ...] = (("in", 4.0), ("hold", 4.0), ("out", 6.0))


@dataclass(frozen=True)
class BreathPhase:
    """Where in the current breath we are: the phase, and how far through it (0..1)."""

    name: Phase
    progress: float
    seconds_left: float

    @property
    def label(self) -> str:
        return {"in": "Breathe in", "hold": "Hold", "out": "Breathe out"}[self.name]


class CoolDown:
    """Counts down a pause before a reply may be copied.

    `start(seconds)` begins breathing; `tick()` (called by a timer) moves to ``ready``
    when the time is up and returns True exactly once at that moment; `cancel()` goes
    back to ``idle`` from any state (editing the draft, pressing Esc).
    """

    def __init__(
        self,
        clock: Callable[[], float] = time.monotonic,
        pattern: tuple[tuple[Phase, float], ...] = BREATH_PATTERN,
    ) -> None:
        if not pattern or any(length <= 0 for _, length in pattern):
            raise ValueError("a breathing pattern needs phases with positive lengths")
        self._clock = clock
        self._pattern = pattern
        self._state: State = "idle"
        self._started = 0.0
        self._duration = 0.0

    @property
    def state(self) -> State:
        return self._state

    @property
    def duration(self) -> float:
        """Length of the current (or last) cool-down in seconds."""
        return self._duration

    def start(self, seconds: float) -> None:
        """Begin a cool-down of ``seconds`` (0 or less is ready at once)."""
        self._duration = max(0.0, float(seconds))
        self._started = self._clock()
        self._state = "breathing"
        self.tick()

    def cancel(self) -> None:
        self._state = "idle"

    def elapsed(self) -> float:
        if self._state != "breathing":
            return self._duration if self._state == "ready" else 0.0
        return max(0.0, self._clock() - self._started)

    def remaining(self) -> float:
        """Seconds left while breathing; 0 when ready or idle."""
        if self._state != "breathing":
            return 0.0
        return max(0.0, self._duration - self.elapsed())

    def progress(self) -> float:
        """How much of the cool-down is behind us, 0..1."""
        if self._state == "ready":
            return 1.0
        if self._state == "idle" or self._duration <= 0:
            return 0.0
        return min(1.0, self.elapsed() / self._duration)

    def tick(self) -> bool:
        """Advance with the clock; True exactly when this call finished the cool-down."""
        if self._state == "breathing" and self.remaining() <= 0:
            self._state = "ready"
            return True
        return False

    def phase(self) -> BreathPhase:
        """The breathing phase for the guide (``in`` while idle or ready, at rest)."""
        if self._state != "breathing":
            first, length = self._pattern[0]
            return BreathPhase(first, 0.0, length)
        cycle = sum(length for _, length in self._pattern)
        t = self.elapsed() % cycle
        for name, length in self._pattern:
            if t < length:
                return BreathPhase(name, t / length, length - t)
            t -= length
        name, length = self._pattern[-1]  # float rounding at the very end of a cycle
        return BreathPhase(name, 1.0, 0.0)
