"""Triage as data plus pure functions: answers in, an :class:`Outcome` out.

Implements docs/clinical-basis.md section 1: the red-flag block R1-R7 (any hit ends
triage), then routing rules 1-11 (first match wins), and the pre-session check
(every red flag that can be new: R2-R5, R7). Modules by job:

- ``questions``: the question structure (ids, kinds, option ids) the rules read;
- ``answers``: the person's replies, validated against that structure;
- ``config``: thresholds, texts, emergency numbers (the words and numbers come
  from ``routines/triage.toml`` through the content loader);
- ``red_flags`` and ``routing``: the decisions; ``outcome``: their result and
  what else may be picked; ``wizard``: what to ask next, and the entry points.

This package re-exports the public names so callers import from one place.
Stdlib only, no I/O.
"""

from __future__ import annotations

from coach.domain.triage.answers import TriageAnswers
from coach.domain.triage.config import (
    DEFAULT_REGION,
    SAFETY_LINE,
    TEXT_KEYS,
    TEXT_PLACEHOLDERS,
    AdviceKey,
    MessageKey,
    Thresholds,
    TriageConfig,
)
from coach.domain.triage.outcome import Outcome, OutcomeLevel, allowed_routines
from coach.domain.triage.questions import (
    AGE_MAX,
    CHECK_QUESTIONS,
    CHECK_SOURCES,
    QUESTIONS,
    AnswerValue,
    Bones,
    Cauda,
    Injury,
    Legs,
    Onset,
    Option,
    PainAnchor,
    PainPattern,
    PainSide,
    Question,
    QuestionId,
    QuestionKind,
    Section,
    Unwell,
    Where,
)
from coach.domain.triage.wizard import assess, next_question, pre_session_check, reroute_after

__all__ = [
    "AGE_MAX",
    "CHECK_QUESTIONS",
    "CHECK_SOURCES",
    "DEFAULT_REGION",
    "QUESTIONS",
    "SAFETY_LINE",
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
    "PainSide",
    "Question",
    "QuestionId",
    "QuestionKind",
    "Section",
    "Thresholds",
    "TriageAnswers",
    "TriageConfig",
    "Unwell",
    "Where",
    "allowed_routines",
    "assess",
    "next_question",
    "pre_session_check",
    "reroute_after",
]
