"""The closed set of typed, frozen values the session engine hands out.

Views render a :class:`Snapshot`; speech says :class:`Cue` values; the store
records :class:`UnitCompleted`. Nothing here knows about Qt.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from coach.domain.history import StepOutcome
from coach.domain.routine import Exercise
from coach.domain.side import Side


class PhaseKind(StrEnum):
    """What the person is doing right now."""

    GET_READY = "get_ready"
    WORK = "work"
    SWITCH = "switch"
    REST = "rest"


class EngineState(StrEnum):
    """Where the session is as a whole."""

    NOT_STARTED = "not_started"
    RUNNING = "running"
    PAUSED = "paused"
    FINISHED = "finished"
    STOPPED = "stopped"


ACTIVE_STATES = frozenset({EngineState.RUNNING, EngineState.PAUSED})
"""The states with a current phase: running or paused."""


class CueKind(StrEnum):
    """Why something is said; speech may treat kinds differently (beeps)."""

    INSTRUCTION = "instruction"
    START = "start"
    HALFWAY = "halfway"
    TEN_LEFT = "ten_left"
    COUNTDOWN = "countdown"
    REP = "rep"
    SWITCH = "switch"
    REST = "rest"
    NEXT_UP = "next_up"
    COMPLETE = "complete"
    STOPPED = "stopped"


UnitOutcome = StepOutcome
"""How a unit of work ended: the same enum the history records (one definition)."""


@dataclass(frozen=True, slots=True)
class Phase:
    """One step of the expanded session plan.

    ``duration_s`` is None for self-paced work (the person says when done).
    ``set_no``/``unit_no`` count from 1; ``reps`` is the rep target of the unit.
    """

    index: int
    kind: PhaseKind
    block_index: int
    exercise: Exercise
    side: Side
    set_no: int
    sets: int
    unit_no: int
    units: int
    reps: int
    duration_s: float | None


@dataclass(frozen=True, slots=True)
class Cue:
    """Something to say (and caption) at ``due``; stale once its phase is gone."""

    text: str
    kind: CueKind
    due: float
    phase_index: int


@dataclass(frozen=True, slots=True)
class PhaseStarted:
    """A new phase began at ``at``."""

    phase: Phase
    at: float


@dataclass(frozen=True, slots=True)
class UnitCompleted:
    """A unit of work ended; the store commits it at once.

    ``active_s`` is exercise time (pauses excluded), capped at the planned length.
    """

    block_index: int
    exercise_id: str
    side: Side
    set_no: int
    unit_no: int
    planned_s: float | None
    active_s: float
    reps: int
    outcome: UnitOutcome
    at: float


@dataclass(frozen=True, slots=True)
class Paused:
    """The session was paused at ``at``."""

    at: float


@dataclass(frozen=True, slots=True)
class Resumed:
    """The session was resumed at ``at``."""

    at: float


@dataclass(frozen=True, slots=True)
class SessionEnded:
    """The session reached its end (FINISHED) or was stopped (STOPPED)."""

    state: EngineState
    at: float
    reason: str = ""


Event = Cue | PhaseStarted | UnitCompleted | Paused | Resumed | SessionEnded


@dataclass(frozen=True, slots=True)
class Snapshot:
    """Everything a view needs to draw the session at one instant."""

    state: EngineState
    phase: Phase | None
    remaining_s: float | None
    phase_elapsed_s: float
    current_rep: int | None
    progress: float
    next_up: str | None
    completed_units: int
    total_units: int
