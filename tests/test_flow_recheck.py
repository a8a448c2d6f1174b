"""What is asked before a session and how the first one starts from a check-in:
table-driven, Qt-free, with fake instants."""

from __future__ import annotations

from typing import Any

import pytest
from flow_world import CLEAR, DAY, HOUR, NOW, Q, session

from coach.domain.history import SymptomsReach, TriageRecord
from coach.domain.triage import TriageAnswers
from coach.flow.recheck import (
    RECENT_CHECK_IN_S,
    before_questions,
    reach_from_check_in,
    start_from_check_in,
)


def check_in(at: float, **changes: Any) -> TriageRecord:
    answers = TriageAnswers({**CLEAR, **changes})
    return TriageRecord(1, at, "route", "glute_strengthening", (), answers.to_json())


SINCE_CHECK_IN = "Anything new since your check-in?"
SINCE_SESSION = "Anything new since your last session?"


@pytest.mark.parametrize(
    ("last_session_at", "check_in_at", "asks", "heading"),
    [
        (None, NOW - 1 * HOUR, False, SINCE_CHECK_IN),  # first session, just checked in
        (None, NOW - RECENT_CHECK_IN_S - 1, True, SINCE_CHECK_IN),  # checked in yesterday
        (None, None, True, SINCE_CHECK_IN),
        (NOW - DAY, NOW - 5 * DAY, True, SINCE_SESSION),  # a later day
        (NOW - 2 * HOUR, NOW - 3 * HOUR, True, SINCE_SESSION),  # a session since the check-in
        (NOW - 5 * DAY, NOW - 1 * HOUR, False, SINCE_CHECK_IN),  # a new check-in just now
    ],
)
def test_the_red_flags_are_asked_unless_a_check_in_just_asked_them(
    last_session_at: float | None, check_in_at: float | None, asks: bool, heading: str
) -> None:
    last = session(started=last_session_at) if last_session_at is not None else None
    record = check_in(check_in_at) if check_in_at is not None else None
    questions = before_questions(last=last, check_in=record, now=NOW)
    assert (questions.ask_checks, questions.heading) == (asks, heading)


def test_never_says_since_your_last_session_on_a_first_session() -> None:
    for at in (None, NOW - HOUR, NOW - 9 * DAY):
        record = check_in(at) if at is not None else None
        assert "last session" not in before_questions(last=None, check_in=record, now=NOW).heading


def test_last_times_answers_start_the_form() -> None:
    last = session(started=NOW - DAY, before=4, reach=SymptomsReach.THIGH)
    questions = before_questions(
        last=last, check_in=check_in(NOW - 9 * DAY, **{Q.AGE: 70}), now=NOW
    )
    assert (questions.reach, questions.last_pre_pain, questions.age) == (
        SymptomsReach.THIGH,
        4,
        70,
    )
    assert questions.ask_morning_pain  # yesterday's completed session


@pytest.mark.parametrize(
    ("where", "pain", "reach"),
    [
        (frozenset({"nerve"}), 3, SymptomsReach.BELOW_KNEE),
        (frozenset({"nerve", "deep_buttock"}), 3, SymptomsReach.BELOW_KNEE),
        (frozenset({"deep_buttock"}), 3, SymptomsReach.THIGH),
        (frozenset({"knots"}), 3, SymptomsReach.BUTTOCK),
        (frozenset({"none"}), 3, SymptomsReach.BUTTOCK),
        (frozenset({"none"}), 0, None),
    ],
)
def test_the_first_session_takes_the_check_ins_pain_and_places(
    where: frozenset[str], pain: int, reach: SymptomsReach | None
) -> None:
    answers = TriageAnswers({**CLEAR, Q.WHERE: where, Q.PAIN: pain})
    assert reach_from_check_in(answers) is reach
    started = start_from_check_in(answers)
    assert (started.pain_now, started.reach, started.morning_pain) == (pain, reach, None)
