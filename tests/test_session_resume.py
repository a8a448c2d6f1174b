"""Resuming an interrupted session: done units count, the rest is offered again."""

from __future__ import annotations

import pytest

from coach.content.loader import load_library
from coach.engine.clock import FakeClock
from coach.engine.events import EngineState, PhaseKind, PhaseStarted, UnitCompleted, UnitOutcome
from coach.engine.session import SessionEngine
from coach.engine.session_plan import planned_seconds, unit_key
from coach.paths import routines_dir

LIBRARY = load_library([routines_dir()])
BLOCKS = LIBRARY.routines["piriformis_relief"].level("stretch").blocks


def run_to_end(engine: SessionEngine, clock: FakeClock) -> list[UnitCompleted]:
    units: list[UnitCompleted] = []
    while engine.state is EngineState.RUNNING:
        clock.advance(0.25)
        units += [e for e in engine.tick(clock.now()) if isinstance(e, UnitCompleted)]
    return units


def test_resume_starts_with_the_transition_into_the_first_unit_not_done() -> None:
    clock = FakeClock()
    first = SessionEngine(BLOCKS, cues=LIBRARY.cues)
    first.start(clock.now())
    done: list[UnitCompleted] = []
    while len(done) < 3:
        clock.advance(0.25)
        done += [e for e in first.tick(clock.now()) if isinstance(e, UnitCompleted)]

    second = SessionEngine(BLOCKS, cues=LIBRARY.cues)
    events = second.start(clock.now(), done={unit_key(u) for u in done})
    started = [e.phase for e in events if isinstance(e, PhaseStarted)]
    assert started[0].kind is not PhaseKind.WORK
    next_work = next(p for p in second.phases[started[0].index :] if p.kind is PhaseKind.WORK)
    assert unit_key(next_work) not in {unit_key(u) for u in done}
    passed = sum(planned_seconds(p) for p in second.phases[: started[0].index])
    total = sum(planned_seconds(p) for p in second.phases)
    assert second.snapshot(clock.now()).progress == pytest.approx(passed / total)

    rest = run_to_end(second, clock)
    all_keys = [unit_key(u) for u in done + rest if u.outcome is UnitOutcome.COMPLETED]
    work_keys = [unit_key(p) for p in second.phases if p.kind is PhaseKind.WORK]
    assert sorted(all_keys) == sorted(work_keys)
    assert second.snapshot(clock.now()).progress == 1.0


def test_resume_with_everything_done_finishes_at_once() -> None:
    engine = SessionEngine(BLOCKS, cues=LIBRARY.cues)
    done = {unit_key(p) for p in engine.phases if p.kind is PhaseKind.WORK}
    engine.start(0.0, done=done)
    assert engine.state is EngineState.FINISHED
