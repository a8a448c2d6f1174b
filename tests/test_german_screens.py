"""The app with its language set to German: the check-in, the result, a session and
the after-session page, at 100 % and 200 % text, with no text cut off.

Writes PNGs to tmp_path, /tmp/shots and $SHOTS_DIR (when set), for people to look at.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot
from test_app import PIRIFORMIS, App, choose_piriformis
from test_before_session import answer_checks, button
from test_triage_wizard import click, run_wizard, shoot, shot_dirs, visible_text

from coach.store.opening import open_store


@pytest.fixture(params=[100, 200], ids=["100", "200"])
def german_app(
    request: pytest.FixtureRequest, qtbot: QtBot, qapp: QApplication, tmp_path: Path
) -> Iterator[tuple[App, int]]:
    """The built app over a data folder whose language setting is German."""
    opened = open_store(tmp_path / "data")
    opened.store.set_setting("language", "de")
    opened.store.close()
    app = App(qtbot, tmp_path / "data", text_size=request.param, theme="light")
    yield app, request.param
    app.close()
    from coach.ui.app.translations import install_translations

    install_translations(qapp, "en")  # the next test starts in English again


def start_german_session(app: App, pain: int, shot: tuple[str, list[Path]] | None = None) -> None:
    """As test_app.start_session, answering the safety check by its German texts
    (with ``shot``, a screenshot of the questions first: name and folders)."""
    click(app.qtbot, app.built.home.start_button)
    before = app.window.screen_named("before")
    assert "Wie weit nach unten reichen Ihre Beschwerden?" in labels(app)
    if shot is not None:
        shoot(app.window, *shot)
    click(app.qtbot, button(before, f"Schmerzen jetzt {pain} von 10"))
    click(app.qtbot, button(before, "Nur im Gesäß"))
    answer_checks(before)  # type: ignore[arg-type]
    click(app.qtbot, button(before, "Einheit starten"))
    assert app.screen() == "session"


def labels(app: App) -> str:
    return " ".join(label.text() for label in app.window.findChildren(QLabel) if label.isVisible())


def test_german_check_in_outcome_and_session(german_app: tuple[App, int], tmp_path: Path) -> None:
    app, size = german_app
    dirs = shot_dirs(tmp_path / "shots")
    assert app.built.language == "de"
    for key in list(app.window.notices._keys):
        app.window.notices.remove(key)
    click(app.qtbot, app.built.home.check_in_button)
    wizard = app.window.screen_named("triage")
    assert "Wie alt sind Sie?" in visible_text(wizard)  # type: ignore[arg-type]
    shoot(app.window, f"de_check_in_age_{size}", dirs)
    app.built.flow.go_home()

    choose_piriformis(app)
    app.built.flow.go_home()
    click(app.qtbot, app.built.home.check_in_button)

    run_wizard(app.qtbot, app.window.screen_named("triage"), PIRIFORMIS)  # type: ignore[arg-type]
    text = labels(app)
    assert "Vorgeschlagene Übungsfolge:" in text
    assert "Tiefe Hüftdehnungen und Gesäßkräftigung" in text
    shoot(app.window, f"de_outcome_{size}", dirs)
    app.built.flow.go_home()

    start_german_session(app, 3, (f"de_before_{size}", dirs))
    app.advance(3)
    QApplication.processEvents()
    for key in list(app.window.notices._keys):
        app.window.notices.remove(key)
    player = app.built.screens.player.get()
    assert player.exercise_name.text() == "Vierer-Dehnung im Liegen"
    assert player.side_badge.text() == "Ihre schmerzende Seite"
    shoot(app.window, f"de_session_get_ready_{size}", dirs)
    app.advance(12)
    shoot(app.window, f"de_session_hold_{size}", dirs)
    app.built.controller.stop("screenshot")
    assert "Wie fühlen Sie sich jetzt?" in labels(app)
    shoot(app.window, f"de_after_{size}", dirs)
