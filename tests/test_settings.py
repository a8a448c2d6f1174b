"""Settings: saved in the store, shown and edited on the Settings screen, applied at once."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QPushButton, QWidget
from pytestqt.qtbot import QtBot
from test_app import App

from coach.domain.regions import Region
from coach.store.history import HistoryStore
from coach.store.opening import open_store
from coach.ui.app.app_settings import TEXT_SIZES, AppSettings
from coach.ui.design.tokens import SECTION
from coach.ui.screens.settings_screen import SettingsScreen
from coach.ui.widgets.theme import BASE_POINT_SIZE, point_size


@pytest.fixture
def store(tmp_path: Path) -> HistoryStore:
    return open_store(tmp_path).store


@pytest.mark.parametrize(
    ("saved", "expected"),
    [
        ({}, 100),
        ({"text_size": 200}, 200),
        ({"text_size": 130}, 130),
        ({"large_text": True}, 130),  # the older on/off setting
        ({"large_text": True, "text_size": 100}, 100),
        ({"text_size": 150}, 100),  # not a choice: the default
    ],
)
def test_text_size_is_read_back(
    store: HistoryStore, saved: dict[str, object], expected: int
) -> None:
    for key, value in saved.items():
        store.set_setting(key, value)  # type: ignore[arg-type]
    assert AppSettings.load(store).text_size == expected


def test_settings_round_trip(store: HistoryStore) -> None:
    settings = AppSettings(get_ready_s=20, text_size=200, region=Region.NZ)
    settings.save(store)
    assert AppSettings.load(store) == settings


@pytest.mark.parametrize(("percent", "points"), [(100, 14), (130, 18), (200, 28)])
def test_text_sizes_in_points(percent: int, points: int) -> None:
    assert percent in TEXT_SIZES
    assert point_size(percent) == points
    assert point_size(100) == BASE_POINT_SIZE


def test_choosing_a_text_size_by_keyboard_emits_it(qtbot: QtBot) -> None:
    screen = SettingsScreen()
    qtbot.addWidget(screen)
    emitted: list[AppSettings] = []
    screen.changed.connect(emitted.append)
    screen.show_settings(AppSettings(), [], "")
    assert emitted == []
    combo = next(c for c in screen.findChildren(QComboBox) if c.accessibleName() == "Text size")
    assert combo.currentText() == "Normal"
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_End)
    assert combo.currentText() == "Very large (200%)"
    assert emitted[-1].text_size == 200


def test_text_size_applies_at_once_and_after_a_restart(qtbot: QtBot, tmp_path: Path) -> None:
    app = App(qtbot, tmp_path)
    qapp = QApplication.instance()
    assert isinstance(qapp, QApplication)
    original = qapp.font()
    try:
        assert qapp.font().pointSize() == 14
        app.built.show_settings()
        assert app.screen() == "settings"
        home = app.built.home
        title = next(w for w in home.findChildren(QLabel) if w.text() == "Rehab Coach")
        assert title.font().pointSizeF() == pytest.approx(14 * SECTION)
        app.built.apply_settings(AppSettings(text_size=200))
        assert qapp.font().pointSize() == 28
        assert title.font().pointSizeF() == pytest.approx(28 * SECTION)  # built before, follows
        assert title.font().bold()
        assert AppSettings.load(app.opened.store).text_size == 200
        app.close()
        qapp.setFont(original)
        again = App(qtbot, tmp_path)  # reads what Settings saved
        assert qapp.font().pointSize() == 28
        again.close()
    finally:
        qapp.setFont(original)


def test_check_marks_of_the_theme_load(qapp: QApplication) -> None:
    """The style sheet draws checked boxes and radio buttons with these images."""
    from PySide6.QtGui import QImage

    from coach.paths import assets_dir

    for name in ("check.svg", "dot.svg"):
        image = QImage(str(assets_dir() / "ui" / name))
        assert not image.isNull(), name


def test_a_tampered_setting_is_named_once_and_repaired(qtbot: QtBot, tmp_path: Path) -> None:
    with open_store(tmp_path).store as store:
        store.set_setting("region", "UK")
    with sqlite3.connect(tmp_path / "history.db") as db:
        db.execute("UPDATE settings SET value = '\"UK' WHERE key = 'region'")
        db.execute("INSERT INTO settings (key, value) VALUES ('text_size', 'large')")
    first = App(qtbot, tmp_path)
    try:
        notice = "Some saved settings could not be read, so they are back to normal:"
        assert f"{notice} Text size, Where you live." in first.window.notices.texts()
        assert first.built.settings.text_size == 100
    finally:
        first.close()
    again = App(qtbot, tmp_path)
    try:
        assert not any(notice in text for text in again.window.notices.texts())
    finally:
        again.close()


def region_combo(root: QWidget) -> QComboBox:
    return next(c for c in root.findChildren(QComboBox) if c.accessibleName() == "Where you live")


def test_first_start_asks_where_you_live_and_remembers_it(qtbot: QtBot, tmp_path: Path) -> None:
    first = App(qtbot, tmp_path)
    try:
        combo = region_combo(first.window.notices)
        assert combo.currentData() == first.built.settings.region.value  # from the locale
        combo.setCurrentIndex(combo.findData("AU"))
        assert first.built.settings.region is Region.AU
        assert first.built.triage.emergency_number == "000"
        ok = next(b for b in first.window.notices.findChildren(QPushButton) if b.text() == "OK")
        ok.click()
    finally:
        first.close()
    again = App(qtbot, tmp_path)
    try:
        assert again.built.settings.region is Region.AU
        assert not [c for c in again.window.notices.findChildren(QComboBox)]  # asked once
    finally:
        again.close()


def test_region_in_settings_changes_every_safety_message(qtbot: QtBot, tmp_path: Path) -> None:
    app = App(qtbot, tmp_path)
    try:
        app.built.show_settings()
        settings = app.window.screen_named("settings")
        combo = region_combo(settings)
        combo.setCurrentIndex(combo.findData("US"))
        number = next(
            w for w in settings.findChildren(QLabel) if w.accessibleName() == "Emergency number"
        )
        assert number.text() == "Emergency number: 911"
        assert AppSettings.load(app.opened.store).region is Region.US
        player = app.window.screen_named("session")
        safety = next(w for w in player.findChildren(QLabel) if w.accessibleName() == "Safety")
        assert safety.text() == "In an emergency, call 911."
        combo.setCurrentIndex(combo.findData("UK"))
        assert safety.text() == "In an emergency, call 999."  # built screens follow
        assert number.text() == "Emergency number: 999"
    finally:
        app.close()


def test_the_repaired_settings_notice_in_english_and_german(qapp: QApplication) -> None:
    from coach.flow.settings import SCHEMA
    from coach.ui.app.app_settings import LABELS, repaired_notice
    from coach.ui.app.translations import install_translations

    assert {s.label for s in SCHEMA} == set(LABELS)
    assert repaired_notice(()) == ""
    assert repaired_notice(("rate", "text_size")) == (
        "Some saved settings could not be read, so they are back to normal: "
        "Speaking rate, Text size."
    )
    install_translations(qapp, "de")
    try:
        said = repaired_notice(("rate", "text_size"))
    finally:
        install_translations(qapp, "en")
    assert said == (
        "Einige gespeicherte Einstellungen ließen sich nicht lesen und sind wieder auf dem "
        "Standard: Sprechtempo, Schriftgröße."
    )
