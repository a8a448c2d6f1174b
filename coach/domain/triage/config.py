"""What triage reads besides the answers: thresholds, texts, routes, emergency numbers."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from types import MappingProxyType

from coach.domain.rules import DEFAULT_RULES, RuleConfig, render
from coach.domain.triage.questions import (
    CHECK_QUESTIONS,
    QUESTIONS,
    Cauda,
    Legs,
    Onset,
    PainAnchor,
    PainPattern,
    Question,
    Unwell,
    Where,
)


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

SAFETY_LINE = "safety.line"
"""The safety reminder (red-flag signs and the emergency number) in the clinician PDF."""
SESSION_SAFETY = "safety.session"
"""The short reminder with the emergency number shown beside every exercise."""

TEXT_KEYS: frozenset[str] = frozenset(
    {
        *(f"messages.{k}" for k in MessageKey),
        *(f"advice.{k}" for k in AdviceKey),
        *(f"reasons.{k}" for k in _REASONS),
        SAFETY_LINE,
        SESSION_SAFETY,
    }
)
"""Every text the triage needs, as dotted paths into triage.toml."""

TEXT_PLACEHOLDERS = frozenset({"emergency_number", "health_line", "age", "pain"})
"""Names a triage text may use in ``{braces}``."""

DEFAULT_REGION = "default"
"""The ``[emergency_numbers]`` entry for any region without its own (Region.OTHER)."""


def _no_texts() -> Mapping[str, str]:
    return MappingProxyType({})


def _default_numbers() -> Mapping[str, str]:
    return MappingProxyType({DEFAULT_REGION: "your local emergency number"})


def _default_lines() -> Mapping[str, str]:
    return MappingProxyType({DEFAULT_REGION: "a non-emergency health line"})


def _for_region(table: Mapping[str, str], region: str, fallback: str) -> str:
    """The entry for ``region`` (any case), else the ``default`` entry, else ``fallback``."""
    for key in (region, region.upper(), DEFAULT_REGION):
        if key in table:
            return table[key]
    return fallback


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
    """Region id (``coach.domain.regions.Region``, or ``default``) -> number or phrase."""
    health_lines: Mapping[str, str] = field(default_factory=_default_lines)
    """Region id -> the non-emergency health line (e.g. ``NHS 111``), or ``default``."""
    region: str = DEFAULT_REGION
    pain_anchors: tuple[PainAnchor, ...] = ()

    def with_region(self, region: str) -> TriageConfig:
        """A copy that shows the emergency number of ``region``."""
        return dataclasses.replace(self, region=region)

    @property
    def emergency_number(self) -> str:
        """The number (or phrase) for the chosen region, else the default."""
        return _for_region(self.emergency_numbers, self.region, "your local emergency number")

    @property
    def health_line(self) -> str:
        """The non-emergency health line for the chosen region, else the default phrase."""
        return _for_region(self.health_lines, self.region, "a non-emergency health line")

    @property
    def safety_line(self) -> str:
        """The safety reminder for the clinician PDF, naming this region's number."""
        return self.text(SAFETY_LINE)

    @property
    def session_safety(self) -> str:
        """The short reminder beside every exercise, naming this region's number."""
        return self.text(SESSION_SAFETY)

    def question(self, question_id: str) -> Question:
        """The question with this id (triage or check); KeyError if none."""
        for question in (*self.questions, *self.check_questions):
            if question.id == question_id:
                return question
        raise KeyError(question_id)

    def text(self, key: str, **values: object) -> str:
        """Text ``key`` with placeholders filled; the key itself if missing."""
        regional = {"emergency_number": self.emergency_number, "health_line": self.health_line}
        return render(self.texts.get(key, key), regional | values)

    def anchor_for(self, pain: int) -> PainAnchor | None:
        """The words for this pain score, if any."""
        return next((a for a in self.pain_anchors if a.low <= pain <= a.high), None)
