"""The first thing the person sees: the main window with Home, built from as little as
possible so it paints quickly; :mod:`coach.ui.app.bootstrap` completes the app after it.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from coach.engine.clock import Clock
from coach.flow.home_snapshot import HomeSnapshot
from coach.flow.settings import resolve_language
from coach.store.flow_keys import HOME_CARD_KEY, PLAN_KEY, SUSPENSION_KEY
from coach.store.opening import OpenResult
from coach.ui.app.app_settings import AppSettings, repaired_notice
from coach.ui.app.translations import install_translations
from coach.ui.screens.home_screen import HomeScreen
from coach.ui.widgets.main_window import MainWindow
from coach.ui.widgets.theme import apply_theme

if TYPE_CHECKING:
    from coach.store.history import HistoryStore


@dataclass(frozen=True, slots=True)
class Shell:
    """The window showing Home (its actions, not yet its plan), and what built it."""

    opened: OpenResult
    """The opened database: Home's first paint reads only its settings."""
    data_folder: Path
    wall: Clock
    mono: Clock
    settings: AppSettings
    window: MainWindow
    home: HomeScreen
    language: str = "en"
    """The language the app runs in (content, speech): fixed until the next start."""

    @property
    def store(self) -> HistoryStore:
        """The whole history store (its record classes are imported on first use)."""
        return self.opened.store


def build_shell(opened: OpenResult, *, data_folder: Path, wall: Clock, mono: Clock) -> Shell:
    """Apply the saved text size and make the window with Home in front; shows nothing.
    Settings that could not be read are named in a notice (once: they are repaired).

    Home shows the plan card it showed last time, if made from the same plan and
    suspension. Imports only what Home's first paint needs: no routines, poses,
    speech, charts or flow rules.
    """
    saved = opened.settings
    locale_name = QLocale.system().name()
    settings, repaired = AppSettings.read(saved, locale_name=locale_name)
    language = resolve_language(settings.language, locale_name)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    install_translations(app, language)
    apply_theme(app, text_size=settings.text_size, theme=settings.theme)
    window = MainWindow()
    home = window.build_screen("home", HomeScreen)
    card = HomeSnapshot.first_paint(
        saved.get_setting(HOME_CARD_KEY, None),
        plan=saved.get_setting(PLAN_KEY, None),
        suspension=saved.get_setting(SUSPENSION_KEY, None),
    )
    if card is not None:
        home.show_state(card)
    window.show_screen("home")
    if repaired:  # worded now: the translations are installed
        window.notices.add(repaired_notice(repaired), key="settings_repaired")
    return Shell(opened, data_folder, wall, mono, settings, window, home, language)
