"""The whole app, built as `rehab-coach` builds it, driven as a person would,
over a real SQLite file and fake clocks."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot
from test_before_session import MORNING, PAIN_NOW, answer_checks
from test_before_session import button as before_button
from test_triage_wizard import CLEAR, Q, click, has_named, run_wizard, visible_text

from coach.domain.history import EventKind, SessionStatus, StepOutcome, SymptomsReach
from coach.engine.clock import FakeClock
from coach.engine.events import EngineState
from coach.flow.plan import Plan
from coach.store.opening import open_store
from coach.ui.app.bootstrap import BuiltApp, build_app

PIRIFORMIS = {
    **CLEAR,
    Q.ONSET: "gradual_recurring",
    Q.WHERE: frozenset({"deep_buttock"}),
    Q.PAIN: 3,
}


class App:
    """The built app with its clocks, shown at 1024x700."""

    def __init__(
        self, qtbot: QtBot, data: Path, *, text_size: int | None = None, theme: str | None = None
    ) -> None:
        self.data = data
        self.wall = FakeClock(1_763_800_000.0)
        self.mono = FakeClock(500.0)
        self.opened = open_store(data)
        if text_size is not None:  # else what is saved (100% in a new folder)
            self.opened.store.set_setting("text_size", text_size)
        if theme is not None:  # else what is saved ("system" in a new folder)
            self.opened.store.set_setting("theme", theme)
        self.built: BuiltApp = build_app(
            self.opened.store,
            data_folder=data,
            notices=self.opened.notices,
            wall=self.wall,
            mono=self.mono,
        )
        self.window = self.built.window
        qtbot.addWidget(self.window)
        self.window.resize(1024, 700)
        self.window.show()
        self.window.activateWindow()
        qtbot.waitUntil(self.window.isActiveWindow)
        self.qtbot = qtbot

    def screen(self) -> str:
        return self.window.current_screen_name()

    def advance(self, seconds: float, step: float = 0.5) -> None:
        for _ in range(round(seconds / step)):
            self.wall.advance(step)
            self.mono.advance(step)
            self.built.controller.tick()

    def close(self) -> None:
        self.built.controller.stop()
        self.built.thermal.stop_early()
        self.built.thermal.acknowledge()  # no alarm left to ask about when the window closes
        self.built.speaker.shutdown()
        self.opened.store.close()


@pytest.fixture
def app(qtbot: QtBot, tmp_path: Path) -> Iterator[App]:
    made = App(qtbot, tmp_path)
    yield made
    made.close()


def check_in(app: App, answers: dict[str, object]) -> None:
    click(app.qtbot, app.built.home.check_in_button)
    assert app.screen() == "triage"
    run_wizard(app.qtbot, app.window.screen_named("triage"), answers)  # type: ignore[arg-type]


def test_a_first_start_home_leads_with_the_check_in(app: App) -> None:
    home = app.built.home
    steps = home.first_steps
    assert steps is not None and steps.isVisibleTo(home)  # the three steps to a plan
    assert not home.start_button.isVisibleTo(home)
    assert home.focusProxy() is steps.button  # Enter from Home starts the check-in
    click(app.qtbot, steps.button)
    assert app.screen() == "triage"


def start_session(app: App, pain: int) -> None:
    """From Home with a plan: answer the before-session questions and start."""
    click(app.qtbot, app.built.home.start_button)
    assert app.screen() == "before"
    before = app.window.screen_named("before")
    click(app.qtbot, before_button(before, f"{PAIN_NOW} {pain} out of 10"))
    click(app.qtbot, before_button(before, "Only in my buttock"))
    answer_checks(before)  # type: ignore[arg-type]
    if has_named(before, f"{MORNING}, 0 to 10"):
        click(app.qtbot, before_button(before, f"{MORNING} {pain} out of 10"))
    click(app.qtbot, before_button(before, "Start the session"))
    assert app.screen() == "session"


def choose_piriformis(app: App) -> None:
    """Check in and take the suggested routine: its first session starts at once."""
    check_in(app, PIRIFORMIS)
    click(app.qtbot, app.window.screen_named("triage").outcome.use_button)  # type: ignore[attr-defined]
    assert app.screen() == "session"


def piriformis_plan(app: App) -> None:
    """A piriformis plan chosen days ago (arranged in the store), Home in front."""
    set_plan(app, "piriformis_relief", "stretch")


def test_first_start_shows_the_notice_inside_the_window_once(qtbot: QtBot, tmp_path: Path) -> None:
    first = App(qtbot, tmp_path)
    assert first.window.windowTitle() == "Rehab Coach"
    assert first.screen() == "home"
    notice = "general self-care guidance. It is not a diagnosis"
    assert any(notice in text for text in first.window.notices.texts())
    understood = [
        b for b in first.window.notices.findChildren(QPushButton) if b.text() == "I understand"
    ]
    click(qtbot, understood[0])
    assert not any(notice in text for text in first.window.notices.texts())
    first.close()
    again = App(qtbot, tmp_path)
    assert not any(notice in text for text in again.window.notices.texts())
    again.close()


def test_a_red_flag_ends_the_check_in_with_no_routine_and_is_saved(app: App) -> None:
    check_in(app, {Q.AGE: 40, Q.CAUDA: frozenset({"saddle_numbness"}), Q.LEGS: frozenset()})
    wizard = app.window.screen_named("triage")
    assert "emergency department" in visible_text(wizard)
    assert not has_named(wizard, "Use this routine")
    saved = app.opened.store.last_triage()
    assert saved is not None and saved.route is None and saved.level == "emergency"
    assert app.built.flow.plan() is None
    app.built.flow.go_home()
    assert not app.built.home.start_button.isVisible()


def test_a_route_starts_its_first_session_at_once_and_becomes_the_plan(app: App) -> None:
    """ "Use this routine" starts the session: the check-in just asked every red flag and
    today's pain, so nothing is asked again."""
    choose_piriformis(app)
    plan = app.built.flow.plan()
    assert plan is not None and plan.routine_id == "piriformis_relief"
    session_id = app.built.controller.session_id
    record = app.opened.store.session(session_id) if session_id else None
    assert record is not None and record.pain_before == PIRIFORMIS[Q.PAIN]
    assert record.symptoms_reach is SymptomsReach.THIGH  # deep buttock pain may reach it
    app.built.controller.stop("test")
    app.built.flow.go_home()
    home = app.built.home
    assert home.plan_title.text().startswith("Deep hip stretches and glute strengthening")
    assert home.start_button.isVisible()


def test_a_whole_session_is_saved_step_by_step(app: App) -> None:
    piriformis_plan(app)
    start_session(app, 3)
    assert app.screen() == "session"
    player = app.built.screens.player.get()
    assert player.exercise_name.text() == "Lying figure-four stretch"
    assert player.side_badge.text() == "Left side"
    session_id = app.built.controller.session_id
    assert session_id is not None
    app.advance(60)
    assert app.opened.store.steps(session_id), "completed holds are saved while the session runs"
    app.advance(400)
    snapshot = app.built.controller.snapshot()
    assert snapshot is not None and snapshot.state is EngineState.FINISHED
    assert app.screen() == "after"

    after = app.built.screens.after.get()
    click(app.qtbot, before_button(after, "Pain after the session 2 out of 10"))  # type: ignore[arg-type]
    click(app.qtbot, after.spread_no)
    click(app.qtbot, after.save_button)
    record = app.opened.store.session(session_id)
    assert record is not None
    assert record.status is SessionStatus.COMPLETED
    assert (record.pain_before, record.pain_after, record.spreading_symptoms) == (3, 2, False)
    steps = app.opened.store.steps(session_id)
    assert len([s for s in steps if s.outcome is StepOutcome.COMPLETED]) == 8
    assert "Pain before: 3/10, after: 2/10" in after.summary.text()


def test_pain_of_eight_switches_to_gentle_only_for_today(app: App) -> None:
    piriformis_plan(app)
    start_session(app, 8)
    assert app.screen() == "session"
    assert app.built.screens.player.get().exercise_name.text() == "Comfortable rest position"
    session_id = app.built.controller.session_id
    record = app.opened.store.session(session_id) if session_id else None
    assert record is not None and record.routine_id == "gentle_only"


def test_closing_during_a_session_asks_inside_the_window(app: App) -> None:
    piriformis_plan(app)
    start_session(app, 2)
    assert app.built.controller.is_active()
    assert not app.window.close()
    player = app.built.screens.player.get()
    assert player.panels.currentWidget() is player.quit_panel
    snapshot = app.built.controller.snapshot()
    assert snapshot is not None and snapshot.state is EngineState.PAUSED
    app.qtbot.keyClick(player.quit_panel, Qt.Key.Key_Escape)
    assert app.window.isVisible()
    player.open_quit()
    app.qtbot.keyClick(player.quit_panel, Qt.Key.Key_Return)
    assert not app.window.isVisible()


def test_an_interrupted_session_is_offered_and_resumed_without_repeating_steps(
    qtbot: QtBot, tmp_path: Path
) -> None:
    first = App(qtbot, tmp_path)
    piriformis_plan(first)
    start_session(first, 2)
    first.advance(90)
    session_id = first.built.controller.session_id
    assert session_id is not None
    done_before = len(first.opened.store.steps(session_id))
    assert done_before >= 2
    # the process dies here: nothing is finished, nothing more is written
    first.built.controller.pause()
    first.built.speaker.shutdown()
    first.opened.store.close()

    second = App(qtbot, tmp_path)
    home = second.built.home
    assert home.resume_box.isVisible()
    assert f"{done_before} steps saved" in home.resume_text.text()
    click(qtbot, home.resume_button)
    assert second.screen() == "session"
    second.advance(600)
    steps = second.opened.store.steps(session_id)
    keys = [
        (s.block_index, s.side, s.set_no, s.unit_no)
        for s in steps
        if s.outcome is StepOutcome.COMPLETED
    ]
    assert len(keys) == len(set(keys)) == 8
    second.close()


def test_a_red_flag_before_a_session_blocks_the_next_until_a_clear_check_in(app: App) -> None:
    piriformis_plan(app)
    home = app.built.home
    click(app.qtbot, home.start_button)
    before = app.built.screens.before.get()
    click(app.qtbot, before_button(before, f"{PAIN_NOW} 3 out of 10"))
    click(app.qtbot, before_button(before, "Only in my buttock"))
    answer_checks(before, yes=frozenset({"both_legs"}))
    click(app.qtbot, before_button(before, "Start the session"))
    assert "emergency department" in visible_text(before)
    click(app.qtbot, before_button(before, "Back to Home"))

    assert app.screen() == "home"
    assert home.suspended_box.isVisible()
    assert "emergency department" in home.suspended_text.text()
    assert "do a new check-in" in home.suspended_text.text()
    assert not home.start_button.isVisible()
    assert home.check_in_button.hasFocus()
    app.qtbot.keyClick(home, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)  # the old shortcut
    assert app.screen() == "home" and app.opened.store.last_session() is None
    kinds = [e.kind for e in app.opened.store.events()]
    assert EventKind.PLAN_SUSPENDED in kinds

    app.wall.advance(2 * 86400)
    choose_piriformis(app)  # a later check-in with no red flags: the session starts
    assert EventKind.PLAN_RESUMED in [e.kind for e in app.opened.store.events()]
    assert app.built.controller.is_active()
    app.built.controller.stop("test")
    app.built.flow.go_home()
    assert not home.suspended_box.isVisible()
    assert home.start_button.isVisible()


def set_plan(app: App, routine_id: str, level_id: str) -> None:
    plan = Plan(
        routine_id, level_id, routine_id, chosen_at=app.wall.now() - 5 * 86400, first_pain=3
    )
    app.opened.store.set_setting("plan", plan.to_json())  # type: ignore[arg-type]
    app.built.flow.go_home()


def yesterdays_session(app: App, pain_before: int) -> None:
    store = app.opened.store
    session_id = store.start_session(
        routine_id="glute_strengthening",
        level_id="weeks_3_4",
        pain_before=pain_before,
        started_at=app.wall.now() - 20 * 3600,
    )
    store.finish_session(
        session_id,
        status=SessionStatus.COMPLETED,
        pain_after=pain_before,
        ended_at=app.wall.now() - 19 * 3600,
    )


def test_worse_next_morning_steps_the_level_down(app: App) -> None:
    set_plan(app, "glute_strengthening", "weeks_3_4")
    yesterdays_session(app, pain_before=2)
    click(app.qtbot, app.built.home.start_button)
    before = app.window.screen_named("before")
    assert has_named(before, f"{MORNING}, 0 to 10")
    click(app.qtbot, before_button(before, f"{PAIN_NOW} 2 out of 10"))
    click(app.qtbot, before_button(before, "Only in my buttock"))
    answer_checks(before)  # type: ignore[arg-type]
    click(app.qtbot, before_button(before, f"{MORNING} 4 out of 10"))
    click(app.qtbot, before_button(before, "Start the session"))
    plan = app.built.flow.plan()
    assert plan is not None and plan.level_id == "weeks_1_2"
    record = app.opened.store.session(app.built.controller.session_id or 0)
    assert record is not None and record.level_id == "weeks_1_2"
    last = app.opened.store.sessions(limit=2)[1]
    assert last.morning_pain == 4


def finish_with(app: App, *, easy: bool, pain_after: int = 2) -> str:
    while app.built.controller.is_active():
        app.advance(30)
        app.built.controller.done()
    after = app.built.screens.after.get()
    click(app.qtbot, before_button(after, f"Pain after the session {pain_after} out of 10"))  # type: ignore[arg-type]
    click(app.qtbot, after.spread_no)
    if easy:
        click(app.qtbot, after.easy)
    click(app.qtbot, after.save_button)
    return after.summary.text()


def test_an_easy_session_offers_the_next_level_once_the_next_morning_agrees(app: App) -> None:
    set_plan(app, "glute_strengthening", "weeks_1_2")
    start_session(app, 2)
    summary = finish_with(app, easy=True)
    assert "by tomorrow morning, the coach will offer the next level: Weeks 3-4" in summary
    app.built.flow.go_home()
    home = app.built.home
    assert not home.level_box.isVisible()  # not before the morning check
    app.wall.advance(20 * 3600)
    start_session(app, 2)  # this morning's pain: 2, back to the pre-session level
    app.built.controller.stop("enough for the test")
    app.built.flow.go_home()
    assert home.level_box.isVisible()
    assert "move up to: Weeks 3-4" in home.level_text.text()
    click(app.qtbot, home.level_button)
    plan = app.built.flow.plan()
    assert plan is not None and plan.level_id == "weeks_3_4"
    assert not home.level_box.isVisible()


def test_a_session_where_pain_rose_never_says_move_up(app: App) -> None:
    set_plan(app, "glute_strengthening", "weeks_1_2")
    start_session(app, 1)
    summary = finish_with(app, easy=True, pain_after=3)
    assert "Take it easier next time" in summary
    assert "next level" not in summary and "move up" not in summary


def test_a_stop_rule_offers_the_easier_level(app: App) -> None:
    set_plan(app, "glute_strengthening", "weeks_3_4")
    start_session(app, 2)
    app.advance(10)
    player = app.built.screens.player.get()
    player.open_hurts()
    player.hurts_panel.scale.set_value(6)
    click(app.qtbot, player.hurts_panel.submit)
    summary = finish_with(app, easy=False)
    assert "easier level: Weeks 1-2" in summary


def test_this_hurts_offers_the_easier_level_at_once(app: App) -> None:
    set_plan(app, "glute_strengthening", "weeks_3_4")
    start_session(app, 2)
    app.advance(10)
    player = app.built.screens.player.get()
    player.open_hurts()
    player.hurts_panel.scale.set_value(6)
    click(app.qtbot, player.hurts_panel.submit)
    assert "easier level: Weeks 1-2" in player.advice.text()
    click(app.qtbot, before_button(player, "Use the easier level from now on"))
    plan = app.built.flow.plan()
    assert plan is not None and plan.level_id == "weeks_1_2"
    assert "your plan now uses the easier level, Weeks 1-2" in player.advice.text()
    assert app.built.controller.is_active()  # today's session carries on
    summary = finish_with(app, easy=False)
    assert "try the easier level" not in summary


def notices_text(app: App) -> str:
    return "\n".join(app.window.notices.texts())


def test_a_damaged_history_is_moved_aside_and_the_app_says_so(qtbot: QtBot, tmp_path: Path) -> None:
    (tmp_path / "history.db").write_bytes(b"this is not a database, just some bytes" * 100)
    app = App(qtbot, tmp_path)
    try:
        assert "history.db.corrupt-" in notices_text(app)
        kept = list(tmp_path.glob("history.db.corrupt-*"))
        assert len(kept) == 1
        assert kept[0].read_bytes().startswith(b"this is not a database")
        assert app.screen() == "home"
    finally:
        app.close()


def test_broken_user_routines_are_listed_and_the_rest_still_load(
    qtbot: QtBot, tmp_path: Path
) -> None:
    user = tmp_path / "routines"
    user.mkdir()
    broken = Path(__file__).parent / "data"
    for name in ("syntax_error.toml", "bad_fields.toml"):
        (user / name).write_text((broken / "broken_routines" / name).read_text())
    (user / "exercises.toml").write_text(
        (broken / "broken_exercises" / "exercises.toml").read_text()
    )
    good = (Path(__file__).parents[1] / "routines" / "doms_recovery.toml").read_text()
    (user / "mine.toml").write_text(good.replace('id = "doms_recovery"', 'id = "my_doms"'))
    app = App(qtbot, tmp_path)
    try:
        text = notices_text(app)
        assert "Some of your own routine files have problems" in text
        assert "syntax_error.toml" in text
        assert "mystery_move.start_pose: unknown pose" in text
        routines = app.built.library.routines
        assert "my_doms" in routines and "piriformis_relief" in routines
        assert "bad_fields" not in routines
    finally:
        app.close()


def test_no_speech_engine_falls_back_to_captions_with_one_notice(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COACH_SPEECH_DRIVER", "no_such_driver")
    app = App(qtbot, tmp_path)
    try:
        app.built.start_speech()
        qtbot.waitUntil(lambda: "libespeak-ng1" in notices_text(app), timeout=15_000)
        piriformis_plan(app)
        start_session(app, 2)
        app.advance(12)
        assert app.built.screens.player.get().caption.text() == "“Hold”"
        assert notices_text(app).count("libespeak-ng1") == 1
    finally:
        app.close()


def test_sigkill_mid_session_loses_no_step_and_resume_is_offered(
    qtbot: QtBot, tmp_path: Path
) -> None:
    child = subprocess.Popen(
        [sys.executable, str(Path(__file__).with_name("app_session_run.py")), str(tmp_path), "3"],
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    try:
        assert child.stdout is not None
        ready = child.stdout.readline().split()
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
        if child.stdout is not None:
            child.stdout.close()
    assert ready[0] == "READY", ready
    saved, session_id = int(ready[1]), int(ready[2])
    assert saved == 3

    app = App(qtbot, tmp_path)
    try:
        store = app.opened.store
        record = store.session(session_id)
        assert record is not None and record.status is SessionStatus.INTERRUPTED
        assert len(store.steps(session_id)) == 3
        home = app.built.home
        assert home.resume_box.isVisible()
        assert "3 steps saved" in home.resume_text.text()
    finally:
        app.close()


MY_ROUTINE = """schema_version = 1
id = "my_evening_stretch"
name = "My evening stretch"
summary = "The stretch my physio showed me."

[[levels]]
id = "only"
name = "Every evening"

[[levels.blocks]]
exercise = "lying_piriformis_stretch"
mode = "hold"
seconds = 30
reps = 2
per_side = true
"""


def test_a_routine_file_in_the_data_folder_can_be_started_from_the_picker(
    tmp_path: Path,
) -> None:
    """A real process: the person's own routine file shows under "My routines" on the
    check-in's result page, marked as not chosen by it, and starts when picked."""
    (tmp_path / "routines").mkdir()
    (tmp_path / "routines" / "my_evening_stretch.toml").write_text(MY_ROUTINE, encoding="utf-8")
    child = subprocess.run(
        [sys.executable, "tests/own_routine_run.py", str(tmp_path), "My evening stretch"],
        cwd=Path(__file__).resolve().parents[1],
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert child.returncode == 0, child.stderr
    lines = dict(line.split(" ", 1) for line in child.stdout.splitlines())
    assert "did not choose these" in lines["NOTE"]
    with open_store(tmp_path).store as store:
        session = store.session(int(lines["STARTED"]))
        assert session is not None
        assert session.routine_id == "my_evening_stretch"
        assert store.steps(session.id)


def test_red_flag_symptoms_during_a_session_pause_the_plan_and_name_the_regions_number(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """Reported during a session, red-flag symptoms end it, open the safety questions,
    and (if the person goes Home instead) Home says why, with the region's number."""
    with open_store(tmp_path).store as store:
        store.set_setting("region", "US")
    app = App(qtbot, tmp_path)
    try:
        choose_piriformis(app)
        app.advance(3.0)
        player = app.built.screens.player.get()
        qtbot.keyClick(player, Qt.Key.Key_H)
        panel = player.hurts_panel
        panel.scale.set_value(3)
        panel.red_flag.setChecked(True)
        qtbot.keyClick(panel.scale, Qt.Key.Key_Return)
        app.advance(1.0)
        assert app.screen() == "triage", "the safety questions come first, not the summary"
        last = app.opened.store.last_session()
        assert last is not None and last.status is SessionStatus.STOPPED
        app.built.flow.go_home()
        home = app.built.home
        assert home.suspended_box.isVisible() and not home.start_button.isVisible()
        assert "In an emergency, call 911." in home.suspended_text.text()
        paused = [e for e in app.opened.store.events() if e.kind is EventKind.PLAN_SUSPENDED]
        assert len(paused) == 1 and "call 911" in paused[0].detail
    finally:
        app.close()
