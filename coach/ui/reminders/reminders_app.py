"""The reminder side of the app, wired in one place: settings, background mode and tray,
the reminder schedule, start on login and the one-instance server.

Built by :class:`coach.ui.app.bootstrap.BuiltApp` with one line; everything that
keeps the person reminded while the window is closed hangs off this object.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QWidget

from coach.domain.history import SessionStatus, ThermalKind
from coach.flow import reminders as r
from coach.flow.background import Pause, pause_end
from coach.flow.reminder_settings import PAUSED_UNTIL, ReminderSettings
from coach.ui.app.saving import save_or_say
from coach.ui.reminders.autostart import set_autostart
from coach.ui.reminders.background import BackgroundMode
from coach.ui.reminders.reminder_runner import ReminderRunner
from coach.ui.reminders.single_instance import InstanceServer, Request


def repaired_notice() -> str:
    """Saved reminder settings were tampered with or broken: they read as defaults."""
    return QCoreApplication.translate(
        "ReminderParts",
        "Some saved reminder settings could not be read, so they are back to normal. "
        "You can check them under Reminders.",
    )


if TYPE_CHECKING:
    from coach.ui.app.bootstrap import BuiltApp
    from coach.ui.reminders.reminder_settings_box import ReminderSettingsBox


class ReminderParts:
    """Reminder settings, background mode (close policy and tray) and reminders for ``app``."""

    def __init__(self, app: BuiltApp) -> None:
        self._app = app
        self.server: InstanceServer | None = None
        self.settings = ReminderSettings.read(app.store)
        if self.settings.problems:
            app.window.notices.add(repaired_notice(), key="reminder_settings")
        self.background = BackgroundMode(
            app.window,
            icon=QApplication.windowIcon(),
            timer_active=lambda: app.thermal.snapshot().kind is not None,
            reminders_on=lambda: self.settings.any_on,
        )
        self.background.session_requested.connect(app.flow.start_session)
        self.background.thermal_requested.connect(app.show_thermal)
        self.background.pause_requested.connect(self.pause)
        self.runner = ReminderRunner(
            store=app.store,
            wall=app.wall,
            mono=app.mono,
            notifier=app.notifier,
            settings=lambda: self.settings,
            facts=self._facts,
            parent=app.window,
        )
        self.runner.session_requested.connect(lambda: self.handle(Request.SESSION))
        self.runner.thermal_requested.connect(lambda: self.handle(Request.THERMAL))
        self.runner.missed.connect(lambda text: app.window.notices.add(text, key="missed"))
        self.runner.woke.connect(app.thermal.refresh)
        app.thermal.changed.connect(self.runner.arm)  # an ice lock-out may start or end
        app.window.on_screen_built(self._wire)
        self.runner.check()  # reminders missed while the app was not running: one summary

    def serve(self, name: str, first: Request) -> None:
        """Listen as the one instance on ``name``; act on ``first`` (this start's own request).

        Hidden at start (login) and no tray: wait a little for the panel, then keep the
        window minimised, never invisible.
        """
        self.server = InstanceServer(name, parent=self._app.window)
        self.server.attach(self.handle)
        if first is not Request.SHOW:
            self.handle(first)
        elif not self._app.window.isVisible() and self.background.tray is None:
            self.background.wait_for_tray(self._show_minimised)

    def _show_minimised(self) -> None:
        """No tray came: the window, minimised, unless something showed it meanwhile."""
        if not self._app.window.isVisible():
            self._app.window.showMinimized()

    def handle(self, request: Request) -> None:
        """Another start (or a reminder) asked: bring the window forward, open what it wants."""
        self.background.open_window()
        if request is Request.SESSION:
            self._app.flow.start_session()
        elif request is Request.THERMAL:
            self._app.show_thermal()

    def pause(self, choice: str) -> None:
        """Pause reminders for an hour or for the rest of today (a ``Pause`` value)."""
        until = pause_end(Pause(choice), now=self._app.wall.now())
        store = self._app.store
        if not save_or_say(
            self._app.window.notices,
            lambda: store.set_setting(PAUSED_UNTIL.key, until),
            what=QCoreApplication.translate("Saving", "The pause"),
        ):
            return
        self.settings = ReminderSettings.read(store)
        self.runner.arm()

    def _facts(self) -> r.Facts:
        app = self._app
        now = app.wall.now()
        last = app.store.last_session()
        done = last.started_at if last and last.status is SessionStatus.COMPLETED else None
        plan = app.flow.plan()
        return r.facts(
            now=now,
            last_completed_at=done,
            suspended=app.flow.suspended(),
            strain_started_at=plan.strain_started_at if plan else None,
            ice_locked_until=app.thermal.ready_again_at(ThermalKind.ICE),
        )

    def _wire(self, name: str, screen: QWidget) -> None:
        if name != "settings":
            return
        from coach.ui.reminders.reminder_settings_box import (
            ReminderSettingsBox,  # with Settings only
        )

        box = screen.findChild(ReminderSettingsBox)
        if box is None:
            return
        box.show_settings(self.settings)
        box.changed.connect(lambda: self._save(box))
        box.test_requested.connect(self.runner.send_test)

    def _save(self, box: ReminderSettingsBox) -> None:
        chosen = box.current()
        if chosen is None:
            return
        if chosen.start_on_login != self.settings.start_on_login:
            problem = set_autostart(chosen.start_on_login, data_folder=self._app.data_folder)
            if problem:
                self._app.window.notices.add(problem, key="autostart")
        store = self._app.store

        def write() -> None:
            for key, value in chosen.to_json().items():
                store.set_setting(key, value)  # type: ignore[arg-type]

        save_or_say(
            self._app.window.notices,
            write,
            what=QCoreApplication.translate("Saving", "Your reminder settings"),
        )
        self.settings = chosen
        self.runner.arm()
