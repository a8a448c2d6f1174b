"""Triage as data plus pure functions: answers in, an :class:`Outcome` out.

Implements docs/clinical-basis.md section 1: the red-flag block R1-R7 (any hit ends
triage), then routing rules 1-11 (first match wins), and the 3-question
pre-session check (R2, R3, R5 again).

The question *structure* (ids, kinds, option ids) lives here because the rules
read it. The *words* live in ``routines/triage.toml``; the content loader fills
them into these skeleton questions. A wizard asks :func:`next_question` what to
show, stores each reply with :meth:`TriageAnswers.with_answer`, and calls
:func:`assess` when ``next_question`` returns None. Stdlib only, no I/O.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from types import MappingProxyType

from coach.domain.routine import ExerciseKind
from coach.domain.rules import (
    DEFAULT_RULES,
    GENTLE_KINDS,
    GateLevel,
    Route,
    RuleConfig,
    pain_gate,
    render,
)

__all__ = [
    "AGE_MAX",
    "CHECK_QUESTIONS",
    "CHECK_SOURCES",
    "QUESTIONS",
    "ROUTE_CORE_KINDS",
    "TEXT_KEYS",
    "TEXT_PLACEHOLDERS",
    "AdviceKey",
    "AnswerValue",
    "Bones",
    "Cauda",
    "Injury",
    "Legs",
    "MessageKey",
    "Onset",
    "Option",
    "Outcome",
    "OutcomeLevel",
    "PainAnchor",
    "PainPattern",
    "Question",
    "QuestionId",
    "QuestionKind",
    "Route",
    "Section",
    "Thresholds",
    "TriageAnswers",
    "TriageConfig",
    "Unwell",
    "Where",
    "allowed_routes",
    "assess",
    "next_question",
    "pre_session_check",
    "reroute_after",
]

AGE_MAX = 120


# --- question structure -------------------------------------------------------


class QuestionKind(StrEnum):
    """How a question is answered, and so what its answer value is."""

    YES_NO = "yes_no"
    """Answer: ``bool``."""
    CHOICE = "choice"
    """Answer: one option id (``str``); with ``multiple``: a non-empty ``frozenset`` of ids."""
    NUMBER = "number"
    """Answer: ``int`` from ``minimum`` to ``maximum``."""
    MULTI_YES_NO = "multi_yes_no"
    """Several yes/no parts (the options). Answer: ``frozenset`` of the part ids
    answered yes; the UI must make the person answer every part."""


class Section(StrEnum):
    """Which block a question belongs to (for wizard page titles)."""

    SAFETY = "safety"
    ROUTING = "routing"
    CHECK = "check"


class QuestionId(StrEnum):
    """Question ids; the prefix names the row of docs/clinical-basis.md section 1."""

    AGE = "r1_age"
    CAUDA = "r2_cauda"
    LEGS = "r3_legs"
    INJURY = "r4_injury"
    BONES = "r4_bones"
    """Asked only after a fall, below ``fall_risk_age``."""
    UNWELL = "r5_unwell"
    CANCER = "r6_cancer"
    PAIN_PATTERN = "r7_pain"
    ONSET = "q8_onset"
    WHERE = "q9_where"
    """Skipped when ONSET is ``prevention`` (no pain now)."""
    PAIN = "q10_pain"
    CHECK_CAUDA = "check_r2"
    CHECK_LEGS = "check_r3"
    CHECK_UNWELL = "check_r5"


class Cauda(StrEnum):
    """R2 parts (a)-(d): any yes is an emergency."""

    SADDLE_NUMBNESS = "saddle_numbness"
    BLADDER_CONTROL = "bladder_control"
    LEAKING = "leaking"
    SEXUAL_FUNCTION = "sexual_function"


class Legs(StrEnum):
    """R3 parts."""

    BOTH_LEGS = "both_legs"
    WEAKER = "weaker"
    """One leg getting weaker: emergency."""
    WEAK_STABLE = "weak_stable"
    """One leg weak but not getting weaker: GP/physio in 1-2 days."""


class Injury(StrEnum):
    """R4 parts: how it started."""

    SERIOUS_ACCIDENT = "serious_accident"
    FALL = "fall"
    POP = "pop"
    """A sudden pop with bruising or not walking normally."""


class Bones(StrEnum):
    """R4 follow-up after a fall."""

    OSTEOPOROSIS = "osteoporosis"
    STEROIDS = "steroids"


class Unwell(StrEnum):
    """R5 parts."""

    FEVER = "fever"
    DARK_URINE = "dark_urine"
    CHEST_PAIN = "chest_pain"


class PainPattern(StrEnum):
    """R7 parts: any yes is urgent."""

    SEVERE_CONSTANT = "severe_constant"
    NO_RELIEF = "no_relief"
    NIGHT = "night"
    WORSENING = "worsening"


class Onset(StrEnum):
    """Q8 options A-E."""

    AFTER_WORKOUT = "after_workout"
    """A: gradually, 12-48 h after a new/harder workout, within 7 days."""
    SUDDEN_RECENT = "sudden_recent"
    """B: sudden sharp pain at one spot during activity, within 3 days."""
    SUDDEN_OLDER = "sudden_older"
    """C: sudden start, more than 3 days ago."""
    GRADUAL_RECURRING = "gradual_recurring"
    """D: built up over weeks, or keeps coming back."""
    PREVENTION = "prevention"
    """E: no pain now, wants prevention."""


class Where(StrEnum):
    """Q9 options A-E plus "none of these" (several may be ticked)."""

    WORKED_MUSCLES = "worked_muscles"
    DEEP_BUTTOCK = "deep_buttock"
    NERVE = "nerve"
    """C: below the knee, pins and needles/numbness, or worse with cough/sneeze."""
    KNOTS = "knots"
    SITTING_BONE = "sitting_bone"
    NONE = "none"
    """[design] none fits / not sure: leads to the gentle fallback."""


@dataclass(frozen=True, slots=True)
class Option:
    """A choice, or one yes/no part of a MULTI_YES_NO question."""

    id: str
    label: str = ""
    exclusive: bool = False
    """With ``multiple``: may not be ticked together with other options."""


@dataclass(frozen=True, slots=True)
class PainAnchor:
    """Words for a band of the 0-10 pain scale (docs/clinical-basis.md s.4)."""

    low: int
    high: int
    label: str
    description: str


@dataclass(frozen=True, slots=True)
class Question:
    """One wizard page. ``text``/``help``/labels are empty in the skeleton."""

    id: QuestionId
    kind: QuestionKind
    section: Section
    text: str = ""
    help: str = ""
    options: tuple[Option, ...] = ()
    multiple: bool = False
    minimum: int = 0
    maximum: int = 0
    anchors: tuple[PainAnchor, ...] = ()
    """NUMBER pain questions: words for bands of the scale."""

    @property
    def option_ids(self) -> tuple[str, ...]:
        """Ids of the options (or parts), in display order."""
        return tuple(o.id for o in self.options)

    def validate(self, value: object) -> AnswerValue:
        """``value`` as this question's answer type; ValueError if it does not fit."""
        ids = frozenset(self.option_ids)
        if self.kind is QuestionKind.YES_NO and isinstance(value, bool):
            return value
        if (
            self.kind is QuestionKind.NUMBER
            and isinstance(value, int)
            and not isinstance(value, bool)
        ):
            if not self.minimum <= value <= self.maximum:
                raise ValueError(f"{self.id}: {value} is outside {self.minimum}-{self.maximum}")
            return value
        if self.kind is QuestionKind.CHOICE and not self.multiple and isinstance(value, str):
            if value not in ids:
                raise ValueError(f"{self.id}: unknown option {value!r}")
            return value
        if (
            self.kind is QuestionKind.MULTI_YES_NO
            or (self.kind is QuestionKind.CHOICE and self.multiple)
        ) and isinstance(value, frozenset | set):
            chosen = frozenset(str(v) for v in value)
            if not chosen <= ids:
                raise ValueError(f"{self.id}: unknown option(s) {sorted(chosen - ids)}")
            if self.kind is QuestionKind.CHOICE:
                if not chosen:
                    raise ValueError(f"{self.id}: choose at least one option")
                exclusive = {o.id for o in self.options if o.exclusive} & chosen
                if exclusive and len(chosen) > 1:
                    raise ValueError(f"{self.id}: {sorted(exclusive)} can't go with others")
            return chosen
        raise ValueError(f"{self.id}: {value!r} is not a valid {self.kind} answer")


AnswerValue = bool | int | str | frozenset[str]
"""YES_NO: bool; NUMBER: int; CHOICE: str (or frozenset if multiple); MULTI_YES_NO: frozenset."""


def _parts(question_id: QuestionId, section: Section, parts: Iterable[str]) -> Question:
    return Question(
        question_id,
        QuestionKind.MULTI_YES_NO,
        section,
        options=tuple(Option(p) for p in parts),
    )


QUESTIONS: tuple[Question, ...] = (
    Question(QuestionId.AGE, QuestionKind.NUMBER, Section.SAFETY, maximum=AGE_MAX),
    _parts(QuestionId.CAUDA, Section.SAFETY, Cauda),
    _parts(QuestionId.LEGS, Section.SAFETY, Legs),
    _parts(QuestionId.INJURY, Section.SAFETY, Injury),
    _parts(QuestionId.BONES, Section.SAFETY, Bones),
    _parts(QuestionId.UNWELL, Section.SAFETY, Unwell),
    Question(QuestionId.CANCER, QuestionKind.YES_NO, Section.SAFETY),
    _parts(QuestionId.PAIN_PATTERN, Section.SAFETY, PainPattern),
    Question(
        QuestionId.ONSET,
        QuestionKind.CHOICE,
        Section.ROUTING,
        options=tuple(Option(o) for o in Onset),
    ),
    Question(
        QuestionId.WHERE,
        QuestionKind.CHOICE,
        Section.ROUTING,
        options=tuple(Option(w, exclusive=w is Where.NONE) for w in Where),
        multiple=True,
    ),
    Question(QuestionId.PAIN, QuestionKind.NUMBER, Section.ROUTING, maximum=10),
)
"""Triage questions in wizard order, without words (the loader adds them)."""

CHECK_QUESTIONS: tuple[Question, ...] = (
    _parts(QuestionId.CHECK_CAUDA, Section.CHECK, Cauda),
    _parts(QuestionId.CHECK_LEGS, Section.CHECK, Legs),
    _parts(QuestionId.CHECK_UNWELL, Section.CHECK, Unwell),
)
"""The pre-session check (R2, R3, R5 again), without words."""

CHECK_SOURCES: Mapping[QuestionId, QuestionId] = MappingProxyType(
    {
        QuestionId.CHECK_CAUDA: QuestionId.CAUDA,
        QuestionId.CHECK_LEGS: QuestionId.LEGS,
        QuestionId.CHECK_UNWELL: QuestionId.UNWELL,
    }
)
"""Each check question reuses the option labels of its triage question."""

_SKELETON: Mapping[str, Question] = MappingProxyType(
    {q.id: q for q in (*QUESTIONS, *CHECK_QUESTIONS)}
)


# --- answers ------------------------------------------------------------------


def _empty_answers() -> Mapping[str, AnswerValue]:
    return MappingProxyType({})


@dataclass(frozen=True, slots=True)
class TriageAnswers:
    """Replies so far, keyed by question id; validated against the question structure.

    Build with ``TriageAnswers({...})`` or step by step with :meth:`with_answer`.
    ValueError for an unknown question id or a value of the wrong kind.
    """

    values: Mapping[str, AnswerValue] = field(default_factory=_empty_answers)

    def __post_init__(self) -> None:
        checked: dict[str, AnswerValue] = {}
        for key, value in self.values.items():
            question = _SKELETON.get(key)
            if question is None:
                raise ValueError(f"unknown question id {key!r}")
            checked[question.id] = question.validate(value)
        object.__setattr__(self, "values", MappingProxyType(checked))

    def __contains__(self, question_id: object) -> bool:
        return question_id in self.values

    def with_answer(self, question_id: str, value: AnswerValue) -> TriageAnswers:
        """A copy with this answer set (replacing any earlier one)."""
        return TriageAnswers({**self.values, question_id: value})

    def without(self, *question_ids: str) -> TriageAnswers:
        """A copy with these answers removed (e.g. when going back)."""
        return TriageAnswers({k: v for k, v in self.values.items() if k not in question_ids})

    def number(self, question_id: QuestionId) -> int | None:
        """A NUMBER answer, or None if unanswered."""
        value = self.values.get(question_id)
        return value if isinstance(value, int) and not isinstance(value, bool) else None

    def choice(self, question_id: QuestionId) -> str | None:
        """A single CHOICE answer, or None if unanswered."""
        value = self.values.get(question_id)
        return value if isinstance(value, str) else None

    def selected(self, question_id: QuestionId) -> frozenset[str]:
        """Parts answered yes / options ticked (empty if unanswered)."""
        value = self.values.get(question_id)
        return value if isinstance(value, frozenset) else frozenset()

    def yes(self, question_id: QuestionId) -> bool:
        """A YES_NO answer (False if unanswered)."""
        return self.values.get(question_id) is True

    def to_json(self) -> dict[str, bool | int | str | list[str]]:
        """Plain JSON-ready values (sets become sorted lists)."""
        return {k: sorted(v) if isinstance(v, frozenset) else v for k, v in self.values.items()}

    @classmethod
    def from_json(cls, data: Mapping[str, object]) -> TriageAnswers:
        """Inverse of :meth:`to_json`; ValueError if something does not fit."""
        values: dict[str, AnswerValue] = {}
        for key, value in data.items():
            if isinstance(value, list):
                values[key] = frozenset(str(v) for v in value)
            elif isinstance(value, bool | int | str):
                values[key] = value
            else:
                raise ValueError(f"{key}: {value!r} is not a valid answer")
        return cls(values)


# --- configuration ------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Thresholds:
    """Age and pain cut-offs for triage; defaults equal docs/clinical-basis.md section 1."""

    adult_age: int = 16
    """Under this: stop, the app is for adults [NG59]."""
    risk_age: int = 50
    """At or over: risk modifier recorded [G-care][NG12]."""
    fall_risk_age: int = 65
    """Any fall at or over this age: urgent today [G-care]."""
    strengthening_max_pain: int = 5
    """Rule 9: glute strengthening only at or below this pain."""


class MessageKey(StrEnum):
    """Outcome messages (``[messages]``), most serious first."""

    CALL_NOW = "call_now"
    EMERGENCY = "emergency"
    URGENT_TODAY = "urgent_today"
    URGENT_DAYS = "urgent_days"
    UNDER_16 = "under_16"
    SOON_48H = "soon_48h"
    ROUTE = "route"


class AdviceKey(StrEnum):
    """Extra advice shown with an outcome (``[advice]``)."""

    SOON = "soon"
    GENTLE_GP = "gentle_gp"
    ACUTE_STRAIN = "acute_strain"
    RESTRICTED = "restricted"
    NUMB_AREA = "numb_area"
    DOMS_7_DAYS = "doms_7_days"
    PHYSIO_CHECK = "physio_check"
    SITTING_BONE = "sitting_bone"
    FALLBACK_GP = "fallback_gp"


_REASONS: tuple[str, ...] = (
    "r1.under_16",
    *(f"r2.{p}" for p in Cauda),
    *(f"r3.{p}" for p in Legs),
    "r4.serious_accident",
    "r4.fall_older",
    "r4.fall_osteoporosis",
    "r4.fall_steroids",
    "r4.pop",
    *(f"r5.{p}" for p in Unwell),
    "r6.yes",
    *(f"r7.{p}" for p in PainPattern),
    "pain.high",
    "pain.strengthening_ok",
    *(f"onset.{o}" for o in Onset),
    *(f"where.{w}" for w in Where if w is not Where.NONE),
    "no_clear_match",
)

TEXT_KEYS: frozenset[str] = frozenset(
    {
        *(f"messages.{k}" for k in MessageKey),
        *(f"advice.{k}" for k in AdviceKey),
        *(f"reasons.{k}" for k in _REASONS),
    }
)
"""Every text the triage needs, as dotted paths into triage.toml."""

TEXT_PLACEHOLDERS = frozenset({"emergency_number", "age", "pain"})
"""Names a triage text may use in ``{braces}``."""

DEFAULT_REGION = "default"


def _no_texts() -> Mapping[str, str]:
    return MappingProxyType({})


def _default_numbers() -> Mapping[str, str]:
    return MappingProxyType({DEFAULT_REGION: "your local emergency number"})


@dataclass(frozen=True, slots=True)
class TriageConfig:
    """Everything triage reads: questions with words, texts, thresholds, rule config.

    A bare ``TriageConfig()`` has default thresholds and no words: texts
    render as their keys (tests use this). The loader fills in everything.
    """

    questions: tuple[Question, ...] = QUESTIONS
    check_questions: tuple[Question, ...] = CHECK_QUESTIONS
    thresholds: Thresholds = Thresholds()
    rules: RuleConfig = DEFAULT_RULES
    texts: Mapping[str, str] = field(default_factory=_no_texts)
    """Dotted key (``messages.emergency``) -> text with optional ``{placeholders}``."""
    emergency_numbers: Mapping[str, str] = field(default_factory=_default_numbers)
    """Region (``UK``, ``EU``, ``US``, ``default``) -> number or phrase."""
    region: str = DEFAULT_REGION
    pain_anchors: tuple[PainAnchor, ...] = ()

    def with_region(self, region: str) -> TriageConfig:
        """A copy that shows the emergency number of ``region``."""
        return dataclasses.replace(self, region=region)

    @property
    def emergency_number(self) -> str:
        """The number (or phrase) for the chosen region, else the default."""
        numbers = self.emergency_numbers
        for key in (self.region, self.region.upper(), DEFAULT_REGION):
            if key in numbers:
                return numbers[key]
        return "your local emergency number"

    def question(self, question_id: str) -> Question:
        """The question with this id (triage or check); KeyError if none."""
        for question in (*self.questions, *self.check_questions):
            if question.id == question_id:
                return question
        raise KeyError(question_id)

    def text(self, key: str, **values: object) -> str:
        """Text ``key`` with placeholders filled; the key itself if missing."""
        return render(
            self.texts.get(key, key), {"emergency_number": self.emergency_number, **values}
        )

    def anchor_for(self, pain: int) -> PainAnchor | None:
        """The words for this pain score, if any."""
        return next((a for a in self.pain_anchors if a.low <= pain <= a.high), None)


# --- outcome ------------------------------------------------------------------


class OutcomeLevel(StrEnum):
    """How serious the result is, most serious first."""

    CALL_EMERGENCY_NOW = "call_emergency_now"
    """Chest pain: call the emergency number now."""
    EMERGENCY = "emergency"
    """Go to an emergency department now."""
    URGENT = "urgent"
    """Medical advice today (or GP within days for R6)."""
    UNDER_16 = "under_16"
    """The app is for adults."""
    SOON_48H = "soon_48h"
    """GP/physio within 1-2 days; only walking, ice, heat until checked."""
    ROUTE = "route"
    """No red flag: a routine is suggested."""


@dataclass(frozen=True, slots=True)
class Outcome:
    """The result of triage or of a pre-session check.

    ``route`` is None when no exercises may be offered. ``restricted_kinds``
    and ``heat_allowed`` apply to whatever routine the person ends up doing.
    """

    level: OutcomeLevel
    message_key: MessageKey
    message: str
    route: Route | None
    reasons: tuple[str, ...]
    """Plain sentences naming the answers that decided it."""
    reason_keys: tuple[str, ...]
    advice: tuple[str, ...] = ()
    advice_keys: tuple[AdviceKey, ...] = ()
    risk_50_plus: bool = False
    restricted_kinds: frozenset[ExerciseKind] = frozenset()
    may_choose_other: bool = False
    heat_allowed: bool = False
    rule: int | None = None
    """The routing rule (1b, 2-11) that matched; None for a red flag."""

    @property
    def exercises_allowed(self) -> bool:
        """True if any routine may be offered."""
        return self.route is not None


ROUTE_CORE_KINDS: Mapping[Route, ExerciseKind] = MappingProxyType(
    {
        Route.TRIGGER_POINT_RELEASE: ExerciseKind.FOAM_ROLL,
        Route.GLUTE_STRENGTHENING: ExerciseKind.STRENGTH,
        Route.SITTING_BONE_STRENGTH: ExerciseKind.STRENGTH,
    }
)
"""The kind a route is built around; the route can't be picked when that kind is restricted."""


def allowed_routes(outcome: Outcome) -> tuple[Route, ...]:
    """Routes the person may pick instead of the suggested one.

    Empty when a red flag or rule 2 (pain >= 8) forbids choosing. Otherwise
    every other route except those built around a restricted kind: after a
    sudden strain (no foam rolling) that drops trigger-point release; at pain
    6-7 also the two strengthening routes. The outcome's restrictions (kinds,
    heat) still apply to the picked route.
    """
    if not outcome.may_choose_other or outcome.route is None:
        return ()
    return tuple(
        r
        for r in Route
        if r != outcome.route and ROUTE_CORE_KINDS.get(r) not in outcome.restricted_kinds
    )


# --- red flags ----------------------------------------------------------------

_RANK = {key: index for index, key in enumerate(MessageKey)}
_LEVEL_OF = {
    MessageKey.CALL_NOW: OutcomeLevel.CALL_EMERGENCY_NOW,
    MessageKey.EMERGENCY: OutcomeLevel.EMERGENCY,
    MessageKey.URGENT_TODAY: OutcomeLevel.URGENT,
    MessageKey.URGENT_DAYS: OutcomeLevel.URGENT,
    MessageKey.UNDER_16: OutcomeLevel.UNDER_16,
    MessageKey.SOON_48H: OutcomeLevel.SOON_48H,
}
_ENDS_AT_ONCE = frozenset({MessageKey.CALL_NOW, MessageKey.EMERGENCY, MessageKey.UNDER_16})
"""Hits that end the wizard straight away; other hits wait for the rest of the red flags."""

_Hit = tuple[MessageKey, str]
"""(message, reason key) for one red-flag answer."""


def _symptom_hits(
    answers: TriageAnswers, cauda: QuestionId, legs: QuestionId, unwell: QuestionId
) -> list[_Hit]:
    """R2, R3 and R5: shared by triage and the pre-session check."""
    hits: list[_Hit] = [(MessageKey.EMERGENCY, f"r2.{p}") for p in _in_order(answers, cauda)]
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
    return [o.id for o in _SKELETON[question_id].options if o.id in chosen]


def _bones_relevant(answers: TriageAnswers, config: TriageConfig) -> bool:
    age = answers.number(QuestionId.AGE)
    return Injury.FALL in answers.selected(QuestionId.INJURY) and (
        age is None or age < config.thresholds.fall_risk_age
    )


def _triage_hits(answers: TriageAnswers, config: TriageConfig) -> list[_Hit]:
    """Every red-flag hit among the answers given so far (R1-R7)."""
    t = config.thresholds
    hits: list[_Hit] = []
    age = answers.number(QuestionId.AGE)
    if age is not None and age < t.adult_age:
        hits.append((MessageKey.UNDER_16, "r1.under_16"))
    hits += _symptom_hits(answers, QuestionId.CAUDA, QuestionId.LEGS, QuestionId.UNWELL)
    injury = answers.selected(QuestionId.INJURY)
    if Injury.SERIOUS_ACCIDENT in injury:
        hits.append((MessageKey.EMERGENCY, "r4.serious_accident"))
    if Injury.FALL in injury:
        if age is not None and age >= t.fall_risk_age:
            hits.append((MessageKey.URGENT_TODAY, "r4.fall_older"))
        if _bones_relevant(answers, config):
            bones = answers.selected(QuestionId.BONES)
            if Bones.OSTEOPOROSIS in bones:
                hits.append((MessageKey.URGENT_TODAY, "r4.fall_osteoporosis"))
            if Bones.STEROIDS in bones:
                hits.append((MessageKey.URGENT_TODAY, "r4.fall_steroids"))
    if Injury.POP in injury:
        hits.append((MessageKey.URGENT_TODAY, "r4.pop"))
    if answers.yes(QuestionId.CANCER):
        hits.append((MessageKey.URGENT_DAYS, "r6.yes"))
    hits += [
        (MessageKey.URGENT_TODAY, f"r7.{p}") for p in _in_order(answers, QuestionId.PAIN_PATTERN)
    ]
    return hits


def _values(answers: TriageAnswers) -> dict[str, object]:
    values: dict[str, object] = {}
    for name, qid in (("age", QuestionId.AGE), ("pain", QuestionId.PAIN)):
        number = answers.number(qid)
        if number is not None:
            values[name] = number
    return values


def _red_flag_outcome(hits: list[_Hit], answers: TriageAnswers, config: TriageConfig) -> Outcome:
    """The most serious hit decides; its reasons are every hit with the same message."""
    top = min((key for key, _ in hits), key=_RANK.__getitem__)
    level = _LEVEL_OF[top]
    reason_keys = tuple(dict.fromkeys(reason for key, reason in hits if key is top))
    values = _values(answers)
    soon = level is OutcomeLevel.SOON_48H
    age = answers.number(QuestionId.AGE)
    return Outcome(
        level=level,
        message_key=top,
        message=config.text(f"messages.{top}", **values),
        route=Route.GENTLE_ONLY if soon else None,
        reasons=tuple(config.text(f"reasons.{k}", **values) for k in reason_keys),
        reason_keys=reason_keys,
        risk_50_plus=age is not None and age >= config.thresholds.risk_age,
        restricted_kinds=frozenset(ExerciseKind) - (GENTLE_KINDS if soon else frozenset()),
        may_choose_other=False,
        heat_allowed=soon,
    )


# --- wizard flow --------------------------------------------------------------


def _relevant(question: Question, answers: TriageAnswers, config: TriageConfig) -> bool:
    if question.id is QuestionId.BONES:
        return _bones_relevant(answers, config)
    if question.id is QuestionId.WHERE:
        return answers.choice(QuestionId.ONSET) != Onset.PREVENTION
    return True


def next_question(answers: TriageAnswers, config: TriageConfig) -> Question | None:
    """The next question to show, or None when :func:`assess` can decide.

    Red flags come first. Under-16, an emergency or chest pain ends the wizard
    at once; any other red-flag hit ends it after the last red flag. Follow-ups
    are asked only when relevant (bones after a fall below ``fall_risk_age``;
    "where" unless the person has no pain). Answers to questions that are no
    longer relevant (after going back) are ignored.
    """
    hits = _triage_hits(answers, config)
    if any(key in _ENDS_AT_ONCE for key, _ in hits):
        return None
    for question in config.questions:
        if question.section is Section.ROUTING and hits:
            return None
        if question.id not in answers and _relevant(question, answers, config):
            return question
    return None


def assess(answers: TriageAnswers, config: TriageConfig) -> Outcome:
    """Red flags R1-R7 (most serious wins), then routing rules 2-11, first match.

    ValueError if :func:`next_question` still has a question to ask.
    """
    missing = next_question(answers, config)
    if missing is not None:
        raise ValueError(f"question {missing.id} is not answered yet")
    hits = _triage_hits(answers, config)
    if hits:
        return _red_flag_outcome(hits, answers, config)
    return _route(answers, config)


def pre_session_check(answers: TriageAnswers, config: TriageConfig) -> Outcome | None:
    """R2, R3, R5 again before a session: None if clear, else the red-flag outcome.

    Reads the CHECK_* questions; ValueError if any is unanswered.
    """
    for question in config.check_questions:
        if question.id not in answers:
            raise ValueError(f"question {question.id} is not answered yet")
    hits = _symptom_hits(
        answers, QuestionId.CHECK_CAUDA, QuestionId.CHECK_LEGS, QuestionId.CHECK_UNWELL
    )
    return _red_flag_outcome(hits, answers, config) if hits else None


def reroute_after(
    answers: TriageAnswers, *, days_since_start: int, config: TriageConfig
) -> TriageAnswers:
    """Rule 4's "after 72 h re-route as Q8 = C": once the acute window is over,
    "sudden, last 3 days" becomes "sudden, more than 3 days ago" and the pain
    answer is cleared so the wizard asks today's pain. Otherwise unchanged."""
    if (
        answers.choice(QuestionId.ONSET) == Onset.SUDDEN_RECENT
        and days_since_start >= config.rules.days.acute_strain
    ):
        return answers.with_answer(QuestionId.ONSET, Onset.SUDDEN_OLDER).without(QuestionId.PAIN)
    return answers


# --- routing ------------------------------------------------------------------

_Match = tuple[int, Route, tuple[str, ...], tuple[AdviceKey, ...]]
"""(rule number, route, reason keys, advice keys)."""


def _first_match(
    onset: str | None, where: frozenset[str], pain: int, gate: GateLevel, t: Thresholds
) -> _Match:
    """Routing rules 2-11 of docs/clinical-basis.md 1b; the first that matches wins."""
    if gate is GateLevel.GENTLE_ONLY:
        return 2, Route.GENTLE_ONLY, ("pain.high",), (AdviceKey.GENTLE_GP,)
    if Where.NERVE in where:
        return 3, Route.SCIATIC_MOBILITY, ("where.nerve",), (AdviceKey.SOON, AdviceKey.NUMB_AREA)
    if onset == Onset.SUDDEN_RECENT:
        return 4, Route.ACUTE_STRAIN, ("onset.sudden_recent",), ()
    if onset == Onset.AFTER_WORKOUT and Where.WORKED_MUSCLES in where:
        reasons = ("onset.after_workout", "where.worked_muscles")
        return 5, Route.DOMS_RECOVERY, reasons, (AdviceKey.DOMS_7_DAYS,)
    # Rule 8 before 6 and 7: both of their routines hold deep hip stretches,
    # which the sitting-bone rule says to avoid (clinical-basis.md 1b).
    if Where.SITTING_BONE in where:
        advice = (AdviceKey.PHYSIO_CHECK, AdviceKey.SITTING_BONE)
        return 8, Route.SITTING_BONE_STRENGTH, ("where.sitting_bone",), advice
    if Where.DEEP_BUTTOCK in where:
        return 6, Route.PIRIFORMIS_RELIEF, ("where.deep_buttock",), ()
    if Where.KNOTS in where and onset != Onset.SUDDEN_RECENT:
        return 7, Route.TRIGGER_POINT_RELEASE, ("where.knots",), ()
    if onset in (Onset.SUDDEN_OLDER, Onset.GRADUAL_RECURRING) and pain <= t.strengthening_max_pain:
        reasons = (f"onset.{onset}", "pain.strengthening_ok")
        return 9, Route.GLUTE_STRENGTHENING, reasons, ()
    if onset == Onset.PREVENTION:
        return 10, Route.PREVENTION, ("onset.prevention",), ()
    return 11, Route.GENTLE_FALLBACK, ("no_clear_match",), (AdviceKey.FALLBACK_GP,)


def _route(answers: TriageAnswers, config: TriageConfig) -> Outcome:
    pain = answers.number(QuestionId.PAIN)
    if pain is None:  # next_question() asks it; only reachable if called directly
        raise ValueError(f"question {QuestionId.PAIN} is not answered yet")
    onset = answers.choice(QuestionId.ONSET)
    where = answers.selected(QuestionId.WHERE) if onset != Onset.PREVENTION else frozenset()
    gate = pain_gate(pain, config.rules)
    rule, route, reason_keys, advice_keys = _first_match(
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
    values = _values(answers)
    age = answers.number(QuestionId.AGE)
    return Outcome(
        level=OutcomeLevel.ROUTE,
        message_key=MessageKey.ROUTE,
        message=config.text(f"messages.{MessageKey.ROUTE}", **values),
        route=route,
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
