"""The check-in's pages: which questions share a screen, table-driven, no Qt."""

from __future__ import annotations

import pytest

from coach.content.triage_loader import load_triage
from coach.domain.triage import QUESTIONS, QuestionId, TriageAnswers
from coach.domain.triage.pages import (
    PAGES,
    is_checklist,
    next_page,
    none_of_these,
    page_of,
    page_questions,
)
from coach.paths import routines_dir

CONFIG = load_triage(routines_dir() / "triage.toml")
Q = QuestionId


def test_every_question_is_on_exactly_one_page() -> None:
    on_pages = [q for page in PAGES for q in page.questions]
    assert sorted(on_pages) == sorted(q.id for q in QUESTIONS)
    assert len(on_pages) == len(set(on_pages))


def answered(**values: object) -> TriageAnswers:
    answers = TriageAnswers()
    for key, value in values.items():
        answers = answers.with_answer(Q[key], value)  # type: ignore[arg-type]
    return answers


def walk(last: dict[QuestionId, object]) -> list[str]:
    """The pages a person sees who says "none" to every checklist and ``last`` elsewhere."""
    answers = TriageAnswers()
    seen = []
    while (page := next_page(answers, CONFIG)) is not None:
        seen.append(page.id)
        shown = page_questions(page, answers, CONFIG)
        replies = (
            none_of_these(shown)
            if is_checklist(shown)
            else {q.id: last[q.id] for q in shown if q.id in last}
        )
        for question_id, value in replies.items():
            answers = answers.with_answer(question_id, value)  # type: ignore[arg-type]
    return seen


@pytest.mark.parametrize(
    ("last", "pages"),
    [
        (
            {
                Q.AGE: 30,
                Q.ONSET: "gradual_recurring",
                Q.SINCE: 14,
                Q.WHERE: frozenset({"deep_buttock"}),
                Q.SIDE: "left",
                Q.PAIN: 3,
            },
            ["age", "urgent", "more_safety", "onset", "your_pain"],
        ),
        (
            {Q.AGE: 30, Q.ONSET: "prevention", Q.PAIN: 0},
            ["age", "urgent", "more_safety", "onset", "your_pain"],
        ),
        ({Q.AGE: 15}, ["age"]),
    ],
)
def test_a_person_with_no_red_flags_sees_at_most_five_pages(
    last: dict[QuestionId, object], pages: list[str]
) -> None:
    assert walk(last) == pages


@pytest.mark.parametrize(
    ("answers", "shown"),
    [
        (answered(AGE=30), [Q.INJURY, Q.UNWELL, Q.CANCER, Q.PAIN_PATTERN]),
        (
            answered(AGE=30, INJURY=frozenset({"fall"})),
            [Q.INJURY, Q.BONES, Q.UNWELL, Q.CANCER, Q.PAIN_PATTERN],
        ),
        (
            answered(AGE=70, INJURY=frozenset({"fall"})),
            [Q.INJURY, Q.UNWELL, Q.CANCER, Q.PAIN_PATTERN],
        ),
    ],
)
def test_a_follow_up_joins_its_page_only_when_it_applies(
    answers: TriageAnswers, shown: list[QuestionId]
) -> None:
    page = page_of(Q.INJURY)
    assert [q.id for q in page_questions(page, answers, CONFIG)] == shown


@pytest.mark.parametrize(
    ("onset", "shown"),
    [("gradual_recurring", [Q.WHERE, Q.SIDE, Q.PAIN]), ("prevention", [Q.PAIN])],
)
def test_no_pain_now_skips_where_and_which_side(onset: str, shown: list[QuestionId]) -> None:
    answers = answered(ONSET=onset)
    assert [q.id for q in page_questions(page_of(Q.PAIN), answers, CONFIG)] == shown


def test_none_of_these_answers_no_to_every_line() -> None:
    questions = page_questions(page_of(Q.INJURY), TriageAnswers(), CONFIG)
    assert is_checklist(questions)
    assert none_of_these(questions) == {
        Q.INJURY: frozenset(),
        Q.UNWELL: frozenset(),
        Q.CANCER: False,
        Q.PAIN_PATTERN: frozenset(),
    }
    assert not is_checklist(page_questions(page_of(Q.PAIN), TriageAnswers(), CONFIG))
