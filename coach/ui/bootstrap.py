"""Build everything in one function: application, store, content, speech, screens, flow."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QLockFile, QTimer
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from coach.content.errors import ContentError, Problem
from coach.content.loader import load_library
from coach.content.thermal_loader import load_thermal
from coach.content.triage_loader import load_triage
from coach.engine.clock import Clock, MonotonicClock, WallClock
from coach.figures.pose import Pose
from coach.figures.pose_loader import load_pose, load_poses
from coach.paths import assets_dir, pose_ids, routines_dir
from coach.speech.speaker import CueSpeaker, NullSpeaker
from coach.store.errors import StoreError
from coach.store.history import HistoryStore
from coach.store.opening import open_store
from coach.ui.after_session import AfterSessionScreen
from coach.ui.app_flow import AppFlow, Screens
from coach.ui.app_settings import AppSettings
from coach.ui.before_session import BeforeSessionScreen
from coach.ui.home_screen import HomeScreen
from coach.ui.main_window import MainWindow
from coach.ui.notify import Notifier
from coach.ui.question_page import anchor_text
from coach.ui.session_controller import SessionController
from coach.ui.session_player import SessionPlayer
from coach.ui.settings_screen import SettingsScreen
from coach.ui.theme import apply_theme
from coach.ui.thermal_controller import ThermalController
from coach.ui.thermal_screen import ThermalScreen
from coach.ui.triage_wizard import TriageWizard

APP_ID = "io.github.rehab_coach.RehabCoach"
"""Reverse-DNS id: desktop entry, AppStream metainfo and Wayland app id."""
USER_ROUTINES = "routines"


def run_app(*, data_dir: str | None) -> int:
    """Start the desktop app and run it until the window closes; the exit code."""
    app = QApplication(sys.argv[:1])
    app.setApplicationName("Rehab Coach")
    app.setApplicationDisplayName("Rehab Coach")
    QGuiApplication.setDesktopFileName(APP_ID)
    icon = assets_dir() / "icons" / "rehab-coach.svg"
    if icon.is_file():
        app.setWindowIcon(QIcon(str(icon)))
    try:
        opened = open_store(data_dir)
    except StoreError as error:
        return _fatal(str(error))
    store = opened.store
    lock = QLockFile(str(store.path.parent / "rehab-coach.lock"))
    if not lock.tryLock(200):
        return _fatal("Rehab Coach is already running with this data folder.")
    try:
        app_built = build_app(store, data_folder=store.path.parent, notices=opened.notices)
    except ContentError as error:
        return _fatal(f"The app's own data files have problems:\n{error}")
    app_built.window.show()
    QTimer.singleShot(0, app_built.start_speech)
    code = app.exec()
    app_built.shutdown()
    lock.unlock()
    return code


def _fatal(message: str) -> int:
    print(message, file=sys.stderr)
    if QApplication.instance() is not None:
        QMessageBox.critical(None, "Rehab Coach", message)
    return 1


class BuiltApp:
    """The wired-up app: window, flow and the parts that need shutting down."""

    def __init__(self, store: HistoryStore, *, data_folder: Path, wall: Clock, mono: Clock) -> None:
        self.store = store
        self.data_folder = data_folder
        self.wall = wall
        self.mono = mono
        self.poses, pose_problems = _usable_poses(assets_dir() / "poses")
        self.library = load_library(
            [routines_dir(), data_folder / USER_ROUTINES],
            known_poses=pose_ids(),
        )
        self.triage = load_triage(routines_dir() / "triage.toml")
        self.thermal_config = load_thermal(routines_dir() / "thermal.toml")
        self.settings = AppSettings.load(store)
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        apply_theme(app, large_text=self.settings.large_text)
        store.mark_interrupted()

        self.window = MainWindow()
        self.speaker: NullSpeaker = NullSpeaker(self.window)
        self.controller = SessionController(
            clock=self.mono,
            store=store,
            speaker=self.speaker,
            phrases=self.library.cues,
            rules=self.triage.rules,
            parent=self.window,
        )
        anchors = anchor_text(self.triage.pain_anchors)
        self.notifier = Notifier(self.window)
        self.notifier.notice.connect(self.window.notices.add)
        self.thermal = ThermalController(
            store=store,
            config=self.thermal_config,
            wall=self.wall,
            mono=self.mono,
            notifier=self.notifier,
            parent=self.window,
        )
        screens = Screens(
            home=HomeScreen(),
            triage=TriageWizard(
                self.triage, {r.id: r.name for r in self.library.routines.values()}
            ),
            before=BeforeSessionScreen(self.triage),
            player=SessionPlayer(self.controller, poses=self.poses, pain_anchors=anchors),
            after=AfterSessionScreen(anchors),
        )
        self.thermal_screen = ThermalScreen(self.thermal, self.thermal_config)
        self.settings_screen = SettingsScreen()
        for name, screen in (
            ("home", screens.home),
            ("triage", screens.triage),
            ("before", screens.before),
            ("session", screens.player),
            ("after", screens.after),
            ("thermal", self.thermal_screen),
            ("settings", self.settings_screen),
        ):
            self.window.add_screen(name, screen)
        self.flow = AppFlow(
            window=self.window,
            screens=screens,
            store=store,
            library=self.library,
            triage=self.triage,
            rules=self.triage.rules,
            controller=self.controller,
            wall=self.wall,
            settings=lambda: self.settings,
            thermal_status=self.thermal.status_text,
        )
        self._history_added = False
        screens.home.history_requested.connect(self.show_history)
        screens.home.thermal_requested.connect(self.show_thermal)
        screens.home.settings_requested.connect(self.show_settings)
        self.thermal_screen.back_requested.connect(self.flow.go_home)
        self.settings_screen.back_requested.connect(self.flow.go_home)
        self.settings_screen.changed.connect(self.apply_settings)
        self.settings_screen.test_voice_requested.connect(lambda: self.speaker.test_voice())
        self.thermal.changed.connect(
            lambda: screens.home.set_thermal_status(self.thermal.status_text())
        )
        if pose_problems:
            self.window.notices.add(
                f"{len(pose_problems)} picture(s) could not be drawn and will show as blank.",
                key="pose_problems",
            )
        if self.library.problems:
            self.window.notices.add(_problems_notice(self.library.problems), key="routine_problems")
        self.thermal.restore()
        self.flow.begin()

    # -- lazily built parts ---------------------------------------------------------

    def start_speech(self) -> None:
        """Start the speech worker once the window is up (off the start-up path)."""
        speaker = CueSpeaker(
            self.settings.speech,
            cache_dir=self.data_folder / "cache" / "speech",
            clock=self.mono,
            beep_path=assets_dir() / "sounds" / "countdown.wav",
            parent=self.window,
        )
        speaker.notice.connect(lambda text: self.window.notices.add(text, key="speech"))
        speaker.voices_changed.connect(self._refresh_settings)
        self.speaker = speaker
        self.controller.set_speaker(speaker)

    def show_history(self) -> None:
        """History (QtCharts loads the first time it is opened)."""
        if not self._history_added:
            from coach.ui.history_screen import HistoryScreen

            history = HistoryScreen(self.store, self.wall)
            history.back_requested.connect(self.flow.go_home)
            self.window.add_screen("history", history)
            self._history_added = True
        history_screen = self.window.screen_named("history")
        history_screen.refresh()  # type: ignore[attr-defined]
        self.window.show_screen("history")

    def show_thermal(self) -> None:
        """Ice or heat, knowing the plan's strain date and numbness."""
        plan = self.flow.plan()
        self.thermal_screen.set_strain_started_at(plan.strain_started_at if plan else None)
        self.thermal_screen.set_numbness(plan.numbness if plan else False)
        self.window.show_screen("thermal")

    def show_settings(self) -> None:
        """Settings, with the engine's voices and any speech problem."""
        status = self.speaker.fallback or ""
        self.settings_screen.show_settings(self.settings, self.speaker.voices(), status)
        self.window.show_screen("settings")

    def _refresh_settings(self) -> None:
        """The voice list arrives once the worker is up: update Settings if it is open."""
        if self.window.current_screen_name() == "settings":
            self.show_settings()

    def apply_settings(self, settings: AppSettings) -> None:
        """Save and apply at once: text size, speech."""
        self.settings = settings
        settings.save(self.store)
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        apply_theme(app, large_text=settings.large_text)
        self.speaker.apply_settings(settings.speech)
        self.notifier.set_volume(settings.speech.volume)

    def shutdown(self) -> None:
        """Stop the speech worker and close the database."""
        self.speaker.shutdown()
        self.store.close()


def build_app(
    store: HistoryStore,
    *,
    data_folder: Path,
    notices: Sequence[str] = (),
    wall: Clock | None = None,
    mono: Clock | None = None,
) -> BuiltApp:
    """Wire every part over ``store``; shows nothing yet. ``notices`` (e.g. a damaged
    history moved aside) are shown in the window. Tests pass fake clocks."""
    built = BuiltApp(
        store,
        data_folder=data_folder,
        wall=wall if wall is not None else WallClock(),
        mono=mono if mono is not None else MonotonicClock(),
    )
    for notice in notices:
        built.window.notices.add(notice)
    return built


SHOWN_PROBLEMS = 10


def _problems_notice(problems: Sequence[Problem]) -> str:
    """The routine-file problems in a few lines: file name, field, what is wrong."""
    lines = [f"{Path(p.file).name}: {p.field}: {p.message}" for p in problems[:SHOWN_PROBLEMS]]
    if len(problems) > SHOWN_PROBLEMS:
        lines.append(f"... and {len(problems) - SHOWN_PROBLEMS} more.")
    head = (
        f"Some of your own routine files have problems ({len(problems)}), so those routines "
        "were left out. 'rehab-coach validate' lists them all:"
    )
    return "\n".join([head, *lines])


def _usable_poses(folder: Path) -> tuple[dict[str, Pose], list[Problem]]:
    """Every pose that loads; a broken pose file leaves only its picture blank."""
    try:
        return load_poses(folder), []
    except ContentError as error:
        poses: dict[str, Pose] = {}
        for path in sorted(folder.glob("*.toml")):
            try:
                poses[path.stem] = load_pose(path)
            except ContentError:
                continue
        return poses, list(error.problems)
