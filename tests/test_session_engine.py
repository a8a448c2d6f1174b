"""SessionEngine driven by a FakeClock: plan expansion, cues, commands, timing."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

import pytest

from coach.domain.routine import (
    Block,
    Dose,
    DoseMode,
    Exercise,
    ExerciseKind,
    Position,
)
from coach.domain.side import Side
from coach.engine.clock import FakeClock
from coach.engine.cues import CuePhrases
from coach.engine.events import (
    Cue,
    CueKind,
    EngineState,
    Event,
    Paused,
    PhaseKind,
    PhaseStarted,
    Resumed,
    SessionEnded,
    UnitCompleted,
    UnitOutcome,
)
from coach.engine.session import SessionEngine

E = TypeVar("E")

T0 = 1000.0
GR, W, R, SW = PhaseKind.GET_READY, PhaseKind.WORK, PhaseKind.REST, PhaseKind.SWITCH
L, RT, B = Side.LEFT, Side.RIGHT, Side.BOTH


def exercise(ex_id: str, name: str, cue: str = "") -> Exercise:
    """An exercise with only the fields the engine reads filled in meaningfully."""
    return Exercise(
        id=ex_id,
        name=name,
        kind=ExerciseKind.STRETCH,
        position=Position.FLOOR,
        equipment=(),
        target="glutes",
        instructions=(),
        cautions=(),
        start_pose="lying",
        end_pose="lying",
        cue=cue,
    )


def stretch_block(*, seconds: float = 30.0, reps: int = 2) -> Block:
    """Per-side hold, ``reps`` per side with 10 s between them."""
    dose = Dose(
        mode=DoseMode.HOLD,
        reps=reps,
        seconds=seconds,
        per_side=True,
        rest_between_reps_s=10.0,
        get_ready_s=8.0,
        switch_s=5.0,
    )
    return Block(exercise("figure4", "Figure-four stretch", "Cross ankle over knee."), dose)


def reps_block() -> Block:
    """Timed reps: 5 reps at 2 s, 2 sets, 30 s between sets."""
    dose = Dose(
        mode=DoseMode.TIMED_REPS,
        reps=5,
        sets=2,
        tempo_s=2.0,
        rest_between_sets_s=30.0,
        get_ready_s=8.0,
    )
    return Block(exercise("bridge", "Bridge", "Lift your hips."), dose)


def self_paced_block() -> Block:
    """Ten clamshells at the person's pace."""
    dose = Dose(mode=DoseMode.SELF_PACED, reps=10, get_ready_s=8.0)
    return Block(exercise("clam", "Clamshell", "Knees bent, lift the top knee."), dose)


def session(*blocks: Block) -> SessionEngine:
    """The standard three-block session unless blocks are given."""
    chosen = blocks or (stretch_block(), reps_block(), self_paced_block())
    return SessionEngine(chosen, cues=CuePhrases())


def of_type(events: list[Event], kind: type[E]) -> list[E]:
    """The events of one type, in order."""
    return [event for event in events if isinstance(event, kind)]


def drive(
    engine: SessionEngine,
    clock: FakeClock,
    until: float,
    *,
    step: Callable[[float], float] = lambda _: 0.25,
) -> list[Event]:
    """Tick up to ``until``; ``step(now)`` gives the gap to the next tick."""
    events: list[Event] = []
    while clock.now() < until:
        clock.advance(min(step(clock.now()), until - clock.now()))
        events += engine.tick(clock.now())
    return events


# Planned starts of the standard session when nothing interferes.
PLAN = [
    (GR, 8.0, L, 1, 1, 1000.0),
    (W, 30.0, L, 1, 1, 1008.0),
    (R, 10.0, L, 1, 2, 1038.0),
    (W, 30.0, L, 1, 2, 1048.0),
    (SW, 5.0, RT, 1, 1, 1078.0),
    (W, 30.0, RT, 1, 1, 1083.0),
    (R, 10.0, RT, 1, 2, 1113.0),
    (W, 30.0, RT, 1, 2, 1123.0),
    (GR, 8.0, B, 1, 1, 1153.0),
    (W, 10.0, B, 1, 1, 1161.0),
    (R, 30.0, B, 2, 1, 1171.0),
    (W, 10.0, B, 2, 1, 1201.0),
    (GR, 8.0, B, 1, 1, 1211.0),
    (W, None, B, 1, 1, 1219.0),
]


def test_plan_expands_blocks_into_phases() -> None:
    engine = session()
    got = [(p.kind, p.duration_s, p.side, p.set_no, p.unit_no) for p in engine.phases]
    assert got == [row[:5] for row in PLAN]
    assert [p.index for p in engine.phases] == list(range(len(PLAN)))
    assert [p.block_index for p in engine.phases] == [0] * 8 + [1] * 4 + [2] * 2
    assert [p.reps for p in engine.phases if p.kind is W] == [1, 1, 1, 1, 5, 5, 10]


def test_zero_length_rests_and_switches_are_left_out() -> None:
    dose = Dose(mode=DoseMode.HOLD, reps=2, sets=2, seconds=5.0, per_side=True, switch_s=0.0)
    engine = session(Block(exercise("x", "X"), dose))
    assert [p.kind for p in engine.phases] == [GR] + [W] * 8


def test_undisturbed_session_runs_to_the_plan() -> None:
    clock = FakeClock(T0)
    engine = session()
    events = engine.start(clock.now()) + drive(engine, clock, 1230.0)
    assert [(s.phase.kind, s.at) for s in of_type(events, PhaseStarted)] == [
        (row[0], row[5]) for row in PLAN
    ]
    assert engine.state is EngineState.RUNNING
    assert engine.snapshot(clock.now()).remaining_s is None
    done = engine.done(clock.advance(20.0))
    records = engine.records
    assert [(r.side, r.active_s, r.outcome) for r in records] == [
        (L, 30.0, UnitOutcome.COMPLETED),
        (L, 30.0, UnitOutcome.COMPLETED),
        (RT, 30.0, UnitOutcome.COMPLETED),
        (RT, 30.0, UnitOutcome.COMPLETED),
        (B, 10.0, UnitOutcome.COMPLETED),
        (B, 10.0, UnitOutcome.COMPLETED),
        (B, 31.0, UnitOutcome.COMPLETED),
    ]
    assert records[-1].planned_s is None and records[-1].reps == 10
    assert records[4].reps == 5
    assert [r.at for r in records[:6]] == [1038.0, 1078.0, 1113.0, 1153.0, 1171.0, 1211.0]
    assert done[-2:] == [
        Cue("Session complete. Well done.", CueKind.COMPLETE, 1250.0, len(PLAN)),
        SessionEnded(EngineState.FINISHED, 1250.0),
    ]
    assert engine.snapshot(clock.now()).state is EngineState.FINISHED
    assert engine.snapshot(clock.now()).progress == 1.0


def cues_of(events: list[Event], phase_index: int) -> list[tuple[str, CueKind, float]]:
    return [(c.text, c.kind, c.due) for c in of_type(events, Cue) if c.phase_index == phase_index]


def test_hold_block_cues_and_due_times() -> None:
    clock = FakeClock(T0)
    engine = session()
    events = engine.start(clock.now()) + drive(engine, clock, 1153.0)
    assert cues_of(events, 0) == [
        ("Next up: Figure-four stretch", CueKind.NEXT_UP, 1000.0),
        ("Left side", CueKind.INSTRUCTION, 1000.0),
        ("Cross ankle over knee.", CueKind.INSTRUCTION, 1000.0),
        ("3", CueKind.COUNTDOWN, 1005.0),
        ("2", CueKind.COUNTDOWN, 1006.0),
        ("1", CueKind.COUNTDOWN, 1007.0),
    ]
    assert cues_of(events, 1) == [
        ("Hold", CueKind.START, 1008.0),
        ("Halfway", CueKind.HALFWAY, 1023.0),
        ("10 seconds left", CueKind.TEN_LEFT, 1028.0),
        ("3", CueKind.COUNTDOWN, 1035.0),
        ("2", CueKind.COUNTDOWN, 1036.0),
        ("1", CueKind.COUNTDOWN, 1037.0),
    ]
    assert [text for text, *_ in cues_of(events, 2)] == ["Rest", "3", "2", "1"]
    assert cues_of(events, 4)[:2] == [
        ("Switch sides", CueKind.SWITCH, 1078.0),
        ("Right side", CueKind.INSTRUCTION, 1078.0),
    ]


def test_timed_reps_count_each_rep_and_self_paced_asks_for_enter() -> None:
    clock = FakeClock(T0)
    engine = session()
    events = engine.start(clock.now()) + drive(engine, clock, 1220.0)
    assert cues_of(events, 8)[0] == ("Next up: Bridge", CueKind.NEXT_UP, 1153.0)
    assert "Left side" not in [text for text, *_ in cues_of(events, 8)]
    assert cues_of(events, 9) == [
        ("Go", CueKind.START, 1161.0),
        ("1", CueKind.REP, 1161.0),
        ("2", CueKind.REP, 1163.0),
        ("3", CueKind.REP, 1165.0),
        ("4", CueKind.REP, 1167.0),
        ("5", CueKind.REP, 1169.0),
    ]
    assert cues_of(events, 13) == [
        ("Do 10 reps at your own pace. Press Enter when done.", CueKind.START, 1219.0)
    ]


@pytest.mark.parametrize(
    ("seconds", "expected"),
    [
        (15.0, ["Hold", "3", "2", "1"]),
        (20.0, ["Hold", "10 seconds left", "3", "2", "1"]),
        (60.0, ["Hold", "30 s", "10 seconds left", "3", "2", "1"]),
        (2.0, ["Hold", "1"]),
    ],
)
def test_long_unit_cues_only_for_long_holds(seconds: float, expected: list[str]) -> None:
    clock = FakeClock(T0)
    engine = SessionEngine(
        [stretch_block(seconds=seconds, reps=1)], cues=CuePhrases(halfway="30 s")
    )
    events = engine.start(T0) + drive(engine, clock, T0 + 8.0 + seconds - 0.5)
    assert [text for text, *_ in cues_of(events, 1)] == expected


def test_pause_is_not_exercise_time() -> None:
    clock = FakeClock(T0)
    engine = session()
    engine.start(T0)
    drive(engine, clock, 1018.0)  # 10 s into the first hold
    assert engine.pause(clock.now()) == [Paused(1018.0)]
    frozen = drive(engine, clock, 1038.0)
    assert frozen == []
    assert engine.snapshot(clock.now()).remaining_s == 20.0
    assert engine.time_to_next_deadline(clock.now()) is None
    assert engine.resume(clock.now()) == [Resumed(1038.0)]
    events = drive(engine, clock, 1058.5)
    assert cues_of(events, 1)[0] == ("Halfway", CueKind.HALFWAY, 1043.0)
    assert of_type(events, UnitCompleted)[0].active_s == 30.0
    assert of_type(events, UnitCompleted)[0].at == 1058.0
    assert of_type(events, PhaseStarted)[0].at == 1058.0


def test_toggle_pause_alternates() -> None:
    engine = session()
    engine.start(T0)
    assert engine.toggle_pause(1001.0) == [Paused(1001.0)]
    assert engine.snapshot(1002.0).state is EngineState.PAUSED
    assert engine.toggle_pause(1003.0)[0] == Resumed(1003.0)
    assert engine.snapshot(1004.0).state is EngineState.RUNNING


def test_skip_records_unfinished_work_as_skipped() -> None:
    engine = session()
    engine.start(T0)
    engine.tick(1020.0)
    events = engine.skip(1020.0)
    assert of_type(events, UnitCompleted) == [
        UnitCompleted(0, "figure4", L, 1, 1, 30.0, 12.0, 0, UnitOutcome.SKIPPED, 1020.0)
    ]
    assert of_type(events, PhaseStarted)[0].phase.kind is R
    assert of_type(engine.skip(1021.0), UnitCompleted) == []  # a rest is not recorded


def test_skipped_timed_reps_count_whole_reps() -> None:
    engine = session()
    engine.start(T0)
    engine.tick(1166.0)  # 5 s into the bridges: reps 1-2 done, rep 3 under way
    assert engine.snapshot(1166.0).current_rep == 3
    record = of_type(engine.skip(1166.0), UnitCompleted)[0]
    assert (record.active_s, record.reps) == (5.0, 2)


def test_back_redoes_the_previous_unit_and_records_it_again() -> None:
    engine = session()
    engine.start(T0)
    engine.tick(1040.0)  # in the rest after the first hold
    events = engine.back(1040.0)
    assert of_type(events, PhaseStarted) == [PhaseStarted(engine.phases[1], 1040.0)]
    assert of_type(events, Cue)[0] == Cue("Hold", CueKind.START, 1040.0, 1)
    engine.tick(1070.0)
    assert [(r.unit_no, r.at) for r in engine.records] == [(1, 1038.0), (1, 1070.0)]
    assert engine.snapshot(1070.0).completed_units == 1


def test_back_from_a_blocks_first_unit_goes_to_the_previous_get_ready() -> None:
    engine = session()
    engine.start(T0)
    engine.tick(1165.0)  # bridge set 1
    assert of_type(engine.back(1165.0), PhaseStarted)[0].phase.index == 0
    assert [r.exercise_id for r in engine.records] == ["figure4"] * 4  # abandoned unit
    assert of_type(engine.back(1166.0), PhaseStarted)[0].phase.index == 0


def test_done_only_finishes_self_paced_work() -> None:
    engine = session()
    engine.start(T0)
    engine.tick(1010.0)
    assert engine.done(1010.0) == []
    engine.tick(1219.0)
    engine.pause(1220.0)
    events = engine.done(1300.0)  # pressing Enter while paused still counts
    assert of_type(events, UnitCompleted)[0].active_s == 1.0
    assert engine.state is EngineState.FINISHED


def test_skip_exercise_jumps_to_the_next_block() -> None:
    engine = session()
    engine.start(T0)
    engine.tick(1015.0)
    events = engine.skip_exercise(1015.0)
    assert [(r.outcome, r.active_s) for r in of_type(events, UnitCompleted)] == [
        (UnitOutcome.SKIPPED, 7.0)
    ]
    started = of_type(events, PhaseStarted)[0]
    assert (started.phase.index, started.at) == (8, 1015.0)
    engine.skip_exercise(1016.0)
    engine.skip_exercise(1017.0)
    assert engine.state is EngineState.FINISHED
    assert len(engine.records) == 1


def test_stop_records_the_unit_under_way() -> None:
    engine = session()
    engine.start(T0)
    engine.tick(1010.0)
    engine.pause(1010.0)
    events = engine.stop(1500.0, "pain above 5")
    assert events == [
        UnitCompleted(0, "figure4", L, 1, 1, 30.0, 2.0, 0, UnitOutcome.STOPPED, 1500.0),
        Cue("Session stopped.", CueKind.STOPPED, 1500.0, len(PLAN)),
        SessionEnded(EngineState.STOPPED, 1500.0, "pain above 5"),
    ]
    assert engine.snapshot(1500.0).phase is None


@pytest.mark.parametrize(
    "command",
    ["tick", "pause", "resume", "toggle_pause", "skip", "back", "done", "skip_exercise", "stop"],
)
def test_commands_in_the_wrong_state_do_nothing(command: str) -> None:
    engine = session()
    assert getattr(engine, command)(T0) == []
    engine.start(T0)
    engine.stop(T0 + 1)
    assert getattr(engine, command)(T0 + 2) == []
    assert engine.start(T0 + 3) == []


def test_a_300ms_stall_every_5s_causes_no_drift() -> None:
    def stalling(now: float) -> float:
        return 0.55 if (now - T0) % 5.0 < 0.25 else 0.25

    smooth_clock, stall_clock = FakeClock(T0), FakeClock(T0)
    smooth, stalled = session(), session()
    smooth_events = smooth.start(T0) + drive(smooth, smooth_clock, 1225.0)
    stalled_events = stalled.start(T0) + drive(stalled, stall_clock, 1225.0, step=stalling)
    assert of_type(stalled_events, PhaseStarted) == of_type(smooth_events, PhaseStarted)
    assert of_type(stalled_events, Cue) == of_type(smooth_events, Cue)
    assert stalled.records == smooth.records


def test_one_huge_stall_catches_up_across_phases_at_exact_instants() -> None:
    engine = session()
    engine.start(T0)
    engine.tick(1030.0)
    events = engine.tick(1090.0)  # end of hold 1, rest, hold 2, into the switch
    timeline = [(type(e).__name__, e.at) for e in events if not isinstance(e, Cue)]
    assert timeline == [
        ("UnitCompleted", 1038.0),
        ("PhaseStarted", 1038.0),
        ("PhaseStarted", 1048.0),
        ("UnitCompleted", 1078.0),
        ("PhaseStarted", 1078.0),
        ("PhaseStarted", 1083.0),
    ]
    dues = [c.due for c in of_type(events, Cue)]
    assert dues == sorted(dues) and dues[0] == 1035.0 and max(dues) <= 1090.0
    assert [r.active_s for r in engine.records] == [30.0, 30.0]
    assert engine.snapshot(1090.0).remaining_s == 23.0


def test_remaining_never_negative_between_ticks() -> None:
    engine = session()
    engine.start(T0)
    assert engine.snapshot(T0 + 500.0).remaining_s == 0.0
    assert engine.time_to_next_deadline(T0 + 500.0) == 0.0


def test_snapshot_reports_position_and_progress() -> None:
    engine = session()
    before = engine.snapshot(T0)
    assert (before.state, before.phase, before.next_up) == (
        EngineState.NOT_STARTED,
        None,
        "Figure-four stretch",
    )
    engine.start(T0)
    engine.tick(1050.0)
    snap = engine.snapshot(1050.5)
    assert snap.phase is not None and snap.phase.index == 3
    assert (snap.remaining_s, snap.phase_elapsed_s, snap.current_rep) == (27.5, 2.5, None)
    assert (snap.completed_units, snap.total_units) == (1, 7)
    assert snap.progress == pytest.approx(50.5 / 259)  # 50.5 s of 219 s + 10 reps at 4 s
    assert snap.next_up == "Bridge"
    assert engine.time_to_next_deadline(1050.5) == 12.5  # "Halfway" at 1063


def test_progress_is_time_through_the_plan_and_skipping_moves_it() -> None:
    """Skipped holds count as passed: progress never sits at 0 % through an exercise."""
    engine = session()
    engine.start(T0)
    assert engine.snapshot(T0).progress == 0.0
    engine.skip(T0)  # get ready
    engine.skip(T0)  # first hold, skipped
    assert engine.snapshot(T0).progress == pytest.approx(38 / 259)
    seen = []
    for now in range(1000, 1400, 5):
        engine.tick(float(now))
        seen.append(engine.snapshot(float(now)).progress)
    assert seen == sorted(seen)


def test_an_empty_plan_finishes_at_once() -> None:
    engine = SessionEngine([], cues=CuePhrases())
    assert of_type(engine.start(T0), SessionEnded) == [SessionEnded(EngineState.FINISHED, T0)]
    assert engine.snapshot(T0).progress == 1.0


def test_skip_while_paused_stays_paused_in_the_next_phase() -> None:
    engine = session()
    engine.start(T0)
    engine.pause(1002.0)
    events = engine.skip(1010.0)
    assert of_type(events, Cue) == []  # paused: silent
    assert engine.state is EngineState.PAUSED
    assert engine.snapshot(1020.0).remaining_s == 30.0
    resumed = engine.resume(1020.0)
    assert of_type(resumed, Cue)[0] == Cue("Hold", CueKind.START, 1020.0, 1)


def test_time_never_runs_backwards() -> None:
    engine = session()
    engine.start(T0)
    engine.tick(1010.0)
    assert engine.tick(1005.0) == []
    assert engine.snapshot(1005.0).phase_elapsed_s == 2.0
