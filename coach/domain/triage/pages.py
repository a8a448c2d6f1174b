"""The check-in's screens: which questions are asked together.

A page groups questions a person answers in one go. Red-flag questions are
grouped so that one "None of these" answers the whole group; the wizard still
asks :func:`next_question` where it is, so every rule about what is relevant
or when the check-in ends stays in one place. Stdlib only.
"""

from __future__ import annotations

from dataclasses import dataclass

from coach.domain.triage.answers import TriageAnswers
from coach.domain.triage.config import TriageConfig
from coach.domain.triage.questions import AnswerValue, Question, QuestionId, QuestionKind
from coach.domain.triage.wizard import next_question, relevant


@dataclass(frozen=True, slots=True)
class Page:
    """Questions shown on one screen, in order."""

    id: str
    questions: tuple[QuestionId, ...]


PAGES: tuple[Page, ...] = (
    Page("age", (QuestionId.AGE,)),
    Page("urgent", (QuestionId.CAUDA, QuestionId.LEGS)),
    Page(
        "more_safety",
        (
            QuestionId.INJURY,
            QuestionId.BONES,
            QuestionId.UNWELL,
            QuestionId.CANCER,
            QuestionId.PAIN_PATTERN,
        ),
    ),
    Page("onset", (QuestionId.ONSET, QuestionId.SINCE)),
    Page("your_pain", (QuestionId.WHERE, QuestionId.SIDE, QuestionId.PAIN)),
)
"""Every check-in screen in order; together they hold every triage question once."""

YES_NO_KINDS = (QuestionKind.YES_NO, QuestionKind.MULTI_YES_NO)


def page_of(question_id: QuestionId) -> Page:
    """The page that asks ``question_id`` (KeyError if none does)."""
    for page in PAGES:
        if question_id in page.questions:
            return page
    raise KeyError(question_id)


def next_page(answers: TriageAnswers, config: TriageConfig) -> Page | None:
    """The page holding the next question to ask, or None when the check-in can be
    assessed (see :func:`next_question`)."""
    question = next_question(answers, config)
    return None if question is None else page_of(question.id)


def page_questions(
    page: Page, answers: TriageAnswers, config: TriageConfig
) -> tuple[Question, ...]:
    """The questions of ``page`` to show, given ``answers`` so far (including what is
    ticked on the page itself): a follow-up such as "thin bones?" appears only once
    a fall is ticked; "where" and "which side" only when there is pain."""
    by_id = {q.id: q for q in config.questions}
    return tuple(
        by_id[i] for i in page.questions if i in by_id and relevant(by_id[i], answers, config)
    )


def is_checklist(questions: tuple[Question, ...]) -> bool:
    """True for a page of yes/no questions that one "None of these" can answer."""
    return bool(questions) and all(q.kind in YES_NO_KINDS for q in questions)


def none_of_these(questions: tuple[Question, ...]) -> dict[str, AnswerValue]:
    """The answers that mean "none of these": no to every yes/no and every part."""
    return {q.id: False if q.kind is QuestionKind.YES_NO else frozenset() for q in questions}


def page_number(page: Page) -> int:
    """1-based position of ``page`` among :data:`PAGES`."""
    return PAGES.index(page) + 1
