"""The foot of the side panel: the take-a-breath cool-down and the way out to the clipboard.

It holds the breathing timer, the note under it (why it is longer, what still blocks
copying, what is worth a last look), "Ready to send" and "Copy reply", and the line
that confirms a copy. `SendController` decides what they say and when they are enabled;
this only lays them out with their names.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from .breath_timer import BreathTimer


class ReadyPanel(QWidget):
    def __init__(
        self, parent: QWidget | None = None, clock: Callable[[], float] = time.monotonic
    ) -> None:
        super().__init__(parent)
        self.setObjectName("breathBox")
        # a QWidget subclass paints its stylesheet background (frame, colour) only when asked
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.breath_timer = BreathTimer(clock=clock)  # tests pass a clock they step

        self.breath_button = QPushButton("Ready to send")
        self.breath_button.setObjectName("breathButton")
        self.breath_button.setAccessibleName("Ready to send: take a breath")
        self.breath_button.setToolTip("Start a short cool-down before copying (Ctrl+Enter)")
        self.breath_button.setDefault(False)
        self.copy_button = QPushButton("Copy reply")
        self.copy_button.setObjectName("copyButton")
        self.copy_button.setAccessibleName("Copy reply")
        self.copy_button.setToolTip("Copy as plain text and HTML (Ctrl+Shift+C)")
        self.copy_button.setEnabled(False)
        self.breath_note = QLabel()
        self.breath_note.setObjectName("breathNote")
        self.breath_note.setWordWrap(True)
        self.breath_note.setAccessibleName("Cool-down note")
        self.breath_note.hide()
        self.copied_label = QLabel()
        self.copied_label.setObjectName("copiedLabel")
        self.copied_label.setWordWrap(True)
        self.copied_label.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 10)
        layout.addWidget(self.breath_timer)
        layout.addWidget(self.breath_note)
        buttons = QHBoxLayout()
        buttons.addWidget(self.breath_button, 1)
        buttons.addWidget(self.copy_button, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.copied_label)
