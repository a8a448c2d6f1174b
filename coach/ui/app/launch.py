"""``rehab-coach``: start the desktop app in two stages.

Home is painted first, from the store and the settings alone; the rest of the
app (routines, controllers, the flow that fills Home with the plan) is built
right after that first paint, so the window appears without waiting for it.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QLockFile, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from coach.engine.clock import Clock, MonotonicClock, ScaledClock, WallClock
from coach.store.errors import StoreError
from coach.store.opening import open_store
from coach.store.private_files import tighten
from coach.ui.app.first_paint import after_first_paint
from coach.ui.app.log_guard import install_log_guard
from coach.ui.app.shell import Shell, build_shell
from coach.ui.reminders.single_instance import Request, forward, instance_name

if TYPE_CHECKING:
    from coach.ui.app.bootstrap import BuiltApp

APP_ID = "io.github.rehab_coach.RehabCoach"
"""Reverse-DNS id: desktop entry, AppStream metainfo and Wayland app id."""
TIME_SCALE_ENV = "REHAB_COACH_TEST_TIME_SCALE"
"""Test-only: run the app's clocks this many times as fast (real-process alarm tests)."""


def real_clocks() -> tuple[Clock, Clock]:
    """The wall and monotonic clocks, sped up if a test set ``TIME_SCALE_ENV``."""
    import os

    wall: Clock = WallClock()
    mono: Clock = MonotonicClock()
    scale = float(os.environ.get(TIME_SCALE_ENV) or 1)
    if scale != 1:
        wall, mono = ScaledClock(wall, scale), ScaledClock(mono, scale)
    return wall, mono


def run_app(*, data_dir: str | None, request: str | None = None, hidden: bool = False) -> int:
    """Start the desktop app and run it until it quits; the exit code.

    If the app already runs for this data folder, hand it ``request`` (bring
    the window forward, or open "session"/"thermal") and return 0 at once.
    """
    install_log_guard()  # before Qt can say anything
    wanted = Request(request or Request.SHOW.value)
    name = instance_name(data_dir)
    if forward(name, wanted):
        return 0
    app = QApplication(sys.argv[:1])
    app.setApplicationName("Rehab Coach")
    app.setApplicationDisplayName("Rehab Coach")
    QGuiApplication.setDesktopFileName(APP_ID)
    try:
        opened = open_store(data_dir)
    except StoreError as error:
        return fatal(str(error))
    store = opened.store
    lock_path = store.path.parent / "rehab-coach.lock"
    lock = QLockFile(str(lock_path))
    if not lock.tryLock(200):
        if _forward_while_it_starts(name, wanted):
            store.close()
            return 0
        return fatal("Rehab Coach is already running with this data folder.")
    tighten(lock_path)  # QLockFile creates it with the umask's mode
    wall, mono = real_clocks()
    shell = build_shell(store, data_folder=store.path.parent, wall=wall, mono=mono)
    start = StagedStart(shell, notices=opened.notices, hidden=hidden, instance=(name, wanted))
    code = app.exec()
    if start.built is not None:
        start.built.shutdown()
    else:
        store.close()
    lock.unlock()
    return code if start.error is None else 1


class StagedStart:
    """Show ``shell``'s window; complete the app right after its first paint.

    ``built`` is the completed app once that has run; ``error`` the message if it
    could not be completed (its own data files broken, or anything else): then the
    message is shown on screen and the app quits with code 1, never leaving a dead Home.
    """

    def __init__(
        self,
        shell: Shell,
        *,
        notices: tuple[str, ...] = (),
        hidden: bool = False,
        instance: tuple[str, Request] | None = None,
    ) -> None:
        self.shell = shell
        self.built: BuiltApp | None = None
        self.error: str | None = None
        self._notices = notices
        self._instance = instance
        if hidden:  # started at login: nothing to paint, complete at once
            QTimer.singleShot(0, self._complete)
            return
        after_first_paint(shell.home, self._complete)
        shell.window.show()

    def _complete(self) -> None:
        forget_source_lines()  # Home's, before the rest is imported
        from coach.content.errors import ContentError  # after the paint, with the rest
        from coach.ui.app.bootstrap import BuiltApp

        try:
            self.built = BuiltApp(self.shell, notices=self._notices)
        except ContentError as error:
            self.error = f"The app's own data files have problems:\n{error}"
        except Exception as error:  # never leave a Home whose buttons do nothing
            self.error = f"Rehab Coach could not finish starting:\n{type(error).__name__}: {error}"
        if self.error is not None:
            fatal(self.error)
            QApplication.exit(1)
            return
        if self._instance is not None and self.built is not None:
            self.built.reminders.serve(*self._instance)
        forget_source_lines()


def forget_source_lines() -> None:
    """Drop the source lines cached in ``linecache``: PySide6's import hook reads the whole
    source of every module imported after PySide6 (``inspect.getsource``, to see whether
    it uses PySide6) and the cache keeps it, about 4 MiB for the app. Dropped after each
    start stage, the next one reuses that memory (hidden RSS 77.3 -> 74.9 MiB); tracebacks
    read the files again when they need them."""
    import linecache

    linecache.clearcache()


def _forward_while_it_starts(name: str, request: Request, timeout_s: float = 10.0) -> bool:
    """The data folder is locked: another start may not be listening yet. Try for a while."""
    import time

    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if forward(name, request):
            return True
        time.sleep(0.1)
    return False


def fatal(message: str) -> int:
    """Tell the person (terminal, and a message box once Qt is up); the exit code 1."""
    print(message, file=sys.stderr)
    if QApplication.instance() is not None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.critical(None, "Rehab Coach", message)
    return 1
