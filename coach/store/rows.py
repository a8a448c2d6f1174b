"""SQLite rows to domain records, and the columns each read selects."""

from __future__ import annotations

import json
import sqlite3
from types import MappingProxyType

from coach.domain.history import (
    EventKind,
    EventRecord,
    SessionRecord,
    SessionStatus,
    StepOutcome,
    StepRecord,
    SymptomsReach,
    ThermalKind,
    ThermalRecord,
    ThermalStatus,
    TriageRecord,
)
from coach.domain.side import Side

SESSION_COLUMNS = """
    s.id, s.routine_id, s.level_id, s.route, s.started_at, s.ended_at, s.status,
    s.stop_reason, s.pain_before, s.pain_after, s.symptoms_reach, s.spreading_symptoms,
    s.rated_easy, s.morning_pain, s.morning_pain_at, s.note,
    (SELECT count(*) FROM steps t WHERE t.session_id = s.id AND t.outcome = 'completed')
        AS steps_done,
    (SELECT total(t.active_s) FROM steps t WHERE t.session_id = s.id) AS active_s
"""
"""Select list for :func:`session`, over ``sessions AS s``."""

STEP_COLUMNS = (
    "id, session_id, block_index, exercise_id, side, set_no, unit_no, planned_s, active_s, "
    "reps, outcome, at"
)
EVENT_COLUMNS = "id, session_id, at, kind, detail"
TRIAGE_COLUMNS = "id, at, level, route, reasons, answers"
THERMAL_COLUMNS = (
    "id, kind, started_at, planned_s, deadline, ended_at, actual_s, skin_check_done, reaction, "
    "status, progress_elapsed_s, progress_wall, progress_mono, progress_boot, acknowledged_at"
)


def _flag(value: int | None) -> bool | None:
    return None if value is None else bool(value)


def session(row: sqlite3.Row) -> SessionRecord:
    """A SessionRecord from a row selected with SESSION_COLUMNS."""
    reach = row["symptoms_reach"]
    return SessionRecord(
        id=row["id"],
        routine_id=row["routine_id"],
        level_id=row["level_id"],
        route=row["route"],
        started_at=row["started_at"],
        ended_at=row["ended_at"],
        status=SessionStatus(row["status"]),
        stop_reason=row["stop_reason"],
        pain_before=row["pain_before"],
        pain_after=row["pain_after"],
        symptoms_reach=None if reach is None else SymptomsReach(reach),
        spreading_symptoms=_flag(row["spreading_symptoms"]),
        rated_easy=_flag(row["rated_easy"]),
        morning_pain=row["morning_pain"],
        morning_pain_at=row["morning_pain_at"],
        steps_done=row["steps_done"],
        active_s=row["active_s"],
        note=row["note"],
    )


def step(row: sqlite3.Row) -> StepRecord:
    """A StepRecord from a row selected with STEP_COLUMNS."""
    return StepRecord(
        id=row["id"],
        session_id=row["session_id"],
        block_index=row["block_index"],
        exercise_id=row["exercise_id"],
        side=Side(row["side"]),
        set_no=row["set_no"],
        unit_no=row["unit_no"],
        planned_s=row["planned_s"],
        active_s=row["active_s"],
        reps=row["reps"],
        outcome=StepOutcome(row["outcome"]),
        at=row["at"],
    )


def _event_kind(text: str) -> EventKind | str:
    """The kind, or its raw text when this version does not know it (the column has
    no CHECK, so a newer version may have written others): it must not stop a read."""
    try:
        return EventKind(text)
    except ValueError:
        return str(text)


def event(row: sqlite3.Row) -> EventRecord:
    """An EventRecord from a row selected with EVENT_COLUMNS."""
    return EventRecord(
        id=row["id"],
        session_id=row["session_id"],
        at=row["at"],
        kind=_event_kind(row["kind"]),
        detail=row["detail"],
    )


def triage(row: sqlite3.Row) -> TriageRecord:
    """A TriageRecord from a row selected with TRIAGE_COLUMNS."""
    return TriageRecord(
        id=row["id"],
        at=row["at"],
        level=row["level"],
        route=row["route"],
        reasons=tuple(str(r) for r in json.loads(row["reasons"])),
        answers=MappingProxyType(dict(json.loads(row["answers"]))),
    )


def thermal(row: sqlite3.Row) -> ThermalRecord:
    """A ThermalRecord from a row selected with THERMAL_COLUMNS."""
    return ThermalRecord(
        id=row["id"],
        kind=ThermalKind(row["kind"]),
        started_at=row["started_at"],
        planned_s=row["planned_s"],
        deadline=row["deadline"],
        ended_at=row["ended_at"],
        actual_s=row["actual_s"],
        skin_check_done=bool(row["skin_check_done"]),
        reaction=row["reaction"],
        status=ThermalStatus(row["status"]),
        progress_elapsed_s=row["progress_elapsed_s"],
        progress_wall=row["progress_wall"],
        progress_mono=row["progress_mono"],
        progress_boot=row["progress_boot"],
        acknowledged_at=row["acknowledged_at"],
    )
