"""Home's snapshot from the plan, its routine, the recent history and the flow's state.

Needs only the plan's own routine, so Home can be drawn before the library loads.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta, tzinfo

from coach.domain.history import ResumableSession, SessionRecord, SessionStatus
from coach.domain.progress import completed_days, local_day, pain_points, streak, week_start
from coach.domain.routine import Routine
from coach.domain.rules import RuleConfig
from coach.engine.overview import overview
from coach.flow.followups import due_follow_ups
from coach.flow.home_snapshot import HomeSnapshot, ResumeOffer
from coach.flow.plan import Plan, level_named
from coach.flow.progression import LevelOffer
from coach.flow.safety import Suspension

PAIN_TREND_SESSIONS = 14
"""Home's pain sparkline shows this many recent sessions."""


def resume_offer(
    resumable: ResumableSession, routine_name: str, tz: tzinfo | None = None
) -> ResumeOffer:
    """Home's offer to resume ``resumable``, started in local time ``tz`` (None: the system's)."""
    started = datetime.fromtimestamp(resumable.session.started_at, tz)
    return ResumeOffer(routine_name, started, len(resumable.steps))


def build_home(
    *,
    plan: Plan | None,
    routine: Routine | None,
    recent: Sequence[SessionRecord],
    resumable: ResumableSession | None,
    resumable_name: str,
    level_offer: LevelOffer | None,
    suspension: Suspension | None,
    thermal_status: str,
    now: float,
    rules: RuleConfig,
    tz: tzinfo | None = None,
) -> HomeSnapshot:
    """Home's content. ``routine`` is the plan's (None if missing), ``recent`` the
    plan's sessions newest first, ``resumable_name`` the interrupted routine's name."""
    resume = resume_offer(resumable, resumable_name, tz) if resumable is not None else None
    suspended = suspension.home_text if suspension is not None else ""
    if plan is None or routine is None or routine.id != plan.routine_id:
        return HomeSnapshot(
            resume_offer=resume,
            thermal_status=thermal_status,
            suspended=suspended,
            suspension=suspension,
            today=local_day(now, tz),
        )
    level = level_named(routine, plan.level_id)
    title = f"{routine.name} · {level}" if len(routine.levels) > 1 and level else routine.name
    today = local_day(now, tz)
    done = completed_days(recent, tz)
    monday = week_start(today)
    week = tuple((day, day in done) for day in (monday + timedelta(days=k) for k in range(7)))
    blocks = next((lv for lv in routine.levels if lv.id == plan.level_id), routine.levels[0]).blocks
    pains = [p.before for p in pain_points(recent, tz) if p.before is not None]
    return HomeSnapshot(
        plan_title=title,
        plan_detail=routine.summary,
        thermal_status=thermal_status,
        resume_offer=resume,
        suggestions=due_follow_ups(plan, recent, now=now, rules=rules, tz=tz),
        level_offer=None if suspended else level_offer,
        suspended=suspended,
        suspension=suspension,
        plan_facts=overview(blocks),
        plan_exercises=tuple(dict.fromkeys(b.exercise.name for b in blocks)),
        done_today=today in done,
        week=week,
        today=today,
        streak=streak(recent, today=today, tz=tz),
        pain_trend=tuple(float(p) for p in pains[-PAIN_TREND_SESSIONS:]),
        sessions_done=sum(s.status is SessionStatus.COMPLETED for s in recent),
    )
