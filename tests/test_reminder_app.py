"""Reminders in the built app: a session reminder on the desktop and its buttons,
the missed summary, the Settings section, the test reminder and start on login.

Real widgets and store, fake clocks, and a private bus with the fake server.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from private_bus import PrivateBus, private_bus
from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot
from test_triage_wizard import shoot, shot_dirs

from coach.domain.history import ThermalKind
from coach.engine.clock import FakeClock
from coach.flow.plan import Plan
from coach.flow.reminder_settings import (
    QUIET_END,
    QUIET_START,
    SESSION_ON,
    SESSION_TIMES,
    THERMAL_ON,
    ReminderSettings,
)
from coach.store.flow_state import FlowState
from coach.store.opening import open_store
from coach.ui.app.bootstrap import BuiltApp, build_app
from coach.ui.reminders.autostart import autostart_file
from coach.ui.reminders.reminder_runner import STATE_KEY
from coach.ui.reminders.reminder_settings_box import ReminderSettingsRow
from coach.ui.reminders.reminders_app import repaired_notice

START = 1_790_000_000.0


class Rig:
    def __init__(self, qtbot: QtBot, data: Path, bus: PrivateBus) -> None:
        self.qtbot, self.bus = qtbot, bus
        self.wall, self.mono = FakeClock(START), FakeClock(100.0)
        self.store = open_store(data).store
        self.store.set_setting(
            STATE_KEY, {"handled_until": START, "skipped_day": "", "later_at": 0}
        )
        soon = datetime.fromtimestamp(START + 60).strftime("%H:%M")
        self.store.set_setting(SESSION_ON.key, True)
        self.store.set_setting(SESSION_TIMES.key, [soon])
        self.built: BuiltApp = build_app(
            self.store, data_folder=data, wall=self.wall, mono=self.mono
        )
        qtbot.addWidget(self.built.window)
        self.built.window.show()

    def advance(self, seconds: float) -> None:
        self.wall.advance(seconds)
        self.mono.advance(seconds)

    def notes(self, title: str) -> list[dict[str, object]]:
        return [n for n in self.bus.notes() if n["summary"] == title]

    def close(self) -> None:
        for timer in self.built.window.findChildren(QTimer):
            timer.stop()
        self.built.shutdown()


@pytest.fixture
def rig(qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Rig]:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    with private_bus(tmp_path) as bus:
        monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", bus.address)
        made = Rig(qtbot, tmp_path / "data", bus)
        yield made
        made.close()


def test_a_session_reminder_arrives_and_its_buttons_work(qtbot: QtBot, rig: Rig) -> None:
    runner = rig.built.reminders.runner
    rig.advance(61)
    runner.check()
    qtbot.waitUntil(lambda: bool(rig.notes("Time for your stretches")), timeout=10_000)
    [note] = rig.notes("Time for your stretches")
    assert note["actions"] == ["start", "Start now", "later", "In 30 min", "skip", "Skip today"]

    rig.bus.invoke(int(note["id"]), "later")  # type: ignore[call-overload]
    qtbot.waitUntil(lambda: runner.state().later_at == rig.wall.now() + 1800, timeout=10_000)
    rig.advance(1800)
    runner.check()
    qtbot.waitUntil(lambda: len(rig.notes("Time for your stretches")) == 2, timeout=10_000)

    second = rig.notes("Time for your stretches")[-1]
    rig.bus.invoke(int(second["id"]), "start")  # type: ignore[call-overload]
    qtbot.waitUntil(lambda: rig.built.window.current_screen_name() == "triage", timeout=10_000)


def test_reminders_missed_while_off_are_one_summary(qtbot: QtBot, rig: Rig) -> None:
    rig.advance(3 * 86_400)
    rig.built.reminders.runner.check()
    summaries = [t for t in rig.built.window.notices.texts() if "asleep or off" in t]
    assert len(summaries) == 1 and summaries[0].startswith(
        "While the computer was asleep or off, 3"
    )
    assert not rig.notes("Time for your stretches")  # no burst


def test_settings_section_saves_and_sends_a_test_reminder(
    qtbot: QtBot, rig: Rig, tmp_path: Path
) -> None:
    rig.built.show_settings()
    row = rig.built.window.screen_named("settings").findChild(ReminderSettingsRow)
    assert row is not None and row.summary.text().startswith("Session reminders at ")
    row.button.click()
    box = row.box
    qtbot.waitExposed(row.dialog)
    assert box.session_on.isChecked()
    box.times.setFocus()
    box.times.selectAll()
    qtbot.keyClicks(box.times, "25:00")
    assert "Not saved yet" in box.times_problem.text()
    assert ReminderSettings.read(rig.store).session_times != ("25:00",)
    box.times.selectAll()
    qtbot.keyClicks(box.times, "7:30, 18:00")
    assert box.times_problem.text() == ""
    assert ReminderSettings.read(rig.store).session_times == ("07:30", "18:00")
    assert row.summary.text() == "Session reminders at 07:30, 18:00, every day."

    box.login.click()
    entry = autostart_file()
    assert entry.is_file() and "--hidden" in entry.read_text()
    box.login.click()
    assert not entry.exists()

    box.test.click()
    qtbot.waitUntil(lambda: bool(rig.notes("Rehab Coach reminder")), timeout=10_000)
    before = rig.built.reminders.runner.state()
    [test] = rig.notes("Rehab Coach reminder")
    with qtbot.waitSignal(rig.built.notifier.action, timeout=10_000):
        rig.bus.invoke(int(test["id"]), "skip")  # type: ignore[call-overload]
    assert rig.built.reminders.runner.state() == before  # a test: today is not skipped
    shoot(row.dialog, "reminder_settings", shot_dirs(tmp_path / "shots"))  # to look at
    row.dialog.accept()


def test_ice_is_offered_again_once_when_its_skin_rest_ends(qtbot: QtBot, rig: Rig) -> None:
    """In a strain's first days: one "Ice again?" note when the 2-hour rest after the
    last ice ends (it was never sent: the rest had ended by the time it was checked)."""
    strain = Plan("acute_strain", "gentle", "acute_strain", START, strain_started_at=START)
    FlowState(rig.store, rig.wall).save_plan(strain)
    rig.store.set_setting(THERMAL_ON.key, True)
    rig.store.set_setting(QUIET_START.key, "00:00")  # no quiet hours, whatever the time zone
    rig.store.set_setting(QUIET_END.key, "00:00")
    parts, thermal = rig.built.reminders, rig.built.thermal
    parts.settings = ReminderSettings.read(rig.store)
    assert thermal.start(ThermalKind.ICE, 10).allowed
    assert thermal.ready_again_at(ThermalKind.ICE) is None  # not while it runs
    rig.advance(10 * 60)
    thermal.refresh()
    thermal.acknowledge()
    rested = START + 10 * 60 + 2 * 3600
    assert thermal.ready_again_at(ThermalKind.ICE) == rested
    parts.runner.arm()
    rig.advance(rested - rig.wall.now() + 1)  # the runner's own wake, just after
    parts.runner.check()
    qtbot.waitUntil(lambda: bool(rig.notes("Ice again?")), timeout=10_000)
    rig.advance(60)
    parts.runner.check()
    parts.runner.send_test()  # notes arrive in order: once this one is in, a second ice is too
    qtbot.waitUntil(lambda: bool(rig.notes("Rehab Coach reminder")), timeout=10_000)
    assert len(rig.notes("Ice again?")) == 1


def test_pause_from_the_tray_and_a_wake_from_suspend(qtbot: QtBot, rig: Rig) -> None:
    parts = rig.built.reminders
    parts.pause("hour")
    assert ReminderSettings.read(rig.store).paused_until == rig.wall.now() + 3600
    rig.advance(61)
    parts.runner.check()  # due at +60 s but paused: nothing is sent
    rig.wall.advance(2 * 3600)  # asleep: only the wall clock moved
    with qtbot.waitSignal(parts.runner.woke):
        parts.runner.check()
    assert not rig.notes("Time for your stretches")


def test_a_broken_saved_reminder_setting_is_one_plain_notice(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    with private_bus(tmp_path) as bus:
        monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", bus.address)
        store = open_store(tmp_path / "data").store
        store.set_setting(SESSION_TIMES.key, ["25:99", "noon"])  # tampered with
        store.set_setting(SESSION_ON.key, "yes")
        built = build_app(
            store, data_folder=tmp_path / "data", wall=FakeClock(START), mono=FakeClock(100.0)
        )
        qtbot.addWidget(built.window)
        try:
            said = [t for t in built.window.notices.texts() if "reminder" in t]
            assert said == [repaired_notice()]
            assert "Reminders" in said[0] and "reminders.session" not in said[0]
        finally:
            built.shutdown()
