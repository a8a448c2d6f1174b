"""Draw a :class:`Scene` with QPainter, onto any paint device or into SVG text.

One style for every exercise: rounded capsule limbs, far limbs paler than
near ones, the target area in an accent colour, the motion as an arrow.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from dataclasses import dataclass

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QImage,
    QPainter,
    QPainterPath,
    QPalette,
    QPen,
    QPolygonF,
)
from PySide6.QtSvg import QSvgGenerator

from coach.figures.body import Capsule, Point
from coach.figures.pose import Pose
from coach.figures.props import Box, Disc, Ink, Loop, Primitive
from coach.figures.scene import VIEW, Scene, View, build_scene

ACCENT = QColor("#e8590c")
"""Target area: a warm orange that reads on light and dark backgrounds."""
BAND = QColor("#8a63d2")


@dataclass(frozen=True, slots=True)
class FigureColors:
    """Every colour the renderer uses; build one with :func:`colors_for`."""

    background: QColor
    near: QColor
    body: QColor
    far: QColor
    floor: QColor
    mat: QColor
    wall: QColor
    prop: QColor
    prop_edge: QColor
    band: QColor
    accent: QColor
    arrow: QColor
    working: QColor
    """The working leg: the palette's highlight (the app's brand colour)."""


def _mix(a: QColor, b: QColor, k: float) -> QColor:
    """``a`` moved a fraction ``k`` toward ``b``."""
    return QColor.fromRgbF(
        a.redF() + (b.redF() - a.redF()) * k,
        a.greenF() + (b.greenF() - a.greenF()) * k,
        a.blueF() + (b.blueF() - a.blueF()) * k,
    )


def colors_for(palette: QPalette) -> FigureColors:
    """Colours that follow ``palette``: the figure in the text colour, props faded.

    Near limbs have the most contrast with the background (darker on a light
    palette), far limbs and props progressively less.
    """
    bg = palette.color(QPalette.ColorRole.Window)
    ink = palette.color(QPalette.ColorRole.WindowText)
    dark = bg.lightnessF() < 0.5
    arrow = QColor("#4d8ff0") if dark else QColor("#1f5fc9")
    return FigureColors(
        background=bg,
        near=_mix(ink, bg, 0.12),
        body=_mix(ink, bg, 0.22),
        far=_mix(ink, bg, 0.5),
        floor=_mix(ink, bg, 0.55),
        mat=_mix(ink, bg, 0.86),
        wall=_mix(ink, bg, 0.92),
        prop=_mix(ink, bg, 0.72),
        prop_edge=_mix(ink, bg, 0.5),
        band=BAND,
        accent=ACCENT,
        arrow=arrow,
        working=palette.color(QPalette.ColorRole.Highlight),
    )


def light_palette() -> QPalette:
    """A plain light palette (for files rendered outside any window)."""
    pal = QPalette()
    pal.setColor(QPalette.ColorRole.Window, QColor("#ffffff"))
    pal.setColor(QPalette.ColorRole.WindowText, QColor("#1d2329"))
    pal.setColor(QPalette.ColorRole.Highlight, QColor("#1f7a8c"))
    return pal


def dark_palette() -> QPalette:
    """A plain dark palette."""
    pal = QPalette()
    pal.setColor(QPalette.ColorRole.Window, QColor("#1e2227"))
    pal.setColor(QPalette.ColorRole.WindowText, QColor("#eef1f4"))
    pal.setColor(QPalette.ColorRole.Highlight, QColor("#5cbccb"))
    return pal


def _capsule_path(c: Capsule) -> QPainterPath:
    path = QPainterPath()
    path.addEllipse(QPointF(*c.a), c.ra, c.ra)
    dx, dy = c.b[0] - c.a[0], c.b[1] - c.a[1]
    length = math.hypot(dx, dy)
    if length > 1e-6:
        end = QPainterPath()
        end.addEllipse(QPointF(*c.b), c.rb, c.rb)
        nx, ny = -dy / length, dx / length
        quad = QPainterPath()
        quad.addPolygon(
            QPolygonF(
                [
                    QPointF(c.a[0] + nx * c.ra, c.a[1] + ny * c.ra),
                    QPointF(c.b[0] + nx * c.rb, c.b[1] + ny * c.rb),
                    QPointF(c.b[0] - nx * c.rb, c.b[1] - ny * c.rb),
                    QPointF(c.a[0] - nx * c.ra, c.a[1] - ny * c.ra),
                ]
            )
        )
        quad.closeSubpath()
        path = path.united(end).united(quad)
    return path


def _union(caps: Iterable[Capsule]) -> QPainterPath:
    out = QPainterPath()
    for c in caps:
        out = out.united(_capsule_path(c))
    return out


def _fill(painter: QPainter, path: QPainterPath, color: QColor, outline: QColor | None) -> None:
    if outline is None:
        painter.setPen(Qt.PenStyle.NoPen)
    else:
        pen = QPen(outline, 1.5)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
    painter.setBrush(QBrush(color))
    painter.drawPath(path)


def _primitive(painter: QPainter, prim: Primitive, colors: FigureColors) -> None:
    fill = {
        Ink.MAT: colors.mat,
        Ink.WALL: colors.wall,
        Ink.PROP: colors.prop,
        Ink.PROP_EDGE: colors.prop_edge,
        Ink.BAND: colors.band,
    }[prim.ink]
    if isinstance(prim, Box):
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QBrush(fill))
        painter.drawRoundedRect(QRectF(prim.x, prim.y, prim.w, prim.h), prim.round, prim.round)
    elif isinstance(prim, Disc):
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QBrush(fill))
        painter.drawEllipse(QPointF(*prim.c), prim.r, prim.r)
    elif isinstance(prim, Loop):
        pen = QPen(fill, 2.6)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(_capsule_path(prim.capsule))


def _limb(scene: Scene, side: str, parts: tuple[str, ...]) -> QPainterPath:
    return _union(scene.body.shapes[f"{side}_{p}"] for p in parts)


_ARM = ("upper_arm", "forearm", "hand")
_LEG = ("thigh", "shin", "foot")


def _core(scene: Scene) -> QPainterPath:
    body = scene.body
    path = _union(body.shapes[n] for n in ("pelvis", "trunk", "neck", "head"))
    side = 1.0 - body.front
    if side > 0.05:
        head = body.shapes["head"].a
        fa, ha = math.radians(body.face_dir), math.radians(body.head_dir)
        nose: Point = (
            head[0] + math.cos(fa) * 10.4 - math.cos(ha) * 1.5,
            head[1] + math.sin(fa) * 10.4 - math.sin(ha) * 1.5,
        )
        path = path.united(_capsule_path(Capsule(nose, nose, 2.8 * side, 2.8 * side)))
    return path


def _arrow(painter: QPainter, pts: tuple[Point, ...], color: QColor) -> None:
    if len(pts) < 2:
        return
    path = QPainterPath(QPointF(*pts[0]))
    for p in pts[1:]:
        path.lineTo(QPointF(*p))
    pen = QPen(color, 2.8)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPath(path)
    (x0, y0), (x1, y1) = pts[-2], pts[-1]
    a = math.atan2(y1 - y0, x1 - x0)
    size = 8.0
    head = QPolygonF(
        [
            QPointF(x1 + math.cos(a) * size * 0.6, y1 + math.sin(a) * size * 0.6),
            QPointF(x1 + math.cos(a + 2.5) * size, y1 + math.sin(a + 2.5) * size),
            QPointF(x1 + math.cos(a - 2.5) * size, y1 + math.sin(a - 2.5) * size),
        ]
    )
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QBrush(color))
    painter.drawPolygon(head)


def paint_scene(
    painter: QPainter,
    rect: QRectF,
    scene: Scene,
    colors: FigureColors,
    *,
    fill_background: bool = True,
    view: View = VIEW,
) -> None:
    """Draw the ``view`` box of ``scene`` centred in ``rect``, as large as fits, keeping
    its aspect."""
    vx, vy, vw, vh = view
    scale = min(rect.width() / vw, rect.height() / vh)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    if fill_background:
        painter.fillRect(rect, colors.background)
    painter.translate(rect.center())
    painter.scale(scale, -scale)
    painter.translate(-(vx + vw / 2), -(vy + vh / 2))
    painter.setClipRect(QRectF(vx, vy, vw, vh))

    behind = scene.props.behind
    for prim in behind:
        _primitive(painter, prim, colors)
    floor = QPen(colors.floor, 1.6)
    painter.setPen(floor)
    painter.drawLine(QPointF(vx, 0.0), QPointF(vx + vw, 0.0))

    outline = colors.background
    # Seen from the front neither side is behind: the far side is only a shade lighter.
    far = _mix(colors.far, colors.near, 0.6 * scene.body.front)
    far_leg, near_leg = _limb(scene, "far", _LEG), _limb(scene, "near", _LEG)
    crossing = scene.working == "far" and far_leg.intersects(near_leg)
    far_marks = [_capsule_path(h.capsule) for h in scene.highlights if h.layer == "far"]
    _fill(painter, _limb(scene, "far", _ARM), far, outline)
    if not crossing:
        _fill(painter, far_leg, colors.working if scene.working == "far" else far, outline)
    for mark in far_marks:
        _fill(painter, mark, colors.accent, None)
    _fill(painter, _core(scene), colors.body, outline)
    for prim in scene.props.middle:
        _primitive(painter, prim, colors)
    _fill(painter, near_leg, colors.working if scene.working == "near" else colors.near, outline)
    if crossing:  # the working leg in front, so "ankle over the other knee" can be seen
        _fill(painter, far_leg, colors.working, outline)
        for mark in far_marks:
            _fill(painter, mark, colors.accent, None)
    accent = QColor(colors.accent)
    accent.setAlphaF(0.9)
    for h in scene.highlights:
        if h.layer == "near":
            _fill(painter, _capsule_path(h.capsule), accent, None)
    for prim in scene.props.front:
        _primitive(painter, prim, colors)
    _fill(painter, _limb(scene, "near", _ARM), colors.near, outline)
    _arrow(painter, scene.arrow, colors.arrow)
    painter.restore()


def view_size(width: int) -> QSize:
    """The pixel size with the picture's aspect ratio for ``width``."""
    return QSize(width, round(width * VIEW[3] / VIEW[2]))


def render_image(scene: Scene, size: QSize, colors: FigureColors) -> QImage:
    """``scene`` painted into a new ARGB image of ``size``."""
    image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(colors.background)
    painter = QPainter(image)
    paint_scene(painter, QRectF(0, 0, size.width(), size.height()), scene, colors)
    painter.end()
    return image


_SVG_NOISE = re.compile(r"<!--.*?-->\s*", re.S)


def render_svg(
    pose: Pose,
    end: Pose | None = None,
    *,
    mirrored: bool = False,
    t: float = 0.0,
    width: int = 480,
    colors: FigureColors | None = None,
    title: str = "",
) -> str:
    """SVG text for ``pose`` (moving toward ``end`` if given); same input, same bytes."""
    size = view_size(width)
    scene = build_scene(pose, end, t=t, mirrored=mirrored, arrow=None if end else ())
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    gen = QSvgGenerator()
    gen.setOutputDevice(buffer)
    gen.setSize(size)
    gen.setViewBox(QRectF(0, 0, size.width(), size.height()))
    gen.setTitle(title or pose.id)
    gen.setDescription(pose.description)
    painter = QPainter(gen)
    paint_scene(
        painter,
        QRectF(0, 0, size.width(), size.height()),
        scene,
        colors or colors_for(light_palette()),
    )
    painter.end()
    data: QByteArray = buffer.data()
    return _SVG_NOISE.sub("", bytes(data.data()).decode("utf-8"))
