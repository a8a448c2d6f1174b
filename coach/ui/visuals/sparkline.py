"""A small line of recent pain scores (0-10), the last one marked."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPointF, QSize
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from coach.ui.design import active

PAIN_TOP = 10.0
MAX_HEIGHT = 140
"""Taller than this, a sparkline reads as a chart without axes."""


class Sparkline(QWidget):
    """Draws ``values`` (0..10) left to right, oldest first; nothing for fewer than two."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._values: tuple[float, ...] = ()
        self.setAccessibleName(self.tr("Pain trend"))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMaximumHeight(MAX_HEIGHT)

    def set_values(self, values: Sequence[float]) -> None:
        """Show ``values``, oldest first."""
        self._values = tuple(values)
        self.update()

    def sizeHint(self) -> QSize:
        height = QFontMetrics(self.font()).height() * 2
        return QSize(height * 4, height)

    def minimumSizeHint(self) -> QSize:
        return QSize(self.sizeHint().height() * 2, self.sizeHint().height())

    def paintEvent(self, event: QPaintEvent) -> None:
        if len(self._values) < 2:
            return
        palette = active.palette()
        pad = 6.0
        width, height = self.width() - 2 * pad, self.height() - 2 * pad
        step = width / (len(self._values) - 1)
        points = [
            QPointF(pad + k * step, pad + height * (1 - v / PAIN_TOP))
            for k, v in enumerate(self._values)
        ]
        path = QPainterPath(points[0])
        for point in points[1:]:
            path.lineTo(point)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor(palette.track), 1.5))
        painter.drawLine(QPointF(pad, pad + height), QPointF(pad + width, pad + height))
        pen = QPen(QColor(palette.series_before), 2.5)
        painter.setPen(pen)
        painter.drawPath(path)
        painter.setBrush(QColor(palette.series_before))
        painter.drawEllipse(points[-1], 4.5, 4.5)
        painter.end()
