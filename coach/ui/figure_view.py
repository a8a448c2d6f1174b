"""The exercise illustration the session player shows: one figure, animated on demand.

The view owns no timer: the session controller calls :meth:`FigureView.set_motion`
and the view repaints only then. Colours follow the widget's palette.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QEvent, QRectF, QSize
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from coach.figures.body import Point
from coach.figures.pose import Pose, ease_in_out
from coach.figures.renderer import colors_for, paint_scene
from coach.figures.scene import VIEW, build_scene, motion_arrow

NO_PICTURE = "No picture for this step."


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
        self._t = 0.0
        self.setAccessibleName("Exercise illustration")
        self.setAccessibleDescription(NO_PICTURE)
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setMinimumSize(160, 146)

    def show_exercise(self, start_pose_id: str, end_pose_id: str, *, mirrored: bool) -> None:
        """Show the start pose (motion 0) of a move to ``end_pose_id``; ``mirrored``
        draws it for the other side of the body."""
        self._start = self._poses.get(start_pose_id)
        self._end = self._poses.get(end_pose_id)
        self._mirrored = mirrored
        self._t = 0.0
        if self._start is None or self._end is None:
            self._start = self._end = None
            self._arrow = ()
            self.setAccessibleDescription(NO_PICTURE)
        else:
            self._arrow = motion_arrow(self._start, self._end, mirrored=mirrored)
            self.setAccessibleDescription(self._describe(self._start, self._end))
        self.update()

    def set_motion(self, progress: float) -> None:
        """Move the figure to ``progress`` (0 = start pose, 1 = end pose, eased).

        Values outside 0..1 are clamped; an unchanged frame is not repainted.
        """
        t = ease_in_out(progress)
        if t != self._t:
            self._t = t
            self.update()

    def motion(self) -> float:
        """The eased position between the poses now shown (0..1)."""
        return self._t

    def _describe(self, start: Pose, end: Pose) -> str:
        side = " Shown for the other side." if self._mirrored else ""
        if start.id == end.id:
            return f"{start.description}{side}"
        return f"{start.description} Then: {end.description}{side}"

    def hasHeightForWidth(self) -> bool:
        """The picture keeps its aspect ratio."""
        return True

    def heightForWidth(self, width: int) -> int:
        """Height that fits the whole picture at ``width``."""
        return round(width * VIEW[3] / VIEW[2])

    def sizeHint(self) -> QSize:
        """A comfortable size for reading from across a room."""
        return QSize(480, self.heightForWidth(480))

    def changeEvent(self, event: QEvent) -> None:
        """Repaint in the new colours when the palette (light/dark) changes."""
        if event.type() == QEvent.Type.PaletteChange:
            self.update()
        super().changeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        """Draw the current frame; nothing here changes any state."""
        painter = QPainter(self)
        colors = colors_for(self.palette())
        rect = QRectF(self.rect())
        if self._start is None or self._end is None:
            painter.fillRect(rect, colors.background)
        else:
            scene = build_scene(
                self._start, self._end, t=self._t, mirrored=self._mirrored, arrow=self._arrow
            )
            paint_scene(painter, rect, scene, colors)
        painter.end()
