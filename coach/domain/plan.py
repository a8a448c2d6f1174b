"""My plan: the routine and level a person is on, and the session built from it."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass

from coach.domain.routine import Block, ExerciseKind, Level, Routine


@dataclass(frozen=True, slots=True)
class Plan:
    """The current routine and level, chosen by triage (or by the person)."""

    routine_id: str
    level_id: str
    route: str
    chosen_at: float
    """Wall-clock time the plan was chosen: day counts for re-triage start here."""
    strain_started_at: float | None = None
    """For the acute-strain route: when the strain happened (heat is refused for 3 days)."""
    numbness: bool = False
    """The person reported numbness or pins and needles (warn against ice/heat there)."""


def session_blocks(level: Level, dropped_kinds: Collection[ExerciseKind]) -> tuple[Block, ...]:
    """The level's blocks without the kinds today's pain gate drops."""
    return tuple(b for b in level.blocks if b.exercise.kind not in dropped_kinds)


def level_after_morning_check(routine: Routine, level_id: str, *, reduce_load: bool) -> str:
    """The level for today: one easier when the 24-hour rule says to reduce the load."""
    if not reduce_load:
        return level_id
    easier = routine.easier(level_id)
    return easier.id if easier is not None else level_id
