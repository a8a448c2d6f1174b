"""One icon set, drawn in code in the figures' style: 2-unit round strokes on a 24-unit
grid, filled shapes for the transport controls. Icons paint at any size in the active
palette's colour (so a theme change needs no new icons) and load no image plugin, so
Home's first paint stays fast. Strokes are filled as round-ended capsules rather than
drawn with a round-capped pen: the first use of any ``Qt.`` enum costs ~40 ms, which
Home's first paint cannot spare.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from itertools import pairwise

from PySide6.QtCore import QPointF, QRect, QRectF, QSize
from PySide6.QtGui import (
    QBrush,
    QColor,
    QIcon,
    QIconEngine,
    QPainter,
    QPainterPath,
    QPalette,
    QPixmap,
    QPolygonF,
)

from coach.ui.design import active

Draw = Callable[[QPainterPath, QPainterPath], None]
"""Adds an icon's strokes to the first path and its filled shapes to the second."""


def _play(_s: QPainterPath, f: QPainterPath) -> None:
    f.moveTo(7, 4.5)
    f.lineTo(19.5, 12)
    f.lineTo(7, 19.5)
    f.closeSubpath()


def _pause(_s: QPainterPath, f: QPainterPath) -> None:
    f.addRoundedRect(QRectF(6, 4.5, 4, 15), 1, 1)
    f.addRoundedRect(QRectF(14, 4.5, 4, 15), 1, 1)


def _skip(_s: QPainterPath, f: QPainterPath) -> None:
    f.moveTo(5, 5)
    f.lineTo(15, 12)
    f.lineTo(5, 19)
    f.closeSubpath()
    f.addRoundedRect(QRectF(16, 5, 3, 14), 1, 1)


def _back(_s: QPainterPath, f: QPainterPath) -> None:
    f.moveTo(19, 5)
    f.lineTo(9, 12)
    f.lineTo(19, 19)
    f.closeSubpath()
    f.addRoundedRect(QRectF(5, 5, 3, 14), 1, 1)


def _stop(_s: QPainterPath, f: QPainterPath) -> None:
    f.addRoundedRect(QRectF(5.5, 5.5, 13, 13), 2, 2)


def _check(s: QPainterPath, _f: QPainterPath) -> None:
    s.moveTo(4.5, 12.5)
    s.lineTo(9.5, 17.5)
    s.lineTo(19.5, 6.5)


def _hurt(s: QPainterPath, f: QPainterPath) -> None:
    s.addEllipse(QPointF(12, 12), 9, 9)
    s.moveTo(12, 7)
    s.lineTo(12, 13)
    f.addEllipse(QPointF(12, 16.6), 1.4, 1.4)


def _snowflake(s: QPainterPath, _f: QPainterPath) -> None:
    for k in range(3):
        angle = math.pi / 2 + k * math.pi / 3
        dx, dy = math.cos(angle), math.sin(angle)
        s.moveTo(12 - 9 * dx, 12 - 9 * dy)
        s.lineTo(12 + 9 * dx, 12 + 9 * dy)
        for sign in (1, -1):  # a small V near each end, pointing to the tip
            ex, ey = 12 + sign * 5 * dx, 12 + sign * 5 * dy
            for turn in (0.8, -0.8):
                a = angle + (0 if sign > 0 else math.pi) + turn
                s.moveTo(ex, ey)
                s.lineTo(ex + 3.2 * math.cos(a), ey + 3.2 * math.sin(a))


def _flame(s: QPainterPath, _f: QPainterPath) -> None:
    s.moveTo(12, 21)
    s.cubicTo(7, 21, 5, 17.5, 5.5, 14.5)
    s.cubicTo(6, 11.5, 8.5, 10, 9, 7)
    s.cubicTo(11, 8.5, 11.5, 10.5, 11.5, 12)
    s.cubicTo(13, 10.5, 13.5, 6.5, 12.5, 3)
    s.cubicTo(16.5, 5.5, 18.5, 10, 18.5, 14.5)
    s.cubicTo(18.5, 18.5, 15.5, 21, 12, 21)


def _calendar(s: QPainterPath, f: QPainterPath) -> None:
    s.addRoundedRect(QRectF(4, 5.5, 16, 15), 2.5, 2.5)
    s.moveTo(4, 10)
    s.lineTo(20, 10)
    for x in (8.5, 15.5):
        s.moveTo(x, 3.5)
        s.lineTo(x, 7)
    f.addRoundedRect(QRectF(7.5, 13, 3, 3), 0.6, 0.6)


def _chart(s: QPainterPath, _f: QPainterPath) -> None:
    s.moveTo(4, 4)
    s.lineTo(4, 20)
    s.lineTo(20, 20)
    s.moveTo(7.5, 15)
    s.lineTo(11, 10.5)
    s.lineTo(14, 13)
    s.lineTo(19, 6.5)


def _gear(s: QPainterPath, _f: QPainterPath) -> None:
    s.addEllipse(QPointF(12, 12), 3, 3)
    s.addEllipse(QPointF(12, 12), 6.5, 6.5)
    for k in range(8):
        a = k * math.pi / 4
        s.moveTo(12 + 6.5 * math.cos(a), 12 + 6.5 * math.sin(a))
        s.lineTo(12 + 9.2 * math.cos(a), 12 + 9.2 * math.sin(a))


def _bell(s: QPainterPath, _f: QPainterPath) -> None:
    s.moveTo(6, 17)
    s.lineTo(6, 11)
    s.cubicTo(6, 7, 8.5, 4.5, 12, 4.5)
    s.cubicTo(15.5, 4.5, 18, 7, 18, 11)
    s.lineTo(18, 17)
    s.lineTo(19.5, 18)
    s.lineTo(4.5, 18)
    s.lineTo(6, 17)
    s.moveTo(10, 20.5)
    s.lineTo(14, 20.5)


def _clipboard(s: QPainterPath, _f: QPainterPath) -> None:
    s.addRoundedRect(QRectF(5, 5, 14, 16), 2.5, 2.5)
    s.addRoundedRect(QRectF(9, 3, 6, 4), 1.5, 1.5)
    s.moveTo(8.5, 14)
    s.lineTo(11, 16.5)
    s.lineTo(15.5, 11.5)


def _heart(s: QPainterPath, _f: QPainterPath) -> None:
    s.moveTo(12, 20)
    s.cubicTo(5, 15, 3.5, 11.5, 3.5, 9)
    s.cubicTo(3.5, 6, 5.8, 4, 8.2, 4)
    s.cubicTo(10, 4, 11.2, 5, 12, 6.5)
    s.cubicTo(12.8, 5, 14, 4, 15.8, 4)
    s.cubicTo(18.2, 4, 20.5, 6, 20.5, 9)
    s.cubicTo(20.5, 11.5, 19, 15, 12, 20)


def _list(s: QPainterPath, f: QPainterPath) -> None:
    for y in (6.5, 12, 17.5):
        f.addEllipse(QPointF(5, y), 1.4, 1.4)
        s.moveTo(9, y)
        s.lineTo(20, y)


ICONS: dict[str, Draw] = {
    "play": _play,
    "pause": _pause,
    "skip": _skip,
    "back": _back,
    "stop": _stop,
    "check": _check,
    "hurt": _hurt,
    "snowflake": _snowflake,
    "flame": _flame,
    "calendar": _calendar,
    "chart": _chart,
    "gear": _gear,
    "bell": _bell,
    "clipboard": _clipboard,
    "heart": _heart,
    "list": _list,
}
"""Every icon by name; each name is used for one meaning everywhere."""


STROKE = 2.0
"""Line width on the 24-unit grid."""


def paint_icon(painter: QPainter, rect: QRectF, name: str, colour: QColor) -> None:
    """Draw icon ``name`` in ``colour``, fitted into ``rect``."""
    stroke, fill = QPainterPath(), QPainterPath()
    ICONS[name](stroke, fill)
    side = min(rect.width(), rect.height())
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.translate(rect.center().x() - side / 2, rect.center().y() - side / 2)
    painter.scale(side / 24, side / 24)
    brush = solid_brush(colour)
    for piece in _round_stroke(stroke):
        painter.fillPath(piece, brush)
    painter.fillPath(fill, brush)
    painter.restore()


def solid_brush(colour: QColor) -> QBrush:
    """A solid brush of ``colour``, made without QBrush's overloaded constructor (whose
    overload resolution sets up all of Qt's enums: ~45 ms Home's first paint can't spare)."""
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Window, colour)
    return palette.brush(QPalette.ColorRole.Window)


def _round_stroke(path: QPainterPath) -> list[QPainterPath]:
    """``path`` as simple filled pieces: a disc at every vertex and a band along every
    segment (what a round-capped, round-joined pen of width :data:`STROKE` covers)."""
    radius = STROKE / 2
    pieces = []
    for polygon in path.toSubpathPolygons():
        points = [polygon.at(k) for k in range(polygon.size())]
        for point in points:
            disc = QPainterPath()
            disc.addEllipse(point, radius, radius)
            pieces.append(disc)
        for a, b in pairwise(points):
            dx, dy = b.x() - a.x(), b.y() - a.y()
            length = math.hypot(dx, dy)
            if length < 1e-6:
                continue
            nx, ny = -dy / length * radius, dx / length * radius
            band = QPainterPath()
            band.addPolygon(
                QPolygonF(
                    [
                        QPointF(a.x() + nx, a.y() + ny),
                        QPointF(b.x() + nx, b.y() + ny),
                        QPointF(b.x() - nx, b.y() - ny),
                        QPointF(a.x() - nx, a.y() - ny),
                    ]
                )
            )
            pieces.append(band)
    return pieces


class _Engine(QIconEngine):
    """Paints one named icon in a palette colour looked up at paint time."""

    def __init__(self, name: str, role: str) -> None:
        super().__init__()
        self._name = name
        self._role = role

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        palette = active.palette()
        colour = palette.muted if mode is QIcon.Mode.Disabled else getattr(palette, self._role)
        paint_icon(painter, QRectF(rect), self._name, QColor(colour))

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        """A transparent pixmap with the icon (Qt's default leaves the ground unset)."""
        pixmap = QPixmap(size)
        pixmap.fill(QColor(0, 0, 0, 0))
        painter = QPainter(pixmap)
        self.paint(painter, QRect(0, 0, size.width(), size.height()), mode, state)
        painter.end()
        return pixmap

    def clone(self) -> QIconEngine:
        return _Engine(self._name, self._role)


def icon(name: str, role: str = "text") -> QIcon:
    """Icon ``name`` (one of :data:`ICONS`) in the palette colour ``role`` (e.g.
    "on_brand" on a primary button)."""
    if name not in ICONS:
        raise KeyError(f"no icon named {name!r}")
    return QIcon(_Engine(name, role))
