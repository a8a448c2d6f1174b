"""Settings' "Delete all my data" in the whole app: a typed confirm, then an empty
history and no settings, and the app carries on as on its first start."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton
from pytestqt.qtbot import QtBot
from test_app import App, choose_piriformis, click
from test_history_ui import restore_app_look  # noqa: F401 (fixture)

from coach.domain.history import ThermalKind
from coach.store.demo import seed_demo_history
from coach.store.edits import set_note
from coach.ui.screens.erase_dialog import EraseDialog
from coach.ui.screens.settings_screen import SettingsScreen

DISCLAIMER = "general self-care guidance. It is not a diagnosis"


@pytest.fixture
def app(qtbot: QtBot, tmp_path: Path) -> Iterator[App]:
    made = App(qtbot, tmp_path)
    yield made
    made.close()


def open_settings(app: App) -> SettingsScreen:
    click(app.qtbot, app.built.home.settings_tile)
    screen = app.window.screen_named("settings")
    assert isinstance(screen, SettingsScreen)
    return screen


def open_confirm(app: App) -> EraseDialog:
    settings = open_settings(app)
    settings.erase_button.setFocus()
    app.qtbot.keyClick(settings.erase_button, Qt.Key.Key_Space)
    app.qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), EraseDialog))
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, EraseDialog)
    return dialog


def fill(app: App) -> None:
    store = app.opened.store
    choose_piriformis(app)  # its first session starts at once: stop it (a 6th session)
    app.built.controller.stop("test")
    app.built.flow.go_home()
    seed_demo_history(store, 5, seed=2)
    set_note(store, store.sessions()[0].id, "private words")
    store.set_setting("text_size", 130)


def test_the_confirm_says_what_goes_and_enter_does_not_delete(app: App) -> None:
    fill(app)
    dialog = open_confirm(app)
    assert "6 sessions" in dialog.summary.text() and "1 check-in" in dialog.summary.text()
    assert "0 ice or heat uses" in dialog.summary.text()
    assert not dialog.delete_button.isEnabled()
    app.qtbot.keyClicks(dialog.typed, "delet")
    app.qtbot.keyClick(dialog.typed, Qt.Key.Key_Return)  # the default is Cancel
    app.qtbot.waitUntil(lambda: not dialog.isVisible())
    assert app.opened.store.count_sessions() == 6
    assert app.opened.store.get_setting("text_size", 100) == 130


def test_typing_the_word_deletes_everything_and_the_app_starts_afresh(app: App) -> None:
    fill(app)
    store = app.opened.store
    dialog = open_confirm(app)
    app.qtbot.keyClicks(dialog.typed, " Delete ")
    assert dialog.delete_button.isEnabled()
    app.qtbot.keyClick(dialog.typed, Qt.Key.Key_Return)
    app.qtbot.waitUntil(lambda: store.count_sessions() == 0)
    assert store.applications() == [] and store.triages() == [] and store.events() == []
    assert store.setting_texts() == {}
    assert app.built.flow.plan() is None
    assert app.screen() == "home"
    texts = app.window.notices.texts()
    assert any("All your data was deleted" in t for t in texts)
    assert any(DISCLAIMER in t for t in texts)
    assert any("Where do you live?" in t for t in texts)
    assert app.built.settings.text_size == 100
    # usable: a new check-in makes a plan again (and starts its first session)
    choose_piriformis(app)
    assert store.triages() != []
    app.built.controller.stop("test")


def test_not_while_an_ice_timer_runs(app: App) -> None:
    app.built.thermal.start(ThermalKind.ICE, 10)
    settings = open_settings(app)
    click(app.qtbot, settings.erase_button)
    assert not isinstance(QApplication.activeModalWidget(), EraseDialog)
    assert any("Stop the ice or heat timer first" in t for t in app.window.notices.texts())
    app.built.thermal.stop_early()  # before pytest-qt closes the window: nothing to ask


@pytest.mark.parametrize("text_size", [100, 200])
def test_screenshots_of_the_confirm(
    qtbot: QtBot,
    tmp_path: Path,
    restore_app_look: QApplication,  # noqa: F811 (fixture)
    text_size: int,
) -> None:
    """Writes settings_erase_<size>.png and settings_<size>.png to tmp_path and $SHOTS_DIR."""
    app = App(qtbot, tmp_path / "data", text_size=text_size)
    try:
        dialog = open_confirm(app)
        app.qtbot.keyClicks(dialog.typed, "delete")
        folders = [tmp_path] + (
            [Path(os.environ["SHOTS_DIR"])] if os.environ.get("SHOTS_DIR") else []
        )
        for folder in folders:
            folder.mkdir(parents=True, exist_ok=True)
            assert dialog.grab().save(str(folder / f"settings_erase_{text_size}.png"))
            settings = app.window.screen_named("settings")
            assert settings.grab().save(str(folder / f"settings_{text_size}.png"))
        for button in dialog.findChildren(QPushButton):
            assert button.width() >= button.sizeHint().width(), button.text()
        dialog.reject()
    finally:
        app.close()
