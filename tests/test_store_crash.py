"""A killed process loses nothing it already committed, and the session can be resumed."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

from coach.domain.history import SessionStatus
from coach.store.opening import open_store

REPO = Path(__file__).resolve().parents[1]
WRITER = Path(__file__).with_name("store_writer.py")


def _writer(data_dir: Path, count: int) -> subprocess.Popen[str]:
    path = os.pathsep.join(filter(None, [str(REPO), os.environ.get("PYTHONPATH")]))
    env = {**os.environ, "PYTHONPATH": path}
    return subprocess.Popen(
        [sys.executable, str(WRITER), str(data_dir), str(count)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )


def test_sigkill_after_five_units_keeps_all_five(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    proc = _writer(data_dir, 5)
    try:
        assert proc.stdout is not None
        lines = [proc.stdout.readline().strip() for _ in range(5)]
        assert lines == [f"READY {k}" for k in range(1, 6)], proc.stderr and proc.stderr.read()
        proc.send_signal(signal.SIGKILL)
        assert proc.wait(timeout=10) == -signal.SIGKILL
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        for stream in (proc.stdout, proc.stderr):
            if stream is not None:
                stream.close()

    result = open_store(data_dir)
    assert result.notices == ()
    with result.store as store:
        (session,) = store.sessions()
        assert session.status is SessionStatus.IN_PROGRESS
        assert [s.unit_no for s in store.steps(session.id)] == [1, 2, 3, 4, 5]

        assert store.mark_interrupted() == [session.id]
        assert store.mark_interrupted() == []
        resumable = store.resumable_session()
        assert resumable is not None
        assert resumable.session.id == session.id
        assert resumable.session.status is SessionStatus.INTERRUPTED
        assert resumable.session.steps_done == 5
        assert [s.unit_no for s in resumable.steps] == [1, 2, 3, 4, 5]
        assert resumable.session.ended_at == resumable.steps[-1].at


def test_writer_reports_an_unusable_folder_in_one_line(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    proc = _writer(blocker / "data", 1)
    out, err = proc.communicate(timeout=30)
    assert proc.returncode == 2
    assert out == ""
    assert "Traceback" not in err
    assert err.count("\n") == 1
    assert f"Can't create the data folder {blocker / 'data'}" in err
