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
from coach.ui.single_instance import InstanceServer, Request

if TYPE_CHECKING:
    from coach.ui.bootstrap import BuiltApp


class ReminderParts:
    """Reminder settings, background mode (close policy and tray) for ``app``."""

    def __init__(self, app: BuiltApp) -> None:
        self._app = app
        self.server: InstanceServer | None = None
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

    def serve(self, name: str, first: Request) -> None:
        """Listen as the one instance on ``name``; act on ``first`` (this start's own request).

        Hidden at start (login) and no tray: keep the window minimised, never invisible.
        """
        self.server = InstanceServer(name, parent=self._app.window)
        self.server.attach(self.handle)
        if first is not Request.SHOW:
            self.handle(first)
        elif not self._app.window.isVisible() and self.background.tray is None:
            self._app.window.showMinimized()

    def handle(self, request: Request) -> None:
        """Another start asked: bring the window forward and open what it wants."""
        self.background.open_window()
        if request is Request.SESSION:
            self._app.flow.start_session()
        elif request is Request.THERMAL:
            self._app.show_thermal()

    def pause(self, choice: str) -> None:
        """Pause reminders for an hour or for the rest of today (a ``Pause`` value)."""
        until = pause_end(Pause(choice), now=self._app.wall.now())
        self._app.store.set_setting(PAUSED_UNTIL.key, until)
        self.settings = ReminderSettings.read(self._app.store)
