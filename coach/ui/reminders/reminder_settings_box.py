"""The Reminders part of Settings: one line saying what is set, and a "Reminders..."
button opening the full section (session times and days, ice reminders, quiet
hours, start on login, "Send a test reminder") in a dialog, so Settings still
fits the window without scrolling.

The section shows a :class:`ReminderSettings` and reports edits with
``changed()``; the owner reads ``current()``. Times the person is still typing,
or that are not valid, are named under the field and nothing is saved until
they are.
"""

from __future__ import annotations

import re
from dataclasses import replace

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QLocale,
    QSignalBlocker,
    QTime,
    Signal,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from coach.flow.reminder_settings import MAX_TIMES, ReminderSettings, is_time
from coach.flow.wording import count
from coach.ui.app.translations import english_or, ui_locale
from coach.ui.design.tokens import S1
from coach.ui.widgets.check_row import labelled_row
from coach.ui.widgets.flow_layout import FlowLayout
from coach.ui.widgets.scrolling import fitting_scroll_area

ICE_LABEL = str(
    QT_TRANSLATE_NOOP(
        "ReminderSettingsBox", "Remind me when ice is due again (first days after a sudden strain)"
    )
)
"""In English: translate it (context ReminderSettingsBox) to show it."""


def parse_times(text: str) -> tuple[str, ...] | None:
    """ "9:00, 18:30" -> ("09:00", "18:30"); None unless 1-4 different valid times."""
    parts = [p for p in re.split(r"[,\s]+", text.strip()) if p]
    times = tuple(sorted({p.zfill(5) for p in parts}))
    if not 0 < len(times) <= MAX_TIMES or not all(is_time(t) for t in times):
        return None
    return times


class ReminderSettingsBox(QGroupBox):
    """Reminder settings as widgets; ``changed()`` on each valid edit, ``test_requested()``."""

    changed = Signal()
    test_requested = Signal()
    shown = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Reminders"))
        self.setAccessibleName(self.tr("Reminders"))
        self._shown = ReminderSettings()
        self.session_on = QCheckBox()
        self.session_on.setAccessibleName(self.tr("Remind me to do my session"))
        self.times = QLineEdit(self)
        self.times.setAccessibleName(self.tr("Reminder times"))
        self.times_problem = QLabel(self)
        self.times_problem.setWordWrap(True)
        self.times_problem.setAccessibleName(self.tr("Reminder times problem"))
        self.times_problem.hide()
        locale = ui_locale()
        short = QLocale.FormatType.ShortFormat
        self.days = [QCheckBox(locale.dayName(day, short).rstrip("."), self) for day in range(1, 8)]
        self.thermal_on = QCheckBox()
        self.thermal_on.setAccessibleName(self.tr("Ice reminders"))
        self.quiet_start = self._time_edit(self.tr("Quiet hours start"))
        self.quiet_end = self._time_edit(self.tr("Quiet hours end"))
        self.login = QCheckBox()
        self.login.setAccessibleName(self.tr("Start on login"))
        self.test = QPushButton(self.tr("Send a test re&minder"), self)
        self.test.setProperty("compact", True)  # on the dialog's bottom bar, beside Done
        self.test.setAccessibleName(self.tr("Send a test reminder"))
        self.test.clicked.connect(self.test_requested.emit)

        days = FlowLayout(spacing=S1)  # the days and the quiet hours wrap at 200 % text
        for box in self.days:
            days.addWidget(box)
        quiet = FlowLayout(spacing=S1)
        quiet.addWidget(self.quiet_start)
        quiet.addWidget(QLabel(self.tr("to"), self))
        quiet.addWidget(self.quiet_end)
        quiet.addWidget(QLabel(self.tr("(no ice reminders then)"), self))
        form = QFormLayout(self)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(labelled_row(self.session_on, self.tr("Remind me to do my session"), self))
        form.addRow(self.tr("At"), self.times)
        form.addRow(self.times_problem)
        form.addRow(self.tr("On"), days)
        ice = self.tr(ICE_LABEL)
        form.addRow(labelled_row(self.thermal_on, ice, self))
        form.addRow(self.tr("Quiet hours"), quiet)
        login = self.tr("Start Rehab Coach in the background when I log in")
        form.addRow(labelled_row(self.login, login, self))

        for box in (self.session_on, self.thermal_on, self.login, *self.days):
            box.toggled.connect(self._edited)
        self.times.textEdited.connect(self._edited)
        for edit in (self.quiet_start, self.quiet_end):
            edit.timeChanged.connect(self._edited)

    def _time_edit(self, name: str) -> QTimeEdit:
        edit = QTimeEdit(self)
        edit.setDisplayFormat("HH:mm")
        edit.setAccessibleName(name)
        return edit

    def show_settings(self, settings: ReminderSettings) -> None:
        """Show ``settings`` without reporting it as an edit."""
        self._shown = settings
        widgets = [self.session_on, self.thermal_on, self.login, self.times, *self.days]
        blockers = [QSignalBlocker(w) for w in (*widgets, self.quiet_start, self.quiet_end)]
        self.session_on.setChecked(settings.session_on)
        self.thermal_on.setChecked(settings.thermal_on)
        self.login.setChecked(settings.start_on_login)
        self.times.setText(", ".join(settings.session_times))
        for index, box in enumerate(self.days):
            box.setChecked(index in settings.session_days)
        self.quiet_start.setTime(QTime.fromString(settings.quiet_start, "HH:mm"))
        self.quiet_end.setTime(QTime.fromString(settings.quiet_end, "HH:mm"))
        self._say("")
        del blockers
        self.shown.emit()

    def current(self) -> ReminderSettings | None:
        """The settings as shown, or None while the times are not valid."""
        times = parse_times(self.times.text())
        if times is None:
            return None
        return replace(
            self._shown,
            session_on=self.session_on.isChecked(),
            session_times=times,
            session_days=frozenset(i for i, box in enumerate(self.days) if box.isChecked()),
            thermal_on=self.thermal_on.isChecked(),
            quiet_start=self.quiet_start.time().toString("HH:mm"),
            quiet_end=self.quiet_end.time().toString("HH:mm"),
            start_on_login=self.login.isChecked(),
            problems=(),
        )

    def _edited(self, *_: object) -> None:
        chosen = self.current()
        if chosen is None:
            hint = self.tr("Not saved yet: Up to {n} times, like 09:00, 18:30 (24-hour clock).")
            self._say(hint.format(n=MAX_TIMES))
            return
        self._say("")
        self._shown = chosen
        self.changed.emit()

    def _say(self, problem: str) -> None:
        self.times_problem.setText(problem)
        self.times_problem.setVisible(bool(problem))


class ReminderSettingsRow(QWidget):
    """Settings' reminder line: a summary and "Reminders..." opening the section."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.dialog = QDialog(self)
        self.dialog.setWindowTitle(self.tr("Reminders"))
        self.box = ReminderSettingsBox(self.dialog)
        done = QPushButton(self.tr("&Done"), self.dialog)
        done.setAccessibleName(self.tr("Done"))
        done.setProperty("compact", True)
        done.clicked.connect(self.dialog.accept)
        bar = QHBoxLayout()
        bar.addWidget(self.box.test)
        bar.addStretch(1)
        bar.addWidget(done)
        inside = QVBoxLayout(self.dialog)
        inside.addWidget(fitting_scroll_area(self.box, self.dialog), 1)  # scrolls past 700 px
        inside.addLayout(bar)
        self._bar = bar
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("Reminders set"))
        self.button = QPushButton(self.tr("&Reminders…"), self)
        self.button.setAccessibleName(self.tr("Reminders"))
        self.button.setProperty("compact", True)  # a row of Settings, not a big action
        self.button.clicked.connect(self._open)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.summary, 1)
        row.addWidget(self.button)
        self.box.changed.connect(self._update)
        self.box.shown.connect(self._update)
        self._update()

    def _open(self) -> None:
        """Wide enough for the longest line unwrapped (the text size may have changed),
        but never wider or taller than the app's window: then long lines wrap, and the
        settings scroll above the Done bar."""
        window = self.window()
        wanted = self.fontMetrics().horizontalAdvance(self.box.tr(ICE_LABEL)) + 200
        width = min(wanted, window.width())
        inside = self.dialog.layout()
        box = self.box.layout()
        assert inside is not None and box is not None
        margins = inside.contentsMargins()
        settings = box.totalMinimumHeightForWidth(width - margins.left() - margins.right())
        around = self._bar.sizeHint().height() + inside.spacing() + margins.top()
        height = settings + around + margins.bottom()
        self.dialog.setMinimumWidth(width)
        self.dialog.resize(width, min(height, window.height()))
        self.dialog.open()

    def _update(self) -> None:
        self.summary.setText(self.summary_text(self.box.current() or ReminderSettings()))

    def summary_text(self, settings: ReminderSettings) -> str:
        """What is set, in one line for Settings."""
        parts = []
        if settings.session_on:
            days = len(settings.session_days)
            a_week = english_or(
                self.tr("%n day(s) a week", "", days), f"{count(days, 'day')} a week"
            )
            when = self.tr("every day") if days == 7 else a_week
            text = self.tr("Session reminders at {times}, {when}.")
            parts.append(text.format(times=", ".join(settings.session_times), when=when))
        if settings.thermal_on:
            parts.append(self.tr("Ice reminders on."))
        if settings.start_on_login:
            parts.append(self.tr("Starts when you log in."))
        return " ".join(parts) or self.tr("Reminders are off.")
