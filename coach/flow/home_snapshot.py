"""What Home shows and offers: one frozen value (built by :mod:`coach.flow.home`)."""

from __future__ import annotations

from dataclasses import dataclass


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

    @property
    def can_start(self) -> bool:
        """Whether a session may be started (a plan, not suspended)."""
        return bool(self.plan_title) and not self.suspended

    @property
    def can_resume(self) -> bool:
        """Whether the interrupted session may be resumed."""
        return bool(self.resume_offer) and not self.suspended
