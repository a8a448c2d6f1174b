"""Codes to words for a physio: stop rules, event kinds, stop reasons, check-in findings."""

from __future__ import annotations

from types import MappingProxyType

import pytest

from coach.domain.history import EventKind, TriageRecord
from coach.domain.rules import StopAction
from coach.domain.triage.outcome import OutcomeLevel
from coach.domain.triage.questions import QUESTIONS, QuestionId, QuestionKind, Section
from coach.flow.physio_words import (
    EVENT_KIND_TEXT,
    LEVEL_TEXT,
    ONSET_TEXT,
    RED_FLAG_TEXT,
    SIDE_TEXT,
    STOP_ACTION_TEXT,
    WHERE_TEXT,
    HurtReport,
    check_in_findings,
    event_detail_text,
    event_kind_text,
    findings_record,
    hurt_report,
    stop_reason_text,
)


def test_every_code_has_words() -> None:
    assert set(STOP_ACTION_TEXT) == set(StopAction)
    assert set(EVENT_KIND_TEXT) == set(EventKind)
    assert set(LEVEL_TEXT) == set(OutcomeLevel)
    by_id = {q.id: q for q in QUESTIONS}
    assert set(WHERE_TEXT) == set(by_id[QuestionId.WHERE].option_ids)
    assert set(SIDE_TEXT) == set(by_id[QuestionId.SIDE].option_ids)
    assert set(ONSET_TEXT) == set(by_id[QuestionId.ONSET].option_ids)
    safety = [q for q in QUESTIONS if q.section is Section.SAFETY and q.id != QuestionId.AGE]
    assert set(RED_FLAG_TEXT) == {q.id for q in safety}
    for q in safety:
        parts = {""} if q.kind is QuestionKind.YES_NO else set(q.option_ids)
        assert set(RED_FLAG_TEXT[q.id]) == parts, q.id


@pytest.mark.parametrize(
    ("detail", "report"),
    [
        (
            "pain 7/10; stop_exercise_offer_easier: Your pain rose.",
            HurtReport(7, "stopped that exercise; an easier level was offered", "Your pain rose."),
        ),
        (
            "pain 10/10; stop_session_nerve: Rest.",
            HurtReport(10, STOP_ACTION_TEXT["stop_session_nerve"], "Rest."),
        ),
        ("pain 3/10; continue: Carry on.", HurtReport(3, "carried on", "Carry on.")),
        ("pain 3/10; unknown_code: x", HurtReport(None, "", "pain 3/10; unknown_code: x")),
        (" pain rose to 7 ", HurtReport(None, "", "pain rose to 7")),
        ("", HurtReport(None, "", "")),
    ],
)
def test_a_hurts_detail_is_read_back(detail: str, report: HurtReport) -> None:
    assert hurt_report(detail) == report


@pytest.mark.parametrize(
    ("kind", "detail", "text"),
    [
        (
            EventKind.STOP_RULE,
            "pain 7/10; stop_exercise_offer_easier: Stop this exercise.",
            "Pain 7/10: stopped that exercise; an easier level was offered. Stop this exercise.",
        ),
        (
            EventKind.PAIN_REPORT,
            "pain 2/10; continue: Carry on.",
            "Pain 2/10: carried on. Carry on.",
        ),
        (EventKind.STOP_RULE, "pain rose to 7", "pain rose to 7"),
        (EventKind.RED_FLAG, "bladder question answered yes", "bladder question answered yes"),
        (EventKind.RED_FLAG, "  ", "–"),
    ],
)
def test_event_details_in_words(kind: EventKind, detail: str, text: str) -> None:
    assert event_detail_text(kind, detail) == text


@pytest.mark.parametrize(
    ("kind", "text"),
    [
        (EventKind.STOP_RULE, "This hurts: stop rule"),
        (EventKind.NERVE_SYMPTOMS, "Nerve symptoms"),
        ("future_kind", "Future kind"),
    ],
)
def test_event_kinds_in_words(kind: EventKind | str, text: str) -> None:
    assert event_kind_text(kind) == text


@pytest.mark.parametrize(
    ("reason", "text"),
    [
        ("stop_exercise_offer_easier", "Stopped that exercise; an easier level was offered"),
        ("stop_session_nerve", "Stopped the session for nerve symptoms"),
        (
            "stop_rerun_red_flags",
            "Stopped the session for warning signs; the safety questions were asked again",
        ),
        ("stopped by the person", "Stopped by the person"),
        ("GP said rest", "GP said rest"),
        (None, "–"),
        ("", "–"),
    ],
)
def test_stop_reasons_in_words(reason: str | None, text: str) -> None:
    assert stop_reason_text(reason) == text


def triage(answers: dict[str, object], level: str = "route", at: float = 0.0) -> TriageRecord:
    return TriageRecord(1, at, level, None, (), MappingProxyType(answers))


FULL = {
    "r1_age": 34,
    "r2_cauda": [],
    "r3_legs": [],
    "r4_injury": ["fall"],
    "r4_bones": [],
    "r5_unwell": [],
    "r6_cancer": False,
    "r7_pain": [],
    "q8_onset": "sudden_older",
    "q9_where": ["deep_buttock", "knots"],
    "q9b_side": "left",
    "q10_pain": 5,
}


@pytest.mark.parametrize(
    ("answers", "level", "rows", "negative", "positive"),
    [
        (
            FULL,
            "route",
            (
                ("Check-in", "12 May 2025"),
                ("Where it hurts", f"{WHERE_TEXT['deep_buttock']}; {WHERE_TEXT['knots']}"),
                ("Side", "Left"),
                ("Since when", "suddenly, more than 3 days before"),
                ("Pain at check-in", "5/10"),
                ("Age", "34"),
                ("Result", "no red flags: a routine was suggested"),
            ),
            (
                "saddle numbness",
                "bladder control change",
                "bladder or bowel incontinence",
                "sexual function change",
                "symptoms in both legs",
                "progressive leg weakness",
                "stable leg weakness",
                "major trauma",
                "sudden pop with bruising or altered gait",
                "osteoporosis",
                "long-term oral steroids",
                "fever or feeling unwell",
                "dark urine with muscle pain",
                "chest pain",
                "history of cancer or unexplained weight loss",
                "severe constant pain",
                "no relief with rest or position",
                "night pain",
                "progressive pain",
            ),
            ("fall or knock",),
        ),
        (
            {"r1_age": 40, "r2_cauda": ["leaking"], "r6_cancer": True},
            "emergency",
            (
                ("Check-in", "12 May 2025"),
                ("Where it hurts", "not asked"),
                ("Side", "not asked"),
                ("Since when", "not asked"),
                ("Pain at check-in", "not asked"),
                ("Age", "40"),
                ("Result", "sent to an emergency department"),
            ),
            ("saddle numbness", "bladder control change", "sexual function change"),
            ("bladder or bowel incontinence", "history of cancer or unexplained weight loss"),
        ),
    ],
)
def test_check_in_findings(
    answers: dict[str, object],
    level: str,
    rows: tuple[tuple[str, str], ...],
    negative: tuple[str, ...],
    positive: tuple[str, ...],
) -> None:
    found = check_in_findings(triage(answers, level), day="12 May 2025")
    assert found.rows == rows
    assert found.negative == negative
    assert found.positive == positive


def test_the_reported_check_in_is_the_newest_that_asked_where() -> None:
    full = triage(FULL, at=1.0)
    recheck = triage({"check_r2": []}, at=2.0)
    assert findings_record([recheck, full]) is full
    assert findings_record([recheck]) is recheck
    assert findings_record([]) is None


def test_every_physio_word_is_marked_for_the_catalogue() -> None:
    """The PDF shows these words in the app's language: each must be in the UI's list."""
    from coach.flow import physio_words as pw
    from coach.ui.history.physio_texts import MARKED

    tables = (pw.STOP_ACTION_TEXT, pw.EVENT_KIND_TEXT, pw.LEVEL_TEXT, pw.WHERE_TEXT)
    english = {text for table in tables for text in table.values()}
    english |= set(pw.SIDE_TEXT.values()) | set(pw.ONSET_TEXT.values())
    english |= {text for parts in pw.RED_FLAG_TEXT.values() for text in parts.values()}
    assert english <= set(MARKED), english - set(MARKED)
