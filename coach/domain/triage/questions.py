"""The triage question structure: ids, kinds, option ids and the skeleton questions.

The rules read this structure; the words live in ``routines/triage.toml`` and
the content loader fills them into these skeletons. Stdlib only.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from types import MappingProxyType

AGE_MAX = 120
SINCE_MAX_DAYS = 3650
"""About ten years: "how many days ago did it start" allows no more."""


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
    SINCE = "q8b_since"
    """About how many days ago it started: the review clocks count from then.
    Skipped with no pain now (ONSET ``prevention``)."""
    WHERE = "q9_where"
    """Skipped when ONSET is ``prevention`` (no pain now)."""
    SIDE = "q9b_side"
    """Which side hurts; skipped with WHERE. Per-side exercises start there."""
    PAIN = "q10_pain"
    CHECK_CAUDA = "check_r2"
    CHECK_LEGS = "check_r3"
    CHECK_INJURY = "check_r4"
    CHECK_BONES = "check_r4_bones"
    """Asked only after a new fall, below ``fall_risk_age``."""
    CHECK_UNWELL = "check_r5"
    CHECK_PAIN_PATTERN = "check_r7"


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


class PainSide(StrEnum):
    """Q9b: which side hurts."""

    LEFT = "left"
    RIGHT = "right"
    BOTH = "both"


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
    Question(QuestionId.SINCE, QuestionKind.NUMBER, Section.ROUTING, maximum=SINCE_MAX_DAYS),
    Question(
        QuestionId.WHERE,
        QuestionKind.CHOICE,
        Section.ROUTING,
        options=tuple(Option(w, exclusive=w is Where.NONE) for w in Where),
        multiple=True,
    ),
    Question(
        QuestionId.SIDE,
        QuestionKind.CHOICE,
        Section.ROUTING,
        options=tuple(Option(side) for side in PainSide),
    ),
    Question(QuestionId.PAIN, QuestionKind.NUMBER, Section.ROUTING, maximum=10),
)
"""Triage questions in wizard order, without words (the loader adds them)."""

CHECK_QUESTIONS: tuple[Question, ...] = (
    _parts(QuestionId.CHECK_CAUDA, Section.CHECK, Cauda),
    _parts(QuestionId.CHECK_LEGS, Section.CHECK, Legs),
    _parts(QuestionId.CHECK_INJURY, Section.CHECK, Injury),
    _parts(QuestionId.CHECK_BONES, Section.CHECK, Bones),
    _parts(QuestionId.CHECK_UNWELL, Section.CHECK, Unwell),
    _parts(QuestionId.CHECK_PAIN_PATTERN, Section.CHECK, PainPattern),
)
"""The pre-session check: every red flag that can be new (R2-R5, R7), without words."""

CHECK_SOURCES: Mapping[QuestionId, QuestionId] = MappingProxyType(
    {
        QuestionId.CHECK_CAUDA: QuestionId.CAUDA,
        QuestionId.CHECK_LEGS: QuestionId.LEGS,
        QuestionId.CHECK_INJURY: QuestionId.INJURY,
        QuestionId.CHECK_BONES: QuestionId.BONES,
        QuestionId.CHECK_UNWELL: QuestionId.UNWELL,
        QuestionId.CHECK_PAIN_PATTERN: QuestionId.PAIN_PATTERN,
    }
)
"""Each check question reuses the option labels of its triage question."""

SKELETONS: Mapping[str, Question] = MappingProxyType(
    {q.id: q for q in (*QUESTIONS, *CHECK_QUESTIONS)}
)
