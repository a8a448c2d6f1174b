"""A full disk, a database locked by another process or a read-only history never
freeze a session nor lose a completed unit: real processes, real faults."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from store_fault_run import plan_json

from coach.domain.history import SessionStatus
from coach.store.database import BUSY_TIMEOUT_MS
from coach.store.opening import open_store

CHILD = Path(__file__).with_name("store_fault_run.py")


def run_child(mode: str, data: Path, *, prefix: tuple[str, ...] = ()) -> dict[str, object]:
    result = subprocess.run(
        [*prefix, sys.executable, str(CHILD), mode, str(data)],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr[-3000:]
    assert "Traceback" not in result.stderr, result.stderr[-3000:]
    seen: dict[str, object] = json.loads(result.stdout.strip().splitlines()[-1])
    return seen


@pytest.mark.parametrize("mode", ["full", "busy"])
def test_the_session_goes_on_and_every_unit_is_saved_once_the_fault_ends(
    tmp_path: Path, mode: str
) -> None:
    seen = run_child(mode, tmp_path)
    assert seen["saved_before"] == 2
    assert seen["session_moved"] is True
    assert seen["unsaved_during"] == 3  # the three units done during the fault, kept
    assert seen["notices_during"] == ["saving"]
    told = seen["told"]
    assert isinstance(told, list) and len(told) == 2  # once when it failed, once when it works
    assert told[0].startswith("Your session is not being saved right now.") and told[1] == ""
    assert seen["unsaved_after"] == 0
    assert seen["units_in_db"] == seen["units_in_engine"]
    assert seen["status"] == SessionStatus.STOPPED.value
    assert "saving" not in seen["notices_after"]  # taken back once all is saved
    # Never blocked on the lock: the old code waited BUSY_TIMEOUT_MS (5 s) per write;
    # now a write waits BUSY_WAIT_MS. A tenth of the old wait leaves room for a busy CI.
    assert seen["longest_tick_ms"] < BUSY_TIMEOUT_MS / 10


def _can_mount_privately() -> bool:
    """Whether ``unshare -rm`` gives this user a mount namespace of its own."""
    if shutil.which("unshare") is None:
        return False
    trial = subprocess.run(["unshare", "-rm", "true"], capture_output=True, check=False)
    return trial.returncode == 0


@pytest.mark.skipif(not _can_mount_privately(), reason="no private mount namespace")
def test_a_read_only_history_starts_the_app_and_says_what_is_not_saved(tmp_path: Path) -> None:
    """history.db read-only (a read-only bind mount of just that file, in the child's
    own mount namespace: root ignores file modes): Home works and says why."""
    with open_store(tmp_path).store as store:
        store.start_session(routine_id="glute_strengthening", level_id="weeks_1_2")
        store.set_setting("plan", plan_json(store.now()))  # type: ignore[arg-type]
        store.set_setting("region", "UK")
    db = tmp_path / "history.db"
    read_only = f'mount --bind {db} {db} && mount -o remount,bind,ro {db} && exec "$@"'
    seen = run_child("readonly", tmp_path, prefix=("unshare", "-rm", "sh", "-c", read_only, "-"))
    assert seen["session_started"] is False
    assert seen["screen"] == "home"
    assert seen["notices"] == ["saving"]  # once: "Your history can't be saved right now..."
    assert seen["later_screen"] == "before"  # showing the red-flag message, as it should
    assert seen["text_size"] == 130  # applied for now, though it can't be kept
    assert seen["later_notices"] == ["saving"]  # the one notice, now naming the latest refusal
    with open_store(tmp_path).store as store:  # nothing was changed or lost
        assert [s.status for s in store.sessions()] == [SessionStatus.IN_PROGRESS]
