"""What the ice/heat deadline engine (:mod:`coach.flow.thermal_timer`) reports: its
events, each a frozen record of what to persist or ring, and its snapshot."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from coach.domain.history import ThermalKind, ThermalStatus
from coach.flow.thermal_clock import Progress


class Alarm(StrEnum):
    """What a ringing alarm asks for."""

    SKIN_CHECK = "skin_check"
    TAKE_OFF = "take_off"


@dataclass(frozen=True, slots=True)
class Began:
    """An application started (or was restored) and is running."""

    application_id: int
    kind: ThermalKind


@dataclass(frozen=True, slots=True)
class Checkpoint:
    """Persist this progress for the application (survives a restart)."""

    application_id: int
    progress: Progress


@dataclass(frozen=True, slots=True)
class AlarmRang:
    """Ring ``alarm`` now; ``first`` for its first ring (send the notification then)."""

    application_id: int
    kind: ThermalKind
    alarm: Alarm
    first: bool
    snooze_allowed: bool


@dataclass(frozen=True, slots=True)
class AlarmSilenced:
    """The alarm stopped ringing: answered, snoozed, superseded or given up."""

    application_id: int
    alarm: Alarm


@dataclass(frozen=True, slots=True)
class AlarmGaveUp:
    """The alarm rang unanswered for ``ALARM_MAX_S`` and stopped chiming; its desktop note
    stays (a person away longer still finds it), and "I've taken it off" still counts."""

    application_id: int
    alarm: Alarm


@dataclass(frozen=True, slots=True)
class Ended:
    """The application reached its planned length: record it as finished at ``ended_at``.

    ``while_away`` when that happened before the app was running to see it;
    ``message`` is set when the person must be told something unusual.
    """

    application_id: int
    kind: ThermalKind
    ended_at: float
    actual_s: float
    while_away: bool
    message: str = ""


@dataclass(frozen=True, slots=True)
class Stopped:
    """The person stopped the application early: record ``status`` etc."""

    application_id: int
    kind: ThermalKind
    status: ThermalStatus
    ended_at: float
    actual_s: float
    reaction: str


@dataclass(frozen=True, slots=True)
class SkinChecked:
    """The person confirmed their skin is fine: record it."""

    application_id: int


@dataclass(frozen=True, slots=True)
class Acknowledged:
    """The person said the pack is off: record the time."""

    application_id: int
    at: float


Event = (
    Began
    | Checkpoint
    | AlarmRang
    | AlarmSilenced
    | AlarmGaveUp
    | Ended
    | Stopped
    | SkinChecked
    | Acknowledged
)


@dataclass(frozen=True, slots=True)
class TimerSnapshot:
    """What a screen shows; ``kind`` is None when nothing runs or rings."""

    kind: ThermalKind | None = None
    planned_s: float = 0.0
    elapsed_s: float = 0.0
    skin_check_at_s: float = 0.0
    skin_checked: bool = False
    running: bool = False
    ringing: Alarm | None = None

    @property
    def remaining_s(self) -> float:
        """Seconds left, never negative."""
        return max(0.0, self.planned_s - self.elapsed_s)

    @property
    def skin_check_due(self) -> bool:
        """The skin-check time has passed during a run and the check is not done."""
        return self.running and not self.skin_checked and self.elapsed_s >= self.skin_check_at_s
