"""The session player at 14, 18 and 28 pt text, in English and German: through every
phase of a routine (get ready, hold, rest, switch sides, self-paced reps with Done,
paused), every control is inside the window without scrolling, and the figure is
large and wholly on screen."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QPushButton, QScrollArea, QWidget
from pytestqt.qtbot import QtBot
from test_app import App, set_plan, start_session
from test_german_screens import start_german_session
from test_triage_wizard import shoot, shot_dirs

from coach.store.opening import open_store
from coach.ui.session.session_player import SessionPlayer
from coach.ui.widgets.main_window import MainWindow

CASES = [(language, size) for language in ("en", "de") for size in (100, 130, 200)]


@pytest.fixture(params=CASES, ids=[f"{lang}-{size}%" for lang, size in CASES])
def running(
    request: pytest.FixtureRequest, qtbot: QtBot, qapp: QApplication, tmp_path: Path
) -> Iterator[tuple[App, str]]:
    """The app in a language and text size, a session started."""
    language, size = request.param
    opened = open_store(tmp_path / "data")
    opened.store.set_setting("language", language)
    opened.store.close()
    app = App(qtbot, tmp_path / "data", text_size=size, theme="light")
    try:
        set_plan(app, "piriformis_relief", "standard")  # stretches and self-paced reps
        (start_german_session if language == "de" else start_session)(app, 3)
        yield app, f"{language}_{size}"
    finally:
        app.close()
        from coach.ui.app.translations import install_translations

        install_translations(qapp, "en")  # the next test starts in English again


def inside(widget: QWidget, viewport: QWidget) -> bool:
    """``widget`` is wholly inside ``viewport``'s rectangle."""
    rect = widget.rect()
    top_left = widget.mapTo(viewport, rect.topLeft())
    bottom_right = widget.mapTo(viewport, rect.bottomRight())
    return viewport.rect().contains(top_left) and viewport.rect().contains(bottom_right)


def player_fits(
    window: MainWindow, player: SessionPlayer, name: str, *, wide: bool = False
) -> list[str]:
    """What is wrong with the player as shown: the page scrolls, a control is off screen,
    the figure is under 300 px tall (under 45 % of the width if ``wide``: at 100 % text)
    or scrolled away."""
    holder = window._stack.currentWidget()
    assert isinstance(holder, QScrollArea)
    problems = []
    if holder.verticalScrollBar().isVisible():
        problems.append(f"{name}: the page scrolls")
    for button in player.controls.findChildren(QPushButton):
        if button.isVisibleTo(player) and not inside(button, holder.viewport()):
            problems.append(f"{name}: {button.accessibleName()!r} off screen")
    if player.figure.height() < 300:
        problems.append(f"{name}: figure {player.figure.height()} px tall")
    if not inside(player.figure, player.body.viewport()):
        problems.append(f"{name}: the figure is scrolled out of view")
    if wide and player.figure.width() < 0.45 * window.width():
        problems.append(f"{name}: figure {player.figure.width()} px wide")
    return problems


def test_the_controls_and_figure_stay_on_screen_in_every_phase(
    running: tuple[App, str], tmp_path: Path
) -> None:
    app, look = running
    dirs = shot_dirs(tmp_path / "shots")
    player = app.built.screens.player.get()
    controller = app.built.controller
    seen: set[tuple[str, bool]] = set()
    problems: list[str] = []
    for _ in range(80):
        for key in list(app.window.notices._keys):
            app.window.notices.remove(key)
        snap = controller.snapshot()
        if snap is None or snap.phase is None:
            break
        step = snap.phase.kind.name.lower()
        if step == "work" and snap.phase.duration_s is None:
            step = "reps"  # self-paced: Done shows too
        paused = len(seen) == 2  # pause once, on the third kind of step
        if paused:
            controller.toggle_pause()
        if (step, paused) not in seen:
            seen.add((step, paused))
            name = f"fit_{step}{'_paused' if paused else ''}_{look}"
            shoot(app.window, name, dirs)
            problems += player_fits(app.window, player, name, wide=look.endswith("_100"))
        if paused:
            controller.toggle_pause()
        controller.skip()
        app.advance(1)
    assert {"get_ready", "work", "rest", "switch", "reps"} <= {s for s, _ in seen}, seen
    assert any(paused for _, paused in seen)
    assert problems == []
