"""Home before there is a plan: the three steps to one, each with a big icon, and one
primary button that starts the first of them, so a first start reads at a glance."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from coach.ui.design.tokens import BIG_BUTTON_HEIGHT, S1, S2, S3
from coach.ui.visuals.tile import IconMark
from coach.ui.widgets.theme import make_title, set_icon

if TYPE_CHECKING:
    from PySide6.QtGui import QResizeEvent

STEP_MARK_EM = 1.6
"""A step's icon is this many text heights tall: it reads from the floor."""
TOP = Qt.AlignmentFlag.AlignTop
"""Steps whose lines wrap differently still start level."""


class _StepMark(IconMark):
    em = STEP_MARK_EM


class _Step(QWidget):
    """An icon beside a bold name, over one line (``detail``)."""

    def __init__(self, icon: str, title: str, line: str, parent: QWidget) -> None:
        super().__init__(parent)
        name = QLabel(title, self)
        make_title(name, 1.0)
        name.setWordWrap(True)
        self.detail = QLabel(line, self)
        self.detail.setProperty("role", "muted")
        self.detail.setWordWrap(True)
        self.detail.setAccessibleName(title)
        head = QHBoxLayout()
        head.setSpacing(S1)
        head.addWidget(_StepMark(icon, self))
        head.addWidget(name, 1)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(S1)
        column.addLayout(head)
        column.addWidget(self.detail)
        column.addStretch(1)


class FirstSteps(QWidget):
    """Check in, get a routine, follow along: side by side where they fit, else one under
    the other; under them ``button``, the primary action (start the check-in)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._steps = (
            _Step(
                "clipboard",
                self.tr("1. Check in"),
                self.tr("A few questions, safety first: 2 minutes."),
                self,
            ),
            _Step(
                "list",
                self.tr("2. Get a routine"),
                self.tr("The coach suggests one and says why."),
                self,
            ),
            _Step(
                "play",
                self.tr("3. Follow along"),
                self.tr("Pictures, a timer and a voice: 10-15 minutes a day."),
                self,
            ),
        )
        self._grid = QGridLayout()
        self._grid.setHorizontalSpacing(S3)
        self._grid.setVerticalSpacing(S2)
        self._beside: bool | None = None
        self.button = QPushButton(self.tr("&Start the check-in"), self)
        self.button.setAccessibleName(self.tr("Start the check-in"))
        self.button.setMinimumHeight(BIG_BUTTON_HEIGHT)
        set_icon(self.button, "play", primary=True)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(S1)
        column.addStretch(1)  # the steps in the middle of the room there is
        column.addLayout(self._grid)
        column.addStretch(1)
        column.addWidget(self.button)
        self._arrange()

    def show_details(self, shown: bool) -> None:
        """Each step's line under its name (left out at large text, where the names say
        enough and Home must still fit)."""
        for step in self._steps:
            step.detail.setVisible(shown)
        self._arrange()

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Side by side while the widest name fits three times across, else stacked."""
        self._arrange()
        super().resizeEvent(event)

    def _arrange(self) -> None:
        widest = max(step.minimumSizeHint().width() for step in self._steps)
        beside = self.width() >= 3 * widest + 2 * S3
        if beside == self._beside:
            return
        self._beside = beside
        for step in self._steps:
            self._grid.removeWidget(step)
        for k, step in enumerate(self._steps):
            self._grid.addWidget(step, 0 if beside else k, k if beside else 0, TOP)
        for k in range(3):
            self._grid.setColumnStretch(k, 1 if beside or k == 0 else 0)
