"""The staged start: Home is painted first, the rest of the app right after."""

from __future__ import annotations

import shutil
import subprocess
import sys
import threading
from pathlib import Path

from coach_process import REPO, start_and_stop, start_coach
from pytestqt.qtbot import QtBot

from coach.domain.plan import Plan
from coach.engine.clock import MonotonicClock, WallClock
from coach.store.opening import open_store
from coach.ui.home_screen import HomeScreen, HomeState
from coach.ui.launch import StagedStart
from coach.ui.main_window import MainWindow
from coach.ui.shell import build_shell


def test_home_is_shown_first_and_the_plan_follows(qtbot: QtBot, tmp_path: Path) -> None:
    store = open_store(tmp_path).store
    plan = Plan("glute_strengthening", "weeks_1_2", "glute_strengthening", store.now())
    store.set_setting("plan", plan.to_json())  # type: ignore[arg-type]
    shell = build_shell(store, data_folder=tmp_path, wall=WallClock(), mono=MonotonicClock())
    qtbot.addWidget(shell.window)
    home = shell.window.screen_named("home")
    assert isinstance(home, HomeScreen)

    start = StagedStart(shell)

    assert start.built is None
    assert shell.window.isVisible()
    assert shell.window.windowTitle() == "Rehab Coach"
    assert shell.window.current_screen_name() == "home"
    assert home.check_in_button.isVisible()
    assert not home.plan_card.isVisible()  # nothing shown that could be wrong
    assert home.focusProxy() is home.check_in_button

    qtbot.waitUntil(lambda: start.built is not None, timeout=5000)
    assert start.error is None
    assert home.plan_card.isVisible()
    assert home.plan_title.text().startswith("Glute strengthening")
    assert home.start_button.isVisible()
    assert home.start_button.hasFocus()  # the first action moved with the plan
    home.start_button.click()
    assert shell.window.current_screen_name() == "before"
    assert start.built is not None
    start.built.shutdown()


def test_home_first_paint_imports_no_routines_speech_or_charts() -> None:
    """What `rehab-coach` imports before the first paint (a fresh interpreter)."""
    code = (
        "import sys, coach.app, coach.commands, coach.system_check, coach.ui.launch\n"
        "print('\\n'.join(sorted(sys.modules)))"
    )
    modules = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=REPO
    ).stdout.split()
    later = (
        "coach.content",
        "coach.figures",
        "coach.speech.speaker",
        "coach.engine.session",
        "coach.domain.triage",
        "coach.ui.bootstrap",
        "coach.ui.app_flow",
        "PySide6.QtCharts",
        "PySide6.QtMultimedia",
        "PySide6.QtDBus",
        "tomllib",
        "subprocess",
    )
    assert [m for m in modules if m.startswith(later)] == []
    assert "coach.ui.home_screen" in modules


def test_first_action_moves_to_start_even_before_the_window_is_active(qtbot: QtBot) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    window.add_lazy_screen("home", HomeScreen)
    window.show_screen("home")
    home = window.screen_named("home")
    assert isinstance(home, HomeScreen)
    assert window.focusWidget() is home.check_in_button  # not shown yet: remembered
    home.show_state(HomeState(plan_title="Glute strengthening · Weeks 1-2"))
    assert window.focusWidget() is home.start_button
    window.show()
    qtbot.waitUntil(home.start_button.hasFocus)


def test_rehab_coach_completes_its_start_in_a_real_process(tmp_path: Path) -> None:
    """`python -m coach` offscreen: the second stage runs (it marks a session left in
    progress as interrupted) and nothing goes wrong on standard error."""
    assert "Traceback" not in start_and_stop(tmp_path)


def test_broken_shipped_data_is_reported_after_the_window_shows(tmp_path: Path) -> None:
    """The app's own routine files are read in the second stage: a broken one is
    named on standard error (and in a message box), with no traceback."""
    checkout = tmp_path / "checkout"
    for folder in ("coach", "assets", "routines"):
        shutil.copytree(REPO / folder, checkout / folder, ignore=shutil.ignore_patterns("*.pyc"))
    (checkout / "routines" / "triage.toml").write_text("schema_version = [broken\n")
    process = start_coach(tmp_path / "data", checkout=checkout)
    assert process.stderr is not None
    watchdog = threading.Timer(30, process.kill)  # never hang on a missing line
    watchdog.start()
    try:  # the message box waits for a click: read the two lines, then stop
        first, second = process.stderr.readline(), process.stderr.readline()
    finally:
        watchdog.cancel()
        process.kill()
        rest = process.communicate(timeout=10)[1]
    assert first == "The app's own data files have problems:\n"
    assert "routines/triage.toml: (syntax): not valid TOML" in second
    assert "Traceback" not in rest
