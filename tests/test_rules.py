"""Pain gates, stop rules, the 24-hour rule, meaningful change and re-triage triggers."""

from __future__ import annotations

import pytest

from coach.domain.routes import RouteRule
from coach.domain.routine import ExerciseKind
from coach.domain.rules import (
    GateLevel,
    PainChange,
    RuleConfig,
    RuleMessage,
    SessionLimits,
    StopAction,
    check_during_session,
    meaningful_change,
    nerve_follow_up,
    pain_gate,
    retriage_reasons,
    twenty_four_hour_rule,
)

M = RuleMessage


@pytest.mark.parametrize(
    ("pain", "level", "dropped"),
    [
        (0, GateLevel.OPEN, frozenset()),
        (5, GateLevel.OPEN, frozenset()),
        (6, GateLevel.RESTRICTED, frozenset({ExerciseKind.STRENGTH, ExerciseKind.FOAM_ROLL})),
        (7, GateLevel.RESTRICTED, frozenset({ExerciseKind.STRENGTH, ExerciseKind.FOAM_ROLL})),
        (
            8,
            GateLevel.GENTLE_ONLY,
            frozenset(ExerciseKind) - {ExerciseKind.AEROBIC, ExerciseKind.REST_POSITION},
        ),
        (
            10,
            GateLevel.GENTLE_ONLY,
            frozenset(ExerciseKind) - {ExerciseKind.AEROBIC, ExerciseKind.REST_POSITION},
        ),
    ],
)
def test_pain_gate(pain: int, level: GateLevel, dropped: frozenset[ExerciseKind]) -> None:
    gate = pain_gate(pain)
    assert gate.level is level
    assert gate.dropped_kinds == dropped
    assert gate.message == f"gate_{level}"


def test_pain_gate_uses_configured_limits() -> None:
    config = RuleConfig(limits=SessionLimits(gentle_only_from=9, restrict_from=7))
    assert pain_gate(6, config).level is GateLevel.OPEN
    assert pain_gate(8, config).level is GateLevel.RESTRICTED


@pytest.mark.parametrize(
    ("pre", "now", "action", "message"),
    [
        (3, 5, StopAction.STOP_EXERCISE_OFFER_EASIER, M.PAIN_ROSE),
        (5, 6, StopAction.STOP_EXERCISE_OFFER_EASIER, M.PAIN_TOO_HIGH),
        (5, 5, StopAction.CONTINUE, M.CONTINUE),
        (5, 4, StopAction.CONTINUE, M.CONTINUE),
        (3, 6, StopAction.STOP_EXERCISE_OFFER_EASIER, M.PAIN_TOO_HIGH),
        (6, 6, StopAction.STOP_EXERCISE_OFFER_EASIER, M.PAIN_TOO_HIGH),
        (1, 2, StopAction.CONTINUE, M.CONTINUE),
        (1, 3, StopAction.STOP_EXERCISE_OFFER_EASIER, M.PAIN_ROSE),
        (0, 1, StopAction.CONTINUE, M.CONTINUE),
        (4, 5, StopAction.CONTINUE, M.CONTINUE),
        (4, 6, StopAction.STOP_EXERCISE_OFFER_EASIER, M.PAIN_TOO_HIGH),
        (2, 4, StopAction.STOP_EXERCISE_OFFER_EASIER, M.PAIN_ROSE),
    ],
)
def test_pain_stop_rules(pre: int, now: int, action: StopAction, message: RuleMessage) -> None:
    decision = check_during_session(pre, now, nerve_symptoms=False, red_flag_symptoms=False)
    assert decision.action is action
    assert decision.message == message
    assert decision.stops is (action is not StopAction.CONTINUE)


@pytest.mark.parametrize(
    ("pain", "nerve", "red_flag", "action"),
    [
        (2, True, False, StopAction.STOP_SESSION_NERVE),
        (8, True, False, StopAction.STOP_SESSION_NERVE),
        (2, False, True, StopAction.STOP_RERUN_RED_FLAGS),
        (2, True, True, StopAction.STOP_RERUN_RED_FLAGS),
        (9, False, True, StopAction.STOP_RERUN_RED_FLAGS),
    ],
)
def test_symptoms_stop_the_session(
    pain: int, nerve: bool, red_flag: bool, action: StopAction
) -> None:
    decision = check_during_session(2, pain, nerve_symptoms=nerve, red_flag_symptoms=red_flag)
    assert decision.action is action


def test_messages_are_filled_from_config() -> None:
    config = RuleConfig(
        messages={M.PAIN_ROSE: "Up {rise} from {pre_pain}.", M.NERVE_STOP: "Wait {minutes} min."}
    )
    rose = check_during_session(1, 3, nerve_symptoms=False, red_flag_symptoms=False, config=config)
    assert rose.message == "Up 2 from 1."
    nerve = check_during_session(1, 1, nerve_symptoms=True, red_flag_symptoms=False, config=config)
    assert nerve.message == "Wait 30 min."


@pytest.mark.parametrize(
    ("minutes", "next_day", "see"),
    [(10, False, False), (30, False, False), (31, False, True), (5, True, True)],
)
def test_nerve_follow_up(minutes: float, next_day: bool, see: bool) -> None:
    follow = nerve_follow_up(lasted_minutes=minutes, still_there_next_day=next_day)
    assert follow.see_clinician is see
    assert (ExerciseKind.NERVE in follow.dropped_kinds) is see
    assert (ExerciseKind.STRETCH in follow.dropped_kinds) is see


@pytest.mark.parametrize(
    ("pre", "morning", "reduce"), [(3, 3, False), (3, 2, False), (3, 4, True), (0, 1, True)]
)
def test_twenty_four_hour_rule(pre: int, morning: int, reduce: bool) -> None:
    decision = twenty_four_hour_rule(pre, morning)
    assert decision.reduce_load is reduce
    assert decision.message == (M.LOAD_REDUCE if reduce else M.LOAD_OK)


@pytest.mark.parametrize(
    ("before", "after", "change"),
    [
        (5, 3, PainChange.IMPROVED),
        (5, 4, PainChange.UNCHANGED),
        (10, 8, PainChange.IMPROVED),
        (10, 9, PainChange.UNCHANGED),
        (3, 2, PainChange.IMPROVED),
        (4, 3, PainChange.UNCHANGED),
        (2, 4, PainChange.WORSENED),
        (4, 5, PainChange.UNCHANGED),
        (0, 0, PainChange.UNCHANGED),
        (0, 1, PainChange.UNCHANGED),
        (0, 2, PainChange.WORSENED),
        (6.0, 4.1, PainChange.IMPROVED),
    ],
)
def test_meaningful_change(before: float, after: float, change: PainChange) -> None:
    assert meaningful_change(before, after) is change


@pytest.mark.parametrize(
    ("route", "days", "first", "latest", "codes"),
    [
        (RouteRule.AFTER_WORKOUT, 6, 4, 2, []),
        (RouteRule.AFTER_WORKOUT, 7, 4, 2, [M.RETRIAGE_DOMS]),
        (RouteRule.AFTER_WORKOUT, 7, 4, 0, []),
        (RouteRule.SUDDEN_STRAIN, 2, 5, 5, []),
        (RouteRule.SUDDEN_STRAIN, 3, 5, 5, [M.RETRIAGE_ACUTE_OVER]),
        (RouteRule.DEEP_BUTTOCK, 13, 5, 5, []),
        (RouteRule.DEEP_BUTTOCK, 14, 5, 4, [M.RETRIAGE_NOT_IMPROVING]),
        (RouteRule.DEEP_BUTTOCK, 14, 10, 6, []),
        (RouteRule.DEEP_BUTTOCK, 14, 5, 3, []),
        (RouteRule.SUDDEN_STRAIN, 14, 5, 5, [M.RETRIAGE_ACUTE_OVER, M.RETRIAGE_NOT_IMPROVING]),
        (RouteRule.NERVE, 3, 3, 5, [M.RETRIAGE_SCIATIC]),
        (RouteRule.NERVE, 20, 4, 4, []),
        (RouteRule.NERVE, 21, 4, 4, [M.RETRIAGE_SCIATIC]),
        (RouteRule.NERVE, 21, 4, 2, []),
        (RouteRule.SEVERE_PAIN, 1, 8, 8, []),
        (RouteRule.SEVERE_PAIN, 2, 8, 8, [M.RETRIAGE_GENTLE_ONLY]),
        (RouteRule.SEVERE_PAIN, 2, 8, 6, []),
        (RouteRule.NO_CLEAR_MATCH, 14, 4, 4, [M.RETRIAGE_FALLBACK]),
        (RouteRule.LONG_STANDING, 60, 4, 4, []),
        (RouteRule.SITTING_BONE, 13, 4, 4, []),
        (RouteRule.SITTING_BONE, 14, 4, 1, [M.RETRIAGE_SITTING_BONE]),
    ],
)
def test_retriage_reasons(
    route: RouteRule, days: int, first: int, latest: int, codes: list[RuleMessage]
) -> None:
    found = retriage_reasons(route, days_since_start=days, first_pain=first, latest_pain=latest)
    assert [r.code for r in found] == codes
    assert [r.message for r in found] == [str(c) for c in codes]


def test_retriage_when_pain_trends_up_on_any_route() -> None:
    found = retriage_reasons(
        RouteRule.LONG_STANDING,
        days_since_start=21,
        first_pain=2,
        latest_pain=4,
        trending_up=True,
    )
    assert [r.code for r in found] == [M.RETRIAGE_TRENDING_UP]


@pytest.mark.parametrize("bad", [-1, 11])
def test_pain_out_of_range_is_refused(bad: int) -> None:
    with pytest.raises(ValueError):
        pain_gate(bad)
    with pytest.raises(ValueError):
        check_during_session(bad, 2, nerve_symptoms=False, red_flag_symptoms=False)
    with pytest.raises(ValueError):
        twenty_four_hour_rule(2, bad)
