"""The About box: what Composure is, its version, and the keys that drive it."""

from __future__ import annotations

import html

from PySide6.QtWidgets import QMessageBox, QWidget

from desktop import __version__

from .actions import shortcut_table


def about_text() -> str:
    rows = "".join(
        f"<tr><td><b>{html.escape(k)}</b>&nbsp;&nbsp;</td><td>{html.escape(t)}</td></tr>"
        for k, t in shortcut_table()
    )
    return (
        f"<h3>Composure {__version__}</h3>"
        "<p>Calm, clear replies to upset customers. Listen, Empathize, Affirm, Partner — "
        "and take a breath before you send.</p>"
        "<p>Everything stays on this computer.</p>"
        f"<table>{rows}</table>"
    )


def show_about(parent: QWidget) -> None:
    QMessageBox.about(parent, "About Composure", about_text())
