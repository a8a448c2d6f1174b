"""A routine as a card: its first exercises' figures, name, what it is for, and what
it takes (exercises, minutes, equipment); the suggested one is marked."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette, QPixmap
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget

from coach.domain.routine import Routine
from coach.engine.overview import overview
from coach.figures.pose import Pose
from coach.figures.renderer import FigureColors, colors_for, paint_scene
from coach.figures.scene import build_scene, fitted_view
from coach.ui.design import active
from coach.ui.design.tokens import LEAD, S1, S2, SMALL, THUMB_HEIGHT
from coach.ui.session.session_words import overview_text
from coach.ui.visuals.tile import CardButton
from coach.ui.widgets.theme import make_title, set_relative_size

FIGURES = 3
"""A card shows the end poses of its first three exercises."""

CELL_ASPECT = 1.6
"""Each figure is at most this many times as wide as tall."""


@dataclass(frozen=True, slots=True)
class RoutineCardData:
    """What a card shows: plain text and the pose ids of its figures."""

    name: str
    purpose: str
    facts: str
    poses: tuple[str, ...]


def card_data(routine: Routine) -> RoutineCardData:
    """A routine's card: its first level's overview, the first sentence of its summary."""
    blocks = routine.levels[0].blocks if routine.levels else ()
    purpose = routine.summary.split(". ")[0].rstrip(".") + "." if routine.summary else ""
    seen: dict[str, None] = {}
    for block in blocks:
        seen.setdefault(block.exercise.end_pose, None)
    return RoutineCardData(
        routine.name,
        purpose,
        overview_text(overview(blocks)) if blocks else "",
        tuple(seen)[:FIGURES],
    )


class FigureStrip(QWidget):
    """Small figures side by side, each fitted to its pose, in the palette's colours."""

    def __init__(
        self, poses: Mapping[str, Pose], ids: Sequence[str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._poses = [poses[i] for i in ids if i in poses]
        self._cache: dict[tuple[int, int, int, int], QPixmap] = {}
        """Rendered figures by (index, width, height, background): drawn once per size."""
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setVisible(bool(self._poses))

    def sizeHint(self) -> QSize:
        height = THUMB_HEIGHT
        return QSize(height * 3 // 2 * max(1, len(self._poses)), height)

    def minimumSizeHint(self) -> QSize:
        return QSize(self.sizeHint().height(), self.sizeHint().height())

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self._poses:
            return
        palette = QPalette(self.palette())  # the card's ground, not the window's
        palette.setColor(QPalette.ColorRole.Window, QColor(active.palette().surface))
        colors = colors_for(palette)
        cell = min(self.width() / len(self._poses), self.height() * CELL_ASPECT)
        painter = QPainter(self)
        for k, pose in enumerate(self._poses):
            key = (k, round(cell), self.height(), colors.background.rgba())
            if key not in self._cache:
                self._cache[key] = _figure(pose, QSize(round(cell), self.height()), colors)
            painter.drawPixmap(round(k * cell), 0, self._cache[key])
        painter.end()


def _figure(pose: Pose, size: QSize, colors: FigureColors) -> QPixmap:
    pixmap = QPixmap(size)
    pixmap.fill(colors.background)
    painter = QPainter(pixmap)
    paint_scene(
        painter,
        QRectF(2, 2, size.width() - 4, size.height() - 4),
        build_scene(pose, pose, arrow=()),
        colors,
        view=fitted_view(pose, pose),
    )
    painter.end()
    return pixmap


class RoutineCard(CardButton):
    """A routine to pick: ``data`` on a card; ``suggested`` adds a badge and makes it
    the primary choice. Its text wraps rather than widening the window."""

    def __init__(
        self,
        data: RoutineCardData,
        poses: Mapping[str, Pose],
        *,
        suggested: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(data.name, parent)
        self.figures = FigureStrip(poses, data.poses, self)
        self.badge = QLabel(self.tr("Suggested for you"), self)
        self.badge.setProperty("role", "badge")
        self.badge.setVisible(suggested)
        self.name = QLabel(data.name, self)
        make_title(self.name, LEAD)
        self.name.setWordWrap(True)
        self.purpose = QLabel(data.purpose, self)
        self.purpose.setWordWrap(True)
        self.facts = QLabel(data.facts, self)
        self.facts.setWordWrap(True)
        self.facts.setProperty("role", "muted")
        set_relative_size(self.facts, SMALL)
        column = QVBoxLayout(self)
        column.setContentsMargins(S2, S2, S2, S2)
        column.setSpacing(S1 // 2)
        column.addWidget(self.figures)
        column.addWidget(self.badge, 0, Qt.AlignmentFlag.AlignLeft)
        column.addWidget(self.name)
        column.addWidget(self.purpose)
        column.addWidget(self.facts)
        column.addStretch(1)
