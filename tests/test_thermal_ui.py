"""Ice and heat as a person uses them: checklist, countdown, skin check, lock-outs, restarts.

A real HistoryStore on disk and FakeClocks for the wall and monotonic time;
the tests advance the clocks and call the controller's public ``refresh()``
(its QTimer calls the same slot). Desktop notifications go to a session bus
that does not exist, so nothing pops up on a developer's desktop.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import TypeVar

import pytest
from fake_notifications import read_log
from private_bus import private_bus
from PySide6.QtCore import QProcess, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QLabel,
    QPushButton,
    QSpinBox,
    QWidget,
)
from pytestqt.qtbot import QtBot
from test_triage_wizard import LOOKS

from coach.content.thermal_loader import load_thermal
from coach.domain.history import ThermalKind, ThermalStatus
from coach.engine.clock import FakeClock
from coach.flow.thermal_timer import ALARM_MAX_S, ALARM_REPEAT_S
from coach.paths import routines_dir
from coach.store.opening import open_store
from coach.ui.design import active
from coach.ui.reminders.notify import Notifier
from coach.ui.thermal.thermal_controller import ThermalController, clock_text, when_text
from coach.ui.thermal.thermal_countdown import SKIN_REACTION, ThermalCountdown
from coach.ui.thermal.thermal_screen import ThermalScreen
from coach.ui.widgets.main_window import MainWindow
from coach.ui.widgets.theme import apply_theme, point_size

CONFIG = load_thermal(routines_dir() / "thermal.toml")
NOON = datetime(2026, 11, 20, 12, 0, tzinfo=UTC).timestamp()  # a Friday
MONO_START = 50_000.0
MINUTE = 60.0
HOUR = 3600.0
W = TypeVar("W", bound=QWidget)
BACK_WHILE_RUNNING = "Back to home (the timer keeps running)"


class Rig:
    """A store, two fake clocks, a notifier and controllers built on them."""

    def __init__(self, qtbot: QtBot, data_dir: Path) -> None:
        self.qtbot = qtbot
        self.data_dir = data_dir
        self.wall = FakeClock(NOON)
        self.mono = FakeClock(MONO_START)
        self.store = open_store(data_dir, clock=self.wall).store
        self.notifier = Notifier(volume=0.0)
        self.notices: list[str] = []
        self.delivered: list[str] = []
        self.notifier.notice.connect(self.notices.append)
        self.notifier.delivered.connect(self.delivered.append)
        self.controllers: list[ThermalController] = []

    def controller(self) -> ThermalController:
        controller = ThermalController(
            store=self.store,
            config=CONFIG,
            wall=self.wall,
            mono=self.mono,
            notifier=self.notifier,
            tz=UTC,
        )
        self.controllers.append(controller)
        return controller

    def advance(self, seconds: float) -> None:
        """Real time passes: both clocks move."""
        self.wall.advance(seconds)
        self.mono.advance(seconds)

    def restart(self) -> None:
        """The app closes and opens again: controllers gone, store reopened, new process."""
        for controller in self.controllers:
            _stop_timers(controller)
        self.controllers.clear()
        self.store.close()
        self.store = open_store(self.data_dir, clock=self.wall).store
        self.mono = FakeClock(MONO_START / 2)  # another process, another monotonic origin

    def close(self) -> None:
        for controller in self.controllers:
            _stop_timers(controller)
        self.qtbot.waitUntil(lambda: not self.notifier.findChildren(QProcess), timeout=10_000)
        self.store.close()


def _stop_timers(controller: ThermalController) -> None:
    for timer in controller.findChildren(QTimer):
        timer.stop()


@pytest.fixture
def rig(qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Rig]:
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", f"unix:path={tmp_path}/no-bus")
    made = Rig(qtbot, tmp_path / "data")
    yield made
    made.close()


@pytest.fixture
def screen(qtbot: QtBot, rig: Rig) -> ThermalScreen:
    view = ThermalScreen(rig.controller(), CONFIG)
    qtbot.addWidget(view)
    view.resize(1024, 700)
    view.show()
    qtbot.waitExposed(view)
    return view


def find(parent: QWidget, kind: type[W], name: str) -> W:
    """The one visible-or-not child of ``kind`` with accessible name ``name``."""
    found = [w for w in parent.findChildren(kind) if w.accessibleName() == name]
    assert len(found) == 1, f"{len(found)} {kind.__name__} named {name!r}"
    return found[0]


def press(qtbot: QtBot, widget: QWidget, key: Qt.Key = Qt.Key.Key_Space) -> None:
    widget.setFocus()
    qtbot.keyClick(widget, key)


def shown_texts(parent: QWidget) -> list[str]:
    return [label.text() for label in parent.findChildren(QLabel) if label.isVisible()]


def read_and_choose(qtbot: QtBot, screen: ThermalScreen, kind: str = "ice") -> QPushButton:
    """Choose ``kind``, tick "I have read this"; return the Start button."""
    press(qtbot, find(screen, QPushButton, f"Choose {kind}"), Qt.Key.Key_Return)
    press(qtbot, find(screen, QCheckBox, f"I have read this {kind} advice"))
    return find(screen, QPushButton, f"Start {kind}")


# --- the setup page -----------------------------------------------------------


def test_start_needs_a_choice_the_advice_read_and_no_contraindication(
    qtbot: QtBot, screen: ThermalScreen
) -> None:
    start = find(screen, QPushButton, "Start")
    assert not start.isEnabled()
    assert "Choose ice or heat." in shown_texts(screen)

    press(qtbot, find(screen, QPushButton, "Choose ice"), Qt.Key.Key_Return)
    start = find(screen, QPushButton, "Start ice")
    assert not start.isEnabled()
    assert CONFIG.ice.warning in shown_texts(screen)
    assert CONFIG.ice.barrier in shown_texts(screen)
    assert CONFIG.ice.position in shown_texts(screen)
    assert CONFIG.ice.honesty in shown_texts(screen)

    read = find(screen, QCheckBox, "I have read this ice advice")
    press(qtbot, read)
    assert start.isEnabled()

    numb = find(screen, QCheckBox, f"This applies to me: {CONFIG.ice.contraindications[0]}")
    press(qtbot, numb)
    assert not start.isEnabled()
    assert any("ask a health professional first" in t for t in shown_texts(screen))
    press(qtbot, numb)
    assert start.isEnabled()
    assert not any("health professional" in t for t in shown_texts(screen))


def test_minutes_default_to_15_and_nothing_above_20_can_be_entered(
    qtbot: QtBot, screen: ThermalScreen
) -> None:
    press(qtbot, find(screen, QPushButton, "Choose heat"), Qt.Key.Key_Return)
    minutes = find(screen, QSpinBox, "Minutes")
    assert (minutes.value(), minutes.minimum(), minutes.maximum()) == (15, 5, 20)
    minutes.setFocus()
    minutes.selectAll()
    qtbot.keyClicks(minutes, "25")
    assert minutes.value() <= 20
    qtbot.keyClick(minutes, Qt.Key.Key_Return)
    assert minutes.value() == 20
    qtbot.keyClick(minutes, Qt.Key.Key_Up)
    assert minutes.value() == 20


def test_numbness_line_shows_when_the_app_says_so(screen: ThermalScreen) -> None:
    assert CONFIG.numbness_warning not in shown_texts(screen)
    screen.set_numbness(True)
    assert CONFIG.numbness_warning in shown_texts(screen)


# --- running ------------------------------------------------------------------


def clock_of(screen: ThermalScreen) -> QLabel:
    """The running timer's mm:ss (the number in its ring)."""
    countdown = screen.findChild(ThermalCountdown)
    assert countdown is not None and countdown.isVisibleTo(screen)
    return countdown.clock


def test_countdown_then_skin_check_prompt_at_five_minutes(
    qtbot: QtBot, rig: Rig, screen: ThermalScreen
) -> None:
    press(qtbot, read_and_choose(qtbot, screen), Qt.Key.Key_Return)
    controller = rig.controllers[0]
    clock = clock_of(screen)
    assert clock.text() == "15:00"
    assert clock.accessibleName() == "15 minutes left"  # what a screen reader hears
    skin_ok = find(screen, QPushButton, "Skin looks OK")

    rig.advance(4 * MINUTE + 59)
    controller.refresh()
    assert clock.text() == "10:01"
    assert not skin_ok.isVisible()

    rig.advance(1)
    with qtbot.waitSignal(controller.skin_check_due):
        controller.refresh()
    assert clock.text() == "10:00"
    assert skin_ok.isVisible()
    assert "Check your skin" in shown_texts(screen)
    assert CONFIG.ice.skin_check in shown_texts(screen)

    press(qtbot, skin_ok, Qt.Key.Key_Return)
    assert not skin_ok.isVisible()
    running = rig.store.running_application()
    assert running is not None and running.skin_check_done


def test_stop_now_at_the_skin_check_records_the_reaction(
    qtbot: QtBot, rig: Rig, screen: ThermalScreen
) -> None:
    press(qtbot, read_and_choose(qtbot, screen), Qt.Key.Key_Return)
    rig.advance(5 * MINUTE + 3)
    rig.controllers[0].refresh()
    press(qtbot, find(screen, QPushButton, "Stop now: my skin does not look right"))
    last = rig.store.last_application()
    assert last is not None
    assert (last.status, last.reaction, last.actual_s) == (
        ThermalStatus.FINISHED,
        SKIN_REACTION,
        5 * MINUTE + 3,
    )
    assert find(screen, QPushButton, "Choose ice").isVisible()  # back on the setup page


def test_the_controllers_own_timer_moves_the_countdown(
    qtbot: QtBot, rig: Rig, screen: ThermalScreen
) -> None:
    press(qtbot, read_and_choose(qtbot, screen), Qt.Key.Key_Return)
    screen.hide()  # another screen in front: the controller keeps time
    rig.advance(61)
    screen.show()
    clock = clock_of(screen)
    qtbot.waitUntil(lambda: clock.text() == "13:59", timeout=3000)


def test_the_end_writes_the_row_chimes_and_reports_finished(qtbot: QtBot, rig: Rig) -> None:
    controller = rig.controller()
    assert controller.start(ThermalKind.ICE, 15).allowed
    rig.advance(5 * MINUTE)
    controller.refresh()
    controller.mark_skin_checked()
    rig.advance(9 * MINUTE + 59)
    controller.refresh()
    assert controller.status_text() == "Ice: 00:01 left"
    rig.advance(1)
    with qtbot.waitSignal(controller.finished) as ended:
        controller.refresh()
    assert ended.args is not None
    assert ended.args[0] == "Ice finished. Take the pack off now. Next ice from 14:15."
    last = rig.store.last_application()
    assert last is not None
    assert (last.status, last.actual_s, last.skin_check_done, last.ended_at) == (
        ThermalStatus.FINISHED,
        15 * MINUTE,
        True,
        NOON + 15 * MINUTE,
    )
    assert controller.countdown() is None
    qtbot.waitUntil(lambda: len(rig.delivered) == 2)  # the skin check and the end
    assert rig.notices == [rig.notices[0]]  # no desktop here: one notice, not two


def test_the_alarm_rings_until_taken_off_is_pressed(
    qtbot: QtBot, rig: Rig, screen: ThermalScreen
) -> None:
    press(qtbot, read_and_choose(qtbot, screen), Qt.Key.Key_Return)
    controller = rig.controllers[0]
    rig.advance(15 * MINUTE)
    controller.refresh()
    assert controller.snapshot().ringing is not None
    rig.advance(30)
    with qtbot.waitSignal(rig.notifier.delivered):  # rings again: shown again (no desktop here)
        controller.refresh()
    press(qtbot, find(screen, QPushButton, "I've taken it off"), Qt.Key.Key_Return)
    assert controller.snapshot().ringing is None
    last = rig.store.last_application()
    assert last is not None and last.acknowledged_at == NOON + 15 * MINUTE + 30
    assert find(screen, QPushButton, "Choose ice").isVisible()


def test_an_unanswered_end_alarm_stops_chiming_but_its_note_stays_and_still_counts(
    qtbot: QtBot, rig: Rig, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Away longer than the alarm rings: the critical note is still there when the person
    comes back, and its "I've taken it off" is recorded."""
    with private_bus(tmp_path) as bus:
        monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", bus.address)
        controller = rig.controller()
        assert controller.start(ThermalKind.ICE, 15).allowed
        controller.mark_skin_checked()
        rig.advance(15 * MINUTE)
        controller.refresh()
        qtbot.waitUntil(lambda: "desktop" in rig.delivered)  # shown, and its id known
        [note] = [n for n in bus.notes() if n["summary"] == "Ice finished"]
        for _ in range(round(ALARM_MAX_S / ALARM_REPEAT_S)):
            rig.advance(ALARM_REPEAT_S)
            controller.refresh()
        assert controller.snapshot().ringing is None  # gave up chiming
        closed = [e for e in read_log(bus.log) if e["event"] == "close"]
        assert note["id"] not in [e["id"] for e in closed]  # not taken away

        rig.advance(10 * MINUTE)  # back at the screen
        bus.invoke(note["id"], "off")
        qtbot.waitUntil(lambda: rig.store.last_application().acknowledged_at is not None)  # type: ignore[union-attr]
    last = rig.store.last_application()
    assert last is not None and last.acknowledged_at == NOON + 30 * MINUTE


def test_coming_back_while_the_alarm_rings_opens_on_times_up(
    qtbot: QtBot, rig: Rig, screen: ThermalScreen
) -> None:
    press(qtbot, read_and_choose(qtbot, screen), Qt.Key.Key_Return)
    screen.hide()  # the person went to Home
    rig.advance(15 * MINUTE)
    rig.controllers[0].refresh()
    screen.show()
    taken_off = find(screen, QPushButton, "I've taken it off")
    assert taken_off.isVisible()
    press(qtbot, taken_off, Qt.Key.Key_Return)
    last = rig.store.last_application()
    assert last is not None and last.acknowledged_at is not None


def test_a_second_ice_right_after_is_refused_with_the_next_time(
    qtbot: QtBot, rig: Rig, screen: ThermalScreen
) -> None:
    controller = rig.controllers[0]
    controller.start(ThermalKind.ICE, 10)
    rig.advance(10 * MINUTE)
    controller.refresh()
    rig.advance(MINUTE)

    refused = controller.start(ThermalKind.ICE, 15)
    assert not refused.allowed
    assert refused.next_allowed_at == NOON + 10 * MINUTE + 2 * HOUR
    assert len(rig.store.applications()) == 1
    assert controller.status_text() == "Next ice from 14:10"

    start = read_and_choose(qtbot, screen)
    assert not start.isEnabled()
    assert any("Next ice from 14:10" in t for t in shown_texts(screen))


def test_heat_is_refused_for_72_hours_after_a_sudden_strain(
    qtbot: QtBot, rig: Rig, screen: ThermalScreen
) -> None:
    strain = NOON - 24 * HOUR
    screen.set_strain_started_at(strain)
    start = read_and_choose(qtbot, screen, "heat")
    assert not start.isEnabled()
    hint = " ".join(shown_texts(screen))
    assert CONFIG.heat.avoid_when in hint
    assert "Next heat from Sun 22 Nov 12:00" in hint
    controller = rig.controllers[0]
    assert not controller.start(ThermalKind.HEAT, 15, strain_started_at=strain).allowed
    assert rig.store.applications() == []

    rig.advance(48 * HOUR)
    screen.set_strain_started_at(strain)
    assert start.isEnabled()
    assert controller.start(ThermalKind.HEAT, 15, strain_started_at=strain).allowed


# --- time: restarts, suspend, clock jumps --------------------------------------


def test_a_restart_resumes_with_the_right_time_left(qtbot: QtBot, rig: Rig) -> None:
    rig.controller().start(ThermalKind.ICE, 15)
    rig.advance(6 * MINUTE)
    rig.restart()
    controller = rig.controller()
    controller.restore()
    running = controller.countdown()
    assert running is not None
    assert clock_text(running.remaining_s) == "09:00"
    assert controller.status_text() == "Ice: 09:00 left"
    assert controller.findChild(QTimer).isActive()  # type: ignore[union-attr]


def test_a_deadline_passed_while_closed_is_reported_finished_while_away(
    qtbot: QtBot, rig: Rig
) -> None:
    rig.controller().start(ThermalKind.ICE, 15)
    rig.advance(3 * MINUTE)
    rig.restart()
    rig.wall.advance(40 * MINUTE)
    controller = rig.controller()
    with (
        qtbot.assertNotEmitted(rig.notifier.delivered),
        qtbot.waitSignal(controller.finished) as ended,
    ):
        controller.restore()
    assert ended.args is not None
    assert ended.args[0] == ("Your ice timer finished while you were away. Next ice from 14:15.")
    last = rig.store.last_application()
    assert last is not None
    assert (last.status, last.actual_s, last.ended_at) == (
        ThermalStatus.FINISHED,
        15 * MINUTE,
        NOON + 15 * MINUTE,
    )
    assert controller.countdown() is None


def test_a_wall_clock_jump_back_does_not_stretch_the_countdown(qtbot: QtBot, rig: Rig) -> None:
    controller = rig.controller()
    controller.start(ThermalKind.HEAT, 15)
    rig.advance(5 * MINUTE)
    rig.wall.advance(-HOUR)  # NTP sets the clock back an hour
    controller.refresh()
    running = controller.countdown()
    assert running is not None and running.remaining_s == 10 * MINUTE
    rig.advance(10 * MINUTE)
    with qtbot.waitSignal(controller.finished):
        controller.refresh()
    last = rig.store.last_application()
    assert last is not None and last.actual_s == 15 * MINUTE


def test_clock_jumps_back_and_forth_with_restarts_never_stretch_past_20_minutes(
    qtbot: QtBot, rig: Rig
) -> None:
    """A 20-minute ice across three restarts (the store reopened, the boot clock of the
    same boot, as the app reads it), the wall clock set back, forward and back between
    them: a jump back costs nothing, a jump forward counts as time on, so the pack is
    called off at most 20 minutes after it went on."""

    def restarted() -> ThermalController:
        for controller in rig.controllers:
            _stop_timers(controller)
        rig.store.close()
        rig.store = open_store(rig.data_dir, clock=rig.wall).store
        controller = ThermalController(store=rig.store, config=CONFIG, wall=rig.wall,
                                       mono=rig.mono, notifier=rig.notifier, boot="boot-1",
                                       tz=UTC)  # fmt: skip
        rig.controllers.append(controller)
        controller.restore()
        return controller

    first = ThermalController(store=rig.store, config=CONFIG, wall=rig.wall, mono=rig.mono,
                              notifier=rig.notifier, boot="boot-1", tz=UTC)  # fmt: skip
    rig.controllers.append(first)
    assert first.start(ThermalKind.ICE, 20).allowed
    real = 0.0
    for run, jump, left in ((3, -HOUR, "17:00"), (4, +30, "12:30"), (5, -2 * MINUTE, "07:30")):
        rig.advance(run * MINUTE)
        real += run * MINUTE
        rig.wall.advance(jump)
        running = restarted().countdown()
        assert running is not None and clock_text(running.remaining_s) == left
    controller = rig.controllers[-1]
    rig.advance(7 * MINUTE + 29)
    controller.refresh()
    assert controller.countdown() is not None
    rig.advance(1)
    with qtbot.waitSignal(controller.finished):
        controller.refresh()
    real += 7.5 * MINUTE
    last = rig.store.last_application()
    assert last is not None and last.actual_s == 20 * MINUTE
    assert real == 19.5 * MINUTE  # called off half a minute early (the jump forward)


def test_suspend_counts_as_time_passed(qtbot: QtBot, rig: Rig) -> None:
    controller = rig.controller()
    controller.start(ThermalKind.ICE, 15)
    rig.advance(2 * MINUTE)
    rig.wall.advance(30 * MINUTE)  # the laptop slept: the monotonic clock stood still
    with qtbot.waitSignal(controller.finished):
        controller.refresh()


def test_the_timer_runs_only_while_something_needs_it(qtbot: QtBot, rig: Rig) -> None:
    controller = rig.controller()
    controller.restore()
    assert controller.findChild(QTimer) is None  # made only when first needed

    controller.start(ThermalKind.ICE, 15)
    timer = controller.findChild(QTimer)
    assert timer is not None
    assert timer.isActive() and timer.interval() <= 1100
    assert timer.timerType() is Qt.TimerType.PreciseTimer
    rig.advance(20)
    controller.stop_early()  # a mis-start: cancelled, no lock-out, nothing to wake for
    assert not timer.isActive()
    last = rig.store.last_application()
    assert last is not None and last.status is ThermalStatus.CANCELLED
    assert controller.availability(ThermalKind.ICE).allowed

    controller.start(ThermalKind.ICE, 15)
    rig.advance(6 * MINUTE)
    controller.stop_early()
    last = rig.store.last_application()
    assert last is not None
    assert (last.status, last.actual_s) == (ThermalStatus.FINISHED, 6 * MINUTE)
    assert timer.isActive() and timer.interval() > 60_000  # one wake when the lock-out ends


def test_times_are_shown_as_people_read_them() -> None:
    assert clock_text(900) == "15:00"
    assert clock_text(899.2) == "15:00"
    assert clock_text(0.4) == "00:01"
    assert clock_text(-3) == "00:00"
    assert when_text(NOON + 2 * HOUR + 10, now=NOON, tz=UTC) == "14:01"
    assert when_text(NOON + 13 * HOUR, now=NOON, tz=UTC) == "tomorrow 01:00"
    assert when_text(NOON + 48 * HOUR, now=NOON, tz=UTC) == "Sun 22 Nov 12:00"


# --- keyboard and names ---------------------------------------------------------


def test_every_control_has_a_name_and_esc_goes_back(qtbot: QtBot, screen: ThermalScreen) -> None:
    controls = [*screen.findChildren(QAbstractButton), *screen.findChildren(QAbstractSpinBox)]
    assert controls
    assert all(control.accessibleName() for control in controls)
    for control in controls:
        assert control.focusPolicy() & Qt.FocusPolicy.TabFocus, control.accessibleName()
    with qtbot.waitSignal(screen.back_requested):
        press(qtbot, find(screen, QPushButton, "Choose ice"), Qt.Key.Key_Escape)


def test_keyboard_only_from_choice_to_countdown(qtbot: QtBot, screen: ThermalScreen) -> None:
    screen.activateWindow()
    press(qtbot, find(screen, QPushButton, "Choose ice"), Qt.Key.Key_Space)
    read = find(screen, QCheckBox, "I have read this ice advice")
    press(qtbot, read, Qt.Key.Key_Return)
    reached = []
    for _ in range(3):
        focused = QApplication.focusWidget()
        assert focused is not None
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
        now = QApplication.focusWidget()
        assert now is not None
        reached.append(now.accessibleName() or now.parentWidget().accessibleName())
    assert reached == ["Minutes", "Start ice", "Back to home"]
    qtbot.keyClick(screen.focusWidget(), Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    start = QApplication.focusWidget()
    assert start is find(screen, QPushButton, "Start ice")
    qtbot.keyClick(start, Qt.Key.Key_Return)
    assert clock_of(screen).text() == "15:00"
    assert QApplication.focusWidget() is find(screen, QPushButton, BACK_WHILE_RUNNING)


def test_enter_after_ticking_or_in_minutes_starts(
    qtbot: QtBot, screen: ThermalScreen, rig: Rig
) -> None:
    """Found under Xvfb: Enter on the ticked "I have read this" unticked it, and Enter in
    Minutes did nothing; both now press Start, which is what the person means."""
    screen.activateWindow()
    press(qtbot, find(screen, QPushButton, "Choose ice"), Qt.Key.Key_Return)
    read = find(screen, QCheckBox, "I have read this ice advice")
    press(qtbot, read, Qt.Key.Key_Return)
    assert read.isChecked()
    minutes = find(screen, QSpinBox, "Minutes")
    minutes.setFocus()
    minutes.selectAll()
    qtbot.keyClicks(minutes, "5")
    qtbot.keyClick(minutes, Qt.Key.Key_Return)
    assert clock_of(screen).text() == "05:00"
    running = rig.store.running_application()
    assert running is not None and running.planned_s == 300


def test_enter_on_the_ticked_box_starts(qtbot: QtBot, screen: ThermalScreen) -> None:
    screen.activateWindow()
    press(qtbot, find(screen, QPushButton, "Choose ice"), Qt.Key.Key_Return)
    read = find(screen, QCheckBox, "I have read this ice advice")
    press(qtbot, read, Qt.Key.Key_Space)
    press(qtbot, read, Qt.Key.Key_Return)
    assert clock_of(screen).text() == "15:00"


# --- how it looks ---------------------------------------------------------------


def _squeezed(root: QWidget) -> list[str]:
    """Visible labels and buttons given less room than their text needs."""
    problems = []
    for label in root.findChildren(QLabel):
        if not label.isVisible() or not label.text():
            continue
        need = label.heightForWidth(label.width()) if label.wordWrap() else -1
        if need > label.height() + 1 or label.minimumSizeHint().width() > label.width() + 1:
            problems.append(f"label {label.text()[:40]!r}")
    for button in root.findChildren(QAbstractButton):
        if button.isVisible() and button.sizeHint().width() > button.width() + 1:
            problems.append(f"button {button.text()!r}")
    return problems


def test_screenshots_light_dark_and_text_sizes(
    qtbot: QtBot, qapp: QApplication, rig: Rig, tmp_path: Path
) -> None:  # rig: no session bus for the notifications
    """Each state at 1024x700, light and dark, at 100 %, 130 % and 200 % text:
    nothing squeezed, files written."""
    out_dirs = [tmp_path / "shots"]
    if os.environ.get("SHOTS_DIR"):
        out_dirs.append(Path(os.environ["SHOTS_DIR"]))
    for folder in out_dirs:
        folder.mkdir(parents=True, exist_ok=True)
    font, style, palette = qapp.font(), qapp.styleSheet(), qapp.palette()
    shown = active.palette()
    written: list[str] = []
    try:
        for theme, size in LOOKS:
            apply_theme(qapp, text_size=size, theme=theme)  # the app's own dark style
            suffix = f"{theme}_{point_size(size)}pt"
            for state, prepare in _STATES.items():
                name = f"thermal_{state}_{suffix}.png"
                shot = Rig(qtbot, tmp_path / name)  # a fresh history for each picture
                view = ThermalScreen(shot.controller(), CONFIG)
                window = MainWindow()  # as in the app: the screen scrolls if it must
                window.add_screen("thermal", view)
                window.show_screen("thermal")
                qtbot.addWidget(window)
                window.resize(1024, 700)
                window.show()
                qtbot.waitExposed(window)
                prepare(qtbot, shot, view)
                qtbot.wait(30)  # let the layouts settle
                assert _squeezed(view) == [], f"{state} {suffix}"
                for folder in out_dirs:
                    assert window.grab().save(str(folder / name))
                written.append(name)
                window.close()
                shot.close()
    finally:
        active.set_palette(shown)
        qapp.setFont(font)
        qapp.setStyleSheet(style)
        qapp.setPalette(palette)
    assert len(written) == len(LOOKS) * len(_STATES)
    assert all((tmp_path / "shots" / name).stat().st_size > 10_000 for name in written)


def _checklist(qtbot: QtBot, rig: Rig, view: ThermalScreen) -> None:
    view.set_numbness(True)
    press(qtbot, find(view, QPushButton, "Choose ice"), Qt.Key.Key_Return)
    press(qtbot, find(view, QCheckBox, f"This applies to me: {CONFIG.ice.contraindications[1]}"))


def _running(qtbot: QtBot, rig: Rig, view: ThermalScreen) -> None:
    press(qtbot, read_and_choose(qtbot, view), Qt.Key.Key_Return)
    rig.advance(2 * MINUTE + 26)
    rig.controllers[-1].refresh()


def _skin_check(qtbot: QtBot, rig: Rig, view: ThermalScreen) -> None:
    press(qtbot, read_and_choose(qtbot, view, "heat"), Qt.Key.Key_Return)
    rig.advance(5 * MINUTE + 4)
    rig.controllers[-1].refresh()


def _lockout(qtbot: QtBot, rig: Rig, view: ThermalScreen) -> None:
    controller = rig.controllers[-1]
    controller.start(ThermalKind.ICE, 15)
    rig.advance(15 * MINUTE)
    controller.refresh()
    press(qtbot, find(view, QPushButton, "I've taken it off"), Qt.Key.Key_Return)
    read_and_choose(qtbot, view)


_STATES: dict[str, Callable[[QtBot, Rig, ThermalScreen], None]] = {
    "choose": lambda qtbot, rig, view: None,
    "checklist": _checklist,
    "running": _running,
    "skin_check": _skin_check,
    "lockout": _lockout,
}


@pytest.mark.parametrize("action", ["press", "toggle"])
def test_a_screen_readers_action_on_choose_ice_chooses_ice(
    qtbot: QtBot, screen: ThermalScreen, action: str
) -> None:
    """Assistive tech sends an accessibility action, not a mouse click."""
    from PySide6.QtGui import QAccessible, QAccessibleActionInterface

    choose = find(screen, QPushButton, "Choose ice")
    actions = QAccessible.queryAccessibleInterface(choose).actionInterface()
    assert actions is not None
    name = getattr(QAccessibleActionInterface, f"{action}Action")()
    assert name in actions.actionNames()
    actions.doAction(name)
    qtbot.waitUntil(find(screen, QCheckBox, "I have read this ice advice").isVisible)
