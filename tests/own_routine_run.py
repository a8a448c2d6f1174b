"""Child process for the own-routine test: the real app, driven by clicks, picks the
person's own routine on the check-in's result page and starts it.

``python tests/own_routine_run.py DATA_DIR ROUTINE_NAME`` prints ``NOTE <text>`` (the
"My routines" note as shown), then ``STARTED <session id>`` once the session has
saved its first step, and exits.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication
from test_before_session import PAIN_NOW, answer_checks, click
from test_before_session import button as before_button
from test_triage_wizard import CLEAR, Q, button, label, run_wizard

from coach.engine.clock import FakeClock
from coach.store.opening import open_store
from coach.ui.app.bootstrap import build_app
from coach.ui.checkin.before_session import BeforeSessionScreen
from coach.ui.checkin.triage_wizard import TriageWizard
from coach.ui.screens.home_screen import HomeScreen

DEEP_BUTTOCK = {**CLEAR, Q.ONSET: "gradual_recurring", Q.WHERE: frozenset({"deep_buttock"})}


def until(app: QApplication, done: Callable[[], bool], seconds: float = 60) -> None:
    """Process events until ``done()``; AssertionError after ``seconds``."""
    deadline = time.monotonic() + seconds
    while not done():
        assert time.monotonic() < deadline, f"timed out waiting for {done.__name__}"
        app.processEvents()


def main() -> int:
    data, name = Path(sys.argv[1]), sys.argv[2]
    app = QApplication([])
    wall, mono = FakeClock(time.time()), FakeClock(100.0)
    opened = open_store(data, clock=wall)
    built = build_app(opened.store, data_folder=data, wall=wall, mono=mono)
    built.window.show()
    built.window.activateWindow()
    until(app, built.window.isActiveWindow)
    home = built.window.screen_named("home")
    assert isinstance(home, HomeScreen)
    click(home.check_in_button)
    wizard = built.window.screen_named("triage")
    assert isinstance(wizard, TriageWizard)
    run_wizard(None, wizard, DEEP_BUTTOCK)  # type: ignore[arg-type]
    print(f"NOTE {label(wizard.outcome, 'My routines note').text()}", flush=True)
    click(button(wizard.outcome, f"Pick my routine: {name}"))
    click(home.start_button)
    before = built.window.screen_named("before")
    assert isinstance(before, BeforeSessionScreen)
    click(before_button(before, f"{PAIN_NOW} 2 out of 10"))
    click(before_button(before, "Only in my buttock"))
    answer_checks(before)
    click(before_button(before, "Start the session"))
    session_id = built.controller.session_id
    assert session_id is not None, "the session did not start"

    def step_saved() -> bool:
        wall.advance(0.5)
        mono.advance(0.5)
        built.controller.tick()
        return bool(opened.store.steps(session_id))

    until(app, step_saved)
    print(f"STARTED {session_id}", flush=True)
    built.controller.stop()
    built.speaker.shutdown()
    opened.store.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
