"""A progress ring with a big number in the middle: the session countdown."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen, QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget

from coach.ui.design import active
from coach.ui.design.tokens import RING_SIZE
from coach.ui.widgets.time_words import TimeWords

MIN_RING = 168
"""The ring shrinks to this at most (large text needs the room); digits stay >= 60 px."""
MAX_RING = 300
THICKNESS = 0.075
"""Ring stroke as a fraction of the diameter."""


class ProgressRing(QWidget):
    """A ring filled clockwise from the top to ``fraction`` (0..1), with ``label`` (the
    number, a QLabel so screen readers read it) sized to the ring. Its accessible name
    says the time left in words ("25 seconds left")."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._fraction = 0.0
        self.label = QLabel(self)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        self.label.setAccessibleName(self.tr("Time left"))
        self._words = TimeWords(self)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def sizeHint(self) -> QSize:
        return QSize(RING_SIZE, RING_SIZE)

    def minimumSizeHint(self) -> QSize:
        return QSize(MIN_RING, MIN_RING)

    def fraction(self) -> float:
        """How much of the ring is filled (0..1)."""
        return self._fraction

    def set_fraction(self, fraction: float) -> None:
        """Fill ``fraction`` (clamped to 0..1) of the ring; repaints only on a visible change."""
        fraction = min(1.0, max(0.0, fraction))
        if round(fraction * 720) != round(self._fraction * 720):
            self.update()
        self._fraction = fraction

    def set_text(self, text: str) -> None:
        """The number in the middle; a new shape ("9" -> "10" -> "1:00") refits its size."""
        if _shape(text) != _shape(self.label.text()):
            self.label.setText(text)
            self._fit_text()
        else:
            self.label.setText(text)

    def show_count(self, text: str, spoken: str) -> None:
        """Show ``text`` in the middle; a screen reader hears ``spoken`` for it."""
        if text != self.text():
            self.set_text(text)
            self.label.setAccessibleName(spoken or self.tr("Time left"))

    def show_time_left(self, text: str, seconds: float | None) -> None:
        """Show ``text`` (the clock as digits); a screen reader hears ``seconds`` in
        words ("1 minute 5 seconds left"), or "Time left" when there is no count."""
        if text == self.text():
            return
        if seconds is None:
            self.show_count(text, "")
            return
        self.show_count(text, self._words.time_left(seconds))

    def text(self) -> str:
        """The number shown."""
        return self.label.text()

    def diameter(self) -> int:
        """The ring's outer diameter in pixels."""
        return min(self.width(), self.height(), MAX_RING)

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._fit_text()
        super().resizeEvent(event)

    def _fit_text(self) -> None:
        """Digits as large as the inside of the ring allows (tabular: 0 is the widest)."""
        inner = self.diameter() * (1 - 3 * THICKNESS)
        font = self.label.font()
        font.setBold(True)
        font.setPixelSize(100)
        self.label.setFont(font)
        sample = _shape(self.label.text()) or "00"
        width = max(self.label.fontMetrics().horizontalAdvance(sample), 1)
        pixels = min(inner * 0.5, 100 * inner * 0.8 / width)
        font.setPixelSize(max(1, round(pixels)))
        self.label.setFont(font)

    def paintEvent(self, event: QPaintEvent) -> None:
        palette = active.palette()
        side = self.diameter()
        pen_width = side * THICKNESS
        rect = QRectF(
            (self.width() - side) / 2 + pen_width / 2,
            (self.height() - side) / 2 + pen_width / 2,
            side - pen_width,
            side - pen_width,
        )
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(QColor(palette.track), pen_width)
        painter.setPen(pen)
        painter.drawEllipse(rect)
        if self._fraction > 0:
            pen.setColor(QColor(palette.brand))
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            painter.setPen(pen)
            painter.drawArc(rect, 90 * 16, -round(self._fraction * 360 * 16))
        painter.end()


def _shape(text: str) -> str:
    """``text`` with every digit as 0: the same shape takes the same room."""
    return "".join("0" if c.isdigit() else c for c in text)
