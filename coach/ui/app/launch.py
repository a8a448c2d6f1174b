"""``rehab-coach``: start the desktop app in two stages.

Home is painted first, from the store and the settings alone; the rest of the
app (routines, controllers, the flow that fills Home with the plan) is built
right after that first paint, so the window appears without waiting for it.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLockFile, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from coach.engine.clock import Clock, MonotonicClock, ScaledClock, WallClock
from coach.store.datadir import LOCK_FILENAME, ensure_data_dir, resolve_data_dir
from coach.store.errors import HistoryRestarted, StoreError
from coach.store.opening import open_in
from coach.store.private_files import tighten
from coach.ui.app.first_paint import after_first_paint
from coach.ui.app.log_guard import install_log_guard
from coach.ui.app.shell import Shell, build_shell

if TYPE_CHECKING:
    from coach.ui.app.bootstrap import BuiltApp

APP_ID = "io.github.rehab_coach.RehabCoach"
"""Reverse-DNS id: desktop entry, AppStream metainfo and Wayland app id."""
ALREADY_RUNNING = str(
    QT_TRANSLATE_NOOP("Launch", "Rehab Coach is already running with this data folder.")
)
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

    If the app already runs for this data folder (it holds the folder's lock), hand
    it ``request`` (bring the window forward, or open "session"/"thermal") and
    return 0 at once. Only then is the single-instance socket touched: a usual
    start goes straight to its first paint.
    """
    install_log_guard()  # before Qt can say anything
    app = QApplication(sys.argv[:1])
    app.setApplicationName("Rehab Coach")
    app.setApplicationDisplayName("Rehab Coach")
    QGuiApplication.setDesktopFileName(APP_ID)
    try:
        folder = ensure_data_dir(resolve_data_dir(data_dir))
    except StoreError as error:
        return _cannot_start(error, data_dir)
    lock_path = folder / LOCK_FILENAME
    lock = QLockFile(str(lock_path))
    if not lock.tryLock(0):  # another start has this folder: hand it the request
        return _hand_over(data_dir, request)
    tighten(lock_path)  # QLockFile creates it with the umask's mode
    try:
        opened = open_in(folder)  # the folder is ready: checked once, above
    except StoreError as error:
        return _cannot_start(error, data_dir)
    wall, mono = real_clocks()
    shell = build_shell(opened, data_folder=folder, wall=wall, mono=mono)
    start = StagedStart(shell, notices=opened.notices, hidden=hidden, instance=(data_dir, request))
    code = app.exec()
    if start.built is not None:
        start.built.shutdown()
    else:
        opened.close()
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
        notices: tuple[HistoryRestarted, ...] = (),
        hidden: bool = False,
        instance: tuple[str | None, str | None] | None = None,
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
            said = QCoreApplication.translate("Launch", "The app's own data files have problems:")
            self.error = f"{said}\n{error}"
        except Exception as error:  # never leave a Home whose buttons do nothing
            said = QCoreApplication.translate("Launch", "Rehab Coach could not finish starting:")
            self.error = f"{said}\n{type(error).__name__}: {error}"
        if self.error is not None:
            fatal(self.error)
            QApplication.exit(1)
            return
        if self._instance is not None and self.built is not None:
            from coach.ui.reminders.single_instance import Request, instance_name

            data_dir, request = self._instance
            name = instance_name(data_dir)
            self.built.reminders.serve(name, Request(request or Request.SHOW.value))
        forget_source_lines()


def forget_source_lines() -> None:
    """Drop the source lines cached in ``linecache``: PySide6's import hook reads the whole
    source of every module imported after PySide6 (``inspect.getsource``, to see whether
    it uses PySide6) and the cache keeps it, about 4 MiB for the app. Dropped after each
    start stage, the next one reuses that memory (hidden RSS 77.3 -> 74.9 MiB); tracebacks
    read the files again when they need them."""
    import linecache

    linecache.clearcache()


def _hand_over(data_dir: str | None, request: str | None, timeout_s: float = 10.0) -> int:
    """The data folder is locked by another start: hand it ``request``; the exit code.

    That start may not be listening yet (it listens once its window is complete),
    so keep trying for a while before saying it can't be reached.
    """
    import time

    from coach.ui.reminders.single_instance import Request, forward, instance_name

    name = instance_name(data_dir)
    wanted = Request(request or Request.SHOW.value)
    deadline = time.monotonic() + timeout_s
    while True:
        if forward(name, wanted):
            return 0
        if time.monotonic() >= deadline:
            _speak_the_start_language(data_dir)
            return fatal(QCoreApplication.translate("Launch", ALREADY_RUNNING))
        time.sleep(0.1)


def _speak_the_start_language(data_dir: str | None) -> None:
    """Install the translations the app would start in (the saved language setting, read
    without changing anything, else the system's), to say why it can't start. Only a
    start that fails pays for this: a usual one installs them from its settings."""
    from coach.ui.app.start_words import start_language
    from coach.ui.app.translations import install_translations

    app = QCoreApplication.instance()
    assert app is not None
    install_translations(app, start_language(data_dir))


def _cannot_start(error: StoreError, data_dir: str | None) -> int:
    """Say, in the person's language, why the data folder or history can't be used."""
    from coach.ui.app.store_words import store_error_text

    _speak_the_start_language(data_dir)
    return fatal(store_error_text(error))


def fatal(message: str) -> int:
    """Tell the person (terminal, and a message box once Qt is up); the exit code 1."""
    print(message, file=sys.stderr)
    if QApplication.instance() is not None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.critical(None, "Rehab Coach", message)
    return 1
