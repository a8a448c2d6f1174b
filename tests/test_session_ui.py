"""A full short session driven from the keyboard with a FakeClock, saved in a real SQLite file."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from coach.content.loader import Library, load_library
from coach.content.triage_loader import load_triage
from coach.domain.history import EventKind, StepOutcome
from coach.domain.routine import Block, Dose, DoseMode
from coach.engine.clock import FakeClock
from coach.engine.events import EngineState, PhaseKind
from coach.figures.pose_loader import load_poses
from coach.flow.wording import time_left
from coach.paths import assets_dir, routines_dir
from coach.speech.speaker import NullSpeaker
from coach.store.history import HistoryStore
from coach.store.opening import open_store
from coach.ui.session.session_controller import SessionController
from coach.ui.session.session_display import figure_motion, format_seconds
from coach.ui.session.session_player import SessionPlayer

POSES = load_poses(assets_dir() / "poses")
TRIAGE = load_triage(routines_dir() / "triage.toml")


@pytest.fixture(scope="module")
def library() -> Library:
    return load_library([routines_dir()])


@pytest.fixture
def store(tmp_path: Path) -> Iterator[HistoryStore]:
    opened = open_store(tmp_path)
    yield opened.store
    opened.store.close()


def short_blocks(library: Library) -> tuple[Block, ...]:
    """A per-side 3 s hold x2 with 1 s rest, 3 timed reps of 1 s, and a self-paced set."""
    ex = library.exercises
    return (
        Block(
            ex["lying_piriformis_stretch"],
            Dose(
                DoseMode.HOLD,
                reps=2,
                seconds=3,
                per_side=True,
                rest_between_reps_s=1,
                get_ready_s=2,
                switch_s=1,
            ),
        ),
        Block(ex["heel_slide"], Dose(DoseMode.TIMED_REPS, reps=3, tempo_s=1, get_ready_s=2)),
        Block(ex["glute_bridge"], Dose(DoseMode.SELF_PACED, reps=10, get_ready_s=2)),
    )


class Rig:
    """The controller and player over a real store, with a fake clock to drive."""

    def __init__(self, qtbot: QtBot, store: HistoryStore, library: Library) -> None:
        self.clock = FakeClock()
        self.store = store
        self.controller = SessionController(
            clock=self.clock,
            store=store,
            speaker=NullSpeaker(),
            phrases=library.cues,
            rules=TRIAGE.rules,
        )
        self.player = SessionPlayer(self.controller, poses=POSES, pain_anchors="1-3 Mild")
        qtbot.addWidget(self.player)
        self.player.resize(1024, 700)
        self.player.show()
        qtbot.waitExposed(self.player)
        self.player.activateWindow()
        self.player.setFocus()
        self.qtbot = qtbot
        self.session_id = store.start_session(routine_id="test", level_id="one", pain_before=2)

    def begin(self, blocks: tuple[Block, ...]) -> None:
        self.controller.begin(blocks, session_id=self.session_id, pre_pain=2)

    def advance(self, seconds: float, step: float = 0.25) -> None:
        for _ in range(round(seconds / step)):
            self.clock.advance(step)
            self.controller.tick()

    def key(self, key: Qt.Key) -> None:
        self.qtbot.keyClick(self.player.focusWidget() or self.player, key)

    def phase_kind(self) -> PhaseKind | None:
        snapshot = self.controller.snapshot()
        assert snapshot is not None
        return snapshot.phase.kind if snapshot.phase else None


@pytest.fixture
def rig(qtbot: QtBot, store: HistoryStore, library: Library) -> Iterator[Rig]:
    made = Rig(qtbot, store, library)
    yield made
    made.controller.stop()


def test_full_session_with_sides_rest_pause_skip_back_and_done(
    rig: Rig, qtbot: QtBot, store: HistoryStore, library: Library
) -> None:
    rig.begin(short_blocks(library))
    assert rig.player.exercise_name.text() == "Lying figure-four stretch"
    assert rig.player.phase_label.text() == "Get ready"
    assert rig.player.countdown.text() == "2"
    assert rig.player.countdown.accessibleName() == "2 seconds left"
    assert (
        "Next up: Lying figure-four stretch" in rig.player.caption.text()
        or rig.player.caption.text()
    )

    rig.advance(2.0)
    assert rig.player.phase_label.text() == "Hold"
    assert rig.player.side_badge.text() == "Left side"
    assert "Hold 1 of 2" in rig.player.counters.text()

    rig.key(Qt.Key.Key_Space)  # pause for 10 s: no exercise time passes
    assert rig.player.phase_label.text() == "Paused"
    assert rig.player.controls.pause_button.text().startswith("Resume")
    assert rig.player.controls.pause_button.accessibleName() == "Resume"
    rig.advance(10.0)
    assert rig.player.countdown.text() == "3"
    rig.key(Qt.Key.Key_Space)
    rig.advance(3.0)  # first left hold done
    assert rig.phase_kind() is PhaseKind.REST
    assert "Next: hold 2 of 2" in rig.player.counters.text()
    rig.advance(1.0)  # rest
    rig.advance(3.0)  # second left hold done
    assert rig.phase_kind() is PhaseKind.SWITCH
    assert rig.player.caption.text() in ("“Switch sides”", "“Right side”")
    rig.advance(1.0)
    assert rig.player.side_badge.text() == "Right side"

    rig.key(Qt.Key.Key_Right)  # skip the first right hold
    rig.key(Qt.Key.Key_Left)  # and go back to it
    assert rig.phase_kind() in (PhaseKind.WORK, PhaseKind.REST, PhaseKind.SWITCH)
    rig.advance(10.0)  # both right holds, then into the timed reps
    assert rig.player.exercise_name.text() == "Heel slide"
    rig.advance(3.0)  # heel slide reps
    assert rig.player.exercise_name.text() == "Glute bridge"
    rig.advance(2.0)
    assert rig.player.countdown.text() == "10"
    assert rig.player.countdown.accessibleName() == "10 reps"
    assert rig.player.controls.done_button.isVisible()
    rig.advance(30.0)  # self-paced: nothing ends on its own
    assert rig.phase_kind() is PhaseKind.WORK
    rig.key(Qt.Key.Key_Return)
    snapshot = rig.controller.snapshot()
    assert snapshot is not None and snapshot.state is EngineState.FINISHED
    assert rig.player.caption.text() == "“Session complete. Well done.”"

    steps = store.steps(rig.session_id)
    completed = [
        (s.exercise_id, s.side, s.unit_no) for s in steps if s.outcome is StepOutcome.COMPLETED
    ]
    assert completed == [
        ("lying_piriformis_stretch", "left", 1),
        ("lying_piriformis_stretch", "left", 2),
        ("lying_piriformis_stretch", "right", 1),
        ("lying_piriformis_stretch", "right", 2),
        ("heel_slide", "both", 1),
        ("glute_bridge", "both", 1),
    ]
    holds = [
        s.active_s
        for s in steps
        if s.exercise_id == "lying_piriformis_stretch" and s.outcome is StepOutcome.COMPLETED
    ]
    assert holds == [3.0, 3.0, 3.0, 3.0]
    assert [s.outcome for s in steps if s.outcome is StepOutcome.SKIPPED] == [StepOutcome.SKIPPED]


def test_this_hurts_above_five_ends_the_exercise_and_is_saved(
    rig: Rig, qtbot: QtBot, store: HistoryStore, library: Library
) -> None:
    rig.begin(short_blocks(library))
    rig.advance(3.0)
    rig.key(Qt.Key.Key_H)
    assert rig.player.panels.currentWidget() is rig.player.hurts_panel
    snapshot = rig.controller.snapshot()
    assert snapshot is not None and snapshot.state is EngineState.PAUSED
    qtbot.keyClick(rig.player.hurts_panel.scale, Qt.Key.Key_6)
    qtbot.mouseClick(rig.player.hurts_panel.submit, Qt.MouseButton.LeftButton)
    assert rig.player.exercise_name.text() == "Heel slide"
    assert rig.player.advice.isVisible()
    assert "5" in rig.player.advice.text()
    events = store.events(rig.session_id, kind=EventKind.STOP_RULE)
    assert len(events) == 1
    snapshot = rig.controller.snapshot()
    assert snapshot is not None and snapshot.state is EngineState.RUNNING
    for _ in range(120):  # at most a minute of session time
        if rig.player.exercise_name.text() != "Heel slide":
            break
        rig.advance(0.5)
    assert rig.player.exercise_name.text() == "Glute bridge"
    assert not rig.player.advice.isVisible()  # the banner ends with the exercise after it


@pytest.mark.parametrize(
    ("pain", "nerve", "red_flag", "state", "stop_events"),
    [
        (3, False, False, EngineState.RUNNING, 0),
        (4, False, False, EngineState.RUNNING, 1),  # rise of 2 over the pre-session 2
        (2, True, False, EngineState.STOPPED, 1),
        (2, False, True, EngineState.STOPPED, 1),
    ],
)
def test_stop_rules_are_enforced_from_the_player(
    rig: Rig,
    qtbot: QtBot,
    store: HistoryStore,
    library: Library,
    pain: int,
    nerve: bool,
    red_flag: bool,
    state: EngineState,
    stop_events: int,
) -> None:
    rig.begin(short_blocks(library))
    rig.advance(3.0)
    rig.key(Qt.Key.Key_H)
    panel = rig.player.hurts_panel
    panel.scale.set_value(pain)
    panel.nerve.setChecked(nerve)
    panel.red_flag.setChecked(red_flag)
    qtbot.keyClick(panel.scale, Qt.Key.Key_Return)
    snapshot = rig.controller.snapshot()
    assert snapshot is not None and snapshot.state is state
    assert len(store.events(rig.session_id, kind=EventKind.STOP_RULE)) == stop_events


def test_escape_asks_before_stopping_and_keeps_done_steps(
    rig: Rig, qtbot: QtBot, store: HistoryStore, library: Library
) -> None:
    rig.begin(short_blocks(library))
    rig.advance(5.5)  # get ready + first hold
    rig.key(Qt.Key.Key_Escape)
    assert rig.player.panels.currentWidget() is rig.player.stop_panel
    qtbot.keyClick(rig.player.stop_panel, Qt.Key.Key_Escape)  # keep going
    snapshot = rig.controller.snapshot()
    assert snapshot is not None and snapshot.state is EngineState.PAUSED
    rig.key(Qt.Key.Key_Escape)
    panel = rig.player.stop_panel
    assert panel.confirm_button.hasFocus()  # Enter presses what has the focus ring
    qtbot.keyClick(panel.confirm_button, Qt.Key.Key_Tab)
    assert panel.cancel_button.hasFocus()
    qtbot.keyClick(panel.cancel_button, Qt.Key.Key_Return)  # "Keep going" focused: keeps going
    assert rig.player.panels.currentWidget() is not panel
    snapshot = rig.controller.snapshot()
    assert snapshot is not None and snapshot.state is not EngineState.STOPPED
    rig.key(Qt.Key.Key_Escape)
    qtbot.keyClick(panel.confirm_button, Qt.Key.Key_Return)
    snapshot = rig.controller.snapshot()
    assert snapshot is not None and snapshot.state is EngineState.STOPPED
    outcomes = [s.outcome for s in store.steps(rig.session_id)]
    assert outcomes[0] is StepOutcome.COMPLETED


def test_no_timer_runs_while_paused_or_after_the_end(
    rig: Rig, qtbot: QtBot, store: HistoryStore, library: Library
) -> None:
    rig.begin(short_blocks(library))
    assert rig.controller.ticking
    rig.controller.toggle_pause()
    assert not rig.controller.ticking
    rig.controller.stop()
    assert not rig.controller.ticking


@pytest.mark.parametrize(
    ("seconds", "text"),
    [(None, ""), (0.0, "0"), (0.2, "1"), (9.01, "10"), (59.5, "1:00"), (75, "1:15")],
)
def test_countdown_text(seconds: float | None, text: str) -> None:
    assert format_seconds(seconds) == text


@pytest.mark.parametrize(
    ("seconds", "spoken"),
    [
        (0.0, "0 seconds left"),
        (0.2, "1 second left"),
        (25.0, "25 seconds left"),
        (59.5, "1 minute left"),
        (65.0, "1 minute 5 seconds left"),
        (900.0, "15 minutes left"),
    ],
)
def test_what_a_screen_reader_says_for_the_countdown(seconds: float, spoken: str) -> None:
    assert time_left(seconds) == spoken


def test_figure_eases_into_a_hold_and_moves_with_timed_reps(
    rig: Rig, qtbot: QtBot, store: HistoryStore, library: Library
) -> None:
    blocks = short_blocks(library)
    rig.begin((replace(blocks[0], dose=replace(blocks[0].dose, get_ready_s=0)), blocks[1]))
    snapshot = rig.controller.snapshot()
    assert snapshot is not None and figure_motion(snapshot) == 0.0
    rig.advance(2.5)
    snapshot = rig.controller.snapshot()
    assert snapshot is not None and figure_motion(snapshot) == 1.0
