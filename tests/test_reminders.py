"""Session and ice reminders as a schedule: settings, state and facts in, what to send out."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

import pytest

from coach.flow import reminders as r
from coach.flow.reminder_settings import (
    PAUSED_UNTIL,
    SESSION_TIMES,
    ReminderSettings,
    is_time,
)

WED = datetime(2026, 12, 2, 0, 0, tzinfo=UTC).timestamp()  # a Wednesday, midnight
H = 3600.0
ON = ReminderSettings(session_on=True, session_times=("09:00", "18:00"), thermal_on=True)
STARTED = r.ReminderState(handled_until=WED)


def at(hours: float) -> float:
    return WED + hours * H


CHECK_CASES = [
    # name, settings, state, facts, now (hours after Wed 00:00), sent hours, missed hours
    ("on time", ON, STARTED, r.Facts(), 9, [9], []),
    ("a few minutes late still sent", ON, STARTED, r.Facts(), 9.1, [9], []),
    ("late by hours: missed, not sent", ON, STARTED, r.Facts(), 12, [], [9]),
    ("asleep all day: one summary", ON, STARTED, r.Facts(), 23, [], [9, 18]),
    ("done today: nothing", ON, STARTED, r.Facts(session_done_today=True), 18, [], []),
    ("suspended plan: nothing", ON, STARTED, r.Facts(suspended=True), 18, [], []),
    ("off: nothing", ReminderSettings(), STARTED, r.Facts(), 18, [], []),
    ("paused till 10", replace(ON, paused_until=at(10)), STARTED, r.Facts(), 18, [18], []),
    ("skipped today", ON, replace(STARTED, skipped_day="2026-12-02"), r.Facts(), 18, [], []),
    (
        "not on Wednesdays",
        replace(ON, session_days=frozenset({0, 1})),
        STARTED,
        r.Facts(),
        18,
        [],
        [],
    ),
    ("first run: nothing missed", ON, r.ReminderState(), r.Facts(), 23, [], []),
    (
        "in 30 min",
        ON,
        replace(STARTED, handled_until=at(9), later_at=at(9.5)),
        r.Facts(),
        9.5,
        [9.5],
        [],
    ),
]


@pytest.mark.parametrize(
    ("settings", "state", "facts", "now", "sent", "missed"),
    [c[1:] for c in CHECK_CASES],
    ids=[c[0] for c in CHECK_CASES],
)
def test_what_is_sent_and_what_is_missed(
    settings: ReminderSettings,
    state: r.ReminderState,
    facts: r.Facts,
    now: float,
    sent: list[float],
    missed: list[float],
) -> None:
    out = r.check(settings, state, facts, now=at(now), tz=UTC)
    assert [d.at for d in out.send] == [at(h) for h in sent]
    assert [d.at for d in out.missed] == [at(h) for h in missed]
    assert out.state.handled_until == at(now)
    assert r.check(settings, out.state, facts, now=at(now), tz=UTC).send == ()  # never twice


ICE_CASES = [
    # name, lock-out end (hours), now, sent, next due
    ("ice again when the lock-out ends", 14, 14, [14], None),
    ("lock-out ends at night: after quiet hours", 23, 23, [], 32),
    ("not yet", 14, 13, [], 14),
]


@pytest.mark.parametrize(
    ("lockout_end", "now", "sent", "next_at"),
    [c[1:] for c in ICE_CASES],
    ids=[c[0] for c in ICE_CASES],
)
def test_ice_reminders_follow_the_lockout_and_respect_quiet_hours(
    lockout_end: float, now: float, sent: list[float], next_at: float | None
) -> None:
    settings = replace(ON, session_on=False)
    facts = r.Facts(ice_next_at=at(lockout_end))
    out = r.check(settings, STARTED, facts, now=at(now), tz=UTC)
    assert [(d.kind, d.at) for d in out.send] == [(r.Kind.ICE, at(h)) for h in sent]
    due = r.next_due(settings, out.state, facts, now=at(now), tz=UTC)
    assert due == (None if next_at is None else at(next_at))


def test_next_due_is_the_next_slot_so_a_timer_can_sleep_until_then() -> None:
    assert r.next_due(ON, STARTED, r.Facts(), now=at(1), tz=UTC) == at(9)
    after_nine = replace(STARTED, handled_until=at(9))
    assert r.next_due(ON, after_nine, r.Facts(), now=at(9), tz=UTC) == at(18)
    paused = replace(ON, paused_until=at(20))
    assert r.next_due(paused, after_nine, r.Facts(), now=at(9), tz=UTC) == at(33)
    assert r.next_due(ReminderSettings(), STARTED, r.Facts(), now=at(1), tz=UTC) is None


def test_actions_later_and_skip_today() -> None:
    later = r.later(STARTED, now=at(9))
    assert later.later_at == at(9.5)
    skipped = r.skip_today(later, now=at(9), tz=UTC)
    assert (skipped.skipped_day, skipped.later_at) == ("2026-12-02", 0.0)
    assert r.next_due(ON, replace(skipped, handled_until=at(9)), r.Facts(), now=at(9), tz=UTC) == (
        at(33)
    )


QUIET_CASES = [("22:00", "08:00", 23, True), ("22:00", "08:00", 7.5, True),
               ("22:00", "08:00", 12, False), ("13:00", "14:00", 13.5, True),
               ("09:00", "09:00", 9, False)]  # fmt: skip


@pytest.mark.parametrize(("start", "end", "hour", "quiet"), QUIET_CASES)
def test_quiet_hours_may_cross_midnight(start: str, end: str, hour: float, quiet: bool) -> None:
    settings = replace(ON, quiet_start=start, quiet_end=end)
    assert r.in_quiet_hours(settings, at(hour), UTC) is quiet


class Store:
    def __init__(self, values: dict[str, object]) -> None:
        self.values = values

    def get_setting(self, key: str, default: object) -> object:
        return self.values.get(key, default)


SETTINGS_CASES = [
    ("missing: defaults", {}, ReminderSettings(), 0),
    ("bad times", {SESSION_TIMES.key: ["25:00"]}, ReminderSettings(), 1),
    (
        "too many times",
        {SESSION_TIMES.key: ["01:00", "02:00", "03:00", "04:00", "05:00"]},
        ReminderSettings(),
        1,
    ),
    ("negative pause", {PAUSED_UNTIL.key: -5}, ReminderSettings(), 1),
    (
        "good",
        {SESSION_TIMES.key: ["20:00", "07:30"]},
        ReminderSettings(session_times=("07:30", "20:00")),
        0,
    ),
]


@pytest.mark.parametrize(
    ("stored", "expected", "problems"),
    [c[1:] for c in SETTINGS_CASES],
    ids=[c[0] for c in SETTINGS_CASES],
)
def test_settings_read_with_defaults_for_bad_values(
    stored: dict[str, object], expected: ReminderSettings, problems: int
) -> None:
    read = ReminderSettings.read(Store(stored))  # type: ignore[arg-type]
    assert read == expected
    assert len(read.problems) == problems
    assert ReminderSettings.read(Store(read.to_json())) == read  # type: ignore[arg-type]


def test_times_are_hh_mm() -> None:
    assert [is_time(t) for t in ("07:30", "7:30", "24:00", "23:59", 730)] == [
        True, False, False, True, False,
    ]  # fmt: skip


FACT_CASES = [
    # name, last completed (h), strain started (h), ice locked until (h), done, ice at
    ("nothing yet", None, None, None, False, None),
    ("done this morning", 8, None, None, True, None),
    ("done yesterday", -10, None, None, False, None),
    ("strain yesterday, ice locked till 14", None, -20, 14, False, 14),
    ("strain 4 days ago: no ice reminders", None, -96, 14, False, None),
]


@pytest.mark.parametrize(
    ("done_at", "strain", "locked", "done", "ice"),
    [c[1:] for c in FACT_CASES],
    ids=[c[0] for c in FACT_CASES],
)
def test_facts_from_the_records(
    done_at: float | None, strain: float | None, locked: float | None, done: bool, ice: float | None
) -> None:
    got = r.facts(
        now=at(12),
        last_completed_at=None if done_at is None else at(done_at),
        strain_started_at=None if strain is None else at(strain),
        ice_locked_until=None if locked is None else at(locked),
        tz=UTC,
    )
    assert (got.session_done_today, got.ice_next_at) == (done, None if ice is None else at(ice))
