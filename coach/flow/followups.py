"""Timed follow-ups for every route, counted from symptom onset (docs/clinical-basis.md s.1b, s.4).

Which re-checks are due now for the plan, as sentences for Home. "Pain
trending up" has one meaning: :func:`coach.domain.progress.pain_trending_up`.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, tzinfo

from coach.domain.history import SessionRecord
from coach.domain.progress import pain_trending_up
from coach.domain.rules import RuleConfig, retriage_reasons
from coach.flow.plan import Plan

DAY_S = 86400.0
QUIET_AFTER_CHECK_IN_S = DAY_S
"""No follow-up for a day after the check-in that chose the plan: that check-in has
just weighed how long the pain has lasted, and "not better" needs a later score."""


def days_since_onset(plan: Plan, now: float) -> int:
    """Whole days since the symptoms started (or the check-in, when onset is unknown)."""
    return max(0, int((now - plan.review_from) // DAY_S))


def due_follow_ups(
    plan: Plan,
    sessions: Sequence[SessionRecord],
    *,
    now: float,
    rules: RuleConfig,
    tz: tzinfo | None = None,
) -> tuple[str, ...]:
    """The follow-up sentences due now; ``sessions`` are the plan's, newest first.
    None within :data:`QUIET_AFTER_CHECK_IN_S` of the plan's check-in."""
    if now - plan.chosen_at < QUIET_AFTER_CHECK_IN_S:
        return ()
    scores = [s.pain_before for s in reversed(sessions) if s.pain_before is not None]
    first = plan.first_pain if plan.first_pain is not None else (scores[0] if scores else None)
    if first is None:
        return ()
    trending = pain_trending_up(
        sessions,
        today=datetime.fromtimestamp(now, tz).date(),
        span=rules.limits.trend_rises + 1,
        tz=tz,
    )
    reasons = retriage_reasons(
        plan.route,
        days_since_start=days_since_onset(plan, now),
        first_pain=first,
        latest_pain=scores[-1] if scores else first,
        trending_up=trending,
        strain=plan.strain_started_at is not None,
        config=rules,
    )
    return tuple(r.message for r in reasons)
