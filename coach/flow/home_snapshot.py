"""What Home shows and offers: one frozen value (built by :mod:`coach.flow.home`)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # imported before Home's first paint: kept light
    from coach.engine.overview import Overview
    from coach.flow.progression import LevelOffer
    from coach.flow.safety import Suspension


@dataclass(frozen=True, slots=True)
class ResumeOffer:
    """An interrupted session Home offers to resume (Home words it)."""

    routine_name: str
    started: datetime
    """When it started, in local time."""
    steps: int
    """Steps saved so far."""


@dataclass(frozen=True, slots=True)
class HomeSnapshot:
    """Everything Home shows; the defaults are Home before anything is known."""

    plan_title: str = ""
    """E.g. "Glute strengthening · Weeks 1-2"; empty when there is no plan yet."""
    plan_detail: str = ""
    thermal_status: str = ""
    resume_offer: ResumeOffer | None = None
    """An interrupted session that can be resumed, or None."""
    suggestions: tuple[str, ...] = ()
    """Follow-ups due now, one sentence each."""
    level_offer: LevelOffer | None = None
    """An offer to change level (Home words it), or None."""
    suspended: str = ""
    """Non-empty: a red flag paused the plan; what happened and what to do (in English
    but for a check-in's message: Home words ``suspension`` when it has it)."""
    suspension: Suspension | None = None
    """The pause itself (None on a first paint from a saved card)."""
    plan_facts: Overview | None = None
    """What the session takes (Home words it: "8 exercises · about 14 min · mat")."""
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

    def card_json(self) -> dict[str, str]:
        """The parts that change only when the plan or its suspension does, as JSON."""
        return {
            "plan_title": self.plan_title,
            "plan_detail": self.plan_detail,
            "suspended": self.suspended,
        }

    @classmethod
    def first_paint(cls, saved: object, *, plan: object, suspension: object) -> HomeSnapshot | None:
        """What Home can show before the flow is loaded: the card Home last showed
        (saved as ``{"card": card_json(), "plan": ..., "suspension": ...}``), if it was
        made from this very plan and suspension (their saved JSON); else None.
        Follow-ups, offers and the resume offer wait for the flow."""
        if not isinstance(saved, dict) or not isinstance(saved.get("card"), dict):
            return None
        if saved.get("plan") != plan or saved.get("suspension") != suspension:
            return None
        card = saved["card"]
        texts = {k: card.get(k) for k in ("plan_title", "plan_detail", "suspended")}
        if not all(isinstance(v, str) for v in texts.values()):
            return None
        return cls(
            plan_title=str(texts["plan_title"]),
            plan_detail=str(texts["plan_detail"]),
            suspended=str(texts["suspended"]),
        )

    @property
    def can_resume(self) -> bool:
        """Whether the interrupted session may be resumed."""
        return self.resume_offer is not None and not self.suspended
