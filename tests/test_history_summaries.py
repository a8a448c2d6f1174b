"""Pure history summaries: pain points, streaks, weeks, adherence, week-on-week trend."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from coach.domain.history import SessionRecord, SessionStatus
from coach.domain.progress import (
    adherence,
    local_day,
    pain_points,
    pain_trending_up,
    streak,
    week_start,
    week_summary,
    weekly_pain,
)

C, S, INT = SessionStatus.COMPLETED, SessionStatus.STOPPED, SessionStatus.INTERRUPTED
MONDAY = date(2026, 1, 5)


def at(day: date, hour: int = 9) -> float:
    return datetime(day.year, day.month, day.day, hour, tzinfo=UTC).timestamp()


def session(
    day: date,
    status: SessionStatus = C,
    *,
    hour: int = 9,
    minutes: float | None = 20,
    before: int | None = None,
    after: int | None = None,
    morning: int | None = None,
    sid: int = 0,
) -> SessionRecord:
    start = at(day, hour)
    return SessionRecord(
        id=sid,
        routine_id="r",
        level_id="l",
        route=None,
        started_at=start,
        ended_at=None if minutes is None else start + minutes * 60,
        status=status,
        stop_reason=None,
        pain_before=before,
        pain_after=after,
        symptoms_reach=None,
        spreading_symptoms=None,
        rated_easy=None,
        morning_pain=morning,
        morning_pain_at=None,
        active_s=300.0,
    )


def d(offset: int) -> date:
    """A day relative to Monday 5 January 2026."""
    return MONDAY + timedelta(days=offset)


def test_local_day_follows_the_time_zone() -> None:
    late = at(d(0), 23)
    assert local_day(late, UTC) == d(0)
    assert local_day(late, timezone(timedelta(hours=2))) == d(1)


@pytest.mark.parametrize(
    ("day", "monday"),
    [(d(0), d(0)), (d(6), d(0)), (d(7), d(7)), (date(2026, 1, 1), date(2025, 12, 29))],
)
def test_week_start_is_monday(day: date, monday: date) -> None:
    assert week_start(day) == monday


def test_pain_points_oldest_first_and_only_scored() -> None:
    sessions = [
        session(d(2), before=4, after=3, sid=3),
        session(d(0), before=5, sid=1),
        session(d(1), sid=2),
    ]
    points = pain_points(sessions, UTC)
    assert [(p.session_id, p.day, p.before, p.after) for p in points] == [
        (1, d(0), 5, None),
        (3, d(2), 4, 3),
    ]


STREAKS = [
    ("nothing", [], d(10), 0),
    ("today only", [(10, C)], d(10), 1),
    ("three days to today", [(8, C), (9, C), (10, C)], d(10), 3),
    ("today not done yet keeps yesterday's run", [(8, C), (9, C)], d(10), 2),
    ("a gap day breaks it", [(6, C), (7, C), (9, C), (10, C)], d(10), 2),
    ("two days ago is over", [(7, C), (8, C)], d(10), 0),
    ("stopped does not count", [(8, C), (9, S), (10, C)], d(10), 1),
    ("interrupted does not count", [(9, INT)], d(10), 0),
    ("two on one day count once", [(9, C), (9, C), (10, C)], d(10), 2),
    ("later sessions are ignored", [(9, C), (11, C), (12, C)], d(10), 1),
    ("across a week boundary", [(5, C), (6, C), (7, C), (8, C)], d(8), 4),
    ("across a year boundary", [(-6, C), (-5, C), (-4, C)], d(-4), 3),
]


@pytest.mark.parametrize(
    ("days", "today", "expected"),
    [pytest.param(days, today, n, id=name) for name, days, today, n in STREAKS],
)
def test_streak(days: list[tuple[int, SessionStatus]], today: date, expected: int) -> None:
    sessions = [session(d(offset), status) for offset, status in days]
    assert streak(sessions, today=today, tz=UTC) == expected


def test_streak_uses_local_days() -> None:
    # 23:30 UTC on day 9 is day 10 at UTC+2: one day there, two here.
    sessions = [session(d(9), hour=23), session(d(10), hour=8)]
    assert streak(sessions, today=d(10), tz=UTC) == 2
    assert streak(sessions, today=d(10), tz=timezone(timedelta(hours=2))) == 1


WEEKS = [
    ("empty", [], d(2), (0, 0, 0, 0, 0.0)),
    ("monday to sunday", [(0, C, 20), (6, S, 10)], d(3), (2, 1, 1, 0, 30.0)),
    ("last sunday and next monday excluded", [(-1, C, 20), (7, C, 20)], d(3), (0, 0, 0, 0, 0.0)),
    ("no end counts active time", [(1, INT, None)], d(1), (1, 0, 0, 1, 5.0)),
    ("today on sunday", [(0, C, 15), (6, C, 15)], d(6), (2, 2, 0, 0, 30.0)),
]


@pytest.mark.parametrize(
    ("days", "today", "expected"),
    [pytest.param(days, today, exp, id=name) for name, days, today, exp in WEEKS],
)
def test_week_summary(
    days: list[tuple[int, SessionStatus, float | None]],
    today: date,
    expected: tuple[int, int, int, int, float],
) -> None:
    sessions = [session(d(o), status, minutes=m) for o, status, m in days]
    week = week_summary(sessions, today=today, tz=UTC)
    assert week.start == week_start(today)
    assert (week.sessions, week.completed, week.stopped, week.interrupted, week.minutes) == (
        expected
    )


ADHERENCE = [
    ("every day", [0, 1, 2, 3, 4, 5, 6], 7.0, (7, 7, 1.0)),
    ("half", [0, 2, 4], 7.0, (3, 3, 3 / 7)),
    ("three a week target met", [0, 2, 4], 3.0, (3, 3, 1.0)),
    ("two on one day", [1, 1], 2.0, (1, 2, 0.5)),
    ("outside the period ignored", [-1, 7], 7.0, (0, 0, 0.0)),
]


@pytest.mark.parametrize(
    ("days", "target", "expected"),
    [pytest.param(days, t, exp, id=name) for name, days, t, exp in ADHERENCE],
)
def test_adherence(days: list[int], target: float, expected: tuple[int, int, float]) -> None:
    sessions = [session(d(o)) for o in days] + [session(d(3), S)]
    result = adherence(sessions, start=d(0), end=d(6), target_days_per_week=target, tz=UTC)
    assert result.days == 7
    assert (result.active_days, result.completed_sessions) == expected[:2]
    assert result.ratio == pytest.approx(expected[2])


def test_adherence_rejects_empty_periods() -> None:
    with pytest.raises(ValueError, match="before it starts"):
        adherence([], start=d(1), end=d(0))
    with pytest.raises(ValueError, match="above 0"):
        adherence([], start=d(0), end=d(0), target_days_per_week=0)


def test_weekly_pain_means() -> None:
    sessions = [
        session(d(0), before=4, after=2),
        session(d(2), before=6, morning=3),
        session(d(3)),
        session(d(8), after=5),
    ]
    weeks = weekly_pain(sessions, UTC)
    assert [(w.start, w.sessions, w.mean_before, w.mean_after, w.mean_morning) for w in weeks] == [
        (d(0), 2, 5.0, 2.0, 3.0),
        (d(7), 1, None, 5.0, None),
    ]


TRENDS = [
    ("rising three weeks", {0: [3], 1: [4], 2: [5]}, d(16), True),
    ("rising but this week empty uses last week", {0: [3], 1: [4], 2: [5]}, d(22), True),
    ("two empty weeks is stale", {0: [3], 1: [4], 2: [5]}, d(29), False),
    ("flat", {0: [4], 1: [4], 2: [5]}, d(16), False),
    ("falling", {0: [5], 1: [4], 2: [3]}, d(16), False),
    ("too small a rise", {0: [4], 1: [4, 5], 2: [4, 5, 5]}, d(16), False),
    ("means, not single scores", {0: [2, 4], 1: [4, 4], 2: [3, 7]}, d(16), True),
    ("a gap week breaks it", {0: [3], 2: [5]}, d(16), False),
    ("only two weeks", {1: [3], 2: [6]}, d(16), False),
]


@pytest.mark.parametrize(
    ("weeks", "today", "expected"),
    [pytest.param(w, today, exp, id=name) for name, w, today, exp in TRENDS],
)
def test_pain_trending_up(weeks: dict[int, list[int]], today: date, expected: bool) -> None:
    sessions = [
        session(d(7 * week + k), before=score)
        for week, scores in weeks.items()
        for k, score in enumerate(scores)
    ]
    assert pain_trending_up(sessions, today=today, tz=UTC) is expected


def test_pain_trend_thresholds_are_parameters() -> None:
    sessions = [session(d(0), before=3), session(d(7), before=4)]
    assert pain_trending_up(sessions, today=d(7), span=2, tz=UTC) is True
    assert pain_trending_up(sessions, today=d(7), span=2, min_rise=2, tz=UTC) is False
    with pytest.raises(ValueError, match="at least 2"):
        pain_trending_up(sessions, today=d(7), span=1)
