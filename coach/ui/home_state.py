"""What Home should show, worked out from the plan and the history (no Qt)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime, timedelta, tzinfo

from coach.domain.history import ResumableSession, SessionRecord, SessionStatus
from coach.domain.plan import Plan
from coach.domain.progress import (
    completed_days,
    local_day,
    pain_points,
    streak,
    week_start,
    weekly_pain,
)
from coach.domain.routine import Routine
from coach.domain.rules import DEFAULT_RULES, RuleConfig, retriage_reasons
from coach.engine.overview import overview
from coach.ui.home_screen import HomeState
from coach.ui.wording import count

DAY_S = 86400.0
PAIN_TREND_SESSIONS = 14
"""Home's pain sparkline shows this many recent sessions."""


def build_home_state(
    *,
    plan: Plan | None,
    routines: Mapping[str, Routine],
    recent: Sequence[SessionRecord],
    resumable: ResumableSession | None,
    level_offer: str,
    thermal_status: str,
    now: float,
    rules: RuleConfig = DEFAULT_RULES,
    tz: tzinfo | None = None,
) -> HomeState:
    """Home's content. ``recent`` is the plan's sessions, newest first."""
    resume = ""
    if resumable is not None:
        when = datetime.fromtimestamp(resumable.session.started_at, tz).strftime("%a %d %b, %H:%M")
        name = _routine_name(routines, resumable.session.routine_id)
        resume = (
            f"Your {name} session on {when} was interrupted. "
            f"{count(len(resumable.steps), 'step')} saved."
        )
    if plan is None or plan.routine_id not in routines:
        return HomeState(resume_offer=resume, thermal_status=thermal_status)
    routine = routines[plan.routine_id]
    level = next((lvl for lvl in routine.levels if lvl.id == plan.level_id), None)
    level_name = level.name if level is not None else ""
    title = f"{routine.name} · {level_name}" if len(routine.levels) > 1 else routine.name
    today = local_day(now, tz)
    done = completed_days(recent, tz)
    monday = week_start(today)
    week = tuple((day, day in done) for day in (monday + timedelta(days=k) for k in range(7)))
    blocks = (level or routine.levels[0]).blocks
    pains = [p.before for p in pain_points(recent, tz) if p.before is not None]
    return HomeState(
        plan_title=title,
        plan_detail=routine.summary,
        thermal_status=thermal_status,
        resume_offer=resume,
        suggestions=tuple(_suggestions(plan, recent, now=now, rules=rules, tz=tz)),
        level_offer=level_offer,
        plan_facts=overview(blocks).line(),
        plan_exercises=tuple(dict.fromkeys(b.exercise.name for b in blocks)),
        done_today=today in done,
        week=week,
        today=today,
        streak=streak(recent, today=today, tz=tz),
        pain_trend=tuple(float(p) for p in pains[-PAIN_TREND_SESSIONS:]),
        sessions_done=sum(s.status is SessionStatus.COMPLETED for s in recent),
    )


def _routine_name(routines: Mapping[str, Routine], routine_id: str) -> str:
    routine = routines.get(routine_id)
    return routine.name if routine is not None else routine_id


def _suggestions(
    plan: Plan, recent: Sequence[SessionRecord], *, now: float, rules: RuleConfig, tz: tzinfo | None
) -> list[str]:
    """Re-check reasons for the plan's route (clinical.md s.4)."""
    scores = [s.pain_before for s in reversed(recent) if s.pain_before is not None]
    first = plan.first_pain if plan.first_pain is not None else (scores[0] if scores else None)
    if first is None:
        return []
    latest = scores[-1] if scores else first
    weekly = [w.mean_before for w in weekly_pain(recent, tz) if w.mean_before is not None]
    days = int((now - plan.chosen_at) // DAY_S)
    reasons = retriage_reasons(
        plan.route,
        days_since_start=max(days, 0),
        first_pain=first,
        latest_pain=latest,
        weekly_pain=weekly,
        config=rules,
    )
    return [r.message for r in reasons]
