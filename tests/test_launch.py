"""The staged start: Home is painted first, the rest of the app right after."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from coach_process import REPO, start_and_stop, start_coach, wait_until_started
from pytestqt.qtbot import QtBot

from coach.engine.clock import MonotonicClock, WallClock
from coach.flow.home_snapshot import HomeSnapshot
from coach.flow.plan import Plan
from coach.flow.safety import Source, Suspension
from coach.store.opening import OpenResult, open_store
from coach.ui.app.launch import StagedStart
from coach.ui.app.shell import build_shell
from coach.ui.screens.home_screen import HomeScreen
from coach.ui.widgets.main_window import MainWindow


def test_home_is_shown_first_and_the_plan_follows(qtbot: QtBot, tmp_path: Path) -> None:
    store = open_store(tmp_path).store
    plan = Plan("glute_strengthening", "weeks_1_2", "glute_strengthening", store.now())
    store.set_setting("plan", plan.to_json())  # type: ignore[arg-type]
    shell = build_shell(
        OpenResult.of(store), data_folder=tmp_path, wall=WallClock(), mono=MonotonicClock()
    )
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
        "import sys, coach.app, coach.commands, coach.system_check, coach.ui.app.launch\n"
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
        "coach.ui.app.bootstrap",
        "coach.ui.app.app_flow",
        "coach.store.flow_state",  # the flow's rules (plan, progression, safety)
        "coach.store.history",  # the whole store: only its settings are read first
        "coach.domain.history",  # the store's record classes
        "coach.flow.progression",
        "PySide6.QtCharts",
        "PySide6.QtMultimedia",
        "PySide6.QtDBus",
        "tomllib",
        "subprocess",
    )
    assert [m for m in modules if m.startswith(later)] == []
    assert "coach.ui.screens.home_screen" in modules


def test_first_action_moves_to_start_even_before_the_window_is_active(qtbot: QtBot) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    window.add_lazy_screen("home", HomeScreen)
    window.show_screen("home")
    home = window.screen_named("home")
    assert isinstance(home, HomeScreen)
    assert window.focusWidget() is home.check_in_button  # not shown yet: remembered
    home.show_state(HomeSnapshot(plan_title="Glute strengthening · Weeks 1-2"))
    assert window.focusWidget() is home.start_button
    window.show()
    qtbot.waitUntil(home.start_button.hasFocus)


def test_rehab_coach_completes_its_start_in_a_real_process(tmp_path: Path) -> None:
    """`python -m coach` offscreen: the second stage runs (it marks a session left in
    progress as interrupted) and nothing goes wrong on standard error."""
    assert "Traceback" not in start_and_stop(tmp_path)


@pytest.mark.parametrize(
    ("old", "new", "named"),
    [
        ("schema_version = 1", "schema_version = [broken", "(syntax): not valid TOML"),
        (
            'knots = "trigger_point_release"',
            'knots = "no_such_routine"',
            "routes.knots: no routine has the id 'no_such_routine'",
        ),
    ],
)
def test_broken_shipped_data_is_reported_after_the_window_shows(
    tmp_path: Path, old: str, new: str, named: str
) -> None:
    """The app's own routine files are read in the second stage: a broken one (or a
    check-in rule leading to no routine) is named on standard error (and in a
    message box), with no traceback."""
    checkout = tmp_path / "checkout"
    for folder in ("coach", "assets", "routines"):
        shutil.copytree(REPO / folder, checkout / folder, ignore=shutil.ignore_patterns("*.pyc"))
    triage = checkout / "routines" / "triage.toml"
    text = triage.read_text(encoding="utf-8")
    assert old in text
    triage.write_text(text.replace(old, new, 1), encoding="utf-8")
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
    assert f"routines/triage.toml: {named}" in second
    assert "Traceback" not in rest


def test_a_tampered_setting_does_not_stop_the_app_from_starting(tmp_path: Path) -> None:
    """`python -m coach` with a text_size row that is not JSON (edited by hand): it starts,
    names the setting in a notice, and writes the default back so that shows once."""
    with open_store(tmp_path).store as store:
        left = store.start_session(routine_id="glute_strengthening", level_id="weeks_1_2")
    with sqlite3.connect(tmp_path / "history.db") as db:
        db.execute("INSERT INTO settings (key, value) VALUES ('text_size', 'large')")
    process = start_coach(tmp_path)
    try:
        wait_until_started(process, tmp_path, left)  # the second stage ran
    finally:
        process.terminate()
        _, stderr = process.communicate(timeout=10)
    assert "Traceback" not in stderr
    with open_store(tmp_path).store as store:
        assert store.setting_texts()["text_size"] == "100"


def test_a_suspended_plan_in_the_database_starts_with_home_blocked(tmp_path: Path) -> None:
    """The real start (`run_app`) in its own process over a history whose plan a red
    flag suspended: Home shows why, and offers the check-in but no session."""
    with open_store(tmp_path).store as store:
        plan = Plan("piriformis_relief", "stretch", "piriformis_relief", store.now())
        store.set_setting("plan", plan.to_json())  # type: ignore[arg-type]
        paused = Suspension(
            store.now(), Source.BEFORE_SESSION, "Go to an emergency department now."
        )
        store.set_setting("suspension", paused.to_json())  # type: ignore[arg-type]
    child = subprocess.run(
        [sys.executable, str(REPO / "tests" / "app_start_run.py"), str(tmp_path)],
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert child.returncode == 0, child.stderr
    shown = dict(line.split("=", 1) for line in child.stdout.splitlines() if "=" in line)
    assert shown["plan_title"].startswith("Deep hip stretches")
    assert shown["paused_visible"] == "True"
    assert "Go to an emergency department now." in shown["paused_text"]
    assert "do a new check-in" in shown["paused_text"]
    assert shown["start_visible"] == "False"
    assert shown["check_in_visible"] == "True"
    assert "Traceback" not in child.stderr


def test_the_next_start_paints_home_with_the_plan_card_it_showed_last(
    qtbot: QtBot, tmp_path: Path
) -> None:
    store = open_store(tmp_path).store
    plan = Plan("glute_strengthening", "weeks_1_2", "glute_strengthening", store.now())
    store.set_setting("plan", plan.to_json())  # type: ignore[arg-type]
    first = build_shell(
        OpenResult.of(store), data_folder=tmp_path, wall=WallClock(), mono=MonotonicClock()
    )
    qtbot.addWidget(first.window)
    start = StagedStart(first)
    qtbot.waitUntil(lambda: start.built is not None, timeout=5000)
    assert start.built is not None
    start.built.shutdown()

    again = open_store(tmp_path).store
    shell = build_shell(
        OpenResult.of(again), data_folder=tmp_path, wall=WallClock(), mono=MonotonicClock()
    )
    qtbot.addWidget(shell.window)
    home = shell.home
    assert home.plan_card.isVisibleTo(home)  # before the rest of the app is built
    assert home.plan_title.text() == "Glute strengthening · Weeks 1-2"
    assert home.start_button.isVisibleTo(home)
    assert (home.streak.text(), home.pain_summary.text()) == ("", "")  # not read yet: no guess

    moved_on = Plan("glute_strengthening", "weeks_3_4", "glute_strengthening", again.now())
    again.set_setting("plan", moved_on.to_json())  # type: ignore[arg-type]
    changed = build_shell(
        OpenResult.of(again), data_folder=tmp_path, wall=WallClock(), mono=MonotonicClock()
    )
    qtbot.addWidget(changed.window)
    assert not changed.home.plan_card.isVisibleTo(changed.home)  # the card is of another plan
    again.close()
