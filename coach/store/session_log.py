"""Sessions and their steps: start, record units, finish, interrupt, resume, list.

A session is ``in_progress`` until finished (COMPLETED or STOPPED) or marked
``interrupted`` at start-up; units are only recorded into an in-progress
session. Queries list sessions newest first and steps in saved order.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, TypedDict, Unpack, cast

from coach.domain.history import (
    ResumableSession,
    SessionRecord,
    SessionStatus,
    StepOutcome,
    StepRecord,
    SymptomsReach,
    check_pain,
)
from coach.store import rows
from coach.store.repository import Repository, where

if TYPE_CHECKING:
    from coach.engine.events import UnitCompleted

_SESSIONS_NEWEST_FIRST = "ORDER BY s.started_at DESC, s.id DESC"


class SessionEnd(TypedDict, total=False):
    """How a session ended besides its status, as :meth:`SessionLog.finish_session`
    records it; a missing key is stored as unknown (NULL)."""

    pain_after: int | None
    spreading_symptoms: bool | None
    rated_easy: bool | None
    stop_reason: str | None


def _flag(value: bool | None) -> int | None:
    return None if value is None else int(value)


class SessionLog(Repository):
    """The ``sessions`` and ``steps`` tables."""

    def start_session(
        self,
        *,
        routine_id: str,
        level_id: str,
        route: str | None = None,
        pain_before: int | None = None,
        symptoms_reach: SymptomsReach | None = None,
        started_at: float | None = None,
    ) -> int:
        """Record a new in-progress session and return its id."""
        check_pain(pain_before, "pain_before")
        cursor = self._db.execute(
            "INSERT INTO sessions (routine_id, level_id, route, started_at, status, pain_before,"
            " symptoms_reach) VALUES (?, ?, ?, ?, 'in_progress', ?, ?)",
            (
                routine_id,
                level_id,
                route,
                self._at(started_at),
                pain_before,
                None if symptoms_reach is None else SymptomsReach(symptoms_reach).value,
            ),
        )
        return int(cast(int, cursor.lastrowid))

    def record_unit(self, session_id: int, unit: UnitCompleted, *, at: float | None = None) -> int:
        """Save one finished unit of work, committed on return; return the step id.

        ``at`` is wall-clock (default: now); the engine's ``unit.at`` is monotonic
        and is not stored. ValueError if the session is not in progress.
        """
        cursor = self._db.execute(
            "INSERT INTO steps (session_id, block_index, exercise_id, side, set_no, unit_no,"
            " planned_s, active_s, reps, outcome, at)"
            " SELECT id, ?, ?, ?, ?, ?, ?, ?, ?, ?, ? FROM sessions"
            " WHERE id = ? AND status = 'in_progress'",
            (
                unit.block_index,
                unit.exercise_id,
                unit.side.value,
                unit.set_no,
                unit.unit_no,
                unit.planned_s,
                unit.active_s,
                unit.reps,
                StepOutcome(unit.outcome.value).value,
                self._at(at),
                session_id,
            ),
        )
        if cursor.rowcount != 1:
            raise ValueError(f"session {session_id} is not in progress")
        return int(cast(int, cursor.lastrowid))

    def finish_session(
        self,
        session_id: int,
        *,
        status: SessionStatus,
        ended_at: float | None = None,
        **end: Unpack[SessionEnd],
    ) -> SessionRecord:
        """End an in-progress session as COMPLETED or STOPPED and return it.

        ValueError for any other status, or if the session is not in progress.
        """
        if status not in (SessionStatus.COMPLETED, SessionStatus.STOPPED):
            raise ValueError(f"a session can only be finished as completed or stopped: {status}")
        pain_after = end.get("pain_after")
        check_pain(pain_after, "pain_after")
        cursor = self._db.execute(
            "UPDATE sessions SET status = ?, ended_at = ?, pain_after = ?, spreading_symptoms = ?,"
            " rated_easy = ?, stop_reason = ? WHERE id = ? AND status = 'in_progress'",
            (
                status.value,
                self._at(ended_at),
                pain_after,
                _flag(end.get("spreading_symptoms")),
                _flag(end.get("rated_easy")),
                end.get("stop_reason"),
                session_id,
            ),
        )
        if cursor.rowcount != 1:
            raise ValueError(f"session {session_id} is not in progress")
        return self._session_or_raise(session_id)

    def set_morning_pain(self, session_id: int, pain: int, *, at: float | None = None) -> None:
        """Record next-morning pain (the 24-hour rule) for a session; ValueError if unknown."""
        check_pain(pain, "morning_pain")
        cursor = self._db.execute(
            "UPDATE sessions SET morning_pain = ?, morning_pain_at = ? WHERE id = ?",
            (pain, self._at(at), session_id),
        )
        if cursor.rowcount != 1:
            raise ValueError(f"no session {session_id}")

    def mark_interrupted(self) -> list[int]:
        """Mark sessions left in progress (the app died) as interrupted; return their ids.

        Call once at start-up, before any new session. Their steps stay; each
        one's ``ended_at`` becomes its last step's time (or its start).
        """
        with self._db.transaction() as conn:
            ids = [
                int(r[0])
                for r in conn.execute(
                    "SELECT id FROM sessions WHERE status = 'in_progress' ORDER BY id"
                )
            ]
            conn.execute(
                "UPDATE sessions SET status = 'interrupted', ended_at = coalesce("
                "(SELECT max(t.at) FROM steps t WHERE t.session_id = sessions.id), started_at)"
                " WHERE status = 'in_progress'"
            )
        return ids

    def resumable_session(self) -> ResumableSession | None:
        """The newest session if it was interrupted, with its steps; else None.

        Once a newer session has started, an older interrupted one is no longer offered.
        """
        newest = self.last_session()
        if newest is None or newest.status is not SessionStatus.INTERRUPTED:
            return None
        return ResumableSession(newest, tuple(self.steps(newest.id)))

    def resume_session(self, session_id: int) -> ResumableSession:
        """Put an interrupted session back in progress; ValueError if it is not interrupted."""
        cursor = self._db.execute(
            "UPDATE sessions SET status = 'in_progress', ended_at = NULL"
            " WHERE id = ? AND status = 'interrupted'",
            (session_id,),
        )
        if cursor.rowcount != 1:
            raise ValueError(f"session {session_id} is not interrupted")
        return ResumableSession(self._session_or_raise(session_id), tuple(self.steps(session_id)))

    def session(self, session_id: int) -> SessionRecord | None:
        """One session, or None."""
        row = self._db.query_one(
            f"SELECT {rows.SESSION_COLUMNS} FROM sessions s WHERE s.id = ?", (session_id,)
        )
        return None if row is None else rows.session(row)

    def _session_or_raise(self, session_id: int) -> SessionRecord:
        record = self.session(session_id)
        if record is None:
            raise ValueError(f"no session {session_id}")
        return record

    @staticmethod
    def _filter(status: SessionStatus | None, since: float | None) -> tuple[str, list[object]]:
        return where(
            ("s.status = ?", None if status is None else SessionStatus(status).value),
            ("s.started_at >= ?", since),
        )

    def sessions(
        self,
        *,
        limit: int | None = None,
        offset: int = 0,
        status: SessionStatus | None = None,
        since: float | None = None,
    ) -> list[SessionRecord]:
        """Sessions newest first, optionally one page and/or filtered by status and start time."""
        clause, params = self._filter(status, since)
        found = self._db.query(
            f"SELECT {rows.SESSION_COLUMNS} FROM sessions s{clause} {_SESSIONS_NEWEST_FIRST}"
            " LIMIT ? OFFSET ?",
            (*params, -1 if limit is None else limit, offset),
        )
        return [rows.session(r) for r in found]

    def count_sessions(
        self, *, status: SessionStatus | None = None, since: float | None = None
    ) -> int:
        """How many sessions :meth:`sessions` would return without a limit."""
        clause, params = self._filter(status, since)
        row = self._db.query_one(f"SELECT count(*) FROM sessions s{clause}", params)
        return 0 if row is None else int(row[0])

    def last_session(self) -> SessionRecord | None:
        """The newest session, or None."""
        found = self.sessions(limit=1)
        return found[0] if found else None

    def steps(self, session_id: int) -> list[StepRecord]:
        """A session's recorded units, in the order they were saved."""
        found = self._db.query(
            f"SELECT {rows.STEP_COLUMNS} FROM steps WHERE session_id = ? ORDER BY id",
            (session_id,),
        )
        return [rows.step(r) for r in found]

    def all_steps(self) -> list[StepRecord]:
        """Every recorded unit, session by session (oldest session first), in saved order."""
        found = self._db.query(
            f"SELECT {', '.join('t.' + c for c in rows.STEP_COLUMNS.split(', '))} FROM steps t"
            " JOIN sessions s ON s.id = t.session_id ORDER BY s.started_at, s.id, t.id"
        )
        return [rows.step(r) for r in found]
