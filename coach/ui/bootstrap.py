"""Complete the app around the shell's window: content, controllers, speech, the flow
and every other screen (each built on first use)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QWidget

from coach.content.errors import ContentError, Problem
from coach.content.loader import load_library
from coach.content.thermal_loader import load_thermal
from coach.content.triage_loader import load_triage
from coach.engine.clock import Clock, MonotonicClock, WallClock
from coach.paths import assets_dir, pose_ids, routines_dir
from coach.speech.null_speaker import NullSpeaker
from coach.store.datadir import USER_ROUTINES
from coach.store.history import HistoryStore
from coach.ui.app_flow import AppFlow, Screens
from coach.ui.app_settings import AppSettings
from coach.ui.home_screen import HomeScreen
from coach.ui.notify import Notifier
from coach.ui.session_controller import SessionController
from coach.ui.shell import Shell, build_shell
from coach.ui.theme import apply_theme
from coach.ui.thermal_controller import ThermalController

if TYPE_CHECKING:
    from coach.figures.pose import Pose
    from coach.ui.settings_screen import SettingsScreen
    from coach.ui.thermal_screen import ThermalScreen


class BuiltApp:
    """The wired-up app: window, flow and the parts that need shutting down.

    Home is already built (by the shell); every other screen (and what it needs:
    poses, charts, sound) is built the first time it is shown.
    """

    def __init__(self, shell: Shell, *, notices: Sequence[str] = ()) -> None:
        self.store = store = shell.store
        self.data_folder = shell.data_folder
        self.wall = shell.wall
        self.mono = shell.mono
        self.settings = shell.settings
        self.window = shell.window
        self._loaded_poses: dict[str, Pose] | None = None
        self.library = load_library(
            [routines_dir(), self.data_folder / USER_ROUTINES], known_poses=pose_ids()
        )
        self.triage = load_triage(routines_dir() / "triage.toml")
        self.thermal_config = load_thermal(routines_dir() / "thermal.toml")
        store.mark_interrupted()
        icon = assets_dir() / "icons" / "rehab-coach.svg"
        if icon.is_file():
            QApplication.setWindowIcon(QIcon(str(icon)))

        self.speaker: NullSpeaker = NullSpeaker(self.window)
        self.controller = SessionController(
            clock=self.mono,
            store=store,
            speaker=self.speaker,
            phrases=self.library.cues,
            rules=self.triage.rules,
            parent=self.window,
        )
        self.notifier = Notifier(self.window)
        self.notifier.notice.connect(self.window.notices.add)
        self.notifier.set_volume(self.settings.speech.volume)
        self.thermal = ThermalController(
            store=store,
            config=self.thermal_config,
            wall=self.wall,
            mono=self.mono,
            notifier=self.notifier,
            parent=self.window,
        )
        self.thermal.finished.connect(lambda text: self.window.notices.add(text, key="thermal"))
        self._add_screens()
        self.flow = AppFlow(
            window=self.window,
            screens=Screens(self.window),
            store=store,
            library=self.library,
            triage=self.triage,
            rules=self.triage.rules,
            controller=self.controller,
            wall=self.wall,
            settings=lambda: self.settings,
            thermal_status=self.thermal.status_text,
        )
        self._speech_started = False
        self.window.on_screen_built(self._wire)
        for notice in notices:
            self.window.notices.add(notice)
        if self.library.problems:
            self.window.notices.add(_problems_notice(self.library.problems), key="routine_problems")
        self.thermal.restore()
        self.flow.begin()

    # -- screens, built on first use ------------------------------------------------

    def _add_screens(self) -> None:
        def anchors() -> str:
            from coach.ui.question_page import anchor_text

            return anchor_text(self.triage.pain_anchors)

        names = {r.id: r.name for r in self.library.routines.values()}

        def triage() -> QWidget:
            from coach.ui.triage_wizard import TriageWizard
            from coach.ui.visuals.routine_card import card_data

            cards = {r.id: card_data(r) for r in self.library.routines.values()}
            return TriageWizard(self.triage, names, cards=cards, poses=self._poses())

        def before() -> QWidget:
            from coach.ui.before_session import BeforeSessionScreen

            return BeforeSessionScreen(self.triage)

        def session() -> QWidget:
            from coach.ui.session_player import SessionPlayer

            return SessionPlayer(self.controller, poses=self._poses(), pain_anchors=anchors())

        def after() -> QWidget:
            from coach.ui.after_session import AfterSessionScreen

            return AfterSessionScreen(anchors())

        def thermal() -> QWidget:
            from coach.ui.thermal_screen import ThermalScreen

            return ThermalScreen(self.thermal, self.thermal_config)

        def settings() -> QWidget:
            from coach.ui.settings_screen import SettingsScreen

            return SettingsScreen()

        def history() -> QWidget:
            from coach.ui.history_screen import HistoryScreen

            return HistoryScreen(self.store, self.wall)

        for name, build in (
            ("triage", triage),
            ("before", before),
            ("session", session),
            ("after", after),
            ("thermal", thermal),
            ("settings", settings),
            ("history", history),
        ):
            self.window.add_lazy_screen(name, build)

    def _wire(self, name: str, screen: QWidget) -> None:
        """Connect the app-level screens' signals when they are first built."""
        if name in ("before", "settings"):
            self.start_speech()
        if name == "home":
            home = cast(HomeScreen, screen)
            home.history_requested.connect(self.show_history)
            home.thermal_requested.connect(self.show_thermal)
            home.settings_requested.connect(self.show_settings)
            self.thermal.changed.connect(
                lambda: home.set_thermal_status(self.thermal.status_text())
            )
        elif name in ("thermal", "history"):
            screen.back_requested.connect(self.flow.go_home)  # type: ignore[attr-defined]
        elif name == "settings":
            settings = cast("SettingsScreen", screen)
            settings.back_requested.connect(self.flow.go_home)
            settings.changed.connect(self.apply_settings)
            settings.test_voice_requested.connect(lambda: self.speaker.test_voice())

    def _poses(self) -> dict[str, Pose]:
        """The exercise pictures, loaded when the check-in or the player first needs them."""
        if self._loaded_poses is not None:
            return self._loaded_poses
        poses, problems = _usable_poses(assets_dir() / "poses")
        self._loaded_poses = poses
        if problems:
            self.window.notices.add(
                f"{len(problems)} picture(s) could not be drawn and will show as blank.",
                key="pose_problems",
            )
        return poses

    # -- speech and the other screens --------------------------------------------------

    def start_speech(self) -> None:
        """Start the speech worker (once): when the before-session questions or Settings
        first open, so it is warm by the first cue and Home never pays for it."""
        if self._speech_started:
            return
        self._speech_started = True
        from coach.speech.speaker import CueSpeaker

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
        """History, re-read each time it is shown (QtCharts loads on first use)."""
        history = self.window.screen_named("history")
        history.refresh()  # type: ignore[attr-defined]
        self.window.show_screen("history")

    def show_thermal(self) -> None:
        """Ice or heat, knowing the plan's strain date and numbness."""
        plan = self.flow.plan()
        screen = cast("ThermalScreen", self.window.screen_named("thermal"))
        screen.set_strain_started_at(plan.strain_started_at if plan else None)
        screen.set_numbness(plan.numbness if plan else False)
        self.window.show_screen("thermal")

    def show_settings(self) -> None:
        """Settings, with the engine's voices and any speech problem."""
        status = self.speaker.fallback or ""
        screen = cast("SettingsScreen", self.window.screen_named("settings"))
        screen.show_settings(self.settings, self.speaker.voices(), status)
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
        apply_theme(app, text_size=settings.text_size, theme=settings.theme)
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
    """Shell and app in one go over ``store``; shows nothing yet. ``notices`` (e.g. a
    damaged history moved aside) are shown in the window. Tests pass fake clocks."""
    shell = build_shell(
        store,
        data_folder=data_folder,
        wall=wall if wall is not None else WallClock(),
        mono=mono if mono is not None else MonotonicClock(),
    )
    return BuiltApp(shell, notices=notices)


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
    from coach.figures.pose_loader import load_pose, load_poses

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
