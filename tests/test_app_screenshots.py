"""Every main screen of the built app, light and dark, at 14 and 18 pt, with no text cut off.

Writes PNGs to tmp_path, /tmp/shots and $SHOTS_DIR (when set), for people to look at.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QScrollArea,
    QSlider,
    QWidget,
)
from pytestqt.qtbot import QtBot
from test_app import PIRIFORMIS, App, check_in, piriformis_plan, start_session
from test_session_fits import player_fits
from test_triage_wizard import click, look, look_text_size, shoot, shot_dirs

from coach.domain.history import SessionStatus
from coach.engine.events import EngineState, PhaseKind
from coach.flow.plan import Plan
from coach.store.demo import seed_demo_history
from coach.ui.reminders.reminder_settings_box import ReminderSettingsRow
from coach.ui.session.after_session import AfterAnswers
from coach.ui.session.session_player import SessionPlayer
from coach.ui.widgets.main_window import MainWindow

__all__ = ["look"]

CONTROLS = (QAbstractButton, QAbstractSpinBox, QComboBox, QSlider, QAbstractItemView, QLineEdit)


def unnamed_controls(root: QWidget) -> list[str]:
    """Visible controls a screen reader could not name (no accessible name, no text)."""
    found = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, CONTROLS) or not widget.isVisibleTo(root):
            continue
        if isinstance(widget.parent(), QAbstractSpinBox | QComboBox):
            continue  # a spin box's or combo box's own editor: named by its owner
        if widget.focusPolicy() == Qt.FocusPolicy.NoFocus and not isinstance(
            widget, QAbstractButton
        ):
            continue
        text = widget.text() if isinstance(widget, QAbstractButton) else ""
        if not widget.accessibleName() and not text.strip():
            found.append(f"{type(widget).__name__} in {type(widget.parent()).__name__}")
    return found


def check(app_window: MainWindow, name: str, dirs: list[Path]) -> None:
    """Screenshot ``name``; fail on clipped text or an unnamed control, and (below 200%
    text) on a screen that doesn't fit the 1024x700 window without scrolling."""
    shoot(app_window, name, dirs)
    assert unnamed_controls(app_window) == [], name
    assert app_window.size().toTuple() == (1024, 700), name
    holder = app_window._stack.currentWidget()
    assert isinstance(holder, QScrollArea)
    if not name.endswith("28pt"):
        bar = holder.verticalScrollBar()
        assert not bar.isVisible(), f"{name}: needs scrolling by {bar.maximum()} px"


def check_player(app_window: MainWindow, player: SessionPlayer, name: str) -> None:
    """The session's controls are on screen without scrolling at every text size, and
    the figure is large: >= 45 % of the width at 100 % text, >= 300 px tall at 200 %."""
    assert player_fits(app_window, player, name, wide=name.endswith("14pt")) == []


def finish_session(app: App) -> None:
    """Resume and do the rest of the session to its end, as a person would."""
    controller = app.built.controller
    if (snap := controller.snapshot()) and snap.state is EngineState.PAUSED:
        controller.toggle_pause()
    while controller.is_active():
        snap = controller.snapshot()
        assert snap is not None and snap.phase is not None
        if snap.phase.kind is PhaseKind.WORK and snap.phase.duration_s is None:
            controller.done()
        else:
            app.advance((snap.remaining_s or 0) + 0.5)
    assert app.screen() == "after"


def test_app_screens(qtbot: QtBot, tmp_path: Path, look: str) -> None:
    dirs = shot_dirs(tmp_path / "shots")
    app = App(qtbot, tmp_path / "data", text_size=look_text_size(look), theme=look.split("_")[0])
    try:
        check(app.window, f"app_first_start_notice_{look}", dirs)
        seed_demo_history(app.opened.store, 30, seed=2, end=app.wall.now() - 86400)
        for key in list(app.window.notices._keys):
            app.window.notices.remove(key)
        app.built.flow.go_home()
        check(app.window, f"app_home_first_{look}", dirs)
        check_in(app, PIRIFORMIS)
        check(app.window, f"app_routine_picker_{look}", dirs)
        outcome = app.window.screen_named("triage").outcome  # type: ignore[attr-defined]
        cards = outcome.scroll_area.widget().grab()  # every card, past the fold too
        for folder in dirs:
            assert cards.save(str(folder / f"app_routine_cards_{look}.png"))
        click(app.qtbot, outcome.use_button)  # the first session starts at once
        app.built.controller.stop("screenshot")
        piriformis_plan(app)
        plan = app.built.flow.plan()
        assert plan is not None
        app.opened.store.set_setting(
            "plan",
            # chosen a month ago, so the demo history fills Home's week, streak and trend
            Plan(plan.routine_id, "standard", plan.route, plan.chosen_at - 30 * 86400).to_json(),  # type: ignore[arg-type]
        )
        app.built.flow.go_home()
        check(app.window, f"app_home_plan_{look}", dirs)
        assert app.built.home.start_button.hasFocus()  # the first action
        start_session(app, 3)
        for key in list(app.window.notices._keys):
            app.window.notices.remove(key)
        app.advance(3)
        QApplication.processEvents()  # a speech notice ("no sound device") is posted...
        for key in list(app.window.notices._keys):  # ...and dismissed, as a person would
            app.window.notices.remove(key)
        player = app.built.screens.player.get()
        check(app.window, f"app_session_get_ready_{look}", dirs)
        check_player(app.window, player, f"app_session_get_ready_{look}")
        app.advance(12)
        check(app.window, f"app_session_hold_{look}", dirs)
        check_player(app.window, player, f"app_session_hold_{look}")
        player.open_hurts()
        check(app.window, f"app_session_this_hurts_{look}", dirs)
        assert player.hurts_panel.scale.hasFocus()
        player.hurts_panel.cancelled.emit()
        app.built.controller.toggle_pause()
        app.built.controller.skip()  # to the rest between the holds
        check(app.window, f"app_session_rest_{look}", dirs)
        check_player(app.window, player, f"app_session_rest_{look}")
        while (
            (snap := app.built.controller.snapshot())
            and snap.phase
            and snap.phase.exercise.id != "glute_bridge"
        ):
            app.built.controller.skip_exercise()
        app.advance(10)
        assert app.built.screens.player.get().exercise_name.text() == "Glute bridge"
        check(app.window, f"app_session_self_paced_{look}", dirs)
        check_player(app.window, player, f"app_session_self_paced_{look}")
        player.open_stop()
        check(app.window, f"app_session_stop_{look}", dirs)
        assert player.stop_panel.confirm_button.hasFocus()  # what Enter presses, with its ring
        player.stop_panel.cancelled.emit()
        finish_session(app)
        check(app.window, f"app_after_{look}", dirs)
        app.built.screens.after.get().saved.emit(AfterAnswers(2, False, False))
        check(app.window, f"app_after_summary_{look}", dirs)
        store, now = app.opened.store, app.wall.now()
        done = store.start_session(
            routine_id="piriformis_relief", level_id="standard", pain_before=3, started_at=now - 900
        )
        store.finish_session(done, status=SessionStatus.COMPLETED, pain_after=2, ended_at=now)
        app.built.flow.go_home()
        check(app.window, f"app_home_done_{look}", dirs)
        app.built.show_history()
        check(app.window, f"app_history_table_{look}", dirs)
        history = app.window.screen_named("history")
        app.qtbot.keyClick(history, Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)
        check(app.window, f"app_history_chart_{look}", dirs)
        app.built.show_settings()
        check(app.window, f"app_settings_{look}", dirs)
        reminders = app.window.findChild(ReminderSettingsRow)
        assert reminders is not None
        click(app.qtbot, reminders.button)
        shoot(reminders.dialog, f"app_reminders_{look}", dirs)  # <= 1024 px, nothing cut off
        assert reminders.dialog.height() <= 700
        assert unnamed_controls(reminders.dialog) == []
        reminders.dialog.accept()
        app.built.show_thermal()
        check(app.window, f"app_ice_heat_{look}", dirs)
        assert app.window.focusWidget() in app.window.findChildren(QAbstractButton)
    finally:
        app.close()
