"""Fixtures for driving the real Composure window offscreen."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest

from desktop.ui.main_window import MainWindow

#: Short enough to keep the suite fast, long enough to act while it runs.
TEST_BREATH = 0.4


@pytest.fixture
def make_window(qtbot) -> Iterator[Callable[..., MainWindow]]:
    windows: list[MainWindow] = []

    def make(**kwargs) -> MainWindow:
        kwargs.setdefault("breath_seconds", TEST_BREATH)
        kwargs.setdefault("grammar", False)
        window = MainWindow(**kwargs)
        qtbot.addWidget(window)
        window.show()
        windows.append(window)
        return window

    yield make
    for window in windows:
        if window.isVisible():
            window.close()
        window.store.close()


@pytest.fixture
def window(make_window) -> MainWindow:
    return make_window()


@pytest.fixture
def analysed(qtbot) -> Callable[[MainWindow], None]:
    """Wait until the debounced analysis has caught up with the text."""

    def wait(window: MainWindow) -> None:
        # waitUntil returns as soon as the analysis has caught up; the limit only bounds
        # a hang. 2 s was too tight for a fresh process's first analysis (rule files
        # compiled on first use) on a slow, shared host: the tests failed there by time.
        qtbot.waitUntil(lambda: window._up_to_date(), timeout=10000)

    return wait


@pytest.fixture
def type_reply(qtbot, analysed) -> Callable[[MainWindow, str], None]:
    """Type into the reply like a person, then wait for the debounced analysis."""

    def type_(window: MainWindow, text: str) -> None:
        qtbot.keyClicks(window.draft_editor, text)
        analysed(window)

    return type_
