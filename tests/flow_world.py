"""Shared, Qt-free test world for the flow rules: the shipped routines and rules,
triage answers, session records, and a fake clock's starting instant (UTC days)."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from typing import Any

from test_triage import CLEAR

from coach.content.loader import load_library
from coach.content.triage_loader import load_triage
from coach.domain.history import SessionRecord, SessionStatus, SymptomsReach
from coach.domain.triage import Outcome, QuestionId, TriageAnswers, assess
from coach.flow.outcome import Ending, SessionOutcome, Summary, summary
from coach.flow.plan import Plan
from coach.paths import routines_dir

ROUTINES = load_library([routines_dir()]).routines
TRIAGE = load_triage(routines_dir() / "triage.toml")
RULES = TRIAGE.rules
DAY = 86400.0
HOUR = 3600.0
NOW = datetime(2026, 3, 4, 9, 0, tzinfo=UTC).timestamp()
"""A Wednesday, 09:00 UTC: the fake clocks start here."""
TZ = UTC

Q = QuestionId
GLUTES = ROUTINES["glute_strengthening"]
ALL_DONE = SessionOutcome(Ending.FINISHED_ALL, 0, 16)
"""A glute session finished with every step done."""


def check_in(**changes: Any) -> tuple[Outcome, TriageAnswers]:
    """The shipped triage's outcome for CLEAR with ``changes`` (QuestionId -> value)."""
    values = {**CLEAR, **{Q(k) if not isinstance(k, Q) else k: v for k, v in changes.items()}}
    answers = TriageAnswers(values)
    return assess(answers, TRIAGE), answers


def plan(routine_id: str = "glute_strengthening", level: int = 0, **changes: Any) -> Plan:
    """A plan on the shipped routine, chosen 3 days before NOW, first pain 3."""
    routine = ROUTINES[routine_id]
    made = Plan(routine.id, routine.levels[level].id, routine.id, chosen_at=NOW - 3 * DAY)
    return replace(made, **{"first_pain": 3, **changes})


def session(
    *,
    started: float,
    routine_id: str = "glute_strengthening",
    level_id: str = "weeks_1_2",
    status: SessionStatus = SessionStatus.COMPLETED,
    before: int | None = 2,
    after: int | None = 2,
    reach: SymptomsReach | None = SymptomsReach.BUTTOCK,
    spreading: bool | None = False,
    easy: bool | None = False,
    morning: int | None = None,
    session_id: int = 1,
) -> SessionRecord:
    """One recorded session that lasted 20 minutes."""
    return SessionRecord(
        id=session_id,
        routine_id=routine_id,
        level_id=level_id,
        route=routine_id,
        started_at=started,
        ended_at=started + 1200,
        status=status,
        stop_reason=None,
        pain_before=before,
        pain_after=after,
        symptoms_reach=reach,
        spreading_symptoms=spreading,
        rated_easy=easy,
        morning_pain=morning,
        morning_pain_at=None,
        steps_done=8,
        active_s=900.0,
    )


def glutes_summary(stop_rule: bool = False, **changes: Any) -> Summary:
    """The summary of a finished glute session at weeks 3-4 (plan at the level before),
    its record changed by ``changes`` (see :func:`session`)."""
    record = session(started=NOW, level_id="weeks_3_4", **changes)
    return summary(
        record,
        outcome=ALL_DONE,
        stop_rule_fired=stop_rule,
        routine=GLUTES,
        plan=plan(level=1),
        rules=RULES,
    )
