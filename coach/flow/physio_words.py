"""Words for a physiotherapist in place of the codes the history stores: stop rules,
event kinds, stop reasons, and the findings of a check-in (where, which side, since
when, red flags asked and answered no). The PDF and the CSV files use these."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from types import MappingProxyType
from typing import Final

from coach.domain.history import EventKind, TriageRecord
from coach.domain.rules import StopAction
from coach.domain.triage.outcome import OutcomeLevel
from coach.domain.triage.questions import (
    Bones,
    Cauda,
    Injury,
    Legs,
    Onset,
    PainPattern,
    PainSide,
    QuestionId,
    Unwell,
    Where,
)

STOP_ACTION_TEXT: Final[Mapping[str, str]] = MappingProxyType(
    {
        StopAction.CONTINUE: "carried on",
        StopAction.STOP_EXERCISE_OFFER_EASIER: "stopped that exercise; an easier level was offered",
        StopAction.STOP_SESSION_NERVE: "stopped the session for nerve symptoms",
        StopAction.STOP_RERUN_RED_FLAGS: (
            "stopped the session for warning signs; the safety questions were asked again"
        ),
    }
)
"""What each stop-rule decision did, as a physio would read it."""

EVENT_KIND_TEXT: Final[Mapping[str, str]] = MappingProxyType(
    {
        EventKind.STOP_RULE: "This hurts: stop rule",
        EventKind.PAIN_REPORT: "This hurts: carried on",
        EventKind.RED_FLAG: "Red flag",
        EventKind.NERVE_SYMPTOMS: "Nerve symptoms",
        EventKind.LEVEL_CHANGE: "Level changed",
        EventKind.PLAN_SUSPENDED: "Exercises paused (red flag)",
        EventKind.PLAN_RESUMED: "Exercises resumed",
        EventKind.ROUTINE_SWITCH: "Routine switched",
    }
)

HURTS_KINDS: Final = (EventKind.STOP_RULE, EventKind.PAIN_REPORT)
"""The events a "this hurts" report writes."""

_HURT = re.compile(r"^pain (?P<pain>\d{1,2})/10; (?P<action>[a-z_]+): (?P<message>.*)$", re.S)


def event_kind_text(kind: EventKind | str) -> str:
    """Words for an event kind; an unknown kind (from a newer version) as readable text."""
    return EVENT_KIND_TEXT.get(kind) or str(kind).replace("_", " ").capitalize()


@dataclass(frozen=True, slots=True)
class HurtReport:
    """A "this hurts" report read back from its event: the score, what the app did
    (in words) and the message shown. ``pain`` is None when the detail has no score."""

    pain: int | None
    action: str
    message: str


def hurt_report(detail: str) -> HurtReport:
    """Read ``pain N/10; <action code>: <message>`` (what the session writes); any other
    detail comes back whole as the message."""
    found = _HURT.match(detail.strip())
    if found is None or found["action"] not in STOP_ACTION_TEXT:
        return HurtReport(None, "", detail.strip())
    return HurtReport(int(found["pain"]), STOP_ACTION_TEXT[found["action"]], found["message"])


def event_detail_text(kind: EventKind | str, detail: str) -> str:
    """An event's detail in words: a "this hurts" report as "Pain 7/10: stopped that
    exercise...". Other details are already words and pass through (empty: a dash)."""
    if kind in HURTS_KINDS:
        report = hurt_report(detail)
        if report.pain is not None:
            return f"Pain {report.pain}/10: {report.action}. {report.message}".strip()
    return detail.strip() or "–"


def stop_reason_text(reason: str | None) -> str:
    """Why a session stopped, in words: a stop-rule code becomes its meaning, free text
    stays (None or empty: a dash)."""
    if not reason:
        return "–"
    text = STOP_ACTION_TEXT.get(reason, reason)
    return text[:1].upper() + text[1:]


# --- the check-in ---------------------------------------------------------------

LEVEL_TEXT: Final[Mapping[str, str]] = MappingProxyType(
    {
        OutcomeLevel.CALL_EMERGENCY_NOW: "told to call the emergency number now",
        OutcomeLevel.EMERGENCY: "sent to an emergency department",
        OutcomeLevel.URGENT: "told to get medical advice today",
        OutcomeLevel.UNDER_16: "under 16: the app is for adults",
        OutcomeLevel.SOON_48H: "told to see a GP or physio within 1-2 days",
        OutcomeLevel.ROUTE: "no red flags: a routine was suggested",
    }
)

WHERE_TEXT: Final[Mapping[str, str]] = MappingProxyType(
    {
        Where.WORKED_MUSCLES: "ache across worked buttock/thigh muscles, tender to touch",
        Where.DEEP_BUTTOCK: "deep in one buttock, worse sitting; not below the knee",
        Where.NERVE: "below the knee, pins and needles/numbness, or worse on cough/sneeze",
        Where.KNOTS: "tender knots in the buttock muscles",
        Where.SITTING_BONE: "at the sitting bone",
        Where.NONE: "none of the descriptions fitted",
    }
)

SIDE_TEXT: Final[Mapping[str, str]] = MappingProxyType(
    {PainSide.LEFT: "Left", PainSide.RIGHT: "Right", PainSide.BOTH: "Both, or hard to say"}
)

ONSET_TEXT: Final[Mapping[str, str]] = MappingProxyType(
    {
        Onset.AFTER_WORKOUT: "gradually, 12-48 h after a new or harder workout, within 7 days",
        Onset.SUDDEN_RECENT: "suddenly, sharp at one spot during activity, within 3 days",
        Onset.SUDDEN_OLDER: "suddenly, more than 3 days before",
        Onset.GRADUAL_RECURRING: "built up over weeks, or keeps coming back",
        Onset.PREVENTION: "no pain now (wants prevention)",
    }
)

RED_FLAG_TEXT: Final[Mapping[str, Mapping[str, str]]] = MappingProxyType(
    {
        QuestionId.CAUDA: {
            Cauda.SADDLE_NUMBNESS: "saddle numbness",
            Cauda.BLADDER_CONTROL: "bladder control change",
            Cauda.LEAKING: "bladder or bowel incontinence",
            Cauda.SEXUAL_FUNCTION: "sexual function change",
        },
        QuestionId.LEGS: {
            Legs.BOTH_LEGS: "symptoms in both legs",
            Legs.WEAKER: "progressive leg weakness",
            Legs.WEAK_STABLE: "stable leg weakness",
        },
        QuestionId.INJURY: {
            Injury.SERIOUS_ACCIDENT: "major trauma",
            Injury.FALL: "fall or knock",
            Injury.POP: "sudden pop with bruising or altered gait",
        },
        QuestionId.BONES: {
            Bones.OSTEOPOROSIS: "osteoporosis",
            Bones.STEROIDS: "long-term oral steroids",
        },
        QuestionId.UNWELL: {
            Unwell.FEVER: "fever or feeling unwell",
            Unwell.DARK_URINE: "dark urine with muscle pain",
            Unwell.CHEST_PAIN: "chest pain",
        },
        QuestionId.CANCER: {"": "history of cancer or unexplained weight loss"},
        QuestionId.PAIN_PATTERN: {
            PainPattern.SEVERE_CONSTANT: "severe constant pain",
            PainPattern.NO_RELIEF: "no relief with rest or position",
            PainPattern.NIGHT: "night pain",
            PainPattern.WORSENING: "progressive pain",
        },
    }
)
"""Each red-flag question's parts in clinical words (a yes/no question has one, ``""``)."""


@dataclass(frozen=True, slots=True)
class CheckInFindings:
    """What a check-in found, as (label, words) rows, and the red flags in two lists."""

    rows: tuple[tuple[str, str], ...]
    negative: tuple[str, ...]
    """Red flags asked and answered no."""
    positive: tuple[str, ...]
    """Red flags answered yes."""


def _words(table: Mapping[str, str], value: object) -> str:
    items = value if isinstance(value, list) else [value]
    return "; ".join(table.get(str(v), str(v)) for v in items)


def _red_flags(answers: Mapping[str, object]) -> tuple[list[str], list[str]]:
    negative: list[str] = []
    positive: list[str] = []
    for question, parts in RED_FLAG_TEXT.items():
        if question not in answers:
            continue  # not asked
        answer = answers[question]
        yes = (
            {""}
            if answer is True
            else {str(a) for a in answer}
            if isinstance(answer, list)
            else set()
        )
        for part, words in parts.items():
            (positive if part in yes else negative).append(words)
    return negative, positive


def check_in_findings(record: TriageRecord, *, day: str) -> CheckInFindings:
    """The findings of one saved check-in; ``day`` is its date as shown."""
    answers = record.answers
    rows: list[tuple[str, str]] = [("Check-in", day)]
    for label, question, table in (
        ("Where it hurts", QuestionId.WHERE, WHERE_TEXT),
        ("Side", QuestionId.SIDE, SIDE_TEXT),
        ("Since when", QuestionId.ONSET, ONSET_TEXT),
    ):
        rows.append(
            (label, _words(table, answers[question]) if question in answers else "not asked")
        )
    pain = answers.get(QuestionId.PAIN)
    rows.append(("Pain at check-in", "not asked" if pain is None else f"{pain}/10"))
    age = answers.get(QuestionId.AGE)
    if age is not None:
        rows.append(("Age", str(age)))
    rows.append(("Result", LEVEL_TEXT.get(record.level, record.level)))
    negative, positive = _red_flags(answers)
    return CheckInFindings(tuple(rows), tuple(negative), tuple(positive))


def findings_record(records: Sequence[TriageRecord]) -> TriageRecord | None:
    """The check-in to report from ``records`` (newest first): the newest that asked
    where it hurts or how it started, else the newest at all."""
    for record in records:
        if QuestionId.ONSET in record.answers or QuestionId.WHERE in record.answers:
            return record
    return records[0] if records else None
