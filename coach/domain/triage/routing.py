"""Routing rules 2-11 of docs/clinical-basis.md 1b (first match wins), for answers with
no red flag."""

from __future__ import annotations

from coach.domain.routes import RouteRule
from coach.domain.routine import ExerciseKind
from coach.domain.rules import GateLevel, pain_gate
from coach.domain.triage.answers import TriageAnswers
from coach.domain.triage.config import AdviceKey, MessageKey, Thresholds, TriageConfig
from coach.domain.triage.outcome import Outcome, OutcomeLevel
from coach.domain.triage.questions import Onset, QuestionId, Where
from coach.domain.triage.red_flags import values_of

_Match = tuple[int, RouteRule, tuple[str, ...], tuple[AdviceKey, ...]]
"""(rule number, the rule's route, reason keys, advice keys)."""


def _first_match(
    onset: str | None, where: frozenset[str], pain: int, gate: GateLevel, t: Thresholds
) -> _Match:
    """Routing rules 2-11 of docs/clinical-basis.md 1b; the first that matches wins."""
    if gate is GateLevel.GENTLE_ONLY:
        return 2, RouteRule.SEVERE_PAIN, ("pain.high",), (AdviceKey.GENTLE_GP,)
    if Where.NERVE in where:
        return 3, RouteRule.NERVE, ("where.nerve",), (AdviceKey.SOON, AdviceKey.NUMB_AREA)
    if onset == Onset.SUDDEN_RECENT:
        return 4, RouteRule.SUDDEN_STRAIN, ("onset.sudden_recent",), ()
    if onset == Onset.AFTER_WORKOUT and Where.WORKED_MUSCLES in where:
        reasons = ("onset.after_workout", "where.worked_muscles")
        return 5, RouteRule.AFTER_WORKOUT, reasons, (AdviceKey.DOMS_7_DAYS,)
    # Rule 8 before 6 and 7: both of their routines hold deep hip stretches,
    # which the sitting-bone rule says to avoid (docs/clinical-basis.md 1b).
    if Where.SITTING_BONE in where:
        advice = (AdviceKey.PHYSIO_CHECK, AdviceKey.SITTING_BONE)
        return 8, RouteRule.SITTING_BONE, ("where.sitting_bone",), advice
    if Where.DEEP_BUTTOCK in where:
        return 6, RouteRule.DEEP_BUTTOCK, ("where.deep_buttock",), ()
    if Where.KNOTS in where and onset != Onset.SUDDEN_RECENT:
        return 7, RouteRule.KNOTS, ("where.knots",), ()
    if onset in (Onset.SUDDEN_OLDER, Onset.GRADUAL_RECURRING) and pain <= t.strengthening_max_pain:
        reasons = (f"onset.{onset}", "pain.strengthening_ok")
        return 9, RouteRule.LONG_STANDING, reasons, ()
    if onset == Onset.PREVENTION:
        return 10, RouteRule.PREVENTION, ("onset.prevention",), ()
    return 11, RouteRule.NO_CLEAR_MATCH, ("no_clear_match",), (AdviceKey.FALLBACK_GP,)


def route(answers: TriageAnswers, config: TriageConfig) -> Outcome:
    """The outcome of routing rules 2-11 for answers with no red flag."""
    pain = answers.number(QuestionId.PAIN)
    if pain is None:  # next_question() asks it; only reachable if called directly
        raise ValueError(f"question {QuestionId.PAIN} is not answered yet")
    onset = answers.choice(QuestionId.ONSET)
    where = answers.selected(QuestionId.WHERE) if onset != Onset.PREVENTION else frozenset()
    gate = pain_gate(pain, config.rules)
    rule, route_rule, reason_keys, advice_keys = _first_match(
        onset, where, pain, gate.level, config.thresholds
    )
    acute = onset == Onset.SUDDEN_RECENT
    restricted = set(gate.dropped_kinds)
    extra: list[AdviceKey] = []
    if acute:
        restricted.add(ExerciseKind.FOAM_ROLL)
        extra.append(AdviceKey.ACUTE_STRAIN)
    if gate.level is GateLevel.RESTRICTED:
        extra.append(AdviceKey.RESTRICTED)
    advice = tuple(dict.fromkeys((*advice_keys, *extra)))
    values = values_of(answers)
    age = answers.number(QuestionId.AGE)
    return Outcome(
        level=OutcomeLevel.ROUTE,
        message_key=MessageKey.ROUTE,
        message=config.text(f"messages.{MessageKey.ROUTE}", **values),
        route=config.rules.routes[route_rule],
        reasons=tuple(config.text(f"reasons.{k}", **values) for k in reason_keys),
        reason_keys=reason_keys,
        advice=tuple(config.text(f"advice.{k}", **values) for k in advice),
        advice_keys=advice,
        risk_50_plus=age is not None and age >= config.thresholds.risk_age,
        restricted_kinds=frozenset(restricted),
        may_choose_other=gate.level is not GateLevel.GENTLE_ONLY,
        heat_allowed=not acute,
        rule=rule,
    )
