"""Triage: red flags R1-R7, routing rules 1-11 (first match), wizard flow, pre-session check.

Uses a bare ``TriageConfig()`` (texts render as their keys), so these tests
check decisions, not wording; ``test_triage_loader`` checks the shipped words.
"""

from __future__ import annotations

import dataclasses
from typing import Any

import pytest

from coach.domain.routes import RouteRule
from coach.domain.routine import ExerciseKind, Routine
from coach.domain.triage import (
    AdviceKey,
    MessageKey,
    Outcome,
    OutcomeLevel,
    QuestionId,
    QuestionKind,
    Thresholds,
    TriageAnswers,
    TriageConfig,
    allowed_routines,
    assess,
    next_question,
    pre_session_check,
    reroute_after,
)

Q = QuestionId
CONFIG = TriageConfig()
STRENGTH_AND_ROLL = frozenset({ExerciseKind.STRENGTH, ExerciseKind.FOAM_ROLL})

CLEAR: dict[str, Any] = {
    Q.AGE: 30,
    Q.CAUDA: frozenset(),
    Q.LEGS: frozenset(),
    Q.INJURY: frozenset(),
    Q.UNWELL: frozenset(),
    Q.CANCER: False,
    Q.PAIN_PATTERN: frozenset(),
    Q.ONSET: "gradual_recurring",
    Q.SINCE: 14,
    Q.WHERE: frozenset({"none"}),
    Q.SIDE: "left",
    Q.PAIN: 3,
}
"""No red flags; routes to glute strengthening (rule 9)."""


def answers(**changes: Any) -> TriageAnswers:
    """CLEAR with some answers changed; sets may be given as strings ("a,b", "" for none)."""
    values = dict(CLEAR)
    for key, value in changes.items():
        qid = QuestionId[key.upper()]
        is_set = CONFIG.question(qid).kind is QuestionKind.MULTI_YES_NO or qid is Q.WHERE
        if is_set and isinstance(value, str):
            value = frozenset(part for part in value.split(",") if part)
        values[qid] = value
    return TriageAnswers(values)


def run(**changes: Any) -> Outcome:
    return assess(answers(**changes), CONFIG)


# --- red flags ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("changes", "level", "message", "reason"),
    [
        # R2: any part -> emergency (possible cauda equina syndrome)
        ({"cauda": "saddle_numbness"}, OutcomeLevel.EMERGENCY, "emergency", "r2.saddle_numbness"),
        ({"cauda": "bladder_control"}, OutcomeLevel.EMERGENCY, "emergency", "r2.bladder_control"),
        ({"cauda": "leaking"}, OutcomeLevel.EMERGENCY, "emergency", "r2.leaking"),
        ({"cauda": "sexual_function"}, OutcomeLevel.EMERGENCY, "emergency", "r2.sexual_function"),
        # R3
        ({"legs": "both_legs"}, OutcomeLevel.EMERGENCY, "emergency", "r3.both_legs"),
        ({"legs": "weaker"}, OutcomeLevel.EMERGENCY, "emergency", "r3.weaker"),
        ({"legs": "weak_stable"}, OutcomeLevel.SOON_48H, "soon_48h", "r3.weak_stable"),
        ({"legs": "weaker,weak_stable"}, OutcomeLevel.EMERGENCY, "emergency", "r3.weaker"),
        # R4
        (
            {"injury": "serious_accident"},
            OutcomeLevel.EMERGENCY,
            "emergency",
            "r4.serious_accident",
        ),
        ({"injury": "fall", "age": 65}, OutcomeLevel.URGENT, "urgent_today", "r4.fall_older"),
        ({"injury": "fall", "age": 80}, OutcomeLevel.URGENT, "urgent_today", "r4.fall_older"),
        (
            {"injury": "fall", "age": 40, "bones": "osteoporosis"},
            OutcomeLevel.URGENT,
            "urgent_today",
            "r4.fall_osteoporosis",
        ),
        (
            {"injury": "fall", "age": 40, "bones": "steroids"},
            OutcomeLevel.URGENT,
            "urgent_today",
            "r4.fall_steroids",
        ),
        ({"injury": "pop"}, OutcomeLevel.URGENT, "urgent_today", "r4.pop"),
        # R5
        ({"unwell": "chest_pain"}, OutcomeLevel.CALL_EMERGENCY_NOW, "call_now", "r5.chest_pain"),
        ({"unwell": "dark_urine"}, OutcomeLevel.EMERGENCY, "emergency", "r5.dark_urine"),
        ({"unwell": "fever"}, OutcomeLevel.URGENT, "urgent_today", "r5.fever"),
        # R6, R7
        ({"cancer": True}, OutcomeLevel.URGENT, "urgent_days", "r6.yes"),
        (
            {"pain_pattern": "severe_constant"},
            OutcomeLevel.URGENT,
            "urgent_today",
            "r7.severe_constant",
        ),
        ({"pain_pattern": "no_relief"}, OutcomeLevel.URGENT, "urgent_today", "r7.no_relief"),
        ({"pain_pattern": "night"}, OutcomeLevel.URGENT, "urgent_today", "r7.night"),
        ({"pain_pattern": "worsening"}, OutcomeLevel.URGENT, "urgent_today", "r7.worsening"),
        # R1
        ({"age": 15}, OutcomeLevel.UNDER_16, "under_16", "r1.under_16"),
        ({"age": 0}, OutcomeLevel.UNDER_16, "under_16", "r1.under_16"),
    ],
)
def test_each_red_flag(
    changes: dict[str, Any], level: OutcomeLevel, message: str, reason: str
) -> None:
    outcome = run(**changes)
    assert outcome.level is level
    assert outcome.message_key == message
    assert outcome.message == f"messages.{message}"
    assert reason in outcome.reason_keys
    assert outcome.reasons == tuple(f"reasons.{k}" for k in outcome.reason_keys)
    assert outcome.may_choose_other is False
    assert allowed_routines(outcome, CANDIDATES) == ()
    assert outcome.rule is None


@pytest.mark.parametrize(
    "changes",
    [
        {"cauda": "leaking"},
        {"legs": "weaker"},
        {"unwell": "chest_pain"},
        {"injury": "pop"},
        {"cancer": True},
        {"age": 15},
    ],
)
def test_stop_outcomes_offer_no_exercise(changes: dict[str, Any]) -> None:
    outcome = run(**changes)
    assert outcome.route is None
    assert not outcome.exercises_allowed
    assert outcome.restricted_kinds == frozenset(ExerciseKind)
    assert outcome.heat_allowed is False


def test_stable_weak_leg_allows_only_walking_and_ice_or_heat() -> None:
    outcome = run(legs="weak_stable")
    assert outcome.route == RouteRule.WEAK_LEG
    assert outcome.restricted_kinds == frozenset(ExerciseKind) - {
        ExerciseKind.AEROBIC,
        ExerciseKind.REST_POSITION,
    }
    assert outcome.heat_allowed is True
    assert outcome.may_choose_other is False


@pytest.mark.parametrize(
    ("changes", "level"),
    [
        ({"injury": "fall", "age": 64, "bones": ""}, OutcomeLevel.ROUTE),
        ({"injury": "fall", "age": 65}, OutcomeLevel.URGENT),
        ({"injury": "fall", "age": 64, "bones": "osteoporosis"}, OutcomeLevel.URGENT),
        ({"injury": "fall", "age": 16, "bones": "steroids"}, OutcomeLevel.URGENT),
        # bones only count after a fall: a stale answer after going back is ignored
        ({"injury": "", "bones": "osteoporosis,steroids"}, OutcomeLevel.ROUTE),
        ({"injury": "pop", "age": 20}, OutcomeLevel.URGENT),
    ],
)
def test_r4_fall_branches(changes: dict[str, Any], level: OutcomeLevel) -> None:
    assert run(**changes).level is level


@pytest.mark.parametrize(
    ("changes", "level", "reasons"),
    [
        ({"unwell": "chest_pain,fever"}, OutcomeLevel.CALL_EMERGENCY_NOW, ("r5.chest_pain",)),
        ({"cauda": "leaking", "cancer": True}, OutcomeLevel.EMERGENCY, ("r2.leaking",)),
        (
            {"cauda": "leaking,saddle_numbness"},
            OutcomeLevel.EMERGENCY,
            ("r2.saddle_numbness", "r2.leaking"),
        ),
        ({"legs": "weak_stable", "unwell": "fever"}, OutcomeLevel.URGENT, ("r5.fever",)),
        ({"cancer": True, "pain_pattern": "night"}, OutcomeLevel.URGENT, ("r7.night",)),
        ({"age": 15, "unwell": "chest_pain"}, OutcomeLevel.CALL_EMERGENCY_NOW, ("r5.chest_pain",)),
    ],
)
def test_most_serious_red_flag_wins(
    changes: dict[str, Any], level: OutcomeLevel, reasons: tuple[str, ...]
) -> None:
    outcome = run(**changes)
    assert outcome.level is level
    assert outcome.reason_keys == reasons


# --- age and the 50+ modifier ----------------------------------------------------------


@pytest.mark.parametrize(
    ("age", "level", "risk"),
    [
        (15, OutcomeLevel.UNDER_16, False),
        (16, OutcomeLevel.ROUTE, False),
        (49, OutcomeLevel.ROUTE, False),
        (50, OutcomeLevel.ROUTE, True),
        (64, OutcomeLevel.ROUTE, True),
        (65, OutcomeLevel.ROUTE, True),
    ],
)
def test_age_boundaries(age: int, level: OutcomeLevel, risk: bool) -> None:
    outcome = run(age=age)
    assert outcome.level is level
    assert outcome.risk_50_plus is risk


def test_thresholds_come_from_config() -> None:
    config = dataclasses.replace(CONFIG, thresholds=Thresholds(adult_age=18, risk_age=60))
    assert assess(answers(age=17), config).level is OutcomeLevel.UNDER_16
    assert assess(answers(age=55), config).risk_50_plus is False
    assert assess(answers(age=60), config).risk_50_plus is True


# --- routing rules 2-11 ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("changes", "rule", "route"),
    [
        ({"pain": 8}, 2, RouteRule.SEVERE_PAIN),
        ({"pain": 10, "onset": "prevention"}, 2, RouteRule.SEVERE_PAIN),
        ({"where": "nerve"}, 3, RouteRule.NERVE),
        ({"onset": "sudden_recent"}, 4, RouteRule.SUDDEN_STRAIN),
        ({"onset": "after_workout", "where": "worked_muscles"}, 5, RouteRule.AFTER_WORKOUT),
        ({"where": "deep_buttock"}, 6, RouteRule.DEEP_BUTTOCK),
        ({"where": "knots"}, 7, RouteRule.KNOTS),
        ({"where": "sitting_bone"}, 8, RouteRule.SITTING_BONE),
        ({"onset": "sudden_older", "pain": 5}, 9, RouteRule.LONG_STANDING),
        ({"onset": "gradual_recurring", "pain": 0}, 9, RouteRule.LONG_STANDING),
        ({"onset": "gradual_recurring", "where": "worked_muscles"}, 9, RouteRule.LONG_STANDING),
        ({"onset": "prevention", "pain": 0}, 10, RouteRule.PREVENTION),
        ({"onset": "after_workout"}, 11, RouteRule.NO_CLEAR_MATCH),
        (
            {"onset": "after_workout", "where": "worked_muscles", "pain": 9},
            2,
            RouteRule.SEVERE_PAIN,
        ),
        ({"onset": "gradual_recurring", "pain": 6}, 11, RouteRule.NO_CLEAR_MATCH),
    ],
)
def test_each_routing_rule(changes: dict[str, Any], rule: int, route: RouteRule) -> None:
    outcome = run(**changes)
    assert outcome.level is OutcomeLevel.ROUTE
    assert (outcome.rule, outcome.route) == (rule, route)
    assert outcome.message_key is MessageKey.ROUTE
    assert outcome.reason_keys


@pytest.mark.parametrize(
    ("changes", "route", "why"),
    [
        ({"where": "nerve", "pain": 8}, RouteRule.SEVERE_PAIN, "pain >= 8 beats Q9=C"),
        ({"onset": "sudden_recent", "where": "nerve"}, RouteRule.NERVE, "Q9=C beats Q8=B"),
        ({"where": "deep_buttock,nerve"}, RouteRule.NERVE, "Q9=C beats Q9=B"),
        ({"onset": "sudden_recent", "where": "knots"}, RouteRule.SUDDEN_STRAIN, "Q8=B beats Q9=D"),
        (
            {"onset": "sudden_recent", "where": "worked_muscles,deep_buttock"},
            RouteRule.SUDDEN_STRAIN,
            "Q8=B beats Q9=B",
        ),
        (
            {"onset": "after_workout", "where": "worked_muscles,deep_buttock"},
            RouteRule.AFTER_WORKOUT,
            "rule 5 beats rule 6",
        ),
        ({"where": "deep_buttock,knots"}, RouteRule.DEEP_BUTTOCK, "rule 6 beats rule 7"),
        # Rule 8 before 6 and 7: their routines hold deep hip stretches, which the
        # sitting-bone rule says to avoid.
        ({"where": "deep_buttock,sitting_bone"}, RouteRule.SITTING_BONE, "8 beats 6"),
        ({"where": "knots,sitting_bone"}, RouteRule.SITTING_BONE, "rule 8 beats rule 7"),
        (
            {"where": "deep_buttock,knots,sitting_bone"},
            RouteRule.SITTING_BONE,
            "rule 8 beats rules 6 and 7",
        ),
        ({"where": "sitting_bone", "pain": 2}, RouteRule.SITTING_BONE, "rule 8 beats 9"),
        (
            {"onset": "prevention", "where": "nerve", "pain": 0},
            RouteRule.PREVENTION,
            "no Q9 w/o pain",
        ),
    ],
)
def test_first_match_order(changes: dict[str, Any], route: RouteRule, why: str) -> None:
    assert run(**changes).route == route, why


@pytest.mark.parametrize(
    ("pain", "route", "restricted", "may_choose"),
    [
        (5, RouteRule.DEEP_BUTTOCK, frozenset(), True),
        (6, RouteRule.DEEP_BUTTOCK, STRENGTH_AND_ROLL, True),
        (7, RouteRule.DEEP_BUTTOCK, STRENGTH_AND_ROLL, True),
        (8, RouteRule.SEVERE_PAIN, None, False),
    ],
)
def test_pain_boundaries(
    pain: int, route: RouteRule, restricted: frozenset[ExerciseKind] | None, may_choose: bool
) -> None:
    outcome = run(where="deep_buttock", pain=pain)
    assert outcome.route == route
    assert outcome.may_choose_other is may_choose
    if restricted is not None:
        assert outcome.restricted_kinds == restricted
    assert (AdviceKey.RESTRICTED in outcome.advice_keys) is (pain in (6, 7))


def test_gentle_only_drops_all_but_walking_and_positions() -> None:
    outcome = run(pain=8)
    assert AdviceKey.GENTLE_GP in outcome.advice_keys
    assert ExerciseKind.AEROBIC not in outcome.restricted_kinds
    assert ExerciseKind.REST_POSITION not in outcome.restricted_kinds
    assert ExerciseKind.STRETCH in outcome.restricted_kinds
    assert allowed_routines(outcome, CANDIDATES) == ()


@pytest.mark.parametrize(
    ("changes", "advice"),
    [
        ({"where": "nerve"}, (AdviceKey.SOON, AdviceKey.NUMB_AREA)),
        ({"onset": "after_workout", "where": "worked_muscles"}, (AdviceKey.DOMS_7_DAYS,)),
        ({"where": "sitting_bone"}, (AdviceKey.PHYSIO_CHECK, AdviceKey.SITTING_BONE)),
        ({"onset": "after_workout"}, (AdviceKey.FALLBACK_GP,)),
        ({"onset": "sudden_recent"}, (AdviceKey.ACUTE_STRAIN,)),
        ({}, ()),
    ],
)
def test_route_advice(changes: dict[str, Any], advice: tuple[AdviceKey, ...]) -> None:
    outcome = run(**changes)
    assert outcome.advice_keys == advice
    assert outcome.advice == tuple(f"advice.{k}" for k in advice)


@pytest.mark.parametrize(
    "changes",
    [
        {"onset": "sudden_recent"},
        {"onset": "sudden_recent", "where": "nerve"},
        {"onset": "sudden_recent", "pain": 9},
    ],
)
def test_sudden_strain_forbids_heat_and_foam_rolling_on_any_route(
    changes: dict[str, Any],
) -> None:
    outcome = run(**changes)
    assert outcome.heat_allowed is False
    assert ExerciseKind.FOAM_ROLL in outcome.restricted_kinds
    assert AdviceKey.ACUTE_STRAIN in outcome.advice_keys


def test_heat_allowed_otherwise() -> None:
    assert run().heat_allowed is True


def test_reasons_name_the_deciding_answers() -> None:
    outcome = run(onset="after_workout", where="worked_muscles")
    assert outcome.reason_keys == ("onset.after_workout", "where.worked_muscles")
    assert run(pain=4).reason_keys == ("onset.gradual_recurring", "pain.strengthening_ok")
    both = run(where="deep_buttock,sitting_bone")
    assert both.reason_keys == ("where.sitting_bone",), "the answer that decided, only"


# --- picking another routine -------------------------------------------------------


def _routine(routine_id: str, built_around: ExerciseKind | None = None) -> Routine:
    return Routine(routine_id, routine_id, "", (), built_around=built_around)


CANDIDATES = (
    _routine(RouteRule.LONG_STANDING, ExerciseKind.STRENGTH),
    _routine(RouteRule.KNOTS, ExerciseKind.FOAM_ROLL),
    _routine(RouteRule.SITTING_BONE, ExerciseKind.STRENGTH),
    _routine(RouteRule.SUDDEN_STRAIN),
    _routine(RouteRule.SEVERE_PAIN),
    _routine("my_own_routine"),
)


@pytest.mark.parametrize(
    ("changes", "allowed"),
    [
        ({}, ("knots", "sitting_bone", "sudden_strain", "severe_pain", "my_own_routine")),
        # sudden strain: no foam rolling, so not the routine built around it
        (
            {"onset": "sudden_recent"},
            ("long_standing", "sitting_bone", "severe_pain", "my_own_routine"),
        ),
        # pain 6-7: no strengthening and no foam rolling
        ({"where": "deep_buttock", "pain": 6}, ("sudden_strain", "severe_pain", "my_own_routine")),
        ({"pain": 8}, ()),  # rule 2: gentle only, no choosing
        ({"cauda": "leaking"}, ()),  # red flag
    ],
)
def test_allowed_routines_drop_the_suggestion_and_those_built_around_a_restricted_kind(
    changes: dict[str, Any], allowed: tuple[str, ...]
) -> None:
    assert allowed_routines(run(**changes), CANDIDATES) == allowed


# --- wizard flow ------------------------------------------------------------------


def _asked(values: dict[str, Any]) -> str | None:
    question = next_question(TriageAnswers(values), CONFIG)
    return None if question is None else question.id


def test_wizard_asks_red_flags_first_then_routing() -> None:
    order = []
    given: dict[str, Any] = {}
    while (qid := _asked(given)) is not None:
        order.append(qid)
        given[qid] = CLEAR[qid]
    assert order == [
        Q.AGE,
        Q.CAUDA,
        Q.LEGS,
        Q.INJURY,
        Q.UNWELL,
        Q.CANCER,
        Q.PAIN_PATTERN,
        Q.ONSET,
        Q.SINCE,
        Q.WHERE,
        Q.SIDE,
        Q.PAIN,
    ]


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ({}, Q.AGE),
        ({Q.AGE: 15}, None),
        ({Q.AGE: 30}, Q.CAUDA),
        ({Q.AGE: 30, Q.CAUDA: frozenset({"leaking"})}, None),
        ({Q.AGE: 30, Q.CAUDA: frozenset(), Q.LEGS: frozenset({"both_legs"})}, None),
        ({Q.AGE: 30, Q.CAUDA: frozenset(), Q.LEGS: frozenset({"weak_stable"})}, Q.INJURY),
        (
            {Q.AGE: 40, Q.CAUDA: frozenset(), Q.LEGS: frozenset(), Q.INJURY: frozenset({"fall"})},
            Q.BONES,
        ),
        (
            {Q.AGE: 70, Q.CAUDA: frozenset(), Q.LEGS: frozenset(), Q.INJURY: frozenset({"fall"})},
            Q.UNWELL,
        ),
    ],
)
def test_next_question(given: dict[str, Any], expected: str | None) -> None:
    assert _asked(given) == expected


def test_chest_pain_ends_the_wizard_at_once() -> None:
    given: dict[str, Any] = {k: CLEAR[k] for k in (Q.AGE, Q.CAUDA, Q.LEGS, Q.INJURY)}
    given[Q.UNWELL] = frozenset({"chest_pain"})
    assert _asked(given) is None


def test_urgent_hit_still_asks_remaining_red_flags_but_no_routing() -> None:
    given: dict[str, Any] = {k: CLEAR[k] for k in (Q.AGE, Q.CAUDA, Q.LEGS, Q.INJURY)}
    given[Q.UNWELL] = frozenset({"fever"})
    assert _asked(given) == Q.CANCER
    given[Q.CANCER] = False
    given[Q.PAIN_PATTERN] = frozenset()
    assert _asked(given) is None
    assert assess(TriageAnswers(given), CONFIG).level is OutcomeLevel.URGENT


def test_no_pain_skips_where() -> None:
    skipped = (Q.SINCE, Q.WHERE, Q.SIDE, Q.PAIN)
    given: dict[str, Any] = {k: v for k, v in CLEAR.items() if k not in skipped}
    given[Q.ONSET] = "prevention"
    assert _asked(given) == Q.PAIN


def test_assess_refuses_unanswered_questions() -> None:
    with pytest.raises(ValueError, match="q10_pain"):
        assess(TriageAnswers({k: v for k, v in CLEAR.items() if k != Q.PAIN}), CONFIG)


# --- answers ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("qid", "value"),
    [
        ("nope", 1),
        (Q.AGE, 121),
        (Q.AGE, -1),
        (Q.AGE, True),
        (Q.AGE, "30"),
        (Q.PAIN, 11),
        (Q.CANCER, "yes"),
        (Q.ONSET, "z"),
        (Q.ONSET, frozenset({"prevention"})),
        (Q.WHERE, frozenset()),
        (Q.WHERE, frozenset({"none", "nerve"})),
        (Q.WHERE, "nerve"),
        (Q.CAUDA, frozenset({"wobbly"})),
        (Q.CAUDA, True),
    ],
)
def test_invalid_answers_are_refused(qid: str, value: Any) -> None:
    with pytest.raises(ValueError):
        TriageAnswers().with_answer(qid, value)


def test_answers_round_trip_through_json() -> None:
    original = answers(where="knots,deep_buttock", cauda="")
    data = original.to_json()
    assert data[Q.WHERE] == ["deep_buttock", "knots"]
    assert TriageAnswers.from_json(data) == original


def test_answers_are_immutable() -> None:
    start = TriageAnswers()
    after = start.with_answer(Q.AGE, 40)
    assert Q.AGE not in start
    assert Q.AGE in after
    assert Q.AGE not in after.without(Q.AGE)


# --- re-route after 72 h ------------------------------------------------------------


@pytest.mark.parametrize(
    ("days", "onset"), [(0, "sudden_recent"), (2, "sudden_recent"), (3, "sudden_older")]
)
def test_reroute_after_acute_window(days: int, onset: str) -> None:
    rerouted = reroute_after(answers(onset="sudden_recent"), days_since_start=days, config=CONFIG)
    assert rerouted.choice(Q.ONSET) == onset
    if days >= 3:
        assert next_question(rerouted, CONFIG) is not None
        rerouted = rerouted.with_answer(Q.PAIN, 3)
        assert assess(rerouted, CONFIG).route == RouteRule.LONG_STANDING


def test_reroute_leaves_other_onsets_alone() -> None:
    original = answers(onset="gradual_recurring")
    assert reroute_after(original, days_since_start=30, config=CONFIG) is original


# --- pre-session check ------------------------------------------------------------

CHECK_CLEAR: dict[str, Any] = {
    Q.CHECK_CAUDA: frozenset(),
    Q.CHECK_LEGS: frozenset(),
    Q.CHECK_INJURY: frozenset(),
    Q.CHECK_UNWELL: frozenset(),
    Q.CHECK_PAIN_PATTERN: frozenset(),
}
"""Nothing new: every red flag that can be new answered no (bones not asked: no fall)."""


def test_pre_session_check_clear() -> None:
    assert pre_session_check(TriageAnswers(CHECK_CLEAR), CONFIG) is None


@pytest.mark.parametrize(
    ("qid", "part", "level"),
    [
        (Q.CHECK_CAUDA, "saddle_numbness", OutcomeLevel.EMERGENCY),
        (Q.CHECK_CAUDA, "bladder_control", OutcomeLevel.EMERGENCY),
        (Q.CHECK_CAUDA, "leaking", OutcomeLevel.EMERGENCY),
        (Q.CHECK_CAUDA, "sexual_function", OutcomeLevel.EMERGENCY),
        (Q.CHECK_LEGS, "both_legs", OutcomeLevel.EMERGENCY),
        (Q.CHECK_LEGS, "weaker", OutcomeLevel.EMERGENCY),
        (Q.CHECK_LEGS, "weak_stable", OutcomeLevel.SOON_48H),
        (Q.CHECK_UNWELL, "chest_pain", OutcomeLevel.CALL_EMERGENCY_NOW),
        (Q.CHECK_UNWELL, "dark_urine", OutcomeLevel.EMERGENCY),
        (Q.CHECK_UNWELL, "fever", OutcomeLevel.URGENT),
        (Q.CHECK_INJURY, "serious_accident", OutcomeLevel.EMERGENCY),
        (Q.CHECK_INJURY, "pop", OutcomeLevel.URGENT),
        (Q.CHECK_PAIN_PATTERN, "severe_constant", OutcomeLevel.URGENT),
        (Q.CHECK_PAIN_PATTERN, "no_relief", OutcomeLevel.URGENT),
        (Q.CHECK_PAIN_PATTERN, "night", OutcomeLevel.URGENT),
        (Q.CHECK_PAIN_PATTERN, "worsening", OutcomeLevel.URGENT),
    ],
)
def test_pre_session_check_flags(qid: str, part: str, level: OutcomeLevel) -> None:
    outcome = pre_session_check(TriageAnswers({**CHECK_CLEAR, qid: frozenset({part})}), CONFIG)
    assert outcome is not None
    assert outcome.level is level
    assert outcome.may_choose_other is False


def test_pre_session_check_needs_every_answer() -> None:
    with pytest.raises(ValueError, match="check_r5"):
        pre_session_check(
            TriageAnswers({k: v for k, v in CHECK_CLEAR.items() if k != Q.CHECK_UNWELL}), CONFIG
        )


@pytest.mark.parametrize(
    ("age", "bones", "level"),
    [
        (70, None, OutcomeLevel.URGENT),  # a fall at 65 or over: bones not asked
        (40, frozenset(), None),  # a small knock in a younger person
        (40, frozenset({"osteoporosis"}), OutcomeLevel.URGENT),
        (40, frozenset({"steroids"}), OutcomeLevel.URGENT),
        (None, frozenset(), None),  # age unknown: bones asked
    ],
)
def test_a_new_fall_before_a_session(
    age: int | None, bones: frozenset[str] | None, level: OutcomeLevel | None
) -> None:
    given = {**CHECK_CLEAR, Q.CHECK_INJURY: frozenset({"fall"})}
    if bones is not None:
        given[Q.CHECK_BONES] = bones
    outcome = pre_session_check(TriageAnswers(given), CONFIG, age=age)
    assert (outcome.level if outcome else None) is level


def test_a_new_fall_below_65_needs_the_bones_question() -> None:
    given = {**CHECK_CLEAR, Q.CHECK_INJURY: frozenset({"fall"})}
    with pytest.raises(ValueError, match="check_r4_bones"):
        pre_session_check(TriageAnswers(given), CONFIG, age=40)


def test_fall_below_65_needs_the_bones_question() -> None:
    with pytest.raises(ValueError, match="r4_bones"):
        run(injury="fall", age=64)
