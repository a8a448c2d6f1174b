"""What Home shows and offers: one frozen value (built by :mod:`coach.flow.home`)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True, slots=True)
class HomeSnapshot:
    """Everything Home shows; the defaults are Home before anything is known."""

    plan_title: str = ""
    """E.g. "Glute strengthening · Weeks 1-2"; empty when there is no plan yet."""
    plan_detail: str = ""
    thermal_status: str = ""
    resume_offer: str = ""
    """Non-empty: an interrupted session can be resumed."""
    suggestions: tuple[str, ...] = ()
    """Follow-ups due now, one sentence each."""
    level_offer: str = ""
    """Non-empty: offer to change level (the text says which)."""
    suspended: str = ""
    """Non-empty: a red flag paused the plan; what happened and what to do."""
    plan_facts: str = ""
    """E.g. "8 exercises · about 14 min · mat"."""
    plan_exercises: tuple[str, ...] = ()
    """The session's exercises by name, in order."""
    done_today: bool = False
    week: tuple[tuple[date, bool], ...] = ()
    """This week, Monday to Sunday: each day and whether a session was done on it."""
    today: date | None = None
    streak: int = 0
    """Days in a row with a session done (today counts once done)."""
    pain_trend: tuple[float, ...] = ()
    """Pain before recent sessions (0-10), oldest first."""
    sessions_done: int = 0

    @property
    def can_start(self) -> bool:
        """Whether a session may be started (a plan, not suspended)."""
        return bool(self.plan_title) and not self.suspended

    @property
    def can_resume(self) -> bool:
        """Whether the interrupted session may be resumed."""
        return bool(self.resume_offer) and not self.suspended
