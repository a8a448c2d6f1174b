"""The reminder side of the app, wired in one place: settings, background mode and tray.

Built by :class:`coach.ui.bootstrap.BuiltApp` with one line; everything that
keeps the person reminded while the window is closed hangs off this object.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication

from coach.flow.background import Pause, pause_end
from coach.flow.reminder_settings import PAUSED_UNTIL, ReminderSettings
from coach.ui.background import BackgroundMode

if TYPE_CHECKING:
    from coach.ui.bootstrap import BuiltApp


class ReminderParts:
    """Reminder settings, background mode (close policy and tray) for ``app``."""

    def __init__(self, app: BuiltApp) -> None:
        self._app = app
        self.settings = ReminderSettings.read(app.store)
        for problem in self.settings.problems:
            app.window.notices.add(problem, key="reminder_settings")
        self.background = BackgroundMode(
            app.window,
            icon=QApplication.windowIcon(),
            timer_active=lambda: app.thermal.snapshot().kind is not None,
            reminders_on=lambda: self.settings.any_on,
        )
        self.background.session_requested.connect(app.flow.start_session)
        self.background.thermal_requested.connect(app.show_thermal)
        self.background.pause_requested.connect(self.pause)

    def pause(self, choice: str) -> None:
        """Pause reminders for an hour or for the rest of today (a ``Pause`` value)."""
        until = pause_end(Pause(choice), now=self._app.wall.now())
        self._app.store.set_setting(PAUSED_UNTIL.key, until)
        self.settings = ReminderSettings.read(self._app.store)
