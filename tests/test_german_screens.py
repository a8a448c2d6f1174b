"""The app with its language set to German: Home, the check-in, the result, a session
and the after-session page, ice or heat, History, at 100 % and 200 % text, with no text
cut off and no text on screen that the catalogue has in English.

Writes PNGs to tmp_path, /tmp/shots and $SHOTS_DIR (when set), for people to look at.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator
from datetime import date
from functools import cache
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QGroupBox,
    QLabel,
    QTabBar,
    QTableView,
    QWidget,
)
from pytestqt.qtbot import QtBot
from test_app import PIRIFORMIS, App, choose_piriformis, set_plan
from test_before_session import answer_checks, button
from test_triage_wizard import click, run_wizard, shoot, shot_dirs, visible_text

from coach.domain.history import SessionStatus, ThermalKind
from coach.store.opening import open_store
from coach.ui.app.translations import CATALOGUE_DIR
from coach.ui.reminders.reminder_settings_box import ReminderSettingsRow
from coach.ui.screens.home_screen import HomeScreen


@pytest.fixture(params=[100, 200], ids=["100", "200"])
def german_app(
    request: pytest.FixtureRequest, qtbot: QtBot, qapp: QApplication, tmp_path: Path
) -> Iterator[tuple[App, int]]:
    """The built app over a data folder whose language setting is German; the app's font,
    style sheet and palette are put back afterwards (the next test is not at 200 %)."""
    look = qapp.font(), qapp.styleSheet(), qapp.palette()
    opened = open_store(tmp_path / "data")
    opened.store.set_setting("language", "de")
    opened.store.close()
    app = App(qtbot, tmp_path / "data", text_size=request.param, theme="light")
    yield app, request.param
    app.close()
    from coach.ui.app.translations import install_translations

    install_translations(qapp, "en")  # the next test starts in English again
    qapp.setFont(look[0])
    qapp.setStyleSheet(look[1])
    qapp.setPalette(look[2])


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


@cache
def english_texts() -> frozenset[str]:
    """Every English text of the catalogue whose German differs (with and without its
    "&" shortcut mark)."""
    found: set[str] = set()
    for message in ET.parse(CATALOGUE_DIR / "rehab_coach_de.ts").getroot().iter("message"):
        source = message.findtext("source") or ""
        forms = [f.text or "" for f in message.iter("numerusform")]
        german = forms or [message.findtext("translation") or ""]
        if source not in german:
            found |= {source, source.replace("&", "")}
    return frozenset(found)


def shown_texts(root: QWidget) -> list[str]:
    """What ``root`` shows: labels, buttons, tabs, group titles, table headers and cells,
    and the window title."""
    texts = [root.window().windowTitle()]
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root.window()) or not widget.isVisible():
            continue
        if isinstance(widget, QLabel | QAbstractButton):
            texts.append(widget.text())
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QTabBar):
            texts += [widget.tabText(i) for i in range(widget.count())]
        elif isinstance(widget, QTableView):
            model = widget.model()
            texts += [
                str(model.headerData(c, Qt.Orientation.Horizontal))
                for c in range(model.columnCount())
            ]
            texts += [
                str(model.index(r, c).data())
                for r in range(model.rowCount())
                for c in range(model.columnCount())
            ]
    return texts


def no_english(app: App) -> None:
    """Nothing on screen is a text the catalogue has in English."""
    english = [t for t in shown_texts(app.window) if t and t in english_texts()]
    assert english == [], english


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
    assert "Frage 1 von " in labels(app)
    assert app.window.windowTitle() == "Abfrage · Rehab Coach"
    no_english(app)
    shoot(app.window, f"de_check_in_age_{size}", dirs)
    app.built.flow.go_home()

    choose_piriformis(app)
    app.built.flow.go_home()
    click(app.qtbot, app.built.home.check_in_button)

    run_wizard(app.qtbot, app.window.screen_named("triage"), PIRIFORMIS)  # type: ignore[arg-type]
    text = labels(app)
    assert "Vorgeschlagene Übungsfolge:" in text
    assert "Tiefe Hüftdehnungen und Gesäßkräftigung" in text
    no_english(app)
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
    no_english(app)
    shoot(app.window, f"de_session_get_ready_{size}", dirs)
    app.advance(12)
    shoot(app.window, f"de_session_hold_{size}", dirs)
    app.built.controller.stop("screenshot")
    assert "Wie fühlen Sie sich jetzt?" in labels(app)
    assert "Einheit beendet. Was Sie gemacht haben, ist gespeichert." in labels(app)
    assert app.window.windowTitle() == "Nach der Einheit · Rehab Coach"
    no_english(app)
    shoot(app.window, f"de_after_{size}", dirs)
    after = app.built.screens.after.get()
    click(app.qtbot, button(after, "Schmerzen nach der Einheit 2 von 10"))
    click(app.qtbot, after.spread_no)
    click(app.qtbot, after.save_button)
    assert "Schmerzen vorher: 3/10, nachher: 2/10." in after.summary.text()
    assert "Sie haben " in after.summary.text()
    no_english(app)
    shoot(app.window, f"de_after_summary_{size}", dirs)


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
    assert "Noch keine Übungsfolge: drei Schritte dorthin" in text
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
    assert "Übungen · etwa " in text
    no_english(app)
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
    today = date(2026, 11, 22)
    home.show_state(HomeSnapshot(plan_title="Plan", streak=1, sessions_done=1, today=today))
    assert home.streak.text() == "1 day in a row"
    assert home.history_tile.detail.text() == "1 session on this plan"
    home.show_state(
        HomeSnapshot(plan_title="Plan", streak=3, sessions_done=2, pain_trend=(4.5,), today=today)
    )
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


def test_german_ice_or_heat(german_app: tuple[App, int], tmp_path: Path) -> None:
    """Choose, the checklist, the countdown, the skin check and "time's up"."""
    app, size = german_app
    dirs = shot_dirs(tmp_path / "shots")
    clear_notices(app)
    click(app.qtbot, app.built.home.thermal_tile)
    assert app.screen() == "thermal"
    screen = app.window.screen_named("thermal")
    assert "Wählen Sie Kälte oder Wärme." in labels(app)
    assert app.window.windowTitle() == "Kälte oder Wärme · Rehab Coach"
    no_english(app)
    shoot(app.window, f"de_thermal_setup_{size}", dirs)

    click(app.qtbot, button(screen, "Kälte wählen"))
    assert "Wenden Sie keine Kälte an, wenn eines davon auf Sie zutrifft:" in labels(app)
    no_english(app)
    shoot(app.window, f"de_thermal_checklist_{size}", dirs)
    button(screen, "Ich habe die Hinweise zu Kälte gelesen").click()  # may be scrolled away
    click(app.qtbot, button(screen, "Kälte starten"))
    thermal = app.built.thermal
    assert thermal.countdown() is not None
    assert "Timer: Kälte" in labels(app)
    no_english(app)
    shoot(app.window, f"de_thermal_countdown_{size}", dirs)

    rules = thermal.config.ice
    run(app, rules.skin_check_s + 1)
    assert "Prüfen Sie Ihre Haut" in labels(app)
    no_english(app)
    shoot(app.window, f"de_thermal_skin_check_{size}", dirs)
    click(app.qtbot, button(screen, "Haut sieht gut aus"))
    countdown = thermal.countdown()
    assert countdown is not None
    run(app, countdown.remaining_s + 1)
    text = labels(app)
    assert "Die Zeit ist um" in text
    assert "Kälte: Zeit ist um. Nehmen Sie die Auflage jetzt ab." in text
    assert "Kälte wieder ab " in text
    no_english(app)
    shoot(app.window, f"de_thermal_done_{size}", dirs)
    click(app.qtbot, button(screen, "Ich habe es abgenommen"))


def run(app: App, seconds: float) -> None:
    """Let the ice/heat timer's clocks run for ``seconds``."""
    app.wall.advance(seconds)
    app.mono.advance(seconds)
    app.built.thermal.refresh()
    QApplication.processEvents()


def test_german_history(german_app: tuple[App, int], tmp_path: Path) -> None:
    """Sessions, ice and heat, the pain chart and an export."""
    app, size = german_app
    dirs = shot_dirs(tmp_path / "shots")
    past_session(app, 9, 6)
    past_session(app, 2, 5)
    past_session(app, 1, 4)
    app.built.thermal.start(ThermalKind.ICE, 15)
    run(app, 120)
    app.built.thermal.stop_early("Skin did not look right at the skin check")
    clear_notices(app)
    click(app.qtbot, app.built.home.history_tile)
    assert app.screen() == "history"
    screen = app.window.screen_named("history")
    screen.refresh()  # type: ignore[attr-defined]
    text = labels(app)
    assert "Ihr Verlauf" in text
    assert "3 Einheiten, die neuesten zuerst." in text
    (table,) = [t for t in screen.findChildren(QTableView) if t.isVisible()]
    cells = [str(table.model().index(0, c).data()) for c in range(3)]
    assert cells[1:] == ["Tiefe Hüftdehnungen und Gesäßkräftigung", "Nur Dehnungen"]
    assert app.window.windowTitle() == "Verlauf · Rehab Coach"
    no_english(app)
    shoot(app.window, f"de_history_sessions_{size}", dirs)

    tabs = screen.findChild(QTabBar)
    assert tabs is not None
    tabs.setCurrentIndex(1)
    assert "1 Anwendung mit Kälte oder Wärme, die neueste zuerst." in labels(app)
    no_english(app)
    shoot(app.window, f"de_history_thermal_{size}", dirs)
    tabs.setCurrentIndex(2)
    QApplication.processEvents()
    assert "Zu sehen sind die letzten " in labels(app)
    no_english(app)
    shoot(app.window, f"de_history_chart_{size}", dirs)

    tabs.setCurrentIndex(0)
    (tmp_path / "csv").mkdir()
    assert screen.exports.export_csv(tmp_path / "csv")  # type: ignore[attr-defined]
    status = screen.exports.status_text()  # type: ignore[attr-defined]
    assert status.startswith("Gespeichert in ") and "3 Einheiten" in status
    (sessions,) = (tmp_path / "csv").glob("rehab-coach-sessions-*.csv")
    header = sessions.read_text(encoding="utf-8").splitlines()[0]
    assert header.startswith("Datum,Übungsfolge,Stufe,Dauer (Min.),")
    no_english(app)
    shoot(app.window, f"de_history_export_{size}", dirs)
