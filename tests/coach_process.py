"""Start the real app (`python -m coach`) in a child process, as a person would."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Mapping
from pathlib import Path

from coach.domain.history import SessionStatus
from coach.store.opening import open_store

REPO = Path(__file__).resolve().parents[1]


def start_coach(
    data_dir: Path, *, checkout: Path = REPO, env: Mapping[str, str] | None = None
) -> subprocess.Popen[str]:
    """`python -m coach --data-dir DATA_DIR` offscreen, run from ``checkout``, with
    ``env`` added to this process's environment; stderr piped."""
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONPATH": str(checkout),
        **(env or {}),
    }
    return subprocess.Popen(
        [sys.executable, "-m", "coach", "--data-dir", str(data_dir)],
        cwd=checkout,
        env=env,
        stderr=subprocess.PIPE,
        text=True,
    )


def wait_until_started(process: subprocess.Popen[str], data_dir: Path, session_id: int) -> None:
    """Wait until the app's second start stage has run: it marks ``session_id`` (left
    ``in_progress``) interrupted. Fails if the process ends first or 30 s pass."""
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        assert process.poll() is None, process.communicate()[1]
        with open_store(data_dir).store as store:
            record = store.session(session_id)
        assert record is not None
        if record.status is not SessionStatus.IN_PROGRESS:
            assert record.status is SessionStatus.INTERRUPTED
            return
        time.sleep(0.1)
    raise AssertionError("the app did not finish starting within 30 s")


def start_and_stop(data_dir: Path) -> str:
    """Start the real app on ``data_dir`` with a session left in progress, wait until
    its second start stage has run, stop it; its standard error."""
    with open_store(data_dir).store as store:
        left = store.start_session(routine_id="glute_strengthening", level_id="weeks_1_2")
    process = start_coach(data_dir)
    try:
        wait_until_started(process, data_dir, left)
    finally:
        process.terminate()
        _, stderr = process.communicate(timeout=10)
    return stderr
