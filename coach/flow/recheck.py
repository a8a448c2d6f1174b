"""What the short check before a session asks, and how a session starts from a check-in.

A check-in asks every red flag; a session soon after it does not ask them again.
Otherwise the person sees one list of every red flag that can be new, answered
with "No, nothing new", then today's pain. Stdlib only.
"""

from __future__ import annotations

from dataclasses import dataclass

from coach.domain.history import SessionRecord, SymptomsReach, TriageRecord
from coach.domain.triage import QuestionId, TriageAnswers, Where
from coach.flow.before import BeforeAnswers
from coach.flow.morning import ask_morning

RECENT_CHECK_IN_S = 4 * 3600.0
"""Within this long of a check-in (and no session since) the red flags aren't asked again."""


@dataclass(frozen=True, slots=True)
class BeforeQuestions:
    """What the before-session screen asks today."""

    ask_checks: bool
    """Show the red-flag list ("Anything new?"); False soon after a check-in."""
    heading: str
    """The list's question, saying since when."""
    ask_morning_pain: bool
    last_pre_pain: int | None
    reach: SymptomsReach | None
    """Preselected "how far symptoms reach": last time's answer (changeable)."""
    age: int | None
    """The age given at the check-in (the fall rule depends on it)."""


def before_questions(
    *, last: SessionRecord | None, check_in: TriageRecord | None, now: float
) -> BeforeQuestions:
    """The questions before today's session, from the last session and check-in."""
    check_in_at = check_in.at if check_in is not None else None
    since_check_in = last is None or (check_in_at is not None and check_in_at > last.started_at)
    recent = check_in_at is not None and now - check_in_at <= RECENT_CHECK_IN_S
    heading = (
        "Anything new since your check-in?"
        if since_check_in
        else "Anything new since your last session?"
    )
    answers = _answers(check_in)
    return BeforeQuestions(
        ask_checks=not (recent and since_check_in),
        heading=heading,
        ask_morning_pain=ask_morning(last, now=now),
        last_pre_pain=last.pain_before if last is not None else None,
        reach=last.symptoms_reach if last is not None else None,
        age=answers.number(QuestionId.AGE) if answers is not None else None,
    )


def _answers(check_in: TriageRecord | None) -> TriageAnswers | None:
    if check_in is None:
        return None
    try:
        return TriageAnswers.from_json(dict(check_in.answers))
    except (ValueError, TypeError, KeyError):  # an older or damaged record: ask as unknown
        return None


def reach_from_check_in(answers: TriageAnswers) -> SymptomsReach | None:
    """How far symptoms reach, as the check-in described them: below the knee for nerve
    signs, the thigh for deep buttock pain (it may reach there), else the buttock; None
    with no pain now."""
    if answers.number(QuestionId.PAIN) == 0:
        return None
    where = answers.selected(QuestionId.WHERE)
    if Where.NERVE in where:
        return SymptomsReach.BELOW_KNEE
    if Where.DEEP_BUTTOCK in where:
        return SymptomsReach.THIGH
    return SymptomsReach.BUTTOCK


def start_from_check_in(answers: TriageAnswers) -> BeforeAnswers:
    """The first session right after a check-in: its pain and places stand for today's
    (the red flags were just asked)."""
    return BeforeAnswers(
        pain_now=answers.number(QuestionId.PAIN) or 0,
        reach=reach_from_check_in(answers),
        morning_pain=None,
    )
