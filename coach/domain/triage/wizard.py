"""The wizard's questions in order, and the decisions at its end.

A wizard asks :func:`next_question` what to show, stores each reply with
:meth:`TriageAnswers.with_answer`, and calls :func:`assess` when
``next_question`` returns None.
"""

from __future__ import annotations

from coach.domain.triage.answers import TriageAnswers
from coach.domain.triage.config import TriageConfig
from coach.domain.triage.outcome import Outcome
from coach.domain.triage.questions import Onset, Question, QuestionId, Section
from coach.domain.triage.red_flags import (
    ENDS_AT_ONCE,
    bones_relevant,
    injury_hits,
    pattern_hits,
    red_flag_outcome,
    symptom_hits,
    triage_hits,
)
from coach.domain.triage.routing import route


def relevant(question: Question, answers: TriageAnswers, config: TriageConfig) -> bool:
    """Whether ``question`` is asked, given ``answers`` (follow-ups depend on earlier answers)."""
    if question.id is QuestionId.BONES:
        return bones_relevant(answers, config)
    if question.id in (QuestionId.SINCE, QuestionId.WHERE, QuestionId.SIDE):
        return answers.choice(QuestionId.ONSET) != Onset.PREVENTION
    return True


def next_question(answers: TriageAnswers, config: TriageConfig) -> Question | None:
    """The next question to show, or None when :func:`assess` can decide.

    Red flags come first. Under-16, an emergency or chest pain ends the wizard
    at once; any other red-flag hit ends it after the last red flag. Follow-ups
    are asked only when relevant (bones after a fall below ``fall_risk_age``;
    "since when", "where" and "which side" unless the person has no pain).
    Answers to questions that are no longer relevant (after going back) are ignored.
    """
    hits = triage_hits(answers, config)
    if any(key in ENDS_AT_ONCE for key, _ in hits):
        return None
    for question in config.questions:
        if question.section is Section.ROUTING and hits:
            return None
        if question.id not in answers and relevant(question, answers, config):
            return question
    return None


def assess(answers: TriageAnswers, config: TriageConfig) -> Outcome:
    """Red flags R1-R7 (most serious wins), then routing rules 2-11, first match.

    ValueError if :func:`next_question` still has a question to ask.
    """
    missing = next_question(answers, config)
    if missing is not None:
        raise ValueError(f"question {missing.id} is not answered yet")
    hits = triage_hits(answers, config)
    if hits:
        return red_flag_outcome(hits, answers, config)
    return route(answers, config)


def check_relevant(
    question: Question, answers: TriageAnswers, config: TriageConfig, *, age: int | None = None
) -> bool:
    """Whether a pre-session check question is asked: "thin bones?" only after a new
    fall below ``fall_risk_age`` (``age`` from the check-in; unknown asks)."""
    if question.id is QuestionId.CHECK_BONES:
        return bones_relevant(answers, config, injury=QuestionId.CHECK_INJURY, age=age)
    return True


def pre_session_check(
    answers: TriageAnswers, config: TriageConfig, *, age: int | None = None
) -> Outcome | None:
    """Every red flag that can be new (R2-R5, R7) before a session: None if clear,
    else the red-flag outcome. ``age`` is the age given at the check-in.

    Reads the CHECK_* questions; ValueError if any that applies is unanswered.
    """
    for question in config.check_questions:
        if question.id not in answers and check_relevant(question, answers, config, age=age):
            raise ValueError(f"question {question.id} is not answered yet")
    hits = symptom_hits(
        answers, QuestionId.CHECK_CAUDA, QuestionId.CHECK_LEGS, QuestionId.CHECK_UNWELL
    )
    hits += injury_hits(
        answers,
        config,
        injury=QuestionId.CHECK_INJURY,
        bones=QuestionId.CHECK_BONES,
        age=age,
    )
    hits += pattern_hits(answers, QuestionId.CHECK_PAIN_PATTERN)
    return red_flag_outcome(hits, answers, config) if hits else None


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
