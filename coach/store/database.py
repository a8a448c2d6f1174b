"""Opening the SQLite file: pragmas, private file modes, damaged files moved aside.

:func:`open_database` returns a :class:`Database` at the latest schema, plus
notices for the person (:class:`HistoryRestarted`: the damaged file was kept).
Every SQLite error leaving a Database is a StoreError naming the problem,
or a ValueError when the data broke a constraint (a caller bug).
"""

from __future__ import annotations

import os
import sqlite3
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager, suppress
from pathlib import Path

from coach.store.datadir import unavailable
from coach.store.errors import (
    HistoryRestarted,
    StoreError,
    StoreFull,
    StoreProblem,
    StoreUnavailable,
)
from coach.store.migrations import migrate
from coach.store.private_files import create_private_file, tighten

BUSY_TIMEOUT_MS = 5000
SIDE_FILES = ("-wal", "-shm")

# Primary SQLite result codes (https://sqlite.org/rescode.html).
_PERM, _BUSY, _LOCKED, _READONLY, _IOERR = 3, 5, 6, 8, 10
_CORRUPT, _FULL, _CANTOPEN, _NOTADB = 11, 13, 14, 26

Params = Sequence[object]


def _code(exc: sqlite3.Error) -> int:
    code = getattr(exc, "sqlite_errorcode", None)
    return code & 0xFF if isinstance(code, int) else 0


_PROBLEMS = {
    _IOERR: StoreProblem.WRITE_FAILED,
    _READONLY: StoreProblem.PERMISSION_OR_READ_ONLY,
    _CANTOPEN: StoreProblem.PERMISSION_OR_READ_ONLY,
    _PERM: StoreProblem.PERMISSION_OR_READ_ONLY,
    _BUSY: StoreProblem.BUSY,
    _LOCKED: StoreProblem.BUSY,
    _CORRUPT: StoreProblem.DAMAGED,
    _NOTADB: StoreProblem.DAMAGED,
}
_UNAVAILABLE = (StoreProblem.PERMISSION_OR_READ_ONLY, StoreProblem.BUSY)


def translate(exc: sqlite3.Error, path: Path) -> Exception:
    """The exception to raise instead of SQLite's ``exc`` for the database at ``path``:
    the folder for what concerns the disk, the file for the rest."""
    code = _code(exc)
    if isinstance(exc, sqlite3.IntegrityError):
        return ValueError(f"The history database refused this change: {exc}")
    if code == _FULL:
        return StoreFull(StoreProblem.FULL, path.parent)
    problem = _PROBLEMS.get(code, StoreProblem.OTHER)
    if problem in _UNAVAILABLE:
        where = path.parent if problem is StoreProblem.PERMISSION_OR_READ_ONLY else path
        return StoreUnavailable(problem, where)
    if problem is StoreProblem.WRITE_FAILED:
        return StoreError(problem, path.parent)
    return StoreError(problem, path, detail=str(exc) if problem is StoreProblem.OTHER else "")


class Database:
    """One autocommit SQLite connection with the app's pragmas; maps errors to StoreError."""

    def __init__(self, conn: sqlite3.Connection, path: Path) -> None:
        self._conn = conn
        self._path = path

    @property
    def path(self) -> Path:
        """The database file."""
        return self._path

    @contextmanager
    def _mapped(self) -> Iterator[None]:
        try:
            yield
        except sqlite3.Error as exc:
            raise translate(exc, self._path) from exc

    def execute(self, sql: str, params: Params = ()) -> sqlite3.Cursor:
        """Run one statement; outside :meth:`transaction` it is committed when this returns."""
        with self._mapped():
            return self._conn.execute(sql, params)

    def query(self, sql: str, params: Params = ()) -> list[sqlite3.Row]:
        """All rows of a read."""
        with self._mapped():
            rows: list[sqlite3.Row] = self._conn.execute(sql, params).fetchall()
            return rows

    def query_one(self, sql: str, params: Params = ()) -> sqlite3.Row | None:
        """The first row of a read, or None."""
        with self._mapped():
            row: sqlite3.Row | None = self._conn.execute(sql, params).fetchone()
            return row

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """``BEGIN IMMEDIATE`` ... ``COMMIT``; rolled back on any error, which is then mapped."""
        with self._mapped():
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                yield self._conn
                self._conn.execute("COMMIT")
            except BaseException:
                if self._conn.in_transaction:
                    self._conn.execute("ROLLBACK")
                raise

    @contextmanager
    def busy_wait(self, ms: int) -> Iterator[None]:
        """Wait at most ``ms`` for another process's write lock inside this block
        (then StoreUnavailable), instead of the usual BUSY_TIMEOUT_MS."""
        with self._mapped():
            self._conn.execute(f"PRAGMA busy_timeout = {int(ms)}")
        try:
            yield
        finally:
            with suppress(sqlite3.Error):
                self._conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")

    def close(self) -> None:
        """Close the connection (SQLite checkpoints the WAL); safe to call twice."""
        with suppress(sqlite3.Error):
            self._conn.execute("PRAGMA optimize")
        self._conn.close()


class _Damaged(Exception):
    """The file at the database path is not a readable SQLite database."""

    def __init__(self, problem: StoreProblem) -> None:
        super().__init__(problem)
        self.problem = problem


SQLITE_MAGIC = b"SQLite format 3\x00"


def _check(path: Path) -> None:
    """Raise _Damaged unless ``path`` is a sound SQLite file (an empty file is sound).

    The check never writes the file or its -wal (a read-only connection can't
    checkpoint or delete them), so a damaged file is kept exactly as found.
    """
    try:
        with open(path, "rb") as file:
            header = file.read(len(SQLITE_MAGIC))
    except OSError as exc:
        raise unavailable(path.parent, exc) from None
    if header and header != SQLITE_MAGIC:
        raise _Damaged(StoreProblem.NOT_A_DATABASE)
    try:
        conn = sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise translate(exc, path) from exc
    try:
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        problems = [row[0] for row in conn.execute("PRAGMA quick_check").fetchall()]
    except sqlite3.Error as exc:
        if _code(exc) == _NOTADB:
            raise _Damaged(StoreProblem.NOT_A_DATABASE) from exc
        if _code(exc) == _CORRUPT:
            raise _Damaged(StoreProblem.DAMAGED) from exc
        raise translate(exc, path) from exc
    finally:
        conn.close()
    if problems != ["ok"]:
        raise _Damaged(StoreProblem.DAMAGED)


def _connect(path: Path) -> sqlite3.Connection:
    """Open ``path`` read-write in autocommit mode with the app's pragmas."""
    try:
        conn = sqlite3.connect(path, isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000)
    except sqlite3.Error as exc:
        raise translate(exc, path) from exc
    try:
        conn.row_factory = sqlite3.Row
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA foreign_keys = ON")
    except sqlite3.Error as exc:
        conn.close()
        raise translate(exc, path) from exc
    return conn


def _create(path: Path) -> sqlite3.Connection:
    """Create an empty 0600 database file at ``path`` and open it."""
    try:
        create_private_file(path)
    except FileExistsError:
        pass
    except OSError as exc:
        raise unavailable(path.parent, exc) from None
    return _connect(path)


def _move_aside(path: Path, now: float) -> Path:
    """Rename ``path`` and its -wal/-shm to ``<name>.corrupt-<stamp>``, never overwriting."""
    base = f"{path}.corrupt-{time.strftime('%Y%m%d-%H%M%S', time.localtime(now))}"
    target, n = base, 0
    while any(os.path.lexists(target + suffix) for suffix in ("", *SIDE_FILES)):
        n += 1
        target = f"{base}-{n}"
    try:
        os.rename(path, target)
        for suffix in SIDE_FILES:
            if os.path.lexists(f"{path}{suffix}"):
                os.rename(f"{path}{suffix}", target + suffix)
    except OSError as exc:
        raise unavailable(path.parent, exc) from None
    for suffix in ("", *SIDE_FILES):  # it still holds health data: keep it private
        tighten(Path(target + suffix))
    return Path(target)


def open_database(path: Path, *, now: float) -> tuple[Database, list[HistoryRestarted]]:
    """Open (or create) the database at ``path`` and migrate it to the latest schema.

    A file there that is not a sound SQLite database is renamed to
    ``<name>.corrupt-<timestamp>`` (``now`` is wall-clock epoch seconds), never
    overwritten, and a fresh database is created; the returned notices say so.
    Raises StoreUnavailable if ``path`` is a folder or can't be written.
    """
    notices: list[HistoryRestarted] = []
    if path.is_dir():
        raise StoreUnavailable(StoreProblem.DB_IS_FOLDER, path)
    if os.path.lexists(path):
        try:
            _check(path)
        except _Damaged as damaged:
            kept = _move_aside(path, now)
            notices.append(HistoryRestarted(damaged.problem, kept))
    conn = _create(path) if not os.path.lexists(path) else _connect(path)
    try:
        migrate(conn)
    except StoreError:
        conn.close()
        raise
    except sqlite3.Error as exc:
        conn.close()
        raise translate(exc, path) from exc
    for file in (path, *(Path(f"{path}{suffix}") for suffix in SIDE_FILES)):
        tighten(file)
    return Database(conn, path), notices
