"""Health data is private: no network socket, and every file the app writes is 0600."""

from __future__ import annotations

import os
import re
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest

CHILD = Path(__file__).with_name("privacy_run.py")
NETWORK_FAMILIES = re.compile(r"socket\((AF_INET6?|AF_PACKET)")


def run_child(tmp_path: Path, *prefix: str) -> tuple[Path, Path, subprocess.CompletedProcess[str]]:
    data, exports = tmp_path / "data", tmp_path / "exports"
    exports.mkdir()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [*prefix, sys.executable, str(CHILD), str(data), str(exports)],
        capture_output=True,
        text=True,
        timeout=240,
        env=env,
        check=False,
    )
    assert result.returncode == 0 and "DONE" in result.stdout, result.stdout + result.stderr[-3000:]
    return data, exports, result


@pytest.mark.skipif(shutil.which("strace") is None, reason="strace is not installed")
def test_a_session_an_ice_timer_and_exports_open_no_network_socket(tmp_path: Path) -> None:
    trace = tmp_path / "trace.txt"
    run_child(tmp_path, "strace", "-f", "-qq", "-e", "trace=socket", "-o", str(trace))
    calls = trace.read_text().splitlines()
    assert any("socket(" in line for line in calls), "strace saw no socket call at all"
    network = [line for line in calls if NETWORK_FAMILIES.search(line)]
    assert network == []


def test_every_file_the_app_writes_is_private(tmp_path: Path) -> None:
    data, exports, _ = run_child(tmp_path)
    written = [p for p in [*data.rglob("*"), *exports.rglob("*")] if p.is_file()]
    assert any(p.name == "history.db" for p in written)
    names = sorted(p.name for p in exports.iterdir())
    assert names[-1] == "summary.pdf" and len(names) == 5, names  # four CSV files and the PDF
    assert all(name.endswith(".csv") for name in names[:-1]), names
    loose = {
        str(p.relative_to(tmp_path)): oct(stat.S_IMODE(p.stat().st_mode))
        for p in written
        if stat.S_IMODE(p.stat().st_mode) & 0o077
    }
    assert loose == {}
    folders = [data, *(p for p in data.rglob("*") if p.is_dir())]
    open_folders = [str(p) for p in folders if stat.S_IMODE(p.stat().st_mode) & 0o077]
    assert open_folders == []
