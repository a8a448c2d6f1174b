"""Background mode: the app keeps running with its window closed, in the tray if there is one.

The close button follows :func:`coach.flow.background.on_close`: with an
ice/heat timer running it asks "Keep the timer running in the background?"
(yes by default); with reminders on it hides the window to the tray; where
there is no tray it says so once and minimises instead. Only Quit (tray menu,
or a close that decides to quit) ends the app.
"""

from __future__ import annotations

import ctypes
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from coach.flow.background import CloseAction, Pause, on_close
from coach.ui.widgets.main_window import MainWindow

KEEP_RUNNING_QUESTION = str(
    QT_TRANSLATE_NOOP("BackgroundMode", "Keep the timer running in the background?")
)
KEEP_RUNNING_DETAIL = str(
    QT_TRANSLATE_NOOP(
        "BackgroundMode",
        "An ice or heat timer is running. If the coach keeps running, it will still "
        "chime and show a note when it is time to check your skin or take the pack off.",
    )
)
NO_TRAY_NOTICE = str(
    QT_TRANSLATE_NOOP(
        "BackgroundMode",
        "This desktop has no system tray, so the coach stays open, minimised, to keep "
        "your timers and reminders working. Use Quit in the Rehab Coach menu to close it.",
    )
)
"""In English: translate these (context BackgroundMode) to show them."""

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMenu, QSystemTrayIcon

# QMenu, QMessageBox and QSystemTrayIcon are imported where used: each class
# PySide6 wraps costs memory, and a hidden app with no tray never needs them.

APP_NAME = "Rehab Coach"
TRAY_WAIT_S = 30
"""At a hidden start (login) the panel may come up after the app: how long to look for a
tray, once a second, before showing the window minimised instead."""


def release_free_memory() -> None:
    """glibc keeps freed heap for reuse; a hidden app gives it back (``malloc_trim``)."""
    if not sys.platform.startswith("linux"):
        return
    try:
        libc = ctypes.CDLL(None)
        libc.malloc_trim(0)
    except (OSError, AttributeError):  # not glibc
        return


class BackgroundMode(QObject):
    """Owns the close policy and the tray icon with its menu.

    Menu requests come out as signals: ``session_requested``,
    ``thermal_requested`` and ``pause_requested(Pause value)``; each first
    brings the window forward where it needs it.
    """

    session_requested = Signal()
    thermal_requested = Signal()
    pause_requested = Signal(str)

    def __init__(
        self,
        window: MainWindow,
        *,
        icon: QIcon,
        timer_active: Callable[[], bool],
        reminders_on: Callable[[], bool],
        tray: bool | None = None,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._timer_active = timer_active
        self._reminders_on = reminders_on
        self._quitting = False
        self._no_tray_said = False
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        app.setQuitOnLastWindowClosed(False)  # a closed dialog must not end a tray app
        self._previous_guard = window.close_guard
        window.close_guard = self._may_close
        self._icon = icon
        self._look_for_tray = tray is None
        self.tray: QSystemTrayIcon | None = None
        self.menu: QMenu | None = None
        if tray or self._tray_now():
            self._add_tray()

    # --- commands -------------------------------------------------------------------

    def ensure_tray(self) -> bool:
        """Add the tray icon if a tray has appeared since the start (a panel that started
        after the app); whether there is one now."""
        if self.tray is None and self._tray_now():
            self._add_tray()
        return self.tray is not None

    def wait_for_tray(self, otherwise: Callable[[], None], *, left_s: int = TRAY_WAIT_S) -> None:
        """Add the tray icon as soon as a tray appears, or call ``otherwise`` if none has
        within ``left_s`` seconds."""
        from PySide6.QtCore import QTimer

        if self.ensure_tray():
            return
        if left_s <= 0:
            otherwise()
            return
        QTimer.singleShot(1000, self, lambda: self.wait_for_tray(otherwise, left_s=left_s - 1))

    def open_window(self) -> None:
        """Show the window in front, from the tray or minimised."""
        self._window.showNormal()
        self._window.raise_()
        self._window.activateWindow()

    def hide_window(self) -> None:
        """Hide the window (the tray icon stays) and hand freed heap back to the system."""
        self._window.hide()
        release_free_memory()

    def quit(self) -> None:
        """End the app (a running session still asks first)."""
        self._quitting = True
        if self._window.isVisible():
            self._window.close()
        else:
            self._accept_quit()

    # --- inside ---------------------------------------------------------------------

    def _tray_now(self) -> bool:
        """A tray exists now (Qt asks the desktop each time); never when a test said none."""
        from PySide6.QtWidgets import QSystemTrayIcon

        return self._look_for_tray and QSystemTrayIcon.isSystemTrayAvailable()

    def _add_tray(self) -> None:
        self.tray = self._make_tray(self._icon)
        self.menu = self.tray.contextMenu()

    def _make_tray(self, icon: QIcon) -> QSystemTrayIcon:
        from PySide6.QtGui import QAction
        from PySide6.QtWidgets import QMenu, QSystemTrayIcon

        tray = QSystemTrayIcon(icon, self)
        tray.setToolTip(APP_NAME)
        menu = QMenu()
        menu.setParent(self._window, menu.windowFlags())
        entries: list[tuple[str, Callable[[], None]]] = [
            (self.tr("&Open Rehab Coach"), self.open_window),
            (self.tr("Start &today's session"), self._session),
            (self.tr("&Ice or heat timer"), self._thermal),
            (
                self.tr("Pause reminders for 1 &hour"),
                lambda: self.pause_requested.emit(Pause.HOUR.value),
            ),
            (
                self.tr("Pause reminders for to&day"),
                lambda: self.pause_requested.emit(Pause.TODAY.value),
            ),
        ]
        for text, slot in entries:
            action = QAction(text, menu)
            action.triggered.connect(slot)
            menu.addAction(action)
        menu.addSeparator()
        leave = QAction(self.tr("&Quit"), menu)
        leave.triggered.connect(self.quit)
        menu.addAction(leave)
        tray.setContextMenu(menu)
        tray.activated.connect(self._activated)
        tray.show()
        return tray

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        from PySide6.QtWidgets import QSystemTrayIcon

        if reason is QSystemTrayIcon.ActivationReason.Trigger:
            self.open_window()

    def _session(self) -> None:
        self.open_window()
        self.session_requested.emit()

    def _thermal(self) -> None:
        self.open_window()
        self.thermal_requested.emit()

    def _may_close(self) -> bool:
        """The window's close guard: True lets the close (and the app) end."""
        if self._previous_guard is not None and not self._previous_guard():
            return False
        timer = self._timer_active()
        action = CloseAction.QUIT if self._quitting else self._decide(timer)
        if action is CloseAction.QUIT:
            self._accept_quit()
            return True
        if action is CloseAction.HIDE:
            self.hide_window()
        else:
            self._window.showMinimized()
            if not self._no_tray_said:
                self._no_tray_said = True
                self._window.notices.add(self.tr(NO_TRAY_NOTICE), key="no_tray")
        return False

    def _decide(self, timer: bool) -> CloseAction:
        tray = self.ensure_tray()
        action = on_close(timer_active=timer, reminders_on=self._reminders_on(), tray=tray)
        if action is CloseAction.ASK:
            keep = self._ask_keep_running()
            action = on_close(
                timer_active=timer, reminders_on=self._reminders_on(), tray=tray, keep_running=keep
            )
        return action

    def _ask_keep_running(self) -> bool:
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(self._window)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(APP_NAME)
        box.setText(self.tr(KEEP_RUNNING_QUESTION))
        box.setInformativeText(self.tr(KEEP_RUNNING_DETAIL))
        keep = box.addButton(self.tr("&Keep running"), QMessageBox.ButtonRole.YesRole)
        box.addButton(self.tr("&Quit"), QMessageBox.ButtonRole.NoRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.exec()
        return box.clickedButton() is keep

    def _accept_quit(self) -> None:
        if self.tray is not None:
            self.tray.hide()
        QApplication.quit()
