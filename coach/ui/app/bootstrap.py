"""Complete the app around the shell's window: content, controllers, speech, the flow
and every other screen (each built on first use)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from coach.content.errors import ContentError
from coach.content.loader import load_library
from coach.content.thermal_loader import load_thermal
from coach.content.triage_loader import load_triage, route_problems
from coach.engine.clock import BootClock, Clock, MonotonicClock, WallClock
from coach.paths import assets_dir, pose_ids, routines_dir
from coach.speech.null_speaker import NullSpeaker
from coach.speech.sound_client import SoundProcess
from coach.store.datadir import USER_ROUTINES
from coach.store.errors import HistoryRestarted, StoreError
from coach.store.history import HistoryStore
from coach.store.opening import OpenResult
from coach.ui.app.app_content import problems_notice, usable_poses
from coach.ui.app.app_flow import AppFlow, FlowScreens
from coach.ui.app.app_settings import AppSettings
from coach.ui.app.lazy_screen import LazyScreen, W
from coach.ui.app.saving import save_or_say
from coach.ui.app.shell import Shell, build_shell
from coach.ui.app.store_words import restarted_text, store_error_text
from coach.ui.reminders.notify import Notifier
from coach.ui.reminders.reminders_app import ReminderParts
from coach.ui.screens.erase_dialog import ask_erase
from coach.ui.session.session_controller import SessionController
from coach.ui.thermal.thermal_controller import ThermalController
from coach.ui.widgets.theme import apply_theme

if TYPE_CHECKING:
    from coach.domain.triage import TriageConfig
    from coach.figures.pose import Pose
    from coach.ui.checkin.before_session import BeforeSessionScreen
    from coach.ui.checkin.triage_wizard import TriageWizard
    from coach.ui.history.history_screen import HistoryScreen
    from coach.ui.screens.settings_screen import SettingsScreen
    from coach.ui.session.after_session import AfterSessionScreen
    from coach.ui.session.session_player import SessionPlayer
    from coach.ui.thermal.thermal_screen import ThermalScreen


class BuiltApp:
    """The wired-up app: window, flow and the parts that need shutting down.

    Home is already built (by the shell); every other screen (and what it needs:
    poses, charts, sound) is built the first time it is shown.
    """

    def __init__(self, shell: Shell, *, notices: Sequence[HistoryRestarted] = ()) -> None:
        self.store = store = shell.store
        self.data_folder = shell.data_folder
        self.wall = shell.wall
        self.mono = shell.mono
        self.settings = shell.settings
        self.window = shell.window
        self.home = shell.home
        self._loaded_poses: dict[str, Pose] | None = None
        self.language = language = shell.language
        self.library = load_library(
            [routines_dir(), self.data_folder / USER_ROUTINES],
            known_poses=pose_ids(),
            language=language,
        )
        triage_file = routines_dir() / "triage.toml"
        self.triage = load_triage(triage_file, language=language).with_region(self.settings.region)
        missing = route_problems(self.triage, self.library.routines, str(triage_file))
        if missing:
            raise ContentError(missing)
        self.thermal_config = load_thermal(routines_dir() / "thermal.toml", language=language)
        try:
            store.mark_interrupted()
        except StoreError as error:  # read-only, busy or full: start anyway and say so
            said = QCoreApplication.translate(
                "Saving", "Your history can't be saved right now. {error}"
            )
            self.window.notices.add(said.format(error=store_error_text(error)), key="saving")
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
        self.controller.saving.connect(self._saving_changed)
        self.sounds = SoundProcess(parent=self.window)
        """The sound worker every sound plays through (started on first use)."""
        self.notifier = Notifier(self.window, sounds=self.sounds)
        self.notifier.notice.connect(self.window.notices.add)
        self.notifier.set_volume(self.settings.speech.volume)
        # The real wall clock pairs with the boot clock, comparable across restarts;
        # tests pass fake clocks for both.
        boot = BootClock() if isinstance(self.wall, WallClock) else None
        self.thermal = ThermalController(
            store=store,
            config=self.thermal_config,
            wall=self.wall,
            mono=boot or self.mono,
            boot=boot.boot if boot else "",
            notifier=self.notifier,
            parent=self.window,
        )
        self.thermal.finished.connect(lambda text: self.window.notices.add(text, key="thermal"))
        self.screens = self._add_screens()
        self.flow = AppFlow(
            window=self.window,
            screens=self.screens,
            store=store,
            library=self.library,
            rules=self.triage.rules,
            controller=self.controller,
            wall=self.wall,
            settings=lambda: self.settings,
            thermal_status=self.thermal.status_text,
        )
        self._speech_started = False
        self._on_region: list[Callable[[TriageConfig], None]] = []
        """What to update when the region (and so the emergency number) changes."""
        self._wire()
        self._offer_region_choice()
        self.reminders = ReminderParts(self)  # background mode, tray, reminders
        for notice in notices:
            self.window.notices.add(restarted_text(notice))
        if self.library.problems:
            self.window.notices.add(problems_notice(self.library.problems), key="routine_problems")
        self.thermal.restore()
        self.flow.begin()

    # -- screens, built on first use ------------------------------------------------

    def _add_screens(self) -> FlowScreens:
        def anchors() -> str:
            from coach.ui.checkin.question_page import anchor_text

            return anchor_text(self.triage.pain_anchors)

        own = self.library.routines_from(self.data_folder / USER_ROUTINES)

        def triage() -> TriageWizard:
            from coach.ui.checkin.triage_wizard import TriageWizard
            from coach.ui.visuals.routine_card import card_data

            cards = {r.id: card_data(r) for r in self.library.routines.values()}
            return TriageWizard(
                self.triage, self.library.routines, own=own, cards=cards, poses=self._poses()
            )

        def before() -> BeforeSessionScreen:
            from coach.ui.checkin.before_session import BeforeSessionScreen

            return BeforeSessionScreen(self.triage)

        def session() -> SessionPlayer:
            from coach.ui.session.session_player import SessionPlayer

            return SessionPlayer(self.controller, poses=self._poses(), pain_anchors=anchors())

        def after() -> AfterSessionScreen:
            from coach.ui.session.after_session import AfterSessionScreen

            return AfterSessionScreen(anchors())

        def thermal() -> ThermalScreen:
            from coach.ui.thermal.thermal_screen import ThermalScreen

            return ThermalScreen(self.thermal, self.thermal_config)

        def settings() -> SettingsScreen:
            from coach.ui.screens.settings_screen import SettingsScreen

            return SettingsScreen()

        def history() -> HistoryScreen:
            from coach.ui.history.history_screen import HistoryScreen

            return HistoryScreen(self.store, self.wall, routines=self.library.routines)

        window = self.window
        self.thermal_screen = LazyScreen(window, "thermal", thermal)
        self.settings_screen = LazyScreen(window, "settings", settings)
        self.history_screen = LazyScreen(window, "history", history)
        return FlowScreens(
            home=self.home,
            triage=LazyScreen(window, "triage", triage),
            before=LazyScreen(window, "before", before),
            player=LazyScreen(window, "session", session),
            after=LazyScreen(window, "after", after),
        )

    def _wire(self) -> None:
        """Connect the app-level screens' signals (each when it is first built)."""
        home = self.home
        home.history_requested.connect(self.show_history)
        home.thermal_requested.connect(self.show_thermal)
        home.settings_requested.connect(self.show_settings)
        self.thermal.changed.connect(lambda: home.set_thermal_status(self.thermal.status_text()))
        self.screens.before.when_built(lambda _: self.start_speech())
        self.thermal_screen.when_built(lambda s: s.back_requested.connect(self.flow.go_home))
        self.history_screen.when_built(lambda s: s.back_requested.connect(self.flow.go_home))
        self.history_screen.when_built(lambda s: s.exports.set_follow_ups(self.flow.follow_ups_due))
        self.settings_screen.when_built(self._wire_settings)
        self._follow_region(self.screens.triage, lambda s: s.set_config)
        self._follow_region(self.screens.before, lambda s: s.set_config)
        self._follow_region(
            self.screens.player, lambda s: lambda c: s.set_safety_line(c.session_safety)
        )
        self._follow_region(
            self.history_screen, lambda s: lambda c: s.set_safety_line(c.safety_line)
        )

    def _follow_region(
        self,
        lazy: LazyScreen[W],
        updater: Callable[[W], Callable[[TriageConfig], None]],
    ) -> None:
        """Once ``lazy`` is built, bring it up to date with the region's emergency number,
        and again whenever the region changes."""

        def built(screen: W) -> None:
            update = updater(screen)
            update(self.triage)
            self._on_region.append(update)

        lazy.when_built(built)

    def _wire_settings(self, settings: SettingsScreen) -> None:
        self.start_speech()
        settings.back_requested.connect(self.flow.go_home)
        settings.changed.connect(self.apply_settings)
        settings.test_voice_requested.connect(lambda: self.speaker.test_voice())
        settings.erase_requested.connect(lambda: ask_erase(self))

    def _offer_region_choice(self) -> None:
        """At first start (no region saved yet): a compact "where do you live" notice,
        preset from the system locale, so every safety message names the right number."""
        if "region" in self.store.setting_texts():
            return
        from coach.ui.screens.region_choice import ask_region

        ask_region(
            self.window.notices,
            self.settings.region,
            lambda region: self.apply_settings(replace(self.settings, region=region)),
        )

    def _poses(self) -> dict[str, Pose]:
        """The exercise pictures, loaded when the check-in or the player first needs them."""
        if self._loaded_poses is not None:
            return self._loaded_poses
        poses, problems = usable_poses(assets_dir() / "poses")
        self._loaded_poses = poses
        if problems:
            self.window.notices.add(
                QCoreApplication.translate(
                    "BuiltApp",
                    "{n} picture(s) could not be drawn and will show as blank.",
                ).format(n=len(problems)),
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
            sound=self.sounds,
            language=self.language,
            parent=self.window,
        )
        speaker.notice.connect(lambda text: self.window.notices.add(text, key="speech"))
        speaker.voices_changed.connect(self._refresh_settings)
        self.speaker = speaker
        self.controller.set_speaker(speaker)

    def show_history(self) -> None:
        """History, re-read each time it is shown (QtCharts loads on first use)."""
        self.history_screen.get().refresh()
        self.history_screen.show()

    def show_thermal(self) -> None:
        """Ice or heat, knowing the plan's strain date and numbness."""
        plan = self.flow.plan()
        screen = self.thermal_screen.get()
        screen.set_strain_started_at(plan.strain_started_at if plan else None)
        screen.set_numbness(plan.numbness if plan else False)
        self.thermal_screen.show()

    def show_settings(self) -> None:
        """Settings, with the engine's voices and any speech problem."""
        status = self.speaker.fallback or ""
        screen = self.settings_screen.get()
        screen.show_settings(
            self.settings,
            self.speaker.voices(),
            status,
            emergency_number=self.triage.emergency_number,
        )
        self.settings_screen.show()

    def _refresh_settings(self) -> None:
        """The voice list arrives once the worker is up: update Settings if it is open."""
        if self.window.current_screen_name() == "settings":
            self.show_settings()

    def apply_settings(self, settings: AppSettings) -> None:
        """Save and apply at once: text size, speech, region (the emergency number).
        A store that refuses is said; the settings still apply until the app closes."""
        save_or_say(
            self.window.notices,
            lambda: settings.save(self.store),
            what=QCoreApplication.translate("Saving", "Your settings"),
        )
        self._use_settings(settings)

    def _use_settings(self, settings: AppSettings) -> None:
        self.settings = settings
        if settings.region != self.triage.region:
            self.triage = self.triage.with_region(settings.region)
            for update in self._on_region:
                update(self.triage)
            self._refresh_settings()
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        apply_theme(app, text_size=settings.text_size, theme=settings.theme)
        self.speaker.apply_settings(settings.speech)
        self.notifier.set_volume(settings.speech.volume)

    def start_afresh(self, notice: str) -> None:
        """After all data was deleted: unsaved defaults, the first-start notices, ``notice``."""
        self._use_settings(AppSettings.load(self.store, locale_name=QLocale.system().name()))
        self.window.notices.add(notice, key="erase")
        self._offer_region_choice()
        self.home.set_thermal_status(self.thermal.status_text())
        self.flow.begin()

    def _saving_changed(self, text: str) -> None:
        """Tell once that the session is not being saved; take it back when it is."""
        if text:
            self.window.notices.add(text, key="saving")
        else:
            self.window.notices.remove("saving")

    def shutdown(self) -> None:
        """Stop the speech and sound workers and the D-Bus connection, save what still
        waits, and close the database."""
        self.speaker.shutdown()
        self.notifier.shutdown()
        self.sounds.shutdown()
        self.controller.save_pending()
        self.store.close()


def build_app(
    store: HistoryStore,
    *,
    data_folder: Path,
    notices: Sequence[HistoryRestarted] = (),
    wall: Clock | None = None,
    mono: Clock | None = None,
) -> BuiltApp:
    """Shell and app in one go over ``store``; shows nothing yet. ``notices`` (e.g. a
    damaged history moved aside) are shown in the window. Tests pass fake clocks."""
    shell = build_shell(
        OpenResult.of(store),
        data_folder=data_folder,
        wall=wall if wall is not None else WallClock(),
        mono=mono if mono is not None else MonotonicClock(),
    )
    return BuiltApp(shell, notices=notices)
