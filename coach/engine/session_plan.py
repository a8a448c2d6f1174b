"""A session's plan: a level's blocks expanded into numbered phases, and moves within it.

Stdlib only, no time and no state. :func:`expand_plan` turns blocks into the
ordered phases a session walks through; :class:`SessionPlan` holds them with the
indexes the engine navigates by (where back, skip-exercise and a resume land)
and what each phase is planned to take. Everything here is a pure function of
the blocks.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator, Sequence
from typing import Protocol

from coach.domain.routine import Block, Dose, DoseMode
from coach.domain.side import Side
from coach.engine.events import Phase, PhaseKind

_Step = tuple[PhaseKind, float | None, Side, int, int]
"""kind, duration, side, set_no, unit_no of one planned phase."""


UnitKey = tuple[int, str, int, int]
"""block_index, side, set_no, unit_no: identifies one unit of work in a plan."""


class UnitLike(Protocol):
    """Anything that names one unit of work: a Phase, a UnitCompleted, a stored step."""

    @property
    def block_index(self) -> int: ...
    @property
    def side(self) -> str: ...
    @property
    def set_no(self) -> int: ...
    @property
    def unit_no(self) -> int: ...


SELF_PACED_REP_S = 4.0
"""What one self-paced rep is planned to take (a slow, controlled rep): for the
session's progress and a level's estimated length."""


def planned_seconds(phase: Phase) -> float:
    """How long ``phase`` is planned to take (self-paced work: its reps at
    SELF_PACED_REP_S each)."""
    if phase.duration_s is not None:
        return phase.duration_s
    return phase.reps * SELF_PACED_REP_S


def unit_key(unit: UnitLike) -> UnitKey:
    """The key of a WORK phase, a recorded unit or a stored step."""
    return (unit.block_index, str(unit.side), unit.set_no, unit.unit_no)


def expand_plan(blocks: Sequence[Block]) -> tuple[Phase, ...]:
    """The whole session as phases, in order.

    Per block: GET_READY, then for each set, side and unit a WORK phase, with
    REST between units and between sets and SWITCH between sides; zero-length
    rests and switches are left out, and no REST follows a block's last set.
    Non-WORK phases carry the side/set/unit/reps of the WORK unit they lead to.
    """
    phases: list[Phase] = []
    for block_index, block in enumerate(blocks):
        dose = block.dose
        for kind, duration, side, set_no, unit_no in _steps(dose):
            phases.append(
                Phase(
                    index=len(phases),
                    kind=kind,
                    block_index=block_index,
                    exercise=block.exercise,
                    side=side,
                    set_no=set_no,
                    sets=dose.sets,
                    unit_no=unit_no,
                    units=dose.units_per_side,
                    reps=_unit_reps(dose),
                    duration_s=duration,
                )
            )
    return tuple(phases)


def _steps(dose: Dose) -> Iterator[_Step]:
    """The phases of one block, before they are numbered."""
    first_side = dose.sides[0]
    yield PhaseKind.GET_READY, dose.get_ready_s, first_side, 1, 1
    for set_no in range(1, dose.sets + 1):
        if set_no > 1 and dose.rest_between_sets_s > 0:
            yield PhaseKind.REST, dose.rest_between_sets_s, first_side, set_no, 1
        for side_no, side in enumerate(dose.sides):
            if side_no > 0 and dose.switch_s > 0:
                yield PhaseKind.SWITCH, dose.switch_s, side, set_no, 1
            for unit_no in range(1, dose.units_per_side + 1):
                if unit_no > 1 and dose.rest_between_reps_s > 0:
                    yield PhaseKind.REST, dose.rest_between_reps_s, side, set_no, unit_no
                yield PhaseKind.WORK, dose.unit_seconds, side, set_no, unit_no


def _unit_reps(dose: Dose) -> int:
    """Repetitions in one unit of work: one hold or drill, or the dose's reps."""
    return 1 if dose.mode in (DoseMode.HOLD, DoseMode.TIMED) else dose.reps


class SessionPlan:
    """A level's blocks, their expanded phases and the indexes derived from them.

    ``planned_before[i]`` is the planned time of the phases before phase ``i``
    (its last entry is the whole plan's).
    """

    def __init__(self, blocks: Sequence[Block]) -> None:
        self.blocks = tuple(blocks)
        self.phases = expand_plan(self.blocks)
        self.total_units = sum(p.kind is PhaseKind.WORK for p in self.phases)
        planned = [planned_seconds(p) for p in self.phases]
        self.planned_before = tuple(sum(planned[:i]) for i in range(len(planned) + 1))
        self._block_starts = tuple(p.index for p in self.phases if p.kind is PhaseKind.GET_READY)

    def dose(self, phase: Phase) -> Dose:
        """The dose of the block ``phase`` belongs to."""
        return self.blocks[phase.block_index].dose

    def side_changes(self, phase: Phase) -> bool:
        """True when a non-WORK phase leads to a side other than the block's
        previous WORK unit (or to the block's first unit)."""
        if phase.kind is PhaseKind.WORK:
            return False
        for earlier in reversed(self.phases[: phase.index]):
            if earlier.block_index != phase.block_index:
                break
            if earlier.kind is PhaseKind.WORK:
                return earlier.side is not phase.side
        return True

    def resume_index(self, completed: Collection[int]) -> int:
        """The phase leading into the first WORK unit whose index is not in
        ``completed`` (len(phases) if every one is)."""
        for phase in self.phases:
            if phase.kind is PhaseKind.WORK and phase.index not in completed:
                before = phase.index - 1
                return (
                    before
                    if before >= 0 and self.phases[before].kind is not PhaseKind.WORK
                    else phase.index
                )
        return len(self.phases)

    def back_target(self, index: int) -> int:
        """Where going back from phase ``index`` lands: the start of this
        exercise's previous WORK unit, else the previous block's GET_READY (the
        first block's, from the first block)."""
        current = self.phases[index]
        for earlier in reversed(self.phases[:index]):
            if earlier.block_index != current.block_index:
                break
            if earlier.kind is PhaseKind.WORK:
                return earlier.index
        return self._block_starts[max(current.block_index - 1, 0)]

    def next_block_start(self, index: int) -> int:
        """GET_READY index of the block after phase ``index``'s, or len(phases) after the last."""
        block = self.phases[index].block_index
        return self._block_starts[block + 1] if block + 1 < len(self.blocks) else len(self.phases)
