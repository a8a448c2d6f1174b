"""A red flag suspends the plan until a clear check-in (issue 11); no Qt, fake clock."""

from __future__ import annotations

from typing import Any

import pytest
from flow_world import DAY, NOW, ROUTINES, RULES, TRIAGE, Q, check_in, plan, session

from coach.domain.history import EventKind, ResumableSession, SessionStatus, SymptomsReach
from coach.domain.rules import StopAction, StopDecision
from coach.domain.triage import TriageAnswers, pre_session_check
from coach.engine.clock import FakeClock
from coach.flow.before import BeforeAnswers, before_session
from coach.flow.check_in import after_check_in
from coach.flow.during import HurtsResult, after_hurts
from coach.flow.home import build_home
from coach.flow.home_snapshot import HomeSnapshot
from coach.flow.safety import Source, Suspension, suspend

RED_FLAGS: list[dict[str, Any]] = [
    {Q.CAUDA: frozenset({"saddle_numbness"})},
    {Q.LEGS: frozenset({"both_legs"})},
    {Q.UNWELL: frozenset({"fever"})},
    {Q.CANCER: True},
    {Q.PAIN_PATTERN: frozenset({"night"})},
    {Q.AGE: 15},
]


def home(*, suspension: Suspension | None, resumable: bool = False) -> HomeSnapshot:
    resume = (
        ResumableSession(session(started=NOW - DAY, status=SessionStatus.INTERRUPTED), ())
        if resumable
        else None
    )
    return build_home(
        plan=plan(),
        routine=ROUTINES["glute_strengthening"],
        recent=[],
        resumable=resume,
        resumable_name="Glute strengthening",
        level_offer=None,
        suspension=suspension,
        thermal_status="",
        now=NOW,
        rules=RULES,
    )


@pytest.mark.parametrize("changes", RED_FLAGS)
def test_a_red_flag_check_in_suspends_the_plan_and_is_recorded(changes: dict[str, Any]) -> None:
    clock = FakeClock(NOW)
    outcome, answers = check_in(**changes)
    before = plan("piriformis_relief")
    result = after_check_in(
        plan=before,
        suspension=None,
        outcome=outcome,
        answers=answers,
        chosen=None,
        routines=ROUTINES.values(),
        now=clock.now(),
    )
    assert result.plan == before and not result.new_plan
    assert result.suspension is not None and result.suspension.message == outcome.message
    assert result.suspension.source is Source.CHECK_IN
    assert [n.kind for n in result.notes] == [EventKind.PLAN_SUSPENDED]
    shown = home(suspension=result.suspension, resumable=True)
    assert not shown.can_start and not shown.can_resume
    assert outcome.message in shown.suspended and "new check-in" in shown.suspended


@pytest.mark.parametrize(
    ("check", "suspends"),
    [
        ({}, False),
        ({"check_r2": ["leaking"]}, True),
        ({"check_r3": ["both_legs"]}, True),
        ({"check_r5": ["chest_pain"]}, True),
        ({"check_r4": ["pop"]}, True),
        ({"check_r7": ["night"]}, True),
    ],
)
def test_a_red_flag_before_a_session_blocks_every_later_session(
    check: dict[str, list[str]], suspends: bool
) -> None:
    clock = FakeClock(NOW)
    nothing_new = {q.id: [] for q in TRIAGE.check_questions if q.id != "check_r4_bones"}
    outcome = pre_session_check(TriageAnswers.from_json({**nothing_new, **check}), TRIAGE)
    assert (outcome is not None) is suspends
    suspension = None
    if outcome is not None:
        suspension = suspend(
            message=outcome.message, source=Source.BEFORE_SESSION, now=clock.now()
        ).suspension
    clock.advance(2 * DAY)
    decision = before_session(
        plan=plan(),
        suspension=suspension,
        answers=BeforeAnswers(2, SymptomsReach.BUTTOCK, None),
        last=None,
        last_stop_rule=False,
        routines=ROUTINES,
        rules=RULES,
        now=clock.now(),
    )
    assert (decision.session is None) is suspends
    assert home(suspension=suspension).can_start is not suspends


def test_only_a_later_check_in_with_no_red_flag_lifts_it() -> None:
    clock = FakeClock(NOW)
    red, red_answers = check_in(**{Q.PAIN_PATTERN: frozenset({"night"})})
    first = after_check_in(
        plan=plan(),
        suspension=None,
        outcome=red,
        answers=red_answers,
        chosen=None,
        routines=ROUTINES.values(),
        now=clock.now(),
    )
    clock.advance(3 * DAY)
    again = after_check_in(
        plan=first.plan,
        suspension=first.suspension,
        outcome=red,
        answers=red_answers,
        chosen=None,
        routines=ROUTINES.values(),
        now=clock.now(),
    )
    assert again.suspension is not None and again.suspension.at == clock.now()
    clock.advance(DAY)
    clear, clear_answers = check_in(**{Q.WHERE: frozenset({"deep_buttock"})})
    lifted = after_check_in(
        plan=again.plan,
        suspension=again.suspension,
        outcome=clear,
        answers=clear_answers,
        chosen=ROUTINES["piriformis_relief"],
        routines=ROUTINES.values(),
        now=clock.now(),
    )
    assert lifted.suspension is None and lifted.new_plan
    assert lifted.plan is not None and lifted.plan.routine_id == "piriformis_relief"
    assert [n.kind for n in lifted.notes] == [EventKind.PLAN_RESUMED]
    assert "1 day(s) after the check-in" in lifted.notes[0].detail
    assert home(suspension=lifted.suspension).can_start


def test_a_suspension_survives_being_saved_and_a_damaged_one_reads_as_none() -> None:
    made = suspend(message="Call 999", source=Source.BEFORE_SESSION, now=NOW).suspension
    assert made is not None
    assert Suspension.from_json(made.to_json()) == made
    assert Suspension.from_json({"at": "soon", "source": "x"}) is None
    assert Suspension.from_json("not a dict") is None


@pytest.mark.parametrize(
    ("action", "suspends", "advice"),
    [
        (StopAction.STOP_RERUN_RED_FLAGS, True, ""),
        (StopAction.STOP_EXERCISE_OFFER_EASIER, False, "easier level: Weeks 1-2"),
        (StopAction.STOP_SESSION_NERVE, False, ""),
        (StopAction.CONTINUE, False, ""),
    ],
)
def test_this_hurts_suspends_on_red_flags_and_points_to_the_easier_level(
    action: StopAction, suspends: bool, advice: str
) -> None:
    result = after_hurts(
        StopDecision(action, "message"),
        routine=ROUTINES["glute_strengthening"],
        level_id="weeks_3_4",
        plan=plan(level=1),
        now=NOW,
        safety=US_SAFETY,
    )
    assert (result.safety is not None) is suspends
    assert (advice in result.advice) if advice else result.advice == ""
    assert (result.offer is not None) is bool(advice)
    if result.safety is not None:
        paused = result.safety.suspension
        assert paused is not None and paused.source is Source.DURING_SESSION
        assert paused.safety == US_SAFETY, "the region's number, on Home too"
        assert "call 911" in paused.home_text
        assert Suspension.from_json(paused.to_json()) == paused
        assert [US_SAFETY in n.detail for n in result.safety.notes] == [True], "recorded"


US_SAFETY = TRIAGE.with_region("US").session_safety
"""The session's safety line in the United States: "In an emergency, call 911."."""


@pytest.mark.parametrize(
    ("level_id", "plan_level"),
    [("weeks_1_2", 0), ("weeks_3_4", 0)],  # the easiest level; not the plan's level today
)
def test_this_hurts_offers_nothing_easier_when_there_is_nothing_to_take(
    level_id: str, plan_level: int
) -> None:
    result = after_hurts(
        StopDecision(StopAction.STOP_EXERCISE_OFFER_EASIER, "m"),
        routine=ROUTINES["glute_strengthening"],
        level_id=level_id,
        plan=plan(level=plan_level),
        now=NOW,
    )
    assert result == HurtsResult()
