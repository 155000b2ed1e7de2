"""Starting the desktop app: `run()` creates the QApplication, shows the window and runs
the event loop. `composure` with no subcommand calls it (see `desktop/cli.py`).

About the clipboard at exit: a QMimeData created from Python is a shiboken wrapper
subclass whose destructor calls back into Python. The clipboard owns it after a copy,
and Qt destroys the clipboard's data only after the interpreter has finalized, which
crashes the process (exit 139, reproducible with PySide6 6.12 offscreen). Clearing the
clipboard on quit would avoid that but throw away the reply the user just copied.
Instead, on `aboutToQuit` we hand the same reply over to a QMimeData created by Qt
itself (a hidden QTextEdit's `copy()`, which offers text/plain and text/html), which
destroys our Python-made one while Python is still alive. On X11/Wayland/Windows/macOS
the platform (or clipboard manager) then keeps the reply after we exit as usual.
"""

from __future__ import annotations

import sys

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QTextEdit

from desktop import __version__
from desktop.core.paths import assets_dir
from desktop.core.settings import Settings

from .qsettings_store import QSettingsMapping, open_qsettings

ORG = "Composure"
APP = "Composure"


def app_icon() -> QIcon:
    icon = QIcon(str(assets_dir() / "composure.svg"))
    return icon if not icon.isNull() else QIcon()


def stylesheet() -> str:
    path = assets_dir() / "composure.qss"
    try:
        return path.read_text(encoding="utf-8")
    except OSError:
        return ""


def apply_theme(theme: str) -> None:
    """Follow the system's light/dark setting, or force one (Qt 6.8+)."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    hints = QGuiApplication.styleHints()
    scheme = {
        "light": Qt.ColorScheme.Light,
        "dark": Qt.ColorScheme.Dark,
    }.get(theme, Qt.ColorScheme.Unknown)
    if hasattr(hints, "setColorScheme"):
        hints.setColorScheme(scheme)
    app.setStyleSheet(stylesheet())  # re-resolve palette() colours for the new scheme


def hand_over_clipboard() -> None:
    """Replace a Python-made QMimeData on the clipboard with a Qt-made copy (see above)."""
    clipboard = QGuiApplication.clipboard()
    data = clipboard.mimeData()
    if data is None or not shiboken6.createdByPython(data) or not data.hasText():
        return
    text = data.text()
    del data
    holder = QTextEdit()
    holder.setPlainText(text)
    holder.selectAll()
    holder.copy()  # Qt creates the QMimeData (text/plain + text/html) and owns it
    holder.deleteLater()


def create_app(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    QApplication.setOrganizationName(ORG)
    QApplication.setApplicationName(APP)
    QApplication.setApplicationDisplayName(APP)
    QApplication.setApplicationVersion(__version__)
    QGuiApplication.setDesktopFileName("composure")
    app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setWindowIcon(app_icon())
    app.aboutToQuit.connect(hand_over_clipboard)
    prefs = Settings(QSettingsMapping(open_qsettings()))
    apply_theme(prefs.get("theme"))
    hints = QGuiApplication.styleHints()
    if hasattr(hints, "colorSchemeChanged"):
        hints.colorSchemeChanged.connect(lambda _scheme: app.setStyleSheet(stylesheet()))
    return app


def run(breath_seconds: float | None = None) -> int:
    """Open the Composure window and run until it is closed; return the exit code."""
    from .main_window import MainWindow

    app = create_app()
    window = MainWindow(breath_seconds=breath_seconds)
    window.show()
    code = app.exec()
    # Destroy the window while Python and the QApplication are both still alive;
    # leaving it to interpreter shutdown can crash in PySide's finalizer.
    window.deleteLater()
    app.processEvents()
    del window
    return code
