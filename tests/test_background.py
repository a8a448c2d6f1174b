"""Background mode: closing the window never loses a running ice/heat timer.

The close decision is a Qt-free table; the window, message box, tray menu and
the desktop note are real (the note goes to the fake server on a private bus).
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from private_bus import PrivateBus, private_bus
from PySide6.QtCore import QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot
from test_triage_wizard import look, shoot, shot_dirs

from coach.domain.history import ThermalKind
from coach.engine.clock import FakeClock
from coach.flow.background import CloseAction, Pause, on_close, pause_end
from coach.store.opening import open_store
from coach.ui.app.bootstrap import BuiltApp, build_app
from coach.ui.reminders.background import NO_TRAY_NOTICE, BackgroundMode
from coach.ui.widgets.main_window import MainWindow

__all__ = ["look"]

CLOSE_CASES = [
    # timer, reminders, tray, answer, action
    (False, False, True, None, CloseAction.QUIT),
    (False, True, True, None, CloseAction.HIDE),
    (False, True, False, None, CloseAction.MINIMISE),
    (True, False, True, None, CloseAction.ASK),
    (True, False, True, True, CloseAction.HIDE),
    (True, False, False, True, CloseAction.MINIMISE),
    (True, True, True, False, CloseAction.QUIT),
]


@pytest.mark.parametrize(("timer", "reminders", "tray", "answer", "action"), CLOSE_CASES)
def test_what_the_close_button_does(
    timer: bool, reminders: bool, tray: bool, answer: bool | None, action: CloseAction
) -> None:
    got = on_close(timer_active=timer, reminders_on=reminders, tray=tray, keep_running=answer)
    assert got is action


def test_pauses_end_in_an_hour_or_at_midnight() -> None:
    noon = datetime(2026, 12, 2, 12, 0, tzinfo=UTC).timestamp()
    assert pause_end(Pause.HOUR, now=noon, tz=UTC) == noon + 3600
    assert pause_end(Pause.TODAY, now=noon, tz=UTC) == noon + 12 * 3600


def answer_question(qtbot: QtBot, button: str) -> list[str]:
    """Click ``button`` in the question box as soon as it shows; returns its text."""
    seen: list[str] = []

    def click() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, click)
            return
        seen.append(box.text())
        found = [b for b in box.findChildren(QPushButton) if b.text().replace("&", "") == button]
        found[0].click()

    QTimer.singleShot(0, click)
    return seen


@pytest.fixture
def bus(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[PrivateBus]:
    with private_bus(tmp_path) as running:
        monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", running.address)
        yield running


def test_closing_during_a_timer_keeps_it_and_the_alarm_still_fires(
    qtbot: QtBot, tmp_path: Path, bus: PrivateBus
) -> None:
    wall, mono = FakeClock(1_790_000_000.0), FakeClock(500.0)
    store = open_store(tmp_path / "data").store
    built: BuiltApp = build_app(store, data_folder=tmp_path / "data", wall=wall, mono=mono)
    window = built.window
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    try:
        closed_during_a_timer(qtbot, built, wall, mono, bus)
    finally:  # nothing left running, so the final close quits without asking
        built.thermal.stop_early()
        built.thermal.acknowledge()
        for timer in built.thermal.findChildren(QTimer):  # the lock-out's wake-up
            timer.stop()
        built.shutdown()


def closed_during_a_timer(
    qtbot: QtBot, built: BuiltApp, wall: FakeClock, mono: FakeClock, bus: PrivateBus
) -> None:
    window = built.window
    assert built.thermal.start(ThermalKind.ICE, 6).allowed

    asked = answer_question(qtbot, "Keep running")
    assert not window.close()  # the close was turned into "keep running"
    assert asked == ["Keep the timer running in the background?"]
    assert not QApplication.quitOnLastWindowClosed()
    assert window.isMinimized()  # offscreen has no tray: minimised, and said once
    assert window.notices.texts().count(NO_TRAY_NOTICE) == 1

    for _ in range(2):
        wall.advance(3 * 60)
        mono.advance(3 * 60)
        built.thermal.refresh()
    qtbot.waitUntil(
        lambda: any(n["summary"] == "Ice finished" for n in bus.notes()), timeout=20_000
    )
    assert built.thermal.snapshot().ringing is not None


def test_with_a_tray_closing_hides_and_the_menu_reaches_the_app(
    qtbot: QtBot, tmp_path: Path
) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    mode = BackgroundMode(
        window, icon=QIcon(), timer_active=lambda: False, reminders_on=lambda: True, tray=True
    )
    assert mode.menu is not None
    texts = [a.text().replace("&", "") for a in mode.menu.actions() if not a.isSeparator()]
    assert texts == [
        "Open Rehab Coach",
        "Start today's session",
        "Ice or heat timer",
        "Pause reminders for 1 hour",
        "Pause reminders for today",
        "Quit",
    ]
    assert not window.close()
    assert not window.isVisible()  # hidden to the tray, the app still runs

    with qtbot.waitSignal(mode.session_requested):
        mode.menu.actions()[1].trigger()
    assert window.isVisible()
    with qtbot.waitSignal(mode.pause_requested) as paused:
        mode.menu.actions()[4].trigger()
    assert paused.args == ["today"]
    assert mode.tray is not None
    mode.tray.hide()


def test_the_tray_menu_in_each_look(qtbot: QtBot, tmp_path: Path, look: str) -> None:
    """The tray menu as Qt draws it (an XEmbed tray; SNI hosts draw it themselves), for
    assets/screenshots: light and dark, every text size, nothing cut off."""
    window = MainWindow()
    qtbot.addWidget(window)
    mode = BackgroundMode(
        window, icon=QIcon(), timer_active=lambda: False, reminders_on=lambda: True, tray=True
    )
    assert mode.menu is not None and mode.tray is not None
    mode.menu.popup(window.mapToGlobal(window.rect().center()))
    qtbot.waitExposed(mode.menu)
    mode.menu.setActiveAction(mode.menu.actions()[1])  # the keyboard's highlight shows
    shoot(mode.menu, f"tray_menu_{look}", shot_dirs(tmp_path / "shots"))
    mode.menu.hide()
    mode.tray.hide()
