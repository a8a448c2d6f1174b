"""The exercise illustration the session player shows: one figure, animated on demand.

The view owns no timer: the session controller calls :meth:`FigureView.set_motion`
and the view repaints only then. Colours follow the widget's palette.

Drawing a frame costs several milliseconds (path unions and anti-aliased
fills), and timed reps show the same few frames over and over. So the motion is
quantised to :data:`FRAME_STEPS` steps and a frame shown a second time is
kept as a QPixmap at the screen's device pixel ratio, in a small LRU cache
keyed by everything that changes the picture. Frames shown once (a hold easing
into its end pose) are not kept, and a new exercise empties the cache, so
memory goes to repeated motion only.
"""

from __future__ import annotations

import math
from collections import OrderedDict
from collections.abc import Mapping

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QHideEvent, QPainter, QPaintEvent, QPalette, QPixmap, QResizeEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from coach.figures.body import Point
from coach.figures.pose import Pose, ease_in_out
from coach.figures.renderer import colors_for, paint_scene
from coach.figures.scene import VIEW, View, build_scene, fitted_view, motion_arrow

NO_PICTURE = str(QT_TRANSLATE_NOOP("FigureView", "No picture for this step."))
FRAME_STEPS = 32
"""The eased motion is shown in steps of 1/32: finer than a 10-20 fps tick moves it."""
CACHE_FRAMES = 64
"""At most this many rendered frames are kept (both sides of one exercise)..."""
CACHE_BYTES = 16 * 1024 * 1024
"""...and at most this much pixel memory: all of one side's frames at 1x in the app's
window (0.46 MiB each); a large window or HiDPI keeps fewer."""

_FrameKey = tuple[str, str, bool, int, int, int, float, int, int]
"""start id, end id, mirrored, frame, width, height, device pixel ratio, background, ink."""


class FigureView(QWidget):
    """Draws the figure between an exercise's start and end pose.

    ``poses`` maps pose ids to poses (see ``coach.figures.pose_loader``).
    An unknown pose id shows an empty picture rather than failing a session.
    """

    def __init__(self, poses: Mapping[str, Pose], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._poses = poses
        self._start: Pose | None = None
        self._end: Pose | None = None
        self._mirrored = False
        self._arrow: tuple[Point, ...] = ()
        self._view: View = VIEW
        """The world box drawn: fitted to the exercise shown."""
        self._frame = 0
        self._cache: OrderedDict[_FrameKey, tuple[QPixmap, QPointF]] = OrderedDict()
        self._cache_bytes = 0
        self._seen: set[_FrameKey] = set()
        """Frames drawn once since the cache was emptied: the next request keeps one."""
        self.setAccessibleName(self.tr("Exercise illustration"))
        self.setAccessibleDescription(self.tr(NO_PICTURE))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(160, 146)
        # paintEvent fills every pixel: a new frame repaints this widget only, not its parents.
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)

    def show_exercise(self, start_pose_id: str, end_pose_id: str, *, mirrored: bool) -> None:
        """Show the start pose (motion 0) of a move to ``end_pose_id``; ``mirrored``
        draws it for the other side of the body."""
        if (start_pose_id, end_pose_id) != self._pose_ids():
            self._clear_cache()  # the other side of this exercise keeps its frames
        self._start = self._poses.get(start_pose_id)
        self._end = self._poses.get(end_pose_id)
        self._mirrored = mirrored
        self._frame = 0
        if self._start is None or self._end is None:
            self._start = self._end = None
            self._arrow = ()
            self.setAccessibleDescription(self.tr(NO_PICTURE))
        else:
            self._arrow = motion_arrow(self._start, self._end, mirrored=mirrored)
            self._view = fitted_view(self._start, self._end, mirrored=mirrored)
            self.setAccessibleDescription(self._describe(self._start, self._end))
        self.update()

    def set_motion(self, progress: float) -> None:
        """Move the figure to ``progress`` (0 = start pose, 1 = end pose, eased).

        Values outside 0..1 are clamped; the position is rounded to 1/:data:`FRAME_STEPS`,
        and only a change of that rounded frame repaints.
        """
        frame = round(ease_in_out(progress) * FRAME_STEPS)
        if frame != self._frame:
            self._frame = frame
            self.update(self._picture_rect())

    def motion(self) -> float:
        """The eased position between the poses now shown (0..1, in 1/32 steps)."""
        return self._frame / FRAME_STEPS

    def _describe(self, start: Pose, end: Pose) -> str:
        side = self.tr(" Shown for the other side.") if self._mirrored else ""
        if start.id == end.id:
            return f"{start.description}{side}"
        then = self.tr("{start} Then: {end}").format(start=start.description, end=end.description)
        return then + side

    def sizeHint(self) -> QSize:
        """A comfortable size for reading from across a room. Any other size works too:
        the picture keeps its aspect ratio inside (so no height-for-width)."""
        return QSize(480, round(480 * VIEW[3] / VIEW[2]))

    def changeEvent(self, event: QEvent) -> None:
        """Repaint in the new colours when the palette (light/dark) changes."""
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.DevicePixelRatioChange):
            self._clear_cache()
            self.update()
        super().changeEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Frames of the old size will not be shown again."""
        self._clear_cache()
        super().resizeEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:
        """Give the frames' memory back while no session is shown."""
        self._clear_cache()
        super().hideEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        """Draw the current frame from the cache (rendering it first if needed)."""
        painter = QPainter(self)
        background = self.palette().color(QPalette.ColorRole.Window)
        if self._start is None or self._end is None:
            painter.fillRect(self.rect(), background)
        else:
            pixmap, at = self._cached_frame()
            picture = QRectF(at, pixmap.deviceIndependentSize())
            for strip in _around(QRectF(self.rect()), picture):
                painter.fillRect(strip, background)  # the pixmap covers the rest
            painter.drawPixmap(at, pixmap)
        painter.end()

    # --- frame cache -----------------------------------------------------------

    def _cached_frame(self) -> tuple[QPixmap, QPointF]:
        """The current frame and where it goes, rendered on a cache miss."""
        assert self._start is not None and self._end is not None
        palette = self.palette()
        key: _FrameKey = (
            self._start.id,
            self._end.id,
            self._mirrored,
            self._frame,
            self.width(),
            self.height(),
            self.devicePixelRatioF(),
            palette.color(QPalette.ColorRole.Window).rgba(),
            palette.color(QPalette.ColorRole.WindowText).rgba(),
        )
        hit = self._cache.get(key)
        if hit is not None:
            self._cache.move_to_end(key)
            return hit
        entry = self._render_frame(key[6])
        if key not in self._seen:
            if len(self._seen) >= 4 * CACHE_FRAMES:
                self._seen.clear()
            self._seen.add(key)
            return entry
        self._cache[key] = entry
        self._cache_bytes += _pixmap_bytes(entry[0])
        while len(self._cache) > CACHE_FRAMES or (
            self._cache_bytes > CACHE_BYTES and len(self._cache) > 1
        ):
            _, (old, _) = self._cache.popitem(last=False)
            self._cache_bytes -= _pixmap_bytes(old)
        return entry

    def _device_box(self, dpr: float) -> tuple[int, int, int, int]:
        """Left, top, right, bottom in whole device pixels of the area the scene covers
        (it keeps its aspect, centred, as :func:`paint_scene` draws it)."""
        rect = QRectF(self.rect())
        view = self._view
        scale = min(rect.width() / view[2], rect.height() / view[3])
        half_w, half_h = view[2] * scale / 2, view[3] * scale / 2
        centre = rect.center()
        return (
            max(0, math.floor((centre.x() - half_w) * dpr)),
            max(0, math.floor((centre.y() - half_h) * dpr)),
            min(math.ceil(rect.width() * dpr), math.ceil((centre.x() + half_w) * dpr)),
            min(math.ceil(rect.height() * dpr), math.ceil((centre.y() + half_h) * dpr)),
        )

    def _picture_rect(self) -> QRect:
        """The widget area a frame covers (what a new frame repaints)."""
        dpr = self.devicePixelRatioF()
        left, top, right, bottom = self._device_box(dpr)
        return QRectF(
            left / dpr, top / dpr, (right - left) / dpr, (bottom - top) / dpr
        ).toAlignedRect()

    def _render_frame(self, dpr: float) -> tuple[QPixmap, QPointF]:
        """Paint the current frame into a device-resolution pixmap of the scene's area.

        The scene is painted exactly as it would be onto the widget, at the
        screen's device pixel ratio, with the pixmap's corner on a whole device
        pixel: drawn 1:1, never resampled, so never blurred.
        """
        assert self._start is not None and self._end is not None
        left, top, right, bottom = self._device_box(dpr)
        pixmap = QPixmap(max(1, right - left), max(1, bottom - top))
        pixmap.setDevicePixelRatio(dpr)
        colors = colors_for(self.palette())
        pixmap.fill(colors.background)  # a part-covered last device row is not left undefined
        at = QPointF(left / dpr, top / dpr)
        painter = QPainter(pixmap)
        painter.translate(-at)
        scene = build_scene(
            self._start,
            self._end,
            t=self._frame / FRAME_STEPS,
            mirrored=self._mirrored,
            arrow=self._arrow,
        )
        paint_scene(painter, QRectF(self.rect()), scene, colors, view=self._view)
        painter.end()
        return pixmap, at

    def _pose_ids(self) -> tuple[str, str] | None:
        return None if self._start is None or self._end is None else (self._start.id, self._end.id)

    def _clear_cache(self) -> None:
        self._cache.clear()
        self._cache_bytes = 0
        self._seen.clear()


def _around(outer: QRectF, inner: QRectF) -> list[QRectF]:
    """The parts of ``outer`` outside ``inner`` (which lies within it): up to four strips."""
    strips = [
        QRectF(outer.left(), outer.top(), outer.width(), inner.top() - outer.top()),
        QRectF(outer.left(), inner.bottom(), outer.width(), outer.bottom() - inner.bottom()),
        QRectF(outer.left(), inner.top(), inner.left() - outer.left(), inner.height()),
        QRectF(inner.right(), inner.top(), outer.right() - inner.right(), inner.height()),
    ]
    return [strip for strip in strips if strip.width() > 0 and strip.height() > 0]


def _pixmap_bytes(pixmap: QPixmap) -> int:
    return pixmap.width() * pixmap.height() * max(1, pixmap.depth() // 8)
