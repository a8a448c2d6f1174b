"""Progress: pure summaries of the history (pain trend, streak, weeks, adherence).

Stdlib only. Days are calendar days in the ``tz`` a caller passes (None: the
machine's local zone); weeks run Monday to Sunday.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo
from itertools import pairwise

from coach.domain.history import SessionRecord, SessionStatus


def local_day(ts: float, tz: tzinfo | None = None) -> date:
    """The calendar day of epoch ``ts`` in ``tz`` (None: local time).

    A time no calendar can hold (a damaged row: ``1e300``, NaN) is the last day
    (or the first, when negative or NaN), so summaries still work.
    """
    try:
        return datetime.fromtimestamp(ts, tz).date()
    except (OverflowError, ValueError, OSError):
        return date.max if ts > 0 else date.min


def format_time(ts: float, pattern: str, tz: tzinfo | None = None) -> str:
    """Epoch ``ts`` as ``strftime(pattern)`` in ``tz``; the number itself when no
    calendar can hold it (e.g. ``1e+300`` from a damaged row), so it still exports."""
    try:
        return datetime.fromtimestamp(ts, tz).strftime(pattern)
    except (OverflowError, ValueError, OSError, TypeError):
        return str(ts)


def week_start(day: date) -> date:
    """The Monday of the week holding ``day``."""
    return day - timedelta(days=day.weekday())


@dataclass(frozen=True, slots=True)
class PainPoint:
    """Pain before and after one session, for the trend chart."""

    session_id: int
    started_at: float
    day: date
    before: int | None
    after: int | None


def pain_points(sessions: Iterable[SessionRecord], tz: tzinfo | None = None) -> list[PainPoint]:
    """Sessions with any pain score, oldest first."""
    ordered = sorted(sessions, key=lambda s: (s.started_at, s.id))
    return [
        PainPoint(s.id, s.started_at, local_day(s.started_at, tz), s.pain_before, s.pain_after)
        for s in ordered
        if s.pain_before is not None or s.pain_after is not None
    ]


def completed_days(sessions: Iterable[SessionRecord], tz: tzinfo | None = None) -> set[date]:
    """The days that hold at least one completed session."""
    return {local_day(s.started_at, tz) for s in sessions if s.status is SessionStatus.COMPLETED}


def streak(sessions: Iterable[SessionRecord], *, today: date, tz: tzinfo | None = None) -> int:
    """Consecutive days with a completed session, counting back from ``today``.

    A day with nothing done yet does not break the streak until it is over: if
    ``today`` has no completed session, counting starts at yesterday.
    """
    days = completed_days(sessions, tz)
    day = today if today in days else today - timedelta(days=1)
    count = 0
    while day in days:
        count += 1
        day -= timedelta(days=1)
    return count


@dataclass(frozen=True, slots=True)
class WeekSummary:
    """Sessions in one Monday-to-Sunday week, by outcome, and minutes spent."""

    start: date
    sessions: int
    completed: int
    stopped: int
    interrupted: int
    minutes: float


def _minutes(session: SessionRecord) -> float:
    duration = session.duration_s
    return (duration if duration is not None else session.active_s) / 60.0


def week_summary(
    sessions: Iterable[SessionRecord], *, today: date, tz: tzinfo | None = None
) -> WeekSummary:
    """This week's sessions (the week holding ``today``).

    Minutes are wall-clock session lengths; a session with no end yet counts its
    exercise time.
    """
    start = week_start(today)
    end = start + timedelta(days=7)
    week = [s for s in sessions if start <= local_day(s.started_at, tz) < end]
    by_status = [s.status for s in week]
    return WeekSummary(
        start=start,
        sessions=len(week),
        completed=by_status.count(SessionStatus.COMPLETED),
        stopped=by_status.count(SessionStatus.STOPPED),
        interrupted=by_status.count(SessionStatus.INTERRUPTED),
        minutes=sum(_minutes(s) for s in week),
    )


@dataclass(frozen=True, slots=True)
class Adherence:
    """How many days in ``start..end`` (inclusive) had a completed session, against a target."""

    start: date
    end: date
    days: int
    active_days: int
    completed_sessions: int
    target_days: float
    ratio: float
    """``active_days / target_days``, capped at 1.0."""


def adherence(
    sessions: Iterable[SessionRecord],
    *,
    start: date,
    end: date,
    target_days_per_week: float = 7.0,
    tz: tzinfo | None = None,
) -> Adherence:
    """Adherence over ``start..end`` inclusive; ValueError if the period or target is empty."""
    if end < start:
        raise ValueError(f"period ends ({end}) before it starts ({start})")
    if target_days_per_week <= 0:
        raise ValueError("target_days_per_week must be above 0")
    days = (end - start).days + 1
    in_period = [
        s
        for s in sessions
        if s.status is SessionStatus.COMPLETED and start <= local_day(s.started_at, tz) <= end
    ]
    active_days = len({local_day(s.started_at, tz) for s in in_period})
    target_days = days * min(target_days_per_week, 7.0) / 7.0
    return Adherence(
        start=start,
        end=end,
        days=days,
        active_days=active_days,
        completed_sessions=len(in_period),
        target_days=target_days,
        ratio=min(1.0, active_days / target_days),
    )


@dataclass(frozen=True, slots=True)
class WeekPain:
    """Mean pain scores over one week's sessions (None where nothing was scored)."""

    start: date
    sessions: int
    mean_before: float | None
    mean_after: float | None
    mean_morning: float | None


def _mean(values: list[int]) -> float | None:
    return sum(values) / len(values) if values else None


def weekly_pain(sessions: Iterable[SessionRecord], tz: tzinfo | None = None) -> list[WeekPain]:
    """Per-week pain means, oldest week first; weeks without any score are left out."""
    weeks: dict[date, list[SessionRecord]] = {}
    for s in sessions:
        if s.pain_before is None and s.pain_after is None and s.morning_pain is None:
            continue
        weeks.setdefault(week_start(local_day(s.started_at, tz)), []).append(s)
    return [
        WeekPain(
            start=start,
            sessions=len(week),
            mean_before=_mean([s.pain_before for s in week if s.pain_before is not None]),
            mean_after=_mean([s.pain_after for s in week if s.pain_after is not None]),
            mean_morning=_mean([s.morning_pain for s in week if s.morning_pain is not None]),
        )
        for start, week in sorted(weeks.items())
    ]


def pain_trending_up(
    sessions: Iterable[SessionRecord],
    *,
    today: date,
    span: int = 3,
    min_rise: float = 1.0,
    tz: tzinfo | None = None,
) -> bool:
    """True if pre-session pain rose week on week: the re-triage signal.

    The last ``span`` calendar weeks (ending this week, or last week if this
    week has no score yet) must each have a score, each mean higher than the
    week before, and rise by at least ``min_rise`` points in all. Both numbers
    are product choices; callers may pass their own.
    """
    if span < 2:
        raise ValueError("span must be at least 2 weeks")
    means = {w.start: w.mean_before for w in weekly_pain(sessions, tz) if w.mean_before is not None}
    last = week_start(today)
    if last not in means:
        last -= timedelta(weeks=1)
    series = [means.get(last - timedelta(weeks=back)) for back in reversed(range(span))]
    if any(m is None for m in series):
        return False
    values = [m for m in series if m is not None]
    rising = all(b > a for a, b in pairwise(values))
    return rising and values[-1] - values[0] >= min_rise
