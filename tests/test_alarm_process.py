"""The ice alarm end to end in a real process: a private session bus, the fake
notification server on it, and ``python -m coach`` with its clocks sped up 60x
(the test-only ``REHAB_COACH_TEST_TIME_SCALE``), so a 6-minute ice timer rings
after 6 seconds. The test clicks "I've taken it off" on the desktop note and
the app records the time in the database.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from private_bus import private_bus, wait_for

from coach.domain.history import ThermalKind
from coach.store.datadir import DB_FILENAME
from coach.store.opening import open_store
from coach.ui.app.launch import TIME_SCALE_ENV

REPO = Path(__file__).resolve().parents[1]
SCALE = 60


def start_coach(
    data_dir: Path, bus: str, *extra: str, platform: str = "offscreen", display: str = ""
) -> subprocess.Popen[str]:
    """`python -m coach` on ``bus`` with fast clocks, on ``platform``/``display``; stderr piped."""
    env = {
        **os.environ,
        "DISPLAY": display,
        "QT_QPA_PLATFORM": platform,
        "PYTHONPATH": str(REPO),
        "DBUS_SESSION_BUS_ADDRESS": bus,
        TIME_SCALE_ENV: str(SCALE),
    }
    return subprocess.Popen(
        [sys.executable, "-m", "coach", "--data-dir", str(data_dir), *extra],
        cwd=REPO,
        env=env,
        stderr=subprocess.PIPE,
        text=True,
    )


def application(data_dir: Path) -> dict[str, Any]:
    """The one ice/heat row, read-only, as the app left it."""
    uri = f"file:{data_dir / DB_FILENAME}?mode=ro"
    with sqlite3.connect(uri, uri=True) as conn:
        conn.row_factory = sqlite3.Row
        row = conn.execute("SELECT * FROM thermal_applications").fetchone()
    return dict(row)


def test_the_end_alarm_reaches_the_desktop_and_its_button_is_recorded(tmp_path: Path) -> None:
    data = tmp_path / "data"
    with open_store(data).store as store:
        store.start_application(ThermalKind.ICE, planned_s=6 * 60, started_at=time.time())
    with private_bus(tmp_path) as bus:
        app = start_coach(data, bus.address)
        try:
            wait_for("the skin-check note", lambda: any(
                n["summary"] == "Check your skin" for n in bus.notes()))  # fmt: skip
            wait_for(
                "the end note", lambda: any(n["summary"] == "Ice finished" for n in bus.notes())
            )
            end = next(n for n in bus.notes() if n["summary"] == "Ice finished")
            assert end["hints"]["urgency"] == ["y", 2]
            assert end["actions"][:4] == ["default", "Open", "off", "I've taken it off"]
            assert application(data)["status"] == "finished"
            assert application(data)["acknowledged_at"] is None

            bus.invoke(end["id"], "off")
            wait_for(
                "the acknowledgement", lambda: application(data)["acknowledged_at"] is not None
            )
            assert app.poll() is None
        finally:
            app.terminate()
            _, stderr = app.communicate(timeout=10)
    row = application(data)
    assert (row["status"], row["actual_s"]) == ("finished", 6 * 60)
    assert row["acknowledged_at"] >= row["ended_at"]
    assert "Traceback" not in stderr
