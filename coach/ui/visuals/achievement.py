"""The end of a session as an achievement: a big done mark and the numbers that matter
(steps, minutes, pain before and after, the streak), from plain data."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from coach.flow.outcome import Ending
from coach.flow.wording import count
from coach.ui.app.translations import english_or
from coach.ui.design import active
from coach.ui.design.icons import paint_icon
from coach.ui.design.tokens import LEAD, S1, S2, S3, SECTION, SMALL
from coach.ui.visuals.tile import EmSquare
from coach.ui.widgets.theme import make_title, set_relative_size

MARK_EM = 3.2
"""The done mark is this many text heights across."""


@dataclass(frozen=True, slots=True)
class SessionFacts:
    """What a finished (or stopped) session achieved."""

    completed: bool
    steps_done: int
    minutes: int
    pain_before: int | None
    pain_after: int | None
    streak: int
    """Days in a row with a session done, this one included."""
    ending: Ending = Ending.FINISHED_ALL
    """How the flow says it ended (finished with skips is not called "complete")."""


class DoneMark(EmSquare):
    """A filled circle with a tick: green when the session was completed, brand teal
    when it was stopped (stopping when it hurts is also the right thing to do)."""

    em = MARK_EM

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._completed = True

    def set_completed(self, completed: bool) -> None:
        """Green for a completed session, teal for a stopped one."""
        self._completed = completed
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        palette = active.palette()
        side = min(self.width(), self.height())
        disc = QRectF((self.width() - side) / 2, (self.height() - side) / 2, side, side)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        fill, ink = (
            (palette.done, palette.on_done)
            if self._completed
            else (palette.brand, palette.on_brand)
        )
        painter.setBrush(QColor(fill))
        painter.drawEllipse(disc)
        inset = side * 0.22
        paint_icon(painter, disc.adjusted(inset, inset, -inset, -inset), "check", QColor(ink))
        painter.end()


class FactTile(QFrame):
    """One big number with a small caption under it, on a card."""

    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "card")
        self.value = QLabel(self)
        make_title(self.value, SECTION)
        self.value.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.caption = QLabel(caption, self)
        self.caption.setProperty("role", "muted")
        self.caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.caption.setWordWrap(True)
        set_relative_size(self.caption, SMALL)
        self.setAccessibleName(caption)
        column = QVBoxLayout(self)
        column.setContentsMargins(S2, S1, S2, S1)
        column.addWidget(self.value)
        column.addWidget(self.caption)


class Achievement(QWidget):
    """The done mark, a heading, and tiles: steps, minutes, pain, streak."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.mark = DoneMark(self)
        self.heading = QLabel(self)
        make_title(self.heading, SECTION)
        self.heading.setWordWrap(True)
        self.steps = FactTile(self.tr("steps done"), self)
        self.minutes = FactTile(self.tr("of exercise"), self)
        self.pain = FactTile(self.tr("pain before → after"), self)
        self.streak = FactTile(self.tr("in a row"), self)
        top = QHBoxLayout()
        top.setSpacing(S3)
        top.addWidget(self.mark)
        top.addWidget(self.heading, 1)
        tiles = QHBoxLayout()
        tiles.setSpacing(S2)
        for tile in (self.steps, self.minutes, self.pain, self.streak):
            tiles.addWidget(tile, 1)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(S2)
        self.next_step = QLabel(self)
        self.next_step.setWordWrap(True)
        self.next_step.setProperty("role", "eyebrow")
        self.next_step.setAccessibleName(self.tr("What is next"))
        set_relative_size(self.next_step, LEAD)
        column.addLayout(top)
        column.addLayout(tiles)
        column.addWidget(self.next_step)

    def show_facts(self, facts: SessionFacts) -> None:
        """Show ``facts``."""
        self.mark.set_completed(facts.completed)
        if not facts.completed:
            heading = self.tr("Saved. Stopping when it was right is part of getting better.")
        elif facts.ending is Ending.FINISHED_SKIPPED:
            heading = self.tr("Session finished, with some steps skipped. Well done for the rest!")
        else:
            heading = self.tr("Session complete. Well done!")
        self.heading.setText(heading)
        self.steps.value.setText(str(facts.steps_done))
        self.minutes.value.setText(
            self.tr("{minutes} min").format(minutes=facts.minutes)
            if facts.minutes
            else self.tr("< 1 min")
        )
        before = "–" if facts.pain_before is None else str(facts.pain_before)
        after = "–" if facts.pain_after is None else str(facts.pain_after)
        self.pain.value.setText(f"{before} → {after}")
        self.streak.value.setText(
            english_or(self.tr("%n day(s)", "", facts.streak), count(facts.streak, "day"))
        )
        self.streak.setVisible(facts.streak > 0)
        self.next_step.setText(
            self.tr(
                "Next: rest today, and your next session tomorrow. "
                "Ice or heat from Home can ease any soreness."
            )
            if facts.completed
            else self.tr(
                "Next: rest, and see how it feels tomorrow morning before the next session."
            )
        )
