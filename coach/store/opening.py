"""open_store: the data folder and database, ready to use, plus notices to show."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from coach.engine.clock import Clock, WallClock
from coach.store.database import open_database
from coach.store.datadir import DB_FILENAME, ensure_data_dir, resolve_data_dir
from coach.store.errors import HistoryRestarted
from coach.store.history import HistoryStore


@dataclass(frozen=True, slots=True)
class OpenResult:
    """The opened store and notices for the person (may be empty; the UI words them)."""

    store: HistoryStore
    notices: tuple[HistoryRestarted, ...]


def open_store(data_dir: str | Path | None = None, *, clock: Clock | None = None) -> OpenResult:
    """Open ``<data_dir>/history.db`` (default folder when None), creating what is missing.

    The folder is created 0700 and the database 0600. A damaged database is
    kept under a ``.corrupt-<timestamp>`` name and replaced by a fresh one,
    with a notice. Raises StoreUnavailable (what went wrong, and where) if the folder
    or file can't be used.
    """
    wall: Clock = clock if clock is not None else WallClock()
    folder = ensure_data_dir(resolve_data_dir(data_dir))
    db, notices = open_database(folder / DB_FILENAME, now=wall.now())
    return OpenResult(HistoryStore(db, clock=wall), tuple(notices))


def saved_language(data_dir: str | Path | None) -> str | None:
    """The language setting saved in the history at ``data_dir``, read without creating
    or changing anything; None when there is none or it can't be read."""
    import json
    import sqlite3

    path = resolve_data_dir(data_dir) / DB_FILENAME
    try:
        conn = sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error:
        return None
    try:
        row = conn.execute("SELECT value FROM settings WHERE key = 'language'").fetchone()
        value = json.loads(row[0]) if row is not None else None
    except (sqlite3.Error, ValueError):
        return None
    finally:
        conn.close()
    return value if isinstance(value, str) else None
