"""open_store: the data folder and database, ready to use, plus notices to show."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from coach.engine.clock import Clock, WallClock
from coach.store.database import Database, open_database
from coach.store.datadir import DB_FILENAME, ensure_data_dir, resolve_data_dir
from coach.store.errors import HistoryRestarted
from coach.store.setting_values import SettingValues

if TYPE_CHECKING:
    from coach.store.history import HistoryStore


class OpenResult:
    """The opened database and notices for the person (may be empty; the UI words them).

    ``settings`` reads and writes the settings table at once; ``store``, the whole
    history, is made on first use over the same database. So the app's first paint,
    which reads settings only, never imports the history's record classes.
    """

    def __init__(
        self, db: Database, *, clock: Clock, notices: Sequence[HistoryRestarted] = ()
    ) -> None:
        self.notices = tuple(notices)
        self.settings = SettingValues(db, clock=clock)
        self._db = db
        self._clock = clock
        self._store: HistoryStore | None = None

    @classmethod
    def of(cls, store: HistoryStore, notices: Sequence[HistoryRestarted] = ()) -> OpenResult:
        """An already opened ``store``, as if just opened (for tests and ``build_app``)."""
        opened = cls(store.database, clock=store.clock, notices=notices)
        opened._store = store
        return opened

    @property
    def store(self) -> HistoryStore:
        """The history store over the opened database (made on first use)."""
        if self._store is None:
            from coach.store.history import HistoryStore

            self._store = HistoryStore(self._db, clock=self._clock)
        return self._store

    @property
    def path(self) -> Path:
        """The database file."""
        return self._db.path

    def close(self) -> None:
        """Close the database; neither ``settings`` nor ``store`` can be used afterwards."""
        self._db.close()


def open_store(data_dir: str | Path | None = None, *, clock: Clock | None = None) -> OpenResult:
    """Open ``<data_dir>/history.db`` (default folder when None), creating what is missing.

    The folder is created 0700 (see :func:`open_in` for the file). Raises
    StoreUnavailable (one clear problem) if the folder or file can't be used.
    """
    return open_in(ensure_data_dir(resolve_data_dir(data_dir)), clock=clock)


def open_in(folder: Path, *, clock: Clock | None = None) -> OpenResult:
    """Open ``folder/history.db`` in a data folder that is ready (``ensure_data_dir``).

    The database is created 0600. A damaged database is kept under a
    ``.corrupt-<timestamp>`` name and replaced by a fresh one, with a notice.
    Raises StoreUnavailable if the file can't be used.
    """
    wall: Clock = clock if clock is not None else WallClock()
    db, notices = open_database(folder / DB_FILENAME, now=wall.now())
    return OpenResult(db, clock=wall, notices=notices)


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
