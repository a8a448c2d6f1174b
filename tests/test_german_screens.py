"""The app with its language set to German: Home, the check-in, the result, a session
and the after-session page, at 100 % and 200 % text, with no text cut off.

Writes PNGs to tmp_path, /tmp/shots and $SHOTS_DIR (when set), for people to look at.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot
from test_app import PIRIFORMIS, App, choose_piriformis, set_plan
from test_before_session import answer_checks, button
from test_triage_wizard import click, run_wizard, shoot, shot_dirs, visible_text

from coach.domain.history import SessionStatus
from coach.store.opening import open_store
from coach.ui.reminders.reminder_settings_box import ReminderSettingsRow
from coach.ui.screens.home_screen import HomeScreen


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


def clear_notices(app: App) -> None:
    for key in list(app.window.notices._keys):
        app.window.notices.remove(key)


def past_session(app: App, days_ago: int, pain: int) -> None:
    store = app.opened.store
    started = app.wall.now() - days_ago * 86400
    session_id = store.start_session(
        routine_id="piriformis_relief", level_id="stretch", pain_before=pain, started_at=started
    )
    store.finish_session(
        session_id, status=SessionStatus.COMPLETED, pain_after=pain, ended_at=started + 900
    )


def test_german_home(german_app: tuple[App, int], tmp_path: Path) -> None:
    app, size = german_app
    dirs = shot_dirs(tmp_path / "shots")
    clear_notices(app)
    home = app.built.home
    text = labels(app)
    assert "Erste Schritte" in text
    assert "Noch keine Übungsfolge" in text
    assert home.check_in_button.text() == "&Abfrage"
    assert home.settings_tile.title.text() == "Einstellungen"
    shoot(app.window, f"de_home_new_{size}", dirs)

    past_session(app, 2, 5)
    past_session(app, 1, 4)
    set_plan(app, "piriformis_relief", "stretch")
    clear_notices(app)
    text = labels(app)
    assert "Heutige Einheit" in text
    assert "Diese Woche" in text
    assert "2 Einheiten mit diesem Plan" in text
    assert "Schmerzen vor den Einheiten: 5\u00a0→\u00a04" in text
    assert home.start_button.text() == "Heutige Einheit &starten"
    weekday = home.date.text().split(",")[0]
    assert weekday in {"Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag"} | {
        "Sonntag"
    }
    shoot(app.window, f"de_home_plan_{size}", dirs)


def test_english_home_words_its_plurals(qtbot: QtBot) -> None:
    from coach.flow.home_snapshot import HomeSnapshot

    home = HomeScreen()
    qtbot.addWidget(home)
    home.show_state(HomeSnapshot(plan_title="Plan", streak=1, sessions_done=1))
    assert home.streak.text() == "1 day in a row"
    assert home.history_tile.detail.text() == "1 session on this plan"
    home.show_state(HomeSnapshot(plan_title="Plan", streak=3, sessions_done=2, pain_trend=(4.5,)))
    assert home.streak.text() == "3 days in a row"
    assert home.history_tile.detail.text() == "2 sessions on this plan"
    assert home.pain_summary.text() == "Pain before your session: 4.5"


def test_german_settings_and_reminders(german_app: tuple[App, int], tmp_path: Path) -> None:
    app, size = german_app
    dirs = shot_dirs(tmp_path / "shots")
    clear_notices(app)
    click(app.qtbot, app.built.home.settings_tile)
    settings = app.built.settings_screen.get()
    assert app.screen() == "settings"
    text = labels(app)
    assert "Einstellungen" in text
    assert "Hinweise ansagen" in text
    assert "Sprechtempo" in text
    assert settings.back_button.text() == "&Startseite"
    assert settings.rate.suffix() == " Wörter pro Minute"
    assert settings.text_size.itemText(2) == "Sehr groß (200 %)"
    shoot(app.window, f"de_settings_{size}", dirs)

    row = settings.findChild(ReminderSettingsRow)
    assert row is not None
    click(app.qtbot, row.button)
    assert row.dialog.isVisible()
    assert row.box.title() == "Erinnerungen"
    assert [box.text() for box in row.box.days] == ["Mo", "Di", "Mi", "Do", "Fr", "Sa", "So"]
    shoot(row.dialog, f"de_reminders_{size}", dirs)  # <= 1024 px wide, nothing cut off
    assert row.dialog.height() <= 700
    row.dialog.accept()
