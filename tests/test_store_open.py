"""Opening the store: data folder, migrations, file modes, damaged files, unusable paths."""

from __future__ import annotations

import os
import re
import sqlite3
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from coach.engine.clock import FakeClock
from coach.store.datadir import DB_FILENAME, default_data_dir, resolve_data_dir
from coach.store.errors import StoreProblem, StoreUnavailable
from coach.store.migrations import MIGRATIONS, migrate, schema_version
from coach.store.opening import open_store

REPO = Path(__file__).resolve().parents[1]
T0 = 1_767_225_600.0  # 2026-01-01 00:00 UTC

TABLES = {"sessions", "steps", "events", "triage_results", "thermal_applications", "settings"}


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def _tables(db: Path) -> set[str]:
    with sqlite3.connect(db) as conn:
        rows = conn.execute("SELECT name FROM sqlite_schema WHERE type = 'table'").fetchall()
    conn.close()
    return {r[0] for r in rows}


def _make_real_db(data_dir: Path, sessions: int = 200) -> Path:
    """A closed, sound database with some rows, big enough to span many pages."""
    with open_store(data_dir).store as store:
        for k in range(sessions):
            store.start_session(routine_id=f"routine-{k}" * 5, level_id="level", started_at=k)
    return data_dir / DB_FILENAME


# --- data folder -----------------------------------------------------------


def test_default_data_dir_is_the_platform_user_data_dir() -> None:
    assert default_data_dir().name == "rehab-coach"
    assert resolve_data_dir(None) == default_data_dir()


def test_explicit_data_dir_wins_and_is_made_absolute(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HOME", "/home/someone")
    assert resolve_data_dir("~/coach") == Path("/home/someone/coach")
    assert resolve_data_dir("rel").is_absolute()


def test_the_store_imports_no_qt() -> None:
    code = (
        "import sys, coach.store, coach.store.demo, coach.domain.history; "
        "assert not [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))]"
    )
    path = os.pathsep.join(filter(None, [str(REPO), os.environ.get("PYTHONPATH")]))
    subprocess.run([sys.executable, "-c", code], check=True, env={**os.environ, "PYTHONPATH": path})


def test_close_twice_is_harmless(tmp_path: Path) -> None:
    store = open_store(tmp_path).store
    store.close()
    store.close()


# --- migrations ------------------------------------------------------------


def test_migrates_an_empty_folder_to_the_latest_schema(tmp_path: Path) -> None:
    result = open_store(tmp_path / "data")
    result.store.close()
    db = tmp_path / "data" / DB_FILENAME
    assert result.notices == ()
    assert _tables(db) == TABLES
    with sqlite3.connect(db) as conn:
        assert schema_version(conn) == len(MIGRATIONS)
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    conn.close()


def test_reopening_is_idempotent_and_keeps_data(tmp_path: Path) -> None:
    with open_store(tmp_path).store as store:
        session_id = store.start_session(routine_id="r", level_id="l")
    for _ in range(2):
        result = open_store(tmp_path)
        with result.store as store:
            assert result.notices == ()
            assert [s.id for s in store.sessions()] == [session_id]


def test_connection_pragmas(tmp_path: Path) -> None:
    with open_store(tmp_path).store as store:
        db = store.database
        assert db.query_one("PRAGMA journal_mode")[0] == "wal"  # type: ignore[index]
        assert db.query_one("PRAGMA synchronous")[0] == 2  # type: ignore[index]  # FULL
        assert db.query_one("PRAGMA foreign_keys")[0] == 1  # type: ignore[index]
        assert db.query_one("PRAGMA busy_timeout")[0] == 5000  # type: ignore[index]


def test_a_failing_migration_rolls_back_with_its_version_bump(tmp_path: Path) -> None:
    conn = sqlite3.connect(tmp_path / "x.db", isolation_level=None)
    good = ("CREATE TABLE a (x)",)
    bad = ("CREATE TABLE b (x)", "INSERT INTO nowhere VALUES (1)")
    with pytest.raises(sqlite3.OperationalError):
        migrate(conn, [good, bad])
    assert schema_version(conn) == 1
    names = {r[0] for r in conn.execute("SELECT name FROM sqlite_schema")}
    assert names == {"a"}
    assert not conn.in_transaction
    assert migrate(conn, [good, ("CREATE TABLE b (x)",)]) == 2
    conn.close()


def test_a_newer_schema_is_refused_and_left_alone(tmp_path: Path) -> None:
    _make_real_db(tmp_path, sessions=1)
    db = tmp_path / DB_FILENAME
    with sqlite3.connect(db) as conn:
        conn.execute(f"PRAGMA user_version = {len(MIGRATIONS) + 1}")
    conn.close()
    before = db.read_bytes()
    with pytest.raises(StoreUnavailable) as info:
        open_store(tmp_path)
    assert info.value.problem is StoreProblem.NEWER_SCHEMA
    assert info.value.versions == (len(MIGRATIONS) + 1, len(MIGRATIONS))
    assert db.read_bytes() == before
    assert not list(tmp_path.glob("*.corrupt-*"))


# --- privacy ---------------------------------------------------------------


def test_folder_is_0700_and_database_files_0600(tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        data_dir = tmp_path / "a" / "data"
        with open_store(data_dir).store as store:
            store.start_session(routine_id="r", level_id="l")
            assert _mode(data_dir) == 0o700
            files = [data_dir / f"{DB_FILENAME}{s}" for s in ("", "-wal", "-shm")]
            assert all(f.exists() for f in files)
            assert [_mode(f) for f in files] == [0o600] * 3
        with open_store(data_dir).store as store:  # reopening a cleanly closed file
            store.start_session(routine_id="r", level_id="l")
            assert [_mode(f) for f in files] == [0o600] * 3
        assert _mode(data_dir) == 0o700
    finally:
        os.umask(old)


def test_a_loose_existing_database_is_tightened(tmp_path: Path) -> None:
    db = _make_real_db(tmp_path, sessions=1)
    os.chmod(db, 0o644)
    open_store(tmp_path).store.close()
    assert _mode(db) == 0o600


# --- damaged files ---------------------------------------------------------


def _corrupt_name(now: float) -> str:
    return f"{DB_FILENAME}.corrupt-{time.strftime('%Y%m%d-%H%M%S', time.localtime(now))}"


def _assert_moved_aside(tmp_path: Path, original: bytes, now: float) -> None:
    result = open_store(tmp_path, clock=FakeClock(now))
    kept = tmp_path / _corrupt_name(now)
    assert re.fullmatch(r"history\.db\.corrupt-\d{8}-\d{6}", kept.name)
    assert kept.read_bytes() == original
    assert _mode(kept) == 0o600
    (notice,) = result.notices
    assert notice.kept == kept
    with result.store as store:
        assert store.sessions() == []
        session_id = store.start_session(routine_id="r", level_id="l")
    with open_store(tmp_path).store as store:
        assert [s.id for s in store.sessions()] == [session_id]


def test_random_bytes_are_moved_aside_unchanged(tmp_path: Path) -> None:
    junk = os.urandom(8192)
    db = tmp_path / DB_FILENAME
    db.write_bytes(junk)
    db.chmod(0o600)
    _assert_moved_aside(tmp_path, junk, T0)


def test_a_truncated_database_is_moved_aside_unchanged(tmp_path: Path) -> None:
    db = _make_real_db(tmp_path)
    whole = db.read_bytes()
    assert len(whole) > 8 * 4096
    half = whole[: len(whole) // 2]
    db.write_bytes(half)
    _assert_moved_aside(tmp_path, half, T0)


def test_a_corrupted_page_is_moved_aside(tmp_path: Path) -> None:
    db = _make_real_db(tmp_path)
    data = bytearray(db.read_bytes())
    data[4096 : 4096 + 512] = os.urandom(512)  # a b-tree page, header intact
    db.write_bytes(bytes(data))
    _assert_moved_aside(tmp_path, bytes(data), T0)


def test_moving_aside_never_overwrites_an_earlier_copy(tmp_path: Path) -> None:
    first = tmp_path / _corrupt_name(T0)
    first.write_bytes(b"an earlier damaged file")
    (tmp_path / DB_FILENAME).write_bytes(b"x" * 5000)
    result = open_store(tmp_path, clock=FakeClock(T0))
    result.store.close()
    assert first.read_bytes() == b"an earlier damaged file"
    second = tmp_path / f"{_corrupt_name(T0)}-1"
    assert second.read_bytes() == b"x" * 5000
    assert result.notices[0].kept == second


def test_a_stale_wal_goes_with_the_damaged_file(tmp_path: Path) -> None:
    (tmp_path / DB_FILENAME).write_bytes(b"y" * 5000)
    (tmp_path / f"{DB_FILENAME}-wal").write_bytes(b"old wal")
    result = open_store(tmp_path, clock=FakeClock(T0))
    result.store.close()
    assert (tmp_path / f"{_corrupt_name(T0)}-wal").read_bytes() == b"old wal"
    assert len(result.notices) == 1


def test_an_empty_file_is_a_valid_new_database(tmp_path: Path) -> None:
    (tmp_path / DB_FILENAME).touch()
    result = open_store(tmp_path)
    result.store.close()
    assert result.notices == ()
    assert not list(tmp_path.glob("*.corrupt-*"))


# --- unusable paths --------------------------------------------------------


def test_database_path_that_is_a_folder_is_a_clear_error(tmp_path: Path) -> None:
    (tmp_path / DB_FILENAME).mkdir()
    with pytest.raises(StoreUnavailable) as info:
        open_store(tmp_path)
    assert (info.value.problem, info.value.path) == (
        StoreProblem.DB_IS_FOLDER,
        tmp_path / DB_FILENAME,
    )
    assert (tmp_path / DB_FILENAME).is_dir()


def test_data_dir_under_a_regular_file_is_a_clear_error(tmp_path: Path) -> None:
    blocker = tmp_path / "blocker"
    blocker.write_text("a file")
    with pytest.raises(StoreUnavailable) as info:
        open_store(blocker / "data")
    assert (info.value.problem, info.value.path) == (StoreProblem.PATH_HAS_FILE, blocker / "data")


def test_data_dir_that_is_a_regular_file_is_a_clear_error(tmp_path: Path) -> None:
    blocker = tmp_path / "blocker"
    blocker.write_text("a file")
    with pytest.raises(StoreUnavailable) as info:
        open_store(blocker)
    assert (info.value.problem, info.value.path) == (StoreProblem.FOLDER_IS_FILE, blocker)
    assert blocker.read_text() == "a file"


@pytest.mark.skipif(
    os.geteuid() == 0,
    reason="root ignores file permissions, so chmod can't make a folder read-only",
)
@pytest.mark.parametrize("exists", [False, True], ids=["new-db", "existing-db"])
def test_read_only_data_dir_is_one_clear_error(tmp_path: Path, exists: bool) -> None:
    if exists:
        _make_real_db(tmp_path)
    os.chmod(tmp_path, 0o500)
    try:
        with pytest.raises(StoreUnavailable) as info:
            open_store(tmp_path)
        assert info.value.path == tmp_path
        assert info.value.problem in (StoreProblem.PERMISSION, StoreProblem.PERMISSION_OR_READ_ONLY)
    finally:
        os.chmod(tmp_path, 0o700)


@pytest.mark.skipif(
    os.geteuid() == 0, reason="root ignores file permissions, so chmod can't block mkdir"
)
def test_read_only_parent_of_a_new_data_dir_is_one_clear_error(tmp_path: Path) -> None:
    os.chmod(tmp_path, 0o500)
    try:
        with pytest.raises(StoreUnavailable) as info:
            open_store(tmp_path / "data")
        assert info.value.problem is StoreProblem.PERMISSION
    finally:
        os.chmod(tmp_path, 0o700)
