"""The Snapshot a view draws, and reps counted in a unit: how far a session has got.

Stdlib only and pure: the engine passes its plan and position (state, phase
index, exercise time in the phase) and gets values back; nothing here reads a
clock or changes anything. Progress is planned time passed through, so skipped
phases count as passed and self-paced work is estimated (see ``session_plan``).
"""

from __future__ import annotations

from coach.domain.routine import DoseMode
from coach.engine.events import (
    ACTIVE_STATES,
    EngineState,
    Phase,
    PhaseKind,
    Snapshot,
    UnitOutcome,
)
from coach.engine.session_plan import SessionPlan


def build_snapshot(
    plan: SessionPlan, *, state: EngineState, index: int, elapsed: float, completed_units: int
) -> Snapshot:
    """The session at phase ``index`` with ``elapsed`` exercise time in it
    (0 unless running or paused)."""
    phase = plan.phases[index] if state in ACTIVE_STATES else None
    remaining = None
    if phase is not None and phase.duration_s is not None:
        remaining = phase.duration_s - elapsed
    return Snapshot(
        state=state,
        phase=phase,
        remaining_s=remaining,
        phase_elapsed_s=elapsed,
        current_rep=current_rep(plan, phase, elapsed),
        progress=progress(plan, state, index, elapsed),
        next_up=next_up(plan, state, phase),
        completed_units=completed_units,
        total_units=plan.total_units,
    )


def current_rep(plan: SessionPlan, phase: Phase | None, elapsed: float) -> int | None:
    """1-based repetition under way in timed-reps work, else None."""
    if phase is None or phase.kind is not PhaseKind.WORK:
        return None
    dose = plan.dose(phase)
    if dose.mode is not DoseMode.TIMED_REPS:
        return None
    if dose.tempo_s <= 0:
        return 1
    return min(phase.reps, int(elapsed // dose.tempo_s) + 1)


def reps_done(plan: SessionPlan, phase: Phase, outcome: UnitOutcome, active_s: float) -> int:
    """The unit's reps when completed; otherwise whole timed reps finished."""
    if outcome is UnitOutcome.COMPLETED:
        return phase.reps
    dose = plan.dose(phase)
    if dose.mode is DoseMode.TIMED_REPS and dose.tempo_s > 0:
        return min(phase.reps, int(active_s // dose.tempo_s))
    return 0


def progress(plan: SessionPlan, state: EngineState, index: int, elapsed: float) -> float:
    """Planned time passed through over all of it: phases left behind (done or
    skipped) plus ``elapsed`` of phase ``index``; 1 when finished."""
    if state is EngineState.FINISHED:
        return 1.0
    total = plan.planned_before[-1]
    if state is EngineState.NOT_STARTED or not total:
        return 0.0
    current = plan.planned_before[index + 1] - plan.planned_before[index]
    return min(1.0, (plan.planned_before[index] + min(elapsed, current)) / total)


def next_up(plan: SessionPlan, state: EngineState, phase: Phase | None) -> str | None:
    """Name of the exercise after ``phase``'s block (the first, before start;
    None once the session is over)."""
    if state is EngineState.NOT_STARTED:
        return plan.blocks[0].exercise.name if plan.blocks else None
    if phase is None:
        return None
    following = phase.block_index + 1
    return plan.blocks[following].exercise.name if following < len(plan.blocks) else None
