"""Red flags R1-R7 (docs/clinical-basis.md 1a): which answers hit, and the outcome they give."""

from __future__ import annotations

from coach.domain.routes import RouteRule
from coach.domain.routine import ExerciseKind
from coach.domain.rules import GENTLE_KINDS
from coach.domain.triage.answers import TriageAnswers
from coach.domain.triage.config import MessageKey, TriageConfig
from coach.domain.triage.outcome import Outcome, OutcomeLevel
from coach.domain.triage.questions import SKELETONS, Bones, Injury, Legs, QuestionId, Unwell

_RANK = {key: index for index, key in enumerate(MessageKey)}
_LEVEL_OF = {
    MessageKey.CALL_NOW: OutcomeLevel.CALL_EMERGENCY_NOW,
    MessageKey.EMERGENCY: OutcomeLevel.EMERGENCY,
    MessageKey.URGENT_TODAY: OutcomeLevel.URGENT,
    MessageKey.URGENT_DAYS: OutcomeLevel.URGENT,
    MessageKey.UNDER_16: OutcomeLevel.UNDER_16,
    MessageKey.SOON_48H: OutcomeLevel.SOON_48H,
}
ENDS_AT_ONCE = frozenset({MessageKey.CALL_NOW, MessageKey.EMERGENCY, MessageKey.UNDER_16})
"""Hits that end the wizard straight away; other hits wait for the rest of the red flags."""

Hit = tuple[MessageKey, str]
"""(message, reason key) for one red-flag answer."""


def symptom_hits(
    answers: TriageAnswers, cauda: QuestionId, legs: QuestionId, unwell: QuestionId
) -> list[Hit]:
    """R2, R3 and R5: shared by triage and the pre-session check."""
    hits: list[Hit] = [(MessageKey.EMERGENCY, f"r2.{p}") for p in _in_order(answers, cauda)]
    leg = answers.selected(legs)
    if Legs.BOTH_LEGS in leg:
        hits.append((MessageKey.EMERGENCY, "r3.both_legs"))
    if Legs.WEAKER in leg:
        hits.append((MessageKey.EMERGENCY, "r3.weaker"))
    elif Legs.WEAK_STABLE in leg:
        hits.append((MessageKey.SOON_48H, "r3.weak_stable"))
    unwell_parts = answers.selected(unwell)
    for part, key in (
        (Unwell.CHEST_PAIN, MessageKey.CALL_NOW),
        (Unwell.DARK_URINE, MessageKey.EMERGENCY),
        (Unwell.FEVER, MessageKey.URGENT_TODAY),
    ):
        if part in unwell_parts:
            hits.append((key, f"r5.{part}"))
    return hits


def _in_order(answers: TriageAnswers, question_id: QuestionId) -> list[str]:
    chosen = answers.selected(question_id)
    return [o.id for o in SKELETONS[question_id].options if o.id in chosen]


def bones_relevant(
    answers: TriageAnswers,
    config: TriageConfig,
    *,
    injury: QuestionId = QuestionId.INJURY,
    age: int | None = None,
) -> bool:
    """A fall was ticked and the person is younger than ``fall_risk_age`` (or of
    unknown age): then thin bones or long-term steroids are asked about."""
    known = answers.number(QuestionId.AGE)
    age = known if known is not None else age
    return Injury.FALL in answers.selected(injury) and (
        age is None or age < config.thresholds.fall_risk_age
    )


def injury_hits(
    answers: TriageAnswers,
    config: TriageConfig,
    *,
    injury: QuestionId,
    bones: QuestionId,
    age: int | None,
) -> list[Hit]:
    """R4: a serious accident, a fall at ``fall_risk_age`` or with thin bones or
    steroids, or a "pop" with bruising or limping."""
    ticked = answers.selected(injury)
    hits: list[Hit] = []
    if Injury.SERIOUS_ACCIDENT in ticked:
        hits.append((MessageKey.EMERGENCY, "r4.serious_accident"))
    if Injury.FALL in ticked:
        if age is not None and age >= config.thresholds.fall_risk_age:
            hits.append((MessageKey.URGENT_TODAY, "r4.fall_older"))
        if bones_relevant(answers, config, injury=injury, age=age):
            risk = answers.selected(bones)
            if Bones.OSTEOPOROSIS in risk:
                hits.append((MessageKey.URGENT_TODAY, "r4.fall_osteoporosis"))
            if Bones.STEROIDS in risk:
                hits.append((MessageKey.URGENT_TODAY, "r4.fall_steroids"))
    if Injury.POP in ticked:
        hits.append((MessageKey.URGENT_TODAY, "r4.pop"))
    return hits


def pattern_hits(answers: TriageAnswers, pattern: QuestionId) -> list[Hit]:
    """R7: any ticked part of the pain pattern is urgent."""
    return [(MessageKey.URGENT_TODAY, f"r7.{p}") for p in _in_order(answers, pattern)]


def triage_hits(answers: TriageAnswers, config: TriageConfig) -> list[Hit]:
    """Every red-flag hit among the answers given so far (R1-R7)."""
    t = config.thresholds
    hits: list[Hit] = []
    age = answers.number(QuestionId.AGE)
    if age is not None and age < t.adult_age:
        hits.append((MessageKey.UNDER_16, "r1.under_16"))
    hits += symptom_hits(answers, QuestionId.CAUDA, QuestionId.LEGS, QuestionId.UNWELL)
    hits += injury_hits(answers, config, injury=QuestionId.INJURY, bones=QuestionId.BONES, age=age)
    if answers.yes(QuestionId.CANCER):
        hits.append((MessageKey.URGENT_DAYS, "r6.yes"))
    hits += pattern_hits(answers, QuestionId.PAIN_PATTERN)
    return hits


def values_of(answers: TriageAnswers) -> dict[str, object]:
    """The numbers a text may name: ``age`` and ``pain``, when answered."""
    values: dict[str, object] = {}
    for name, qid in (("age", QuestionId.AGE), ("pain", QuestionId.PAIN)):
        number = answers.number(qid)
        if number is not None:
            values[name] = number
    return values


def red_flag_outcome(hits: list[Hit], answers: TriageAnswers, config: TriageConfig) -> Outcome:
    """The most serious hit decides; its reasons are every hit with the same message."""
    top = min((key for key, _ in hits), key=_RANK.__getitem__)
    level = _LEVEL_OF[top]
    reason_keys = tuple(dict.fromkeys(reason for key, reason in hits if key is top))
    values = values_of(answers)
    soon = level is OutcomeLevel.SOON_48H
    age = answers.number(QuestionId.AGE)
    return Outcome(
        level=level,
        message_key=top,
        message=config.text(f"messages.{top}", **values),
        route=config.rules.routes[RouteRule.WEAK_LEG] if soon else None,
        reasons=tuple(config.text(f"reasons.{k}", **values) for k in reason_keys),
        reason_keys=reason_keys,
        risk_50_plus=age is not None and age >= config.thresholds.risk_age,
        restricted_kinds=frozenset(ExerciseKind) - (GENTLE_KINDS if soon else frozenset()),
        may_choose_other=False,
        heat_allowed=soon,
        emergency_number=config.emergency_number,
    )
