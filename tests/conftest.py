"""Shared test set-up: offscreen Qt, and every test in its own data and config dirs.

`QT_QPA_PLATFORM` must be set before anything imports Qt. Each test gets fresh
COMPOSURE_DATA_DIR / COMPOSURE_CONFIG_DIR folders (the app keeps its QSettings file in
the config dir, so window state never leaks between tests or from the developer's
machine), and the clipboard is cleared after each test: with PySide6 6.12 offscreen, a
QMimeData still owned by the clipboard when the interpreter exits crashes it (exit 139).
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import importlib.util
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

# Make `import desktop` work without an installed package (plain `pytest` in the repo).
if importlib.util.find_spec("desktop") is None:
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


@pytest.fixture(autouse=True)
def composure_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.setenv("COMPOSURE_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("COMPOSURE_CONFIG_DIR", str(tmp_path / "config"))
    yield tmp_path
    _clear_clipboard()


def _clear_clipboard() -> None:
    if "PySide6.QtWidgets" not in sys.modules:
        return  # this test never touched Qt
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is not None:
        QApplication.clipboard().clear()
