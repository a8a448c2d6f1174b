"""History as data: what was recorded (summaries of it are in coach.domain.progress).

Stdlib only. The store builds these records from its rows; screens and the
re-triage rules read them. Times are wall-clock epoch seconds.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum

from coach.domain.side import Side


class SessionStatus(StrEnum):
    """Where a recorded session stands."""

    IN_PROGRESS = "in_progress"
    COMPLETED = "completed"
    STOPPED = "stopped"
    INTERRUPTED = "interrupted"
    """The app ended (crash, kill, power loss) while the session was running."""


class SymptomsReach(StrEnum):
    """How far down the leg symptoms reach before a session."""

    BUTTOCK = "buttock"
    THIGH = "thigh"
    BELOW_KNEE = "below_knee"
    FOOT = "foot"


class StepOutcome(StrEnum):
    """How a unit of work ended; the engine reports it as ``UnitOutcome`` (this enum)."""

    COMPLETED = "completed"
    SKIPPED = "skipped"
    STOPPED = "stopped"


class EventKind(StrEnum):
    """Notable moments the clinician summary lists."""

    STOP_RULE = "stop_rule"
    PAIN_REPORT = "pain_report"
    RED_FLAG = "red_flag"
    NERVE_SYMPTOMS = "nerve_symptoms"
    LEVEL_CHANGE = "level_change"
    PLAN_SUSPENDED = "plan_suspended"
    """A red-flag result paused the plan: no session until a clear check-in."""
    PLAN_RESUMED = "plan_resumed"
    """A check-in with no red flags lifted the suspension."""
    ROUTINE_SWITCH = "routine_switch"
    """Today's session uses another routine (the nerve rule or the pain gate)."""


class ThermalKind(StrEnum):
    """Ice or heat."""

    ICE = "ice"
    HEAT = "heat"


class ThermalStatus(StrEnum):
    """Where an ice/heat application stands."""

    RUNNING = "running"
    FINISHED = "finished"
    CANCELLED = "cancelled"


NOTE_MAX_CHARS = 1000
"""The longest note a session may carry."""

PAIN_MIN = 0
PAIN_MAX = 10


def check_pain(value: int | None, what: str = "pain") -> int | None:
    """Return ``value`` if it is None or a whole number 0-10; ValueError otherwise."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not PAIN_MIN <= value <= PAIN_MAX:
        raise ValueError(f"{what} must be a whole number from 0 to 10, got {value!r}")
    return value


@dataclass(frozen=True, slots=True)
class SessionRecord:
    """One recorded session, with totals over its steps.

    ``ended_at`` is None while in progress; for an interrupted session it is the
    time of its last recorded step. ``steps_done`` counts completed units and
    ``active_s`` sums exercise time over all units.
    """

    id: int
    routine_id: str
    level_id: str
    route: str | None
    started_at: float
    ended_at: float | None
    status: SessionStatus
    stop_reason: str | None
    pain_before: int | None
    pain_after: int | None
    symptoms_reach: SymptomsReach | None
    spreading_symptoms: bool | None
    rated_easy: bool | None
    morning_pain: int | None
    morning_pain_at: float | None
    steps_done: int = 0
    active_s: float = 0.0
    note: str = ""
    """The person's own note, edited from History (empty: none)."""

    @property
    def duration_s(self) -> float | None:
        """Wall-clock length (never negative), or None while it has no end."""
        if self.ended_at is None:
            return None
        return max(0.0, self.ended_at - self.started_at)


@dataclass(frozen=True, slots=True)
class StepRecord:
    """One recorded unit of work; ``at`` is when it was saved (epoch seconds)."""

    id: int
    session_id: int
    block_index: int
    exercise_id: str
    side: Side
    set_no: int
    unit_no: int
    planned_s: float | None
    active_s: float
    reps: int
    outcome: StepOutcome
    at: float


@dataclass(frozen=True, slots=True)
class EventRecord:
    """A notable moment, e.g. a stop rule firing; ``session_id`` None if outside one."""

    id: int
    session_id: int | None
    at: float
    kind: EventKind | str
    """An EventKind; the raw text for a kind written by a newer version of the app."""
    detail: str


@dataclass(frozen=True, slots=True)
class TriageRecord:
    """A saved triage result: outcome level, suggested route, why, and the answers."""

    id: int
    at: float
    level: str
    route: str | None
    reasons: tuple[str, ...]
    answers: Mapping[str, object]


@dataclass(frozen=True, slots=True)
class ThermalRecord:
    """One ice or heat application; ``deadline`` is wall-clock so it survives restarts."""

    id: int
    kind: ThermalKind
    started_at: float
    planned_s: float
    deadline: float
    ended_at: float | None
    actual_s: float | None
    skin_check_done: bool
    reaction: str
    status: ThermalStatus
    progress_elapsed_s: float | None = None
    """Seconds that had passed at the last saved reading of both clocks (below)."""
    progress_wall: float | None = None
    progress_mono: float | None = None
    progress_boot: str = ""
    acknowledged_at: float | None = None
    """When the person said the pack was off after the end alarm."""

    def remaining_s(self, now: float) -> float:
        """Seconds left until the deadline at wall-clock ``now`` (0 once past)."""
        return max(0.0, self.deadline - now)


@dataclass(frozen=True, slots=True)
class DeletedSession:
    """A session taken out of the history with everything recorded in it, so that an
    undo can put it back exactly."""

    session: SessionRecord
    steps: tuple[StepRecord, ...]
    events: tuple[EventRecord, ...]


@dataclass(frozen=True, slots=True)
class ResumableSession:
    """An interrupted session the person may pick up, with the units already done."""

    session: SessionRecord
    steps: tuple[StepRecord, ...]
