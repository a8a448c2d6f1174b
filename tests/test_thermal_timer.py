"""The ice/heat deadline engine with fake clocks: gate, skin check, end, alarms, clock jumps.

No Qt and no database: records are built in the test, and a "restart" is a
new engine restored from the progress the last one asked to persist.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

import pytest

from coach.content.thermal_loader import load_thermal
from coach.domain.history import ThermalKind, ThermalRecord, ThermalStatus
from coach.domain.thermal import HARD_MAX_S
from coach.flow import thermal_events as te
from coach.flow import thermal_timer as tt
from coach.flow.thermal_clock import Instant, Progress, advanced
from coach.paths import routines_dir

CONFIG = load_thermal(routines_dir() / "thermal.toml")
NOON = 1_790_000_000.0
MIN = 60.0
BOOT = "boot-a"


def record(planned_s: float = 15 * MIN, *, skin: bool = False) -> ThermalRecord:
    return ThermalRecord(
        id=7,
        kind=ThermalKind.ICE,
        started_at=NOON,
        planned_s=planned_s,
        deadline=NOON + planned_s,
        ended_at=None,
        actual_s=None,
        skin_check_done=skin,
        reaction="",
        status=ThermalStatus.RUNNING,
    )


@dataclass
class Rig:
    """Two clocks, one engine, and what it asked to persist."""

    wall: float = NOON
    mono: float = 500.0
    boot: str = BOOT
    timer: tt.ThermalTimer = field(default_factory=lambda: tt.ThermalTimer(CONFIG))
    saved: Progress | None = None
    events: list[te.Event] = field(default_factory=list)

    def now(self) -> Instant:
        return Instant(self.wall, self.mono, self.boot)

    def take(self, events: list[te.Event]) -> list[te.Event]:
        for event in events:
            if isinstance(event, te.Checkpoint):
                self.saved = event.progress
        self.events += events
        return events

    def start(self, planned_s: float = 15 * MIN) -> None:
        self.take(self.timer.begin(record(planned_s), self.now()))

    def run(self, seconds: float) -> list[te.Event]:
        """Real time passes (both clocks); tick at every deadline the engine names."""
        out: list[te.Event] = []
        end = self.mono + seconds
        while True:
            due = self.timer.next_due(self.now())
            if due is None or self.mono + due > end:
                break
            self.wall += due
            self.mono += due
            out += self.take(self.timer.tick(self.now()))
        self.wall += end - self.mono
        self.mono = end
        return out + self.take(self.timer.tick(self.now()))

    def restart(self, *, same_boot: bool = True, planned_s: float = 15 * MIN) -> list[te.Event]:
        """A new process (mono origin kept only on the same boot) restores the record."""
        self.timer = tt.ThermalTimer(CONFIG)
        if not same_boot:
            self.boot, self.mono = "boot-b", 3.0
        return self.take(self.timer.restore(record(planned_s), self.saved, self.now()))


def kinds(events: list[te.Event]) -> list[str]:
    return [type(e).__name__ for e in events]


def ended(events: list[te.Event]) -> te.Ended:
    found = [e for e in events if isinstance(e, te.Ended)]
    assert len(found) == 1, kinds(events)
    return found[0]


# --- the clock pair --------------------------------------------------------------

ADVANCE_CASES = [
    # wall step, mono step, same boot, expected elapsed step, unknown
    ("both move", 60, 60, True, 60, False),
    ("wall back (NTP), boot clock right", -3600, 60, True, 60, False),
    ("wall forward an hour", 3600, 60, True, 3600, False),
    ("suspend: boot clock counts it", 600, 600, True, 600, False),
    ("other boot, wall forward", 120, -400, False, 120, False),
    ("other boot, wall back: unknown", -120, -400, False, 0, True),
    ("same boot id but mono went back (other origin)", 30, -10, True, 30, False),
]


@pytest.mark.parametrize(
    ("wall", "mono", "same", "step", "unknown"),
    [c[1:] for c in ADVANCE_CASES],
    ids=[c[0] for c in ADVANCE_CASES],
)
def test_progress_takes_the_larger_trustworthy_step(
    wall: float, mono: float, same: bool, step: float, unknown: bool
) -> None:
    then = Progress(100.0, Instant(NOON, 500.0, BOOT))
    now = Instant(NOON + wall, 500.0 + mono, BOOT if same else "other")
    moved = advanced(then, now)
    assert (moved.elapsed_s, moved.unknown, moved.at) == (100.0 + step, unknown, now)


# --- gate and lock-outs ----------------------------------------------------------


def test_start_needs_the_checklist_and_respects_lockouts() -> None:
    timer = tt.ThermalTimer(CONFIG)
    refused = timer.availability(ThermalKind.ICE, [], now=NOON, checklist_done=False)
    assert (refused.allowed, refused.reason) == (False, tt.CHECKLIST_FIRST)
    assert timer.availability(ThermalKind.ICE, [], now=NOON).allowed
    done = replace(record(), status=ThermalStatus.FINISHED, ended_at=NOON + 15 * MIN)
    locked = timer.availability(ThermalKind.ICE, [done], now=NOON + 30 * MIN)
    assert not locked.allowed
    assert locked.next_allowed_at == NOON + 15 * MIN + CONFIG.ice.lockout_s
    assert timer.planned_seconds(ThermalKind.ICE, 45) == HARD_MAX_S


def test_no_second_start_while_one_runs() -> None:
    rig = Rig()
    rig.start()
    assert not rig.timer.availability(ThermalKind.HEAT, [], now=rig.wall).allowed


# --- one application from start to acknowledgement ---------------------------------


def test_skin_check_rings_until_answered_then_the_end_rings_until_taken_off() -> None:
    rig = Rig()
    rig.start()
    assert rig.timer.next_due(rig.now()) == tt.CHECKPOINT_EVERY_S
    rings = rig.run(CONFIG.ice.skin_check_s + 61)
    skin = [e for e in rings if isinstance(e, te.AlarmRang)]
    assert [(e.alarm, e.first) for e in skin] == [
        (te.Alarm.SKIN_CHECK, True),
        (te.Alarm.SKIN_CHECK, False),
        (te.Alarm.SKIN_CHECK, False),
    ]
    assert rig.timer.snapshot(rig.now()).skin_check_due
    answered = rig.take(rig.timer.mark_skin_checked(rig.now()))
    assert kinds(answered) == ["AlarmSilenced", "SkinChecked"]
    assert not rig.timer.snapshot(rig.now()).skin_check_due

    at_end = rig.run(rig.timer.snapshot(rig.now()).remaining_s)
    end = ended(at_end)
    assert (end.ended_at, end.actual_s, end.while_away) == (NOON + 15 * MIN, 15 * MIN, False)
    take_off = [e for e in at_end if isinstance(e, te.AlarmRang)]
    assert take_off[0].alarm is te.Alarm.TAKE_OFF and take_off[0].first
    assert take_off[0].snooze_allowed  # 15 + 2 minutes stays under 20
    assert not rig.timer.snapshot(rig.now()).running

    done = rig.take(rig.timer.acknowledge(rig.now()))
    assert kinds(done) == ["AlarmSilenced", "Acknowledged"]
    assert rig.timer.next_due(rig.now()) is None


def test_an_unanswered_alarm_repeats_every_30_s_then_gives_up() -> None:
    rig = Rig()
    rig.take(rig.timer.begin(record(skin=True), rig.now()))
    events = rig.run(15 * MIN + tt.ALARM_MAX_S + 60)
    rang = [e for e in events if isinstance(e, te.AlarmRang)]
    assert len(rang) == tt.ALARM_MAX_S / tt.ALARM_REPEAT_S
    assert isinstance(events[-1], te.AlarmGaveUp)  # the chime stops, the note stays
    assert rig.timer.next_due(rig.now()) is None


SNOOZE_CASES = [
    # planned minutes, allowed
    (15, True),
    (18, True),
    (19, False),
    (20, False),
]


@pytest.mark.parametrize(("minutes", "allowed"), SNOOZE_CASES)
def test_snoozing_the_end_alarm_only_while_the_total_stays_within_20_minutes(
    minutes: float, allowed: bool
) -> None:
    rig = Rig()
    rig.take(rig.timer.begin(record(minutes * MIN, skin=True), rig.now()))
    rang = [e for e in rig.run(minutes * MIN) if isinstance(e, te.AlarmRang)]
    assert rang[-1].snooze_allowed is allowed
    snoozed = rig.timer.snooze(rig.now())
    assert bool(snoozed) is allowed
    if allowed:
        assert rig.timer.next_due(rig.now()) == tt.SNOOZE_S


def test_stop_early_is_cancelled_under_a_minute_else_finished() -> None:
    rig = Rig()
    rig.start()
    rig.run(20)
    stopped = rig.timer.stop(rig.now())[-1]
    assert isinstance(stopped, te.Stopped) and stopped.status is ThermalStatus.CANCELLED
    rig.start()
    rig.run(6 * MIN)
    stopped = rig.timer.stop(rig.now(), "red skin")[-1]
    assert isinstance(stopped, te.Stopped)
    assert (stopped.status, stopped.actual_s, stopped.reaction) == (
        ThermalStatus.FINISHED,
        6 * MIN,
        "red skin",
    )


def test_checkpoints_at_least_once_a_minute() -> None:
    rig = Rig()
    rig.start()
    events = rig.run(4 * MIN + 30)
    assert sum(isinstance(e, te.Checkpoint) for e in events) == 4
    assert rig.saved is not None and rig.saved.elapsed_s == 4 * MIN


# --- clock jumps and restarts: never past 20 minutes, never restarted ---------------

# name, seconds run before, seconds closed, wall jump while closed, boot kept,
# planned minutes, elapsed after restore (None = ended at once), alarm rings
JUMP_CASES = [
    ("plain restart", 6 * MIN, 0, 0, True, 15, 6 * MIN, False),
    ("closed 2 min, clock unchanged", 6 * MIN, 2 * MIN, 0, True, 15, 8 * MIN, False),
    ("wall back 1 h while closed, same boot", 6 * MIN, 2 * MIN, -3600, True, 15, 8 * MIN, False),
    ("wall forward 1 h while closed", 6 * MIN, 0, 3600, True, 15, None, False),
    ("wall forward 12 min: ends, alarm rings", 6 * MIN, 0, 12 * MIN, True, 15, None, True),
    ("reboot, wall forward 3 min", 6 * MIN, 0, 3 * MIN, False, 15, 9 * MIN, False),
    ("reboot, wall back 1 h: unknown, ends", 6 * MIN, 0, -3600, False, 15, None, True),
    ("20-minute run, wall back, reboot", 19 * MIN, 0, -60, False, 20, None, True),
]


@pytest.mark.parametrize(
    ("before", "closed", "jump", "same_boot", "planned", "elapsed", "rings"),
    [c[1:] for c in JUMP_CASES],
    ids=[c[0] for c in JUMP_CASES],
)
def test_a_restart_after_a_clock_jump_never_restarts_or_stretches_the_timer(
    before: float,
    closed: float,
    jump: float,
    same_boot: bool,
    planned: float,
    elapsed: float | None,
    rings: bool,
) -> None:
    rig = Rig()
    rig.start(planned * MIN)
    rig.run(before)
    rig.wall += closed + jump
    rig.mono += closed
    events = rig.restart(same_boot=same_boot, planned_s=planned * MIN)
    shot = rig.timer.snapshot(rig.now())
    if elapsed is None:
        assert ended(events).actual_s == planned * MIN
        assert not shot.running
    else:
        assert shot.running and shot.elapsed_s == elapsed
        assert "Ended" not in kinds(events)
    take_off = [e for e in events if isinstance(e, te.AlarmRang) and e.alarm is te.Alarm.TAKE_OFF]
    assert bool(take_off) is rings
    # Whatever happened, it ends no later than the time that was really left.
    if elapsed is not None:
        assert shot.remaining_s == planned * MIN - elapsed
        assert ended(rig.run(shot.remaining_s)).actual_s == planned * MIN


def test_jumps_back_and_forth_with_restarts_in_between_never_exceed_20_minutes() -> None:
    """Back jumps cost nothing, a forward jump counts as time on: the real total stays <= 20."""
    rig = Rig()
    rig.start(20 * MIN)
    real = 0.0
    steps = [  # run, then jump the wall clock, then restart; elapsed the engine then shows
        (3 * MIN, -3600, 3 * MIN),
        (4 * MIN, +30, 7 * MIN + 30),
        (5 * MIN, -120, 12 * MIN + 30),
        (2 * MIN, -86_400, 14 * MIN + 30),
    ]
    for run, jump, shown in steps:
        rig.run(run)
        real += run
        rig.wall += jump
        events = rig.restart(planned_s=20 * MIN)
        assert "Ended" not in kinds(events)
        assert rig.timer.snapshot(rig.now()).elapsed_s == shown
    left = rig.timer.snapshot(rig.now()).remaining_s
    assert real + left == 20 * MIN - 30
    events = rig.run(left)
    assert ended(events).actual_s == 20 * MIN
    assert [e.alarm for e in events if isinstance(e, te.AlarmRang) and e.first] == [
        te.Alarm.TAKE_OFF
    ]


def test_ended_long_ago_reports_but_does_not_ring() -> None:
    rig = Rig()
    rig.start()
    rig.run(3 * MIN)
    rig.wall += 40 * MIN
    events = rig.restart(same_boot=False)
    assert ended(events).while_away
    assert not any(isinstance(e, te.AlarmRang) for e in events)
    assert rig.timer.next_due(rig.now()) is None


def test_saved_progress_round_trips_through_a_record() -> None:
    rig = Rig()
    rig.start()
    rig.run(2 * MIN)
    assert rig.saved is not None
    stored = replace(
        record(),
        progress_elapsed_s=rig.saved.elapsed_s,
        progress_wall=rig.saved.at.wall,
        progress_mono=rig.saved.at.mono,
        progress_boot=rig.saved.at.boot,
    )
    assert tt.saved_progress(stored) == rig.saved
    assert tt.saved_progress(record()) is None
