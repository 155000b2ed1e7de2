"""The take-a-breath guide: a circle that grows as you breathe in, rests while you hold,
and shrinks as you breathe out, with the seconds left before the reply can be copied.

The timing lives in `desktop.core.cooldown.CoolDown`; this widget drives it with a
`QTimer` and paints it. It emits `coolDownFinished()` once the time is up and
`coolDownCancelled()` when it is stopped early.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPen, QRadialGradient
from PySide6.QtWidgets import QSizePolicy, QWidget

from desktop.core.cooldown import CoolDown

CALM = QColor("#4a9d9c")
READY = QColor("#2e9e6a")
FRAME_MS = 33


class BreathTimer(QWidget):
    coolDownStarted = Signal(float)
    coolDownFinished = Signal()
    coolDownCancelled = Signal()

    def __init__(
        self, parent: QWidget | None = None, clock: Callable[[], float] = time.monotonic
    ) -> None:
        super().__init__(parent)
        self.setObjectName("breathTimer")
        self.setAccessibleName("Breathing guide")
        self.setAccessibleDescription("A short pause before the reply can be copied.")
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.cooldown = CoolDown(clock)
        self._note = ""
        self._timer = QTimer(self)
        self._timer.setInterval(FRAME_MS)
        self._timer.timeout.connect(self._on_frame)
        self._last_second = -1

    def sizeHint(self) -> QSize:
        return QSize(240, 170)

    def minimumSizeHint(self) -> QSize:
        return QSize(160, 120)

    @property
    def state(self) -> str:
        return self.cooldown.state

    def start(self, seconds: float, note: str = "") -> None:
        """Begin a cool-down; ``note`` is a kind word shown under the guide."""
        self._note = note
        self.cooldown.start(seconds)
        self.coolDownStarted.emit(float(seconds))
        if self.cooldown.state == "breathing":
            self._timer.start()
        else:
            self.coolDownFinished.emit()
        self._announce()
        self.update()

    def cancel(self) -> None:
        was = self.cooldown.state
        self.cooldown.cancel()
        self._timer.stop()
        self._note = ""
        self.update()
        if was == "breathing":
            self.coolDownCancelled.emit()

    def reset(self) -> None:
        """Back to idle without announcing a cancellation (e.g. after a new draft)."""
        self.cooldown.cancel()
        self._timer.stop()
        self._note = ""
        self.update()

    def status_text(self) -> str:
        state = self.cooldown.state
        if state == "breathing":
            phase = self.cooldown.phase()
            return f"{phase.label} · {math.ceil(self.cooldown.remaining())} s"
        if state == "ready":
            return "Ready to copy"
        return "Take a breath before sending"

    def _on_frame(self) -> None:
        if self.cooldown.tick():
            self._timer.stop()
            self._note = ""
            self._announce()
            self.update()
            self.coolDownFinished.emit()
            return
        second = math.ceil(self.cooldown.remaining())
        if second != self._last_second:
            self._last_second = second
            self._announce()
        self.update()

    def _announce(self) -> None:
        self.setAccessibleDescription(self.status_text())
        self.setToolTip(self.status_text())

    # -- painting ------------------------------------------------------------------

    def _radius_fraction(self) -> float:
        cd = self.cooldown
        if cd.state == "ready":
            return 1.0
        if cd.state == "idle":
            return 0.62
        phase = cd.phase()
        ease = 0.5 - 0.5 * math.cos(math.pi * phase.progress)  # gentle in and out
        low, high = 0.45, 1.0
        if phase.name == "in":
            return low + (high - low) * ease
        if phase.name == "hold":
            return high
        return high - (high - low) * ease

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(self.rect())
        text_h = 46.0
        area = rect.adjusted(0, 4, 0, -text_h)
        max_r = max(10.0, min(area.width(), area.height()) / 2 - 4)
        centre = area.center()
        colour = READY if self.cooldown.state == "ready" else CALM
        state = self.cooldown.state

        # the outer ring shows how far through the cool-down we are
        ring = QRectF(centre.x() - max_r, centre.y() - max_r, 2 * max_r, 2 * max_r)
        track = QColor(colour)
        track.setAlpha(40)
        p.setPen(QPen(track, 3))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawEllipse(ring)
        if state != "idle":
            pen = QPen(colour, 3)
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            p.setPen(pen)
            p.drawArc(ring, 90 * 16, -int(360 * 16 * self.cooldown.progress()))

        r = (max_r - 8) * self._radius_fraction()
        gradient = QRadialGradient(centre, r)
        inner = QColor(colour)
        inner.setAlpha(150 if state != "idle" else 70)
        outer = QColor(colour)
        outer.setAlpha(60 if state != "idle" else 25)
        gradient.setColorAt(0.0, inner)
        gradient.setColorAt(1.0, outer)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(gradient)
        p.drawEllipse(centre, r, r)

        centre_text = ""
        if state == "breathing":
            centre_text = str(math.ceil(self.cooldown.remaining()))
        elif state == "ready":
            centre_text = "✓"
        if centre_text:
            font = QFont(self.font())
            font.setPointSizeF(max(11.0, r / 2.6))
            font.setWeight(QFont.Weight.DemiBold)
            p.setFont(font)
            p.setPen(self.palette().text().color())
            p.drawText(
                QRectF(centre - QPointF(r, r), centre + QPointF(r, r)),
                Qt.AlignmentFlag.AlignCenter,
                centre_text,
            )

        label_rect = QRectF(rect.left() + 4, rect.bottom() - text_h, rect.width() - 8, 22)
        font = QFont(self.font())
        font.setWeight(QFont.Weight.DemiBold)
        p.setFont(font)
        p.setPen(self.palette().text().color())
        p.drawText(label_rect, Qt.AlignmentFlag.AlignCenter, self.status_text().split(" · ")[0])
        if self._note or state == "idle":
            note = self._note or "Ctrl+Enter when the reply is ready"
            small = QFont(self.font())
            small.setPointSizeF(max(7.5, self.font().pointSizeF() - 1))
            p.setFont(small)
            dim = self.palette().text().color()
            dim.setAlpha(160)
            p.setPen(dim)
            p.drawText(
                label_rect.translated(0, 20),
                Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                note,
            )
        p.end()
