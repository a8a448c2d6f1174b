"""Properties of SessionEngine under any sequence of commands and time steps."""

from __future__ import annotations

from collections import defaultdict

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from coach.domain.routine import Block, Dose, DoseMode, Exercise, ExerciseKind, Position
from coach.domain.side import Side
from coach.engine.cues import CuePhrases
from coach.engine.events import (
    Cue,
    EngineState,
    Event,
    PhaseStarted,
    UnitCompleted,
    UnitOutcome,
)
from coach.engine.session import SessionEngine

COMMANDS = (
    "tick",
    "pause",
    "resume",
    "toggle_pause",
    "skip",
    "back",
    "done",
    "skip_exercise",
    "stop",
    "start",
)
ENDED = (EngineState.FINISHED, EngineState.STOPPED)
PROPERTY_SETTINGS = settings(max_examples=200, deadline=None)

seconds = st.sampled_from([0.0, 0.5, 1.0, 2.5, 3.0, 10.0, 20.0, 30.0, 0.1 + 0.2])


@st.composite
def doses(draw: st.DrawFn) -> Dose:
    """Any valid dose, with short timings so sessions stay small."""
    mode = draw(st.sampled_from(DoseMode))
    return Dose(
        mode=mode,
        reps=draw(st.integers(1, 4)),
        sets=draw(st.integers(1, 3)),
        seconds=draw(seconds),
        tempo_s=draw(st.sampled_from([0.0, 0.5, 1.5, 2.0])),
        per_side=draw(st.booleans()),
        rest_between_reps_s=draw(seconds),
        rest_between_sets_s=draw(seconds),
        get_ready_s=draw(seconds),
        switch_s=draw(seconds),
    )


def block(index: int, dose: Dose) -> Block:
    exercise = Exercise(
        id=f"ex{index}",
        name=f"Exercise {index}",
        kind=ExerciseKind.STRENGTH,
        position=Position.FLOOR,
        equipment=(),
        target="glutes",
        instructions=(),
        cautions=(),
        start_pose="a",
        end_pose="b",
        cue="Get into position.",
    )
    return Block(exercise, dose)


blocks = st.lists(doses(), max_size=3).map(lambda ds: [block(i, d) for i, d in enumerate(ds)])
steps = st.lists(
    st.tuples(st.sampled_from(COMMANDS), st.floats(0.0, 40.0, allow_nan=False)), max_size=30
)


def apply(engine: SessionEngine, command: str, now: float) -> list[Event]:
    if command == "stop":
        return engine.stop(now, "test")
    result: list[Event] = getattr(engine, command)(now)
    return result


def check_invariants(engine: SessionEngine, events: list[Event], now: float) -> None:
    """What must hold after any command."""
    snap = engine.snapshot(now)
    assert snap.remaining_s is None or snap.remaining_s >= 0.0
    if snap.phase is not None and snap.phase.duration_s is not None:
        assert snap.remaining_s is not None and snap.remaining_s <= snap.phase.duration_s
    assert 0.0 <= snap.progress <= 1.0
    assert snap.phase_elapsed_s >= 0.0
    for event in events:
        instant = event.due if isinstance(event, Cue) else event.at
        assert instant <= now
    for record in engine.records:
        assert record.active_s >= 0.0
        if record.planned_s is not None:
            assert record.active_s <= record.planned_s
            if record.outcome is UnitOutcome.COMPLETED:
                assert record.active_s == record.planned_s


def finish(engine: SessionEngine, now: float) -> float:
    """Tick on (resuming, and pressing Enter for self-paced work) until the end."""
    for _ in range(10_000):
        if engine.state in ENDED:
            return now
        now += 1000.0
        engine.resume(now)
        engine.tick(now)
        engine.done(now)
    raise AssertionError("session never ended")


@PROPERTY_SETTINGS
@given(blocks=blocks, steps=steps)
def test_any_commands_keep_the_invariants_and_the_session_ends(
    blocks: list[Block], steps: list[tuple[str, float]]
) -> None:
    engine = SessionEngine(blocks, cues=CuePhrases())
    now = 500.0
    engine.start(now)
    dues: list[float] = []
    for command, step in steps:
        now += step
        events = apply(engine, command, now)
        dues += [event.due for event in events if isinstance(event, Cue)]
        check_invariants(engine, events, now)
    assert dues == sorted(dues)
    now = finish(engine, now)
    check_invariants(engine, [], now)
    assert engine.time_to_next_deadline(now) is None
    assert apply(engine, "skip", now + 1.0) == []


@PROPERTY_SETTINGS
@given(
    blocks=blocks,
    steps=st.lists(
        st.tuples(st.sampled_from(["tick", "toggle_pause"]), st.floats(0.0, 40.0)),
        max_size=30,
    ),
)
def test_every_side_gets_the_full_dose_whatever_the_pauses(
    blocks: list[Block], steps: list[tuple[str, float]]
) -> None:
    engine = SessionEngine(blocks, cues=CuePhrases())
    now = 0.0
    engine.start(now)
    for command, step in steps:
        now += step
        apply(engine, command, now)
    finish(engine, now)
    assert engine.state is EngineState.FINISHED
    held: defaultdict[tuple[int, Side], float] = defaultdict(float)
    for record in engine.records:
        assert record.outcome is UnitOutcome.COMPLETED
        held[record.block_index, record.side] += record.active_s
    for index, blk in enumerate(blocks):
        dose = blk.dose
        if dose.mode is DoseMode.HOLD:
            totals = {held[index, side] for side in dose.sides}
            assert len(totals) == 1  # left and right held exactly as long
            assert totals.pop() == pytest.approx(dose.seconds * dose.reps * dose.sets)


@PROPERTY_SETTINGS
@given(blocks=blocks, gaps=st.lists(st.floats(0.01, 50.0), min_size=1, max_size=40))
def test_phase_starts_do_not_depend_on_when_ticks_arrive(
    blocks: list[Block], gaps: list[float]
) -> None:
    """Irregular ticks give the same phase starts as one tick at the end."""
    irregular = SessionEngine(blocks, cues=CuePhrases())
    single = SessionEngine(blocks, cues=CuePhrases())
    events = irregular.start(0.0)
    reference = single.start(0.0)
    now = 0.0
    for gap in gaps:
        now += gap
        events += irregular.tick(now)
    reference += single.tick(now)
    assert [e for e in events if isinstance(e, PhaseStarted | UnitCompleted | Cue)] == [
        e for e in reference if isinstance(e, PhaseStarted | UnitCompleted | Cue)
    ]
