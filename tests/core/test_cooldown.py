"""The cool-down state machine, driven by a fake clock (never sleeps)."""

from __future__ import annotations

import pytest

from desktop.core.cooldown import CoolDown


class FakeClock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_starts_idle_with_nothing_remaining() -> None:
    cd = CoolDown(FakeClock())
    assert cd.state == "idle"
    assert cd.remaining() == 0
    assert cd.progress() == 0


def test_breathes_then_becomes_ready_exactly_once() -> None:
    clock = FakeClock()
    cd = CoolDown(clock)
    cd.start(30)
    assert cd.state == "breathing"
    assert cd.remaining() == pytest.approx(30)
    clock.now += 12
    assert not cd.tick()
    assert cd.remaining() == pytest.approx(18)
    assert cd.progress() == pytest.approx(0.4)
    clock.now += 18
    assert cd.tick()
    assert cd.state == "ready"
    assert not cd.tick()
    assert cd.remaining() == 0
    assert cd.progress() == 1


def test_cancel_returns_to_idle_from_breathing_and_ready() -> None:
    clock = FakeClock()
    cd = CoolDown(clock)
    cd.start(5)
    cd.cancel()
    assert cd.state == "idle"
    cd.start(5)
    clock.now += 6
    cd.tick()
    cd.cancel()
    assert cd.state == "idle"


def test_zero_seconds_is_ready_at_once() -> None:
    cd = CoolDown(FakeClock())
    cd.start(0)
    assert cd.state == "ready"


def test_breathing_phases_follow_in_hold_out_and_repeat() -> None:
    clock = FakeClock()
    cd = CoolDown(clock, pattern=(("in", 4.0), ("hold", 2.0), ("out", 6.0)))
    cd.start(60)
    seen = []
    for t in (0, 2, 4.5, 7, 11.9, 12.5):
        clock.now = 100.0 + t
        seen.append(cd.phase().name)
    assert seen == ["in", "in", "hold", "out", "out", "in"]
    clock.now = 102.0
    assert cd.phase().progress == pytest.approx(0.5)
    assert cd.phase().label == "Breathe in"


def test_rejects_an_empty_breathing_pattern() -> None:
    with pytest.raises(ValueError):
        CoolDown(FakeClock(), pattern=())
