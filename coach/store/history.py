"""HistoryStore: sessions, steps, events, triage, ice/heat and settings in SQLite.

Every write commits before it returns (each call is its own transaction), so a
crash loses nothing already handed over. Writes have no side effects beyond
their rows. Times are wall-clock epoch seconds, from the store's clock unless
passed in.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from contextlib import AbstractContextManager
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, TypeAlias, TypeVar, cast

from coach.domain.history import (
    EventKind,
    EventRecord,
    ResumableSession,
    SessionRecord,
    SessionStatus,
    StepOutcome,
    StepRecord,
    SymptomsReach,
    ThermalKind,
    ThermalRecord,
    ThermalStatus,
    TriageRecord,
    check_pain,
)
from coach.engine.clock import Clock, WallClock
from coach.store import rows

if TYPE_CHECKING:
    from coach.engine.events import UnitCompleted
    from coach.store.database import Database

JsonValue: TypeAlias = "bool | int | float | str | list[JsonValue] | dict[str, JsonValue] | None"
T = TypeVar("T")

_SESSIONS_NEWEST_FIRST = "ORDER BY s.started_at DESC, s.id DESC"


def _fits(value: object, default: object) -> bool:
    """Whether a stored setting has the same JSON type as its default."""
    if default is None:
        return True
    if isinstance(default, bool) or isinstance(value, bool):
        return isinstance(value, bool) and isinstance(default, bool)
    if isinstance(default, float):
        return isinstance(value, int | float)
    return isinstance(value, type(default))


def _flag(value: bool | None) -> int | None:
    return None if value is None else int(value)


class HistoryStore:
    """The one repository over the history database; build it with ``open_store``."""

    def __init__(self, db: Database, *, clock: Clock | None = None) -> None:
        self._db = db
        self._clock: Clock = clock if clock is not None else WallClock()

    # --- lifetime -------------------------------------------------------

    @property
    def database(self) -> Database:
        """The underlying database, for bulk tools in this package (demo data)."""
        return self._db

    @property
    def path(self) -> Path:
        """The database file."""
        return self._db.path

    def close(self) -> None:
        """Close the database; the store can't be used afterwards."""
        self._db.close()

    def __enter__(self) -> HistoryStore:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def now(self) -> float:
        """Wall-clock epoch seconds from the store's clock (the default for every ``at``)."""
        return self._clock.now()

    def _at(self, at: float | None) -> float:
        return self._clock.now() if at is None else at

    # --- sessions -------------------------------------------------------

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

    def busy_wait(self, ms: int) -> AbstractContextManager[None]:
        """Writes inside wait at most ``ms`` for another process's lock (see Database)."""
        return self._db.busy_wait(ms)

    def record_event(
        self,
        session_id: int | None,
        kind: EventKind,
        detail: str = "",
        *,
        at: float | None = None,
    ) -> int:
        """Save a notable moment (stop rule, pain report, red flag ...); return its id."""
        cursor = self._db.execute(
            "INSERT INTO events (session_id, at, kind, detail) VALUES (?, ?, ?, ?)",
            (session_id, self._at(at), EventKind(kind).value, detail),
        )
        return int(cast(int, cursor.lastrowid))

    def finish_session(
        self,
        session_id: int,
        *,
        status: SessionStatus,
        pain_after: int | None = None,
        spreading_symptoms: bool | None = None,
        rated_easy: bool | None = None,
        stop_reason: str | None = None,
        ended_at: float | None = None,
    ) -> SessionRecord:
        """End an in-progress session as COMPLETED or STOPPED and return it.

        ValueError for any other status, or if the session is not in progress.
        """
        if status not in (SessionStatus.COMPLETED, SessionStatus.STOPPED):
            raise ValueError(f"a session can only be finished as completed or stopped: {status}")
        check_pain(pain_after, "pain_after")
        cursor = self._db.execute(
            "UPDATE sessions SET status = ?, ended_at = ?, pain_after = ?, spreading_symptoms = ?,"
            " rated_easy = ?, stop_reason = ? WHERE id = ? AND status = 'in_progress'",
            (
                status.value,
                self._at(ended_at),
                pain_after,
                _flag(spreading_symptoms),
                _flag(rated_easy),
                stop_reason,
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
        clauses: list[str] = []
        params: list[object] = []
        if status is not None:
            clauses.append("s.status = ?")
            params.append(SessionStatus(status).value)
        if since is not None:
            clauses.append("s.started_at >= ?")
            params.append(since)
        return (" WHERE " + " AND ".join(clauses) if clauses else ""), params

    def sessions(
        self,
        *,
        limit: int | None = None,
        offset: int = 0,
        status: SessionStatus | None = None,
        since: float | None = None,
    ) -> list[SessionRecord]:
        """Sessions newest first, optionally one page and/or filtered by status and start time."""
        where, params = self._filter(status, since)
        found = self._db.query(
            f"SELECT {rows.SESSION_COLUMNS} FROM sessions s{where} {_SESSIONS_NEWEST_FIRST}"
            " LIMIT ? OFFSET ?",
            (*params, -1 if limit is None else limit, offset),
        )
        return [rows.session(r) for r in found]

    def count_sessions(
        self, *, status: SessionStatus | None = None, since: float | None = None
    ) -> int:
        """How many sessions :meth:`sessions` would return without a limit."""
        where, params = self._filter(status, since)
        row = self._db.query_one(f"SELECT count(*) FROM sessions s{where}", params)
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

    def events(
        self, session_id: int | None = None, *, kind: EventKind | None = None
    ) -> list[EventRecord]:
        """Events oldest first: one session's (or all, when None), optionally of one kind."""
        clauses: list[str] = []
        params: list[object] = []
        if session_id is not None:
            clauses.append("session_id = ?")
            params.append(session_id)
        if kind is not None:
            clauses.append("kind = ?")
            params.append(EventKind(kind).value)
        where = " WHERE " + " AND ".join(clauses) if clauses else ""
        found = self._db.query(
            f"SELECT {rows.EVENT_COLUMNS} FROM events{where} ORDER BY at, id", params
        )
        return [rows.event(r) for r in found]

    # --- triage ---------------------------------------------------------

    def save_triage(
        self,
        *,
        level: str,
        route: str | None,
        reasons: Sequence[str],
        answers: Mapping[str, object],
        at: float | None = None,
    ) -> int:
        """Save a triage result (answers must be JSON-serialisable); return its id."""
        cursor = self._db.execute(
            "INSERT INTO triage_results (at, level, route, reasons, answers)"
            " VALUES (?, ?, ?, ?, ?)",
            (
                self._at(at),
                level,
                route,
                json.dumps(list(reasons)),
                json.dumps(dict(answers), sort_keys=True),
            ),
        )
        return int(cast(int, cursor.lastrowid))

    def last_triage(self) -> TriageRecord | None:
        """The newest triage result, or None."""
        found = self.triages(limit=1)
        return found[0] if found else None

    def triages(self, *, limit: int | None = None) -> list[TriageRecord]:
        """Saved triage results, newest first."""
        found = self._db.query(
            f"SELECT {rows.TRIAGE_COLUMNS} FROM triage_results ORDER BY at DESC, id DESC LIMIT ?",
            (-1 if limit is None else limit,),
        )
        return [rows.triage(r) for r in found]

    # --- ice and heat ---------------------------------------------------

    def start_application(
        self, kind: ThermalKind, *, planned_s: float, started_at: float | None = None
    ) -> ThermalRecord:
        """Start an ice/heat application with a wall-clock deadline and return it.

        ValueError if one is already running or ``planned_s`` is not positive.
        """
        if planned_s <= 0:
            raise ValueError(f"planned_s must be above 0, got {planned_s}")
        if self.running_application() is not None:
            raise ValueError("an ice or heat application is already running")
        start = self._at(started_at)
        cursor = self._db.execute(
            "INSERT INTO thermal_applications (kind, started_at, planned_s, deadline, status)"
            " VALUES (?, ?, ?, ?, 'running')",
            (ThermalKind(kind).value, start, planned_s, start + planned_s),
        )
        return self._application(int(cast(int, cursor.lastrowid)))

    def mark_skin_checked(self, application_id: int) -> None:
        """Record that the skin check was done during a running application."""
        self._db.execute(
            "UPDATE thermal_applications SET skin_check_done = 1 WHERE id = ?", (application_id,)
        )

    def save_progress(
        self, application_id: int, *, elapsed_s: float, wall: float, mono: float, boot: str
    ) -> None:
        """Record that ``elapsed_s`` of a running application had passed at that clock reading."""
        self._db.execute(
            "UPDATE thermal_applications SET progress_elapsed_s = ?, progress_wall = ?,"
            " progress_mono = ?, progress_boot = ? WHERE id = ? AND status = 'running'",
            (elapsed_s, wall, mono, boot, application_id),
        )

    def acknowledge_application(self, application_id: int, *, at: float) -> None:
        """Record when the person said the pack was off (after the end alarm)."""
        self._db.execute(
            "UPDATE thermal_applications SET acknowledged_at = ? WHERE id = ?",
            (at, application_id),
        )

    def end_application(
        self,
        application_id: int,
        *,
        status: ThermalStatus = ThermalStatus.FINISHED,
        skin_check_done: bool | None = None,
        reaction: str = "",
        ended_at: float | None = None,
        actual_s: float | None = None,
    ) -> ThermalRecord:
        """End a running application as FINISHED or CANCELLED and return it.

        ``actual_s`` defaults to the wall-clock time since it started. ValueError
        if it is not running or ``status`` is RUNNING.
        """
        if status is ThermalStatus.RUNNING:
            raise ValueError("end_application needs FINISHED or CANCELLED")
        current = self._application(application_id)
        end = self._at(ended_at)
        actual = max(0.0, end - current.started_at) if actual_s is None else actual_s
        checked = current.skin_check_done if skin_check_done is None else skin_check_done
        cursor = self._db.execute(
            "UPDATE thermal_applications SET status = ?, ended_at = ?, actual_s = ?,"
            " skin_check_done = ?, reaction = ? WHERE id = ? AND status = 'running'",
            (ThermalStatus(status).value, end, actual, int(checked), reaction, application_id),
        )
        if cursor.rowcount != 1:
            raise ValueError(f"application {application_id} is not running")
        return self._application(application_id)

    def _application(self, application_id: int) -> ThermalRecord:
        row = self._db.query_one(
            f"SELECT {rows.THERMAL_COLUMNS} FROM thermal_applications WHERE id = ?",
            (application_id,),
        )
        if row is None:
            raise ValueError(f"no ice/heat application {application_id}")
        return rows.thermal(row)

    def running_application(self) -> ThermalRecord | None:
        """The application still running (its deadline may have passed), or None."""
        row = self._db.query_one(
            f"SELECT {rows.THERMAL_COLUMNS} FROM thermal_applications WHERE status = 'running'"
        )
        return None if row is None else rows.thermal(row)

    def last_application(self, kind: ThermalKind | None = None) -> ThermalRecord | None:
        """The most recently started application (of ``kind``, if given), any status."""
        found = self.applications(kind=kind, limit=1)
        return found[0] if found else None

    def applications(
        self,
        *,
        kind: ThermalKind | None = None,
        since: float | None = None,
        limit: int | None = None,
    ) -> list[ThermalRecord]:
        """Applications newest first, optionally of one kind and started at or after ``since``."""
        clauses: list[str] = []
        params: list[object] = []
        if kind is not None:
            clauses.append("kind = ?")
            params.append(ThermalKind(kind).value)
        if since is not None:
            clauses.append("started_at >= ?")
            params.append(since)
        where = " WHERE " + " AND ".join(clauses) if clauses else ""
        found = self._db.query(
            f"SELECT {rows.THERMAL_COLUMNS} FROM thermal_applications{where}"
            " ORDER BY started_at DESC, id DESC LIMIT ?",
            (*params, -1 if limit is None else limit),
        )
        return [rows.thermal(r) for r in found]

    # --- settings -------------------------------------------------------

    def get_setting(self, key: str, default: T) -> T:
        """The stored value for ``key``, or ``default`` if unset, not JSON or of another type."""
        row = self._db.query_one("SELECT value FROM settings WHERE key = ?", (key,))
        if row is None:
            return default
        try:
            value = json.loads(row[0])
        except ValueError:  # tampered with outside the app: the default, never a crash
            return default
        if not _fits(value, default):
            return default
        if isinstance(default, float):
            value = float(value)
        return cast(T, value)

    def set_setting(self, key: str, value: JsonValue) -> None:
        """Store a JSON value for ``key`` (TypeError/ValueError if it isn't plain JSON)."""
        text = json.dumps(value, allow_nan=False, sort_keys=True)
        self._db.execute(
            "INSERT INTO settings (key, value) VALUES (?, ?)"
            " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (key, text),
        )

    def setting_texts(self) -> dict[str, str]:
        """Every stored setting as its JSON text, unparsed (``coach.flow.settings`` checks it)."""
        found = self._db.query("SELECT key, value FROM settings ORDER BY key")
        return {str(r[0]): str(r[1]) for r in found}

    def settings(self) -> dict[str, JsonValue]:
        """Every stored setting."""
        found = self._db.query("SELECT key, value FROM settings ORDER BY key")
        return {str(r[0]): cast("JsonValue", json.loads(r[1])) for r in found}
