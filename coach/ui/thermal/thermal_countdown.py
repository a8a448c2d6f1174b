"""The running ice/heat page: a large countdown, the position advice and the skin check.

Passive: :meth:`ThermalCountdown.show_countdown` shows a :class:`Countdown`; the buttons
emit ``skin_ok``, ``stop_requested`` (with the reaction to record, "" for a
plain stop) and ``back_requested`` (the timer keeps running).
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QProgressBar, QVBoxLayout, QWidget

from coach.domain.thermal import ThermalConfig
from coach.flow.wording import count
from coach.ui.app.translations import english_or
from coach.ui.thermal.thermal_controller import Countdown, clock_text
from coach.ui.thermal.thermal_parts import button, enter_clicks, label, page_column
from coach.ui.widgets.theme import COUNTDOWN_PIXELS, make_title
from coach.ui.widgets.time_words import TimeWords

SKIN_REACTION = "Skin did not look right at the skin check"
"""Recorded when the person stops at the skin-check prompt."""


def _widest_clock_size(clock: QLabel) -> QSize:
    """Room for any mm:ss in ``clock`` (showing "00:00"): its size hint, widened if
    some digit is wider than 0 in its font."""
    clock.ensurePolished()
    metrics = clock.fontMetrics()
    widest = max(metrics.horizontalAdvance(str(digit)) for digit in range(10))
    hint = clock.sizeHint()
    return QSize(hint.width() + 4 * (widest - metrics.horizontalAdvance("0")), hint.height())


class ThermalCountdown(QWidget):
    """The time left in large digits, and the skin check when it is due."""

    skin_ok = Signal()
    stop_requested = Signal(str)
    back_requested = Signal()

    def __init__(self, config: ThermalConfig, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._config = config
        layout, self._title = page_column(self, "")
        self.clock = QLabel("00:00", self)  # the widest text, for its fixed size
        self.clock.setAccessibleName(self.tr("Time left"))
        clock_font = QFont(self.clock.font())
        clock_font.setPixelSize(COUNTDOWN_PIXELS)
        clock_font.setBold(True)
        self.clock.setFont(clock_font)
        self.clock.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # A fixed size, so a new mm:ss each second repaints the label but never
        # asks the window for a new layout.
        self.clock.setFixedSize(_widest_clock_size(self.clock))
        layout.addWidget(self.clock, 0, Qt.AlignmentFlag.AlignHCenter)
        self._words = TimeWords(self)
        self._through = QProgressBar(self)  # the time through this application
        self._through.setAccessibleName(self.tr("Time through this application"))
        self._through.setRange(0, 1000)
        self._through.setTextVisible(False)
        layout.addWidget(self._through)
        self._note = label("", self)
        self._note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self._note)

        self._skin = QFrame(self)
        self._skin.setProperty("role", "notice")
        skin_layout = QVBoxLayout(self._skin)
        skin_title = label(self.tr("Check your skin"), self._skin)
        make_title(skin_title, 1.3)
        skin_layout.addWidget(skin_title)
        self._skin_text = label("", self._skin)
        skin_layout.addWidget(self._skin_text)
        skin_buttons = QHBoxLayout()
        self._skin_ok = button(self.tr("Skin looks OK"), self._skin)
        self._skin_ok.setProperty("primary", True)
        self._skin_ok.clicked.connect(self.skin_ok)
        skin_stop = button(
            self.tr("Stop now"), self._skin, self.tr("Stop now: my skin does not look right")
        )
        skin_stop.clicked.connect(lambda: self.stop_requested.emit(SKIN_REACTION))
        skin_buttons.addWidget(self._skin_ok)
        skin_buttons.addWidget(skin_stop)
        skin_buttons.addStretch(1)
        skin_layout.addLayout(skin_buttons)
        self._skin.setVisible(False)
        layout.addWidget(self._skin)
        layout.addStretch(1)

        bar = QHBoxLayout()
        self._back = button(
            self.tr("Back"), self, self.tr("Back to home (the timer keeps running)")
        )
        self._back.clicked.connect(self.back_requested)
        stop = button(self.tr("Stop the timer"), self)
        stop.clicked.connect(lambda: self.stop_requested.emit(""))
        bar.addWidget(self._back)
        bar.addStretch(1)
        bar.addWidget(stop)
        layout.addLayout(bar)
        enter_clicks(self)

    def show_countdown(self, running: Countdown) -> bool:
        """Show ``running``; True when its skin check has just come due."""
        rules = self._config.rules(running.kind)
        self._title.setText(self.tr("{name} timer").format(name=running.name))
        text = clock_text(running.remaining_s)
        if text != self.clock.text():
            self.clock.setText(text)
            self.clock.setAccessibleName(self._words.time_left(running.remaining_s))
        done = 1 - running.remaining_s / running.planned_s if running.planned_s else 0.0
        self._through.setValue(round(min(1.0, max(0.0, done)) * 1000))
        note = self.tr("of {total}.").format(total=clock_text(running.planned_s))
        note += f" {rules.position}"
        if not running.skin_checked and not running.skin_check_due:
            minutes = round(running.skin_check_at_s / 60)
            chime = self.tr(
                "The coach will chime after %n minute(s) for a skin check.", "", minutes
            )
            english = f"The coach will chime after {count(minutes, 'minute')} for a skin check."
            note += "\n" + english_or(chime, english)
        self._note.setText(note)
        self._skin_text.setText(rules.skin_check)
        due_now = running.skin_check_due and not self._skin.isVisible()
        self._skin.setVisible(running.skin_check_due)
        return due_now

    def focus_target(self) -> QWidget:
        """Where focus goes on this page: "Skin looks OK" while the check is due, else Back."""
        return self._back if self._skin.isHidden() else self._skin_ok
