"""Changing the past: a session's note, deleting a session (and undoing that), and
deleting everything the person has recorded.

Each change is one transaction over the store's database, so it is all done or
not at all. ValueError for a session that does not exist or is still running.
"""

from __future__ import annotations

from pathlib import Path

from coach.domain.history import NOTE_MAX_CHARS, DeletedSession, SessionStatus
from coach.store.history import HistoryStore

TABLES = ("steps", "events", "sessions", "triage_results", "thermal_applications", "settings")
"""Every table that holds what the person recorded or chose (children first)."""

_SESSION_FIELDS = (
    "id, routine_id, level_id, route, started_at, ended_at, status, stop_reason, pain_before,"
    " pain_after, symptoms_reach, spreading_symptoms, rated_easy, morning_pain,"
    " morning_pain_at, note"
)
_STEP_FIELDS = (
    "id, session_id, block_index, exercise_id, side, set_no, unit_no, planned_s, active_s,"
    " reps, outcome, at"
)
_EVENT_FIELDS = "id, session_id, at, kind, detail"


def _flag(value: bool | None) -> int | None:
    return None if value is None else int(value)


def clean_note(text: str) -> str:
    """``text`` trimmed, with Windows line ends made plain; ValueError if too long."""
    note = text.replace("\r\n", "\n").replace("\r", "\n").strip()
    if len(note) > NOTE_MAX_CHARS:
        raise ValueError(
            f"A note can be at most {NOTE_MAX_CHARS} characters (this one has {len(note)})."
        )
    return note


def set_note(store: HistoryStore, session_id: int, text: str) -> str:
    """Save ``text`` (cleaned, see :func:`clean_note`) as the session's note; return it."""
    note = clean_note(text)
    cursor = store.database.execute("UPDATE sessions SET note = ? WHERE id = ?", (note, session_id))
    if cursor.rowcount != 1:
        raise ValueError(f"no session {session_id}")
    return note


def delete_session(store: HistoryStore, session_id: int) -> DeletedSession:
    """Delete a session with its steps and events; return all of it for :func:`restore_session`.

    ValueError if there is no such session or it is still in progress.
    """
    record = store.session(session_id)
    if record is None:
        raise ValueError(f"no session {session_id}")
    if record.status is SessionStatus.IN_PROGRESS:
        raise ValueError("a session that is still running can't be deleted")
    deleted = DeletedSession(
        record, tuple(store.steps(session_id)), tuple(store.events(session_id))
    )
    with store.database.transaction() as conn:
        conn.execute("DELETE FROM steps WHERE session_id = ?", (session_id,))
        conn.execute("DELETE FROM events WHERE session_id = ?", (session_id,))
        conn.execute("DELETE FROM sessions WHERE id = ?", (session_id,))
    return deleted


def restore_session(store: HistoryStore, deleted: DeletedSession) -> None:
    """Put a deleted session back exactly as it was (same ids).

    ValueError (and nothing written) if its id has been taken since.
    """
    s = deleted.session
    with store.database.transaction() as conn:
        conn.execute(
            f"INSERT INTO sessions ({_SESSION_FIELDS}) VALUES ({', '.join('?' * 16)})",
            (
                s.id,
                s.routine_id,
                s.level_id,
                s.route,
                s.started_at,
                s.ended_at,
                s.status.value,
                s.stop_reason,
                s.pain_before,
                s.pain_after,
                None if s.symptoms_reach is None else s.symptoms_reach.value,
                _flag(s.spreading_symptoms),
                _flag(s.rated_easy),
                s.morning_pain,
                s.morning_pain_at,
                s.note,
            ),
        )
        conn.executemany(
            f"INSERT INTO steps ({_STEP_FIELDS}) VALUES ({', '.join('?' * 12)})",
            [
                (
                    t.id,
                    t.session_id,
                    t.block_index,
                    t.exercise_id,
                    t.side.value,
                    t.set_no,
                    t.unit_no,
                    t.planned_s,
                    t.active_s,
                    t.reps,
                    t.outcome.value,
                    t.at,
                )
                for t in deleted.steps
            ],
        )
        conn.executemany(
            f"INSERT INTO events ({_EVENT_FIELDS}) VALUES (?, ?, ?, ?, ?)",
            [(e.id, e.session_id, e.at, str(e.kind), e.detail) for e in deleted.events],
        )


def kept_damaged_files(store: HistoryStore) -> list[Path]:
    """Damaged history files kept beside the database (``history.db.corrupt-*``,
    with their -wal and -shm files)."""
    path = store.path
    return sorted(path.parent.glob(f"{path.name}.corrupt-*"))


def erase_everything(store: HistoryStore) -> None:
    """Delete every session, step, event, check-in, ice/heat use and setting, then
    rewrite the file so nothing deleted is left in it, and remove kept damaged copies.

    The store stays open and usable, as on a first start. Raises StoreError if the
    database refuses (then nothing was deleted from it).
    """
    with store.database.transaction() as conn:
        for table in TABLES:
            conn.execute(f"DELETE FROM {table}")
    store.database.execute("VACUUM")
    store.database.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    for kept in kept_damaged_files(store):  # with their -wal and -shm
        kept.unlink(missing_ok=True)
