"""Every file and folder the app or a command creates is 0600/0700, whatever the
umask, and nothing is changed through a symlink."""

from __future__ import annotations

import os
import sqlite3
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from coach_process import start_coach, wait_until_started

from coach.store.opening import open_store
from coach.store.private_files import make_private_dir, tighten


def mode(path: Path) -> int:
    return stat.S_IMODE(path.lstat().st_mode)


@pytest.fixture
def loose_umask() -> Iterator[None]:
    """The common desktop umask 022, under which plain creation gives 0644/0755."""
    old = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(old)


@pytest.mark.usefixtures("loose_umask")
def test_missing_parents_are_made_private_too(tmp_path: Path) -> None:
    assert make_private_dir(tmp_path / "a" / "b" / "data")
    assert [mode(p) for p in (tmp_path / "a", tmp_path / "a" / "b", tmp_path / "a/b/data")] == [
        0o700
    ] * 3
    assert not make_private_dir(tmp_path / "a")
    (tmp_path / "file").write_text("")
    with pytest.raises(FileExistsError):
        make_private_dir(tmp_path / "file")


@pytest.mark.usefixtures("loose_umask")
def test_a_damaged_history_moved_aside_becomes_private(tmp_path: Path) -> None:
    (tmp_path / "history.db").write_bytes(b"not a database at all" * 100)
    os.chmod(tmp_path / "history.db", 0o644)
    opened = open_store(tmp_path)
    opened.store.close()
    kept = [p for p in tmp_path.iterdir() if ".corrupt-" in p.name]
    assert len(kept) == 1 and opened.notices
    assert mode(kept[0]) == 0o600
    assert mode(tmp_path / "history.db") == 0o600


@pytest.mark.usefixtures("loose_umask")
def test_a_symlinked_history_is_used_but_its_target_keeps_its_mode(tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere.db"
    sqlite3.connect(elsewhere).close()
    os.chmod(elsewhere, 0o644)
    (tmp_path / "data").mkdir(mode=0o700)
    (tmp_path / "data" / "history.db").symlink_to(elsewhere)
    with open_store(tmp_path / "data").store as store:
        store.start_session(routine_id="glute_strengthening", level_id="weeks_1_2")
    assert mode(elsewhere) == 0o644
    tighten(tmp_path / "data" / "history.db")
    assert mode(elsewhere) == 0o644


def test_tighten_leaves_a_fifo_alone_without_blocking(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "history.db-wal", 0o644)
    tighten(tmp_path / "history.db-wal")
    assert stat.S_ISFIFO((tmp_path / "history.db-wal").lstat().st_mode)


@pytest.mark.usefixtures("loose_umask")
def test_the_running_app_keeps_its_lock_and_folders_private(tmp_path: Path) -> None:
    data = tmp_path / "new" / "data"
    with open_store(data).store as store:
        left = store.start_session(routine_id="glute_strengthening", level_id="weeks_1_2")
    process = start_coach(data)
    try:
        wait_until_started(process, data, left)
        assert mode(data / "rehab-coach.lock") == 0o600
        assert mode(tmp_path / "new") == mode(data) == 0o700
        loose = [str(p) for p in data.rglob("*") if mode(p) & 0o077]
        assert loose == []
    finally:
        process.terminate()
        process.communicate(timeout=10)


@pytest.mark.usefixtures("loose_umask")
def test_doctor_before_the_app_creates_the_data_folder_private(tmp_path: Path) -> None:
    data = tmp_path / "fresh" / "data"
    result = subprocess.run(
        [sys.executable, "-m", "coach", "--data-dir", str(data), "doctor"],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        check=False,
    )
    assert "Data folder writable" in result.stdout, result.stdout + result.stderr
    assert mode(tmp_path / "fresh") == mode(data) == 0o700
    assert [p for p in data.rglob("*") if mode(p) & 0o077] == []
