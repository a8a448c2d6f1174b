"""This week as seven day marks: a filled green tick for a day with a session done, a
ring in the brand colour around today, faint circles for the other days. Drawn without
``Qt.`` enums, whose first use costs ~45 ms: this widget is built for Home's first paint."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QPointF, QRectF, QSize
from PySide6.QtGui import QBrush, QColor, QFontMetrics, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from coach.ui.app.translations import ui_locale
from coach.ui.design import active
from coach.ui.design.icons import paint_icon


class WeekStrip(QWidget):
    """Seven days, each a letter over a circle; sized from the font."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._days: tuple[tuple[date, bool], ...] = ()
        self._today: date | None = None
        self.setAccessibleName(self.tr("This week"))
        # The first letters of the weekdays, Monday to Sunday (seven letters).
        letters = self.tr("MTWTFSS")
        self._letters = letters if len(letters) == 7 else "MTWTFSS"
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_days(self, days: Sequence[tuple[date, bool]], today: date | None) -> None:
        """Show ``days`` (day, done) Monday first, with ``today`` ringed."""
        self._days = tuple(days)
        self._today = today
        locale = ui_locale()
        done = [locale.dayName(d.isoweekday()) for d, ok in self._days if ok]
        self.setAccessibleDescription(
            self.tr("Done on {days}").format(days=", ".join(done))
            if done
            else self.tr("No session done yet this week")
        )
        self.update()

    def _circle(self) -> float:
        return QFontMetrics(self.font()).height() * 1.5

    def sizeHint(self) -> QSize:
        circle = self._circle()
        height = QFontMetrics(self.font()).height() + circle + 8
        return QSize(round(7 * circle * 1.3), round(height))

    def minimumSizeHint(self) -> QSize:
        circle = self._circle()
        return QSize(round(7 * circle * 1.1), self.sizeHint().height())

    def paintEvent(self, event: QPaintEvent) -> None:
        palette = active.palette()
        metrics = QFontMetrics(self.font())
        circle = min(self._circle(), self.width() / 7 / 1.1)
        slot = self.width() / 7
        top = metrics.height() + 4
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        for k, (day, done) in enumerate(self._days[:7]):
            centre = QPointF(slot * (k + 0.5), top + circle / 2)
            letter = self._letters[day.weekday()]
            painter.setPen(QColor(palette.muted))
            painter.drawText(
                QPointF(centre.x() - metrics.horizontalAdvance(letter) / 2, metrics.ascent()),
                letter,
            )
            disc = QRectF(centre.x() - circle / 2, centre.y() - circle / 2, circle, circle)
            if done:
                ring = QPainterPath()
                ring.addEllipse(disc)
                painter.fillPath(ring, QColor(palette.done))
                inset = circle * 0.2
                tick = disc.adjusted(inset, inset, -inset, -inset)
                paint_icon(painter, tick, "check", QColor(palette.on_done))
            else:
                painter.setBrush(QBrush())
                painter.setPen(QPen(QColor(palette.track), max(2.0, circle * 0.08)))
                painter.drawEllipse(disc.adjusted(2, 2, -2, -2))
            if day == self._today:
                painter.setBrush(QBrush())
                painter.setPen(QPen(QColor(palette.brand), 3))
                painter.drawEllipse(disc.adjusted(-4, -4, 4, 4))
        painter.end()
