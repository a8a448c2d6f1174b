"""The schema as ordered migrations, versioned by ``PRAGMA user_version``.

Migration ``n`` (1-based) takes the schema from version ``n - 1`` to ``n``.
Each runs with its ``user_version`` bump inside one ``BEGIN IMMEDIATE`` ...
``COMMIT``, so a failure rolls both back. Append new migrations; never edit
a released one.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from pathlib import Path

from coach.store.errors import StoreProblem, StoreUnavailable

Migration = tuple[str, ...]

_PAIN = "INTEGER CHECK ({col} IS NULL OR {col} BETWEEN 0 AND 10)"
_FLAG = "INTEGER CHECK ({col} IS NULL OR {col} IN (0, 1))"


def _pain(col: str) -> str:
    return f"{col} " + _PAIN.format(col=col)


def _flag(col: str) -> str:
    return f"{col} " + _FLAG.format(col=col)


V1: Migration = (
    f"""
    CREATE TABLE sessions (
        id INTEGER PRIMARY KEY,
        routine_id TEXT NOT NULL,
        level_id TEXT NOT NULL,
        route TEXT,
        started_at REAL NOT NULL,
        ended_at REAL,
        status TEXT NOT NULL DEFAULT 'in_progress'
            CHECK (status IN ('in_progress', 'completed', 'stopped', 'interrupted')),
        stop_reason TEXT,
        {_pain("pain_before")},
        {_pain("pain_after")},
        symptoms_reach TEXT
            CHECK (symptoms_reach IS NULL
                   OR symptoms_reach IN ('buttock', 'thigh', 'below_knee', 'foot')),
        {_flag("spreading_symptoms")},
        {_flag("rated_easy")},
        {_pain("morning_pain")},
        morning_pain_at REAL
    )
    """,
    "CREATE INDEX sessions_by_start ON sessions (started_at)",
    "CREATE INDEX sessions_by_status ON sessions (status, started_at)",
    """
    CREATE TABLE steps (
        id INTEGER PRIMARY KEY,
        session_id INTEGER NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
        block_index INTEGER NOT NULL,
        exercise_id TEXT NOT NULL,
        side TEXT NOT NULL CHECK (side IN ('left', 'right', 'both')),
        set_no INTEGER NOT NULL,
        unit_no INTEGER NOT NULL,
        planned_s REAL,
        active_s REAL NOT NULL,
        reps INTEGER NOT NULL,
        outcome TEXT NOT NULL CHECK (outcome IN ('completed', 'skipped', 'stopped')),
        at REAL NOT NULL
    )
    """,
    "CREATE INDEX steps_by_session ON steps (session_id, outcome, active_s)",
    """
    CREATE TABLE events (
        id INTEGER PRIMARY KEY,
        session_id INTEGER REFERENCES sessions (id) ON DELETE CASCADE,
        at REAL NOT NULL,
        kind TEXT NOT NULL,
        detail TEXT NOT NULL DEFAULT ''
    )
    """,
    "CREATE INDEX events_by_session ON events (session_id, at)",
    "CREATE INDEX events_by_time ON events (at)",
    """
    CREATE TABLE triage_results (
        id INTEGER PRIMARY KEY,
        at REAL NOT NULL,
        level TEXT NOT NULL,
        route TEXT,
        reasons TEXT NOT NULL DEFAULT '[]',
        answers TEXT NOT NULL DEFAULT '{}'
    )
    """,
    "CREATE INDEX triage_by_time ON triage_results (at)",
    """
    CREATE TABLE thermal_applications (
        id INTEGER PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('ice', 'heat')),
        started_at REAL NOT NULL,
        planned_s REAL NOT NULL CHECK (planned_s > 0),
        deadline REAL NOT NULL,
        ended_at REAL,
        actual_s REAL,
        skin_check_done INTEGER NOT NULL DEFAULT 0 CHECK (skin_check_done IN (0, 1)),
        reaction TEXT NOT NULL DEFAULT '',
        status TEXT NOT NULL DEFAULT 'running'
            CHECK (status IN ('running', 'finished', 'cancelled'))
    )
    """,
    "CREATE INDEX thermal_by_kind ON thermal_applications (kind, started_at)",
    "CREATE INDEX thermal_by_start ON thermal_applications (started_at)",
    # At most one pack on at a time.
    """
    CREATE UNIQUE INDEX thermal_one_running ON thermal_applications (status)
        WHERE status = 'running'
    """,
    "CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID",
)

V2: Migration = (
    # Ice/heat progress as elapsed seconds at one reading of the wall and boot clocks,
    # so a restart after a clock change neither restarts nor stretches the timer;
    # and when the person said the pack was off after the end alarm.
    "ALTER TABLE thermal_applications ADD COLUMN progress_elapsed_s REAL",
    "ALTER TABLE thermal_applications ADD COLUMN progress_wall REAL",
    "ALTER TABLE thermal_applications ADD COLUMN progress_mono REAL",
    "ALTER TABLE thermal_applications ADD COLUMN progress_boot TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE thermal_applications ADD COLUMN acknowledged_at REAL",
)

V3: Migration = (
    # The person's own note on a session (edited from History).
    "ALTER TABLE sessions ADD COLUMN note TEXT NOT NULL DEFAULT ''",
)

MIGRATIONS: tuple[Migration, ...] = (V1, V2, V3)
"""Every migration, oldest first; ``len(MIGRATIONS)`` is the current schema version."""


def schema_version(conn: sqlite3.Connection) -> int:
    """The schema version recorded in the database header."""
    version: int = conn.execute("PRAGMA user_version").fetchone()[0]
    return version


def migrate(conn: sqlite3.Connection, migrations: Sequence[Migration] = MIGRATIONS) -> int:
    """Apply the migrations the database lacks, each atomically; return the new version.

    ``conn`` must be in autocommit mode (``isolation_level=None``). Raises
    StoreUnavailable if the database is newer than ``migrations`` knows, and
    re-raises a failed migration's sqlite3.Error after rolling it back.
    """
    current = schema_version(conn)
    if current > len(migrations):
        raise StoreUnavailable(
            StoreProblem.NEWER_SCHEMA,
            Path(conn.execute("PRAGMA database_list").fetchone()[2]),
            detail=f"schema {current}, this version knows up to {len(migrations)}",
            versions=(current, len(migrations)),
        )
    for version, statements in enumerate(migrations[current:], start=current + 1):
        conn.execute("BEGIN IMMEDIATE")
        try:
            # Another process may have migrated while we waited for the lock.
            if schema_version(conn) >= version:
                conn.execute("COMMIT")
                continue
            for statement in statements:
                conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {int(version)}")
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
    return schema_version(conn)
