"""A red flag suspends the plan (docs/clinical-basis.md s.1a, issue 11).

Any red-flag result, at a check-in, in the check before a session, or reported
during one, suspends the plan: no session can start and Home says why and what
to do, until a later check-in that allows exercises lifts it. Both moments are
recorded in the history.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from coach.domain.history import EventKind
from coach.flow.outputs import HistoryNote

WHAT_TO_DO = (
    "Exercises are paused until you have been checked. When you have, "
    "do a new check-in: if it finds no warning signs, your plan starts again."
)


class Source(StrEnum):
    """Where the red flag came up."""

    CHECK_IN = "check-in"
    BEFORE_SESSION = "check before a session"
    DURING_SESSION = "report during a session"


@dataclass(frozen=True, slots=True)
class Suspension:
    """The plan is paused by a red flag found at ``at`` (wall-clock)."""

    at: float
    source: Source
    message: str
    """The red-flag outcome's message: what it means and where to get help."""
    safety: str = ""
    """For a red flag reported during a session (whose message names no number): the
    region's "in an emergency, call ..." line, in the content's language."""

    @property
    def home_text(self) -> str:
        """What Home shows: the message, then what to do."""
        return f"{self.message}\n\n{WHAT_TO_DO}"

    def to_json(self) -> dict[str, object]:
        """Plain JSON values for the settings table."""
        return {
            "at": self.at,
            "source": self.source.value,
            "message": self.message,
            "safety": self.safety,
        }

    @classmethod
    def from_json(cls, data: object) -> Suspension | None:
        """The suspension saved by :meth:`to_json`; None if ``data`` is not one."""
        if not isinstance(data, dict):
            return None
        try:
            message, safety = str(data["message"]), str(data.get("safety", ""))
            return cls(float(data["at"]), Source(data["source"]), message, safety)
        except (KeyError, TypeError, ValueError):
            return None


@dataclass(frozen=True, slots=True)
class SafetyChange:
    """The suspension after a result, and what to record."""

    suspension: Suspension | None
    notes: tuple[HistoryNote, ...] = ()


def suspend(*, message: str, source: Source, now: float, safety: str = "") -> SafetyChange:
    """A red flag: suspend (a suspension already in place takes the newest message).
    ``safety``: the region's emergency line, for a ``message`` that names no number."""
    said = f"{message} {safety}" if safety else message
    note = HistoryNote(EventKind.PLAN_SUSPENDED, f"{source.value}: {said}")
    return SafetyChange(Suspension(now, source, said, safety), (note,))


def clear_after_check_in(current: Suspension | None, *, now: float) -> SafetyChange:
    """A check-in that allows exercises: lift any suspension, and record that it was lifted."""
    if current is None:
        return SafetyChange(None)
    days = max(0.0, now - current.at) / 86400.0
    detail = f"a check-in with no warning signs, {days:.0f} day(s) after the {current.source.value}"
    return SafetyChange(None, (HistoryNote(EventKind.PLAN_RESUMED, detail),))
