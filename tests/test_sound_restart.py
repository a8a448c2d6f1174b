"""The sound server dies and comes back mid-session: the countdown never stops,
sound comes back, and the log stays small. A private PulseAudio of the test's own
(its own socket), so no other program's sound server is touched."""

from __future__ import annotations

import contextlib
import itertools
import json
import os
import shlex
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from coach.ui.app.log_guard import MAX_REPEATS
from coach.ui.session.session_controller import DISPLAY_INTERVAL_MS

CHILD = Path(__file__).with_name("sound_restart_run.py")
PULSE_START = (
    "pulseaudio -D --exit-idle-time=-1 --disallow-exit -n "
    "-L module-null-sink -L module-native-protocol-unix"
)
RUN_S = 17
"""How long the session runs, in real seconds."""
SCRIPT = ("kill=2.5", "start=3.5", "kill=5", "start=5.5")
"""Session times (s) to kill the server (SIGKILL) and to start it again."""
STDERR_LIMIT = 8 * 1024
"""Bytes the whole run may write to standard error (the flood was 13 MB/s)."""


def _up(env: dict[str, str]) -> bool:
    info = subprocess.run(["pactl", "info"], capture_output=True, env=env, timeout=10)
    return info.returncode == 0


@pytest.fixture
def private_pulse(tmp_path: Path) -> Iterator[dict[str, str]]:
    """Environment that points Qt and pactl at a PulseAudio of this test's own."""
    if shutil.which("pulseaudio") is None or shutil.which("pactl") is None:
        pytest.skip("PulseAudio is not installed: sudo apt-get install pulseaudio pulseaudio-utils")
    runtime = tmp_path / "pulse"
    runtime.mkdir(mode=0o700)
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "PULSE_RUNTIME_PATH": str(runtime),
        "PULSE_SERVER": f"unix:{runtime / 'native'}",
        "PULSE_PID_FILE": str(runtime / "pid"),
        "PULSE_START": PULSE_START,
    }
    subprocess.run(shlex.split(PULSE_START), capture_output=True, env=env, timeout=30)
    deadline = time.monotonic() + 10
    while not _up(env) and time.monotonic() < deadline:
        time.sleep(0.1)
    if not _up(env):
        pytest.skip("PulseAudio would not start here")
    yield env
    pid_file = runtime / "pid"
    if pid_file.exists():
        with contextlib.suppress(ProcessLookupError, ValueError):
            os.kill(int(pid_file.read_text().split()[0]), signal.SIGKILL)


def test_a_sound_server_restart_never_freezes_the_session(
    private_pulse: dict[str, str], tmp_path: Path
) -> None:
    result = subprocess.run(
        [sys.executable, str(CHILD), str(tmp_path / "data"), str(RUN_S), *SCRIPT],
        capture_output=True,
        text=True,
        timeout=120,
        env=private_pulse,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    assert len(result.stderr.encode()) < STDERR_LIMIT, result.stderr[-3000:]
    assert "Traceback" not in result.stderr
    assert result.stderr.count("Invalid socket") <= MAX_REPEATS + 1
    seen = json.loads(result.stdout.strip().splitlines()[-1])
    assert [what for what, _ in seen["done"]] == ["kill", "start", "kill", "start"]
    progress = seen["progress"]
    positions = [(index, elapsed) for _, index, elapsed in progress]
    assert positions == sorted(positions)  # the session only moves forward
    changes = [t for (_, *before), (t, *after) in itertools.pairwise(progress) if before != after]
    changes = [progress[0][0], *changes, progress[-1][0]]
    # It never stood still (nor did the GUI loop stall) longer than a few of its own
    # display refreshes: a freeze would show as seconds without a change.
    assert max(b - a for a, b in itertools.pairwise(changes)) < 8 * DISPLAY_INTERVAL_MS / 1000
    restarted = seen["done"][-1][1]
    assert any(t > restarted for t in seen["sounds"]), f"no sound after {restarted}: {seen}"


def test_the_log_guard_writes_each_message_a_few_times_then_says_so() -> None:
    import io

    from PySide6.QtCore import QMessageLogContext, QtMsgType

    from coach.ui.app.log_guard import LogGuard

    out = io.StringIO()
    guard = LogGuard(out)
    for _ in range(1000):
        guard(QtMsgType.QtWarningMsg, QMessageLogContext(), "QSocketNotifier: Invalid socket")
    guard(QtMsgType.QtWarningMsg, QMessageLogContext(), "something else")
    lines = out.getvalue().splitlines()
    assert lines == [
        *["QSocketNotifier: Invalid socket"] * MAX_REPEATS,
        "(Qt repeated this message; further copies are left out: QSocketNotifier: Invalid socket)",
        "something else",
    ]


@pytest.mark.parametrize(
    ("env", "sockets"),
    [
        ({"PULSE_SERVER": "unix:/run/a/native"}, ["/run/a/native"]),
        ({"PULSE_SERVER": "{abc}unix:/run/a/native /run/b"}, ["/run/a/native", "/run/b"]),
        ({"PULSE_SERVER": "tcp:host:4713"}, None),
        ({"PULSE_RUNTIME_PATH": "/tmp/p"}, ["/tmp/p/native"]),
        ({"XDG_RUNTIME_DIR": "/run/user/1000"}, ["/run/user/1000/pulse/native"]),
        ({}, ["/run/pulse/native"]),
    ],
)
def test_the_sockets_libpulse_would_try(env: dict[str, str], sockets: list[str] | None) -> None:
    from coach.speech.sound_server import pulse_sockets

    found = pulse_sockets(env)
    assert (None if found is None else [str(p) for p in found]) == sockets


def test_sounds_wait_for_a_returning_server_to_settle() -> None:
    """Up at start: play. Gone: silent. Back: silent for SETTLE_S, then play."""
    from coach.speech.sound_server import SETTLE_S, SoundServer

    answering = [True]
    now = [100.0]
    server = SoundServer(
        {"PULSE_SERVER": "unix:/x"}, clock=lambda: now[0], probe=lambda _: answering[0]
    )
    assert server.up()
    answering[0] = False
    assert not server.up()
    answering[0] = True
    assert not server.up()
    now[0] += SETTLE_S - 0.01
    assert not server.up()
    now[0] += 0.02
    assert server.up()


def test_a_server_never_seen_leaves_the_choice_to_qt() -> None:
    from coach.speech.sound_server import SoundServer

    assert SoundServer({"PULSE_SERVER": "unix:/nowhere"}, probe=lambda _: False).up()
    assert SoundServer({"PULSE_SERVER": "tcp:host"}).up()
