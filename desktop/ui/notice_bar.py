"""A dismissible line across the top of the window for what the user must not miss.

Used when something went wrong around their text rather than in it: the drafts file
was damaged and moved aside, a save or a copy could not be recorded, a user rule file
is broken. The text stays selectable so it can be pasted into a bug report.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QWidget


class NoticeBar(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notice")
        # a QWidget subclass paints its stylesheet background (frame, colour) only when asked
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 6, 6)
        self.label = QLabel()
        self.label.setObjectName("noticeLabel")
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.close_button = QToolButton()
        self.close_button.setText("✕")
        self.close_button.setAccessibleName("Dismiss notice")
        self.close_button.clicked.connect(self.hide)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.close_button)
        self._topic = ""
        self.hide()

    def show_text(self, text: str, topic: str = "") -> None:
        """Show `text`; a `topic` lets the one who showed it `withdraw` it later."""
        self.label.setText(text)
        self._topic = topic
        self.show()

    def withdraw(self, topic: str) -> None:
        """Hide the notice if it is still the one about `topic` (the matter is over)."""
        if topic and self._topic == topic:
            self.hide()
