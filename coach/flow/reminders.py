"""Daily session reminders and ice reminders as a schedule of wall-clock deadlines. Qt-free.

Due times are computed from the settings and a persisted :class:`ReminderState`
(everything up to ``handled_until`` has been dealt with), never from how long a
timer slept, so suspend or a powered-off computer cannot lose a reminder. A
reminder seen within ``ON_TIME_S`` of its time is sent; older ones (missed
while asleep or off) are folded into one summary, shown once.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta, tzinfo
from enum import StrEnum

from coach.flow.reminder_settings import ReminderSettings, minutes_of

ON_TIME_S = 10 * 60.0
"""A reminder this late is still sent as itself; later ones go into the missed summary."""
LATER_S = 30 * 60.0
""" "In 30 min"."""
LOOK_AHEAD_DAYS = 8
SUMMARY_ITEMS = 5


class Kind(StrEnum):
    """What a reminder is about."""

    SESSION = "session"
    ICE = "ice"


@dataclass(frozen=True, slots=True)
class ReminderState:
    """What has been dealt with, persisted between runs."""

    handled_until: float = 0.0
    """Every reminder due at or before this has been sent, skipped or summarised."""
    skipped_day: str = ""
    """ISO date of a day whose session reminders the person skipped."""
    later_at: float = 0.0
    """A one-off session reminder asked for with "In 30 min" (0: none)."""


@dataclass(frozen=True, slots=True)
class Facts:
    """What the reminders depend on besides the settings, as of now."""

    session_done_today: bool = False
    suspended: bool = False
    """The plan is on hold (a red flag): no session reminders."""
    ice_next_at: float | None = None
    """When the route wants the next ice (its lock-out end), or None if it wants none."""


STRAIN_ICE_DAYS = 3
"""After a sudden strain, ice is offered again for this many days (clinical: first 48-72 h)."""


def facts(
    *,
    now: float,
    last_completed_at: float | None,
    suspended: bool = False,
    strain_started_at: float | None = None,
    ice_locked_until: float | None = None,
    tz: tzinfo | None = None,
) -> Facts:
    """The facts from the records: a session completed today (started at
    ``last_completed_at``), and ice wanted again when its lock-out
    (``ice_locked_until``, after an ice just used) ends, in a strain's first days."""
    done = last_completed_at is not None and _day(last_completed_at, tz) == _day(now, tz)
    in_strain_days = (
        strain_started_at is not None and now - strain_started_at < STRAIN_ICE_DAYS * 86_400.0
    )
    ice = ice_locked_until if in_strain_days else None
    return Facts(session_done_today=done, suspended=suspended, ice_next_at=ice)


@dataclass(frozen=True, slots=True)
class Due:
    """One reminder to send now."""

    kind: Kind
    at: float


@dataclass(frozen=True, slots=True)
class Outcome:
    """What a check at ``now`` found: reminders to send, missed ones, the new state."""

    send: tuple[Due, ...]
    missed: tuple[Due, ...]
    state: ReminderState


def _local(day: date, hhmm: str, tz: tzinfo | None) -> float:
    minutes = minutes_of(hhmm)
    return datetime.combine(day, time(minutes // 60, minutes % 60), tz).timestamp()


def _day(at: float, tz: tzinfo | None) -> date:
    return datetime.fromtimestamp(at, tz).date()


def in_quiet_hours(settings: ReminderSettings, at: float, tz: tzinfo | None = None) -> bool:
    """``at`` falls in the quiet hours (which may run past midnight)."""
    when = datetime.fromtimestamp(at, tz)
    now = when.hour * 60 + when.minute
    start, end = minutes_of(settings.quiet_start), minutes_of(settings.quiet_end)
    if start == end:
        return False
    return start <= now < end if start < end else now >= start or now < end


def after_quiet_hours(settings: ReminderSettings, at: float, tz: tzinfo | None = None) -> float:
    """``at``, or the end of the quiet hours it falls in."""
    if not in_quiet_hours(settings, at, tz):
        return at
    day = _day(at, tz)
    end = _local(day, settings.quiet_end, tz)
    return end if end > at else _local(day + timedelta(days=1), settings.quiet_end, tz)


def session_times(
    settings: ReminderSettings,
    state: ReminderState,
    *,
    since: float,
    until: float,
    tz: tzinfo | None,
) -> list[float]:
    """Session reminder times in (``since``, ``until``], the "later" one included."""
    if not settings.session_on:
        return []
    found = []
    day = max(_day(since, tz), _day(until, tz) - timedelta(days=LOOK_AHEAD_DAYS))
    while day <= _day(until, tz):
        if day.weekday() in settings.session_days and day.isoformat() != state.skipped_day:
            found += [_local(day, t, tz) for t in settings.session_times]
        day += timedelta(days=1)
    if state.later_at:
        found.append(state.later_at)
    return sorted(t for t in found if since < t <= until)


def _ice_time(settings: ReminderSettings, facts: Facts, tz: tzinfo | None) -> float | None:
    if not settings.thermal_on or facts.ice_next_at is None:
        return None
    return after_quiet_hours(settings, facts.ice_next_at, tz)


def next_due(
    settings: ReminderSettings,
    state: ReminderState,
    facts: Facts,
    *,
    now: float,
    tz: tzinfo | None = None,
) -> float | None:
    """The next time ``check`` has something to do (may be in the past), or None."""
    start = max(state.handled_until, settings.paused_until)
    horizon = max(now, start) + LOOK_AHEAD_DAYS * 86_400.0
    times = session_times(settings, state, since=start, until=horizon, tz=tz)
    ice = _ice_time(settings, facts, tz)
    if ice is not None and ice > state.handled_until:
        times.append(max(ice, settings.paused_until))
    return min(times) if times else None


def check(
    settings: ReminderSettings,
    state: ReminderState,
    facts: Facts,
    *,
    now: float,
    tz: tzinfo | None = None,
) -> Outcome:
    """Everything due by ``now``: sent if on time, summarised if missed, dropped if moot.

    Session reminders are dropped when today's session is done, the plan is
    suspended, reminders are paused, or the day was skipped.
    """
    if state.handled_until >= now:
        return Outcome((), (), state)
    if not state.handled_until:  # the first run: nothing can have been missed yet
        return Outcome((), (), replace(state, handled_until=now))
    due = [
        Due(Kind.SESSION, t)
        for t in session_times(settings, state, since=state.handled_until, until=now, tz=tz)
    ]
    ice = _ice_time(settings, facts, tz)
    if ice is not None and state.handled_until < ice <= now:
        due.append(Due(Kind.ICE, ice))
    wanted = [d for d in due if d.at > settings.paused_until and not _moot(d, facts, now, tz)]
    send = tuple(d for d in wanted if now - d.at <= ON_TIME_S)
    missed = tuple(d for d in wanted if now - d.at > ON_TIME_S)
    later = 0.0 if state.later_at and state.later_at <= now else state.later_at
    return Outcome(
        _latest_per_kind(send), missed, replace(state, handled_until=now, later_at=later)
    )


def _moot(due: Due, facts: Facts, now: float, tz: tzinfo | None) -> bool:
    if due.kind is Kind.ICE:
        return False
    return facts.suspended or (facts.session_done_today and _day(due.at, tz) == _day(now, tz))


def _latest_per_kind(send: tuple[Due, ...]) -> tuple[Due, ...]:
    """Never a burst: one reminder of each kind at a time."""
    latest: dict[Kind, Due] = {}
    for due in send:
        latest[due.kind] = due
    return tuple(latest.values())


def later(state: ReminderState, *, now: float) -> ReminderState:
    """ "In 30 min": one more session reminder then."""
    return replace(state, later_at=now + LATER_S)


def skip_today(state: ReminderState, *, now: float, tz: tzinfo | None = None) -> ReminderState:
    """ "Skip today": no more session reminders today."""
    return replace(state, skipped_day=_day(now, tz).isoformat(), later_at=0.0)
