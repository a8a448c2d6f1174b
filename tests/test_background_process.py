"""Closing the window during an ice timer, in a real process under Xvfb: the app
asks, keeps running when told to (default button), and the end alarm still
reaches the desktop. The close is a ``WM_DELETE_WINDOW`` message, as a window
manager's close button sends; the answer is the Return key (xdotool).
"""

from __future__ import annotations

import shutil
import subprocess
import time
from pathlib import Path

import pytest
from private_bus import private_bus, wait_for
from test_alarm_process import application, start_coach
from x11_close import close_window

from coach.domain.history import ThermalKind
from coach.store.opening import open_store

pytestmark = pytest.mark.skipif(
    shutil.which("Xvfb") is None or shutil.which("xdotool") is None,
    reason="needs Xvfb and xdotool: sudo apt-get install xvfb xdotool",
)


def windows(display: str, title: str) -> list[int]:
    """Visible X windows named exactly ``title``."""
    found = subprocess.run(
        ["xdotool", "search", "--onlyvisible", "--name", f"^{title}$"],
        env={"DISPLAY": display},
        capture_output=True,
        text=True,
        check=False,
    )
    return [int(w) for w in found.stdout.split()]


def focused(display: str) -> int | None:
    """The X window that has input focus, or None."""
    found = subprocess.run(
        ["xdotool", "getwindowfocus"],
        env={"DISPLAY": display},
        capture_output=True,
        text=True,
        check=False,
    )
    return int(found.stdout) if found.stdout.strip().isdigit() else None


def test_closing_during_a_timer_keeps_it_running_and_the_alarm_fires(
    tmp_path: Path, display: str
) -> None:
    data = tmp_path / "data"
    with open_store(data).store as store:
        store.start_application(ThermalKind.ICE, planned_s=20 * 60, started_at=time.time())
    with private_bus(tmp_path) as bus:
        app = start_coach(data, bus.address, platform="xcb", display=display)
        try:
            wait_for(
                "the window",
                lambda: app.poll() is not None or bool(windows(display, "Rehab Coach")),
            )
            assert app.poll() is None, f"the app ended at start: {app.communicate()[1]}"
            [window] = windows(display, "Rehab Coach")
            close_window(display, window)
            wait_for("the question", lambda: len(windows(display, "Rehab Coach")) == 2)
            [question] = [w for w in windows(display, "Rehab Coach") if w != window]
            # No window manager here: the key goes wherever X input focus is,
            # so press it once the app has given the question the focus.
            wait_for("the question to have the keyboard", lambda: focused(display) == question)
            subprocess.run(["xdotool", "key", "Return"], env={"DISPLAY": display}, check=True)
            wait_for("the question to go", lambda: len(windows(display, "Rehab Coach")) <= 1)
            assert app.poll() is None  # still running after the close
            assert application(data)["status"] == "running"
            wait_for(
                "the end note",
                lambda: any(n["summary"] == "Ice finished" for n in bus.notes()),
                timeout_s=60,
            )
            assert app.poll() is None
            assert application(data)["status"] == "finished"
        finally:
            app.terminate()
            _, stderr = app.communicate(timeout=10)
    assert "Traceback" not in stderr
