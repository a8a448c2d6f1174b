"""The app's flow between screens: check-in, plan, before/during/after a session.

All decisions come from the core (triage, rules, plan); this module only
moves between screens, saves what happens, and tells Home what to show.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QObject

from coach.content.loader import Library
from coach.domain.history import (
    EventKind,
    ResumableSession,
    SessionStatus,
    StepOutcome,
)
from coach.domain.plan import Plan, level_after_morning_check, session_blocks
from coach.domain.progress import local_day, streak
from coach.domain.routine import Block, Routine
from coach.domain.rules import (
    GateLevel,
    PainChange,
    Route,
    RuleConfig,
    RuleMessage,
    StopAction,
    StopDecision,
    meaningful_change,
    pain_gate,
    twenty_four_hour_rule,
)
from coach.domain.triage import Onset, Outcome, QuestionId, TriageAnswers, TriageConfig, Where
from coach.engine.clock import Clock
from coach.engine.events import EngineState, SessionEnded
from coach.engine.session import UnitKey, unit_key
from coach.store.history import HistoryStore
from coach.ui.app_settings import AppSettings
from coach.ui.home_state import build_home_state
from coach.ui.main_window import MainWindow
from coach.ui.session_controller import SessionController
from coach.ui.visuals.achievement import SessionFacts
from coach.ui.wording import count

if TYPE_CHECKING:
    from coach.ui.after_session import AfterAnswers, AfterSessionScreen
    from coach.ui.before_session import BeforeAnswers, BeforeSessionScreen
    from coach.ui.home_screen import HomeScreen
    from coach.ui.session_player import SessionPlayer
    from coach.ui.triage_wizard import TriageWizard

MORNING_CHECK_WINDOW_S = 36 * 3600.0
"""Ask about the morning after the last session if it was within this long ago."""
DISCLAIMER_KEY = "disclaimer_seen"
PLAN_KEY = "plan"
LEVEL_OFFER_KEY = "level_offer"
DISMISSED_KEY = "dismissed_resume"


class Screens:
    """Typed access to the flow's screens; each is built the first time it is asked for."""

    def __init__(self, window: MainWindow) -> None:
        self._window = window

    @property
    def home(self) -> HomeScreen:
        """Home."""
        return cast("HomeScreen", self._window.screen_named("home"))

    @property
    def triage(self) -> TriageWizard:
        """The check-in wizard."""
        return cast("TriageWizard", self._window.screen_named("triage"))

    @property
    def before(self) -> BeforeSessionScreen:
        """The before-session questions."""
        return cast("BeforeSessionScreen", self._window.screen_named("before"))

    @property
    def player(self) -> SessionPlayer:
        """The session player."""
        return cast("SessionPlayer", self._window.screen_named("session"))

    @property
    def after(self) -> AfterSessionScreen:
        """The after-session questions and summary."""
        return cast("AfterSessionScreen", self._window.screen_named("after"))


@dataclass(frozen=True, slots=True)
class _Running:
    """The session in progress: what it is and how it started."""

    session_id: int
    routine_id: str
    level_id: str
    pre_pain: int
    rerun_red_flags: bool = False


class AppFlow(QObject):
    """Connects the screens to each other, the controller and the store."""

    def __init__(
        self,
        *,
        window: MainWindow,
        screens: Screens,
        store: HistoryStore,
        library: Library,
        triage: TriageConfig,
        rules: RuleConfig,
        controller: SessionController,
        wall: Clock,
        settings: Callable[[], AppSettings],
        thermal_status: Callable[[], str],
    ) -> None:
        super().__init__(window)
        self._window = window
        self._screens = screens
        self._store = store
        self._library = library
        self._triage = triage
        self._rules = rules
        self._controller = controller
        self._wall = wall
        self._settings = settings
        self._thermal_status = thermal_status
        self._running: _Running | None = None
        self._quit_confirmed = False
        window.close_guard = self._may_close
        self._connect()

    # -- wiring ---------------------------------------------------------------------

    def _connect(self) -> None:
        self._controller.ended.connect(self._session_ended)
        self._window.on_screen_built(self._wire)

    def _wire(self, name: str, screen: QObject) -> None:
        """Connect a screen's signals when it is first built."""
        s = self._screens
        if name == "home":
            home = s.home
            home.check_in_requested.connect(self.start_check_in)
            home.session_requested.connect(self.start_session)
            home.resume_requested.connect(self.resume_interrupted)
            home.discard_resume_requested.connect(self._discard_resume)
            home.level_change_accepted.connect(self._accept_level_offer)
        elif name == "triage":
            s.triage.finished.connect(self._triage_finished)
            s.triage.cancelled.connect(self.go_home)
        elif name == "before":
            s.before.ready.connect(self._before_ready)
            s.before.red_flag.connect(self._pre_check_red_flag)
            s.before.cancelled.connect(self.go_home)
        elif name == "session":
            s.player.hurts_reported.connect(self._hurts_reported)
            s.player.quit_confirmed.connect(self._quit)
        elif name == "after":
            s.after.saved.connect(self._after_saved)
            s.after.home_requested.connect(self.go_home)

    def begin(self) -> None:
        """First screen: Home, with the first-start notice until it is acknowledged."""
        if not self._store.get_setting(DISCLAIMER_KEY, False):
            button = self._window.notices.add(
                "Rehab Coach gives general self-care guidance. It is not a diagnosis. "
                "If you are unsure about your symptoms, see a doctor or physiotherapist.",
                key=DISCLAIMER_KEY,
                button="I understand",
                first=True,
            )
            button.clicked.connect(lambda: self._store.set_setting(DISCLAIMER_KEY, True))
        self.go_home()

    def _may_close(self) -> bool:
        """Close at once unless a session runs; then ask inside the session screen."""
        if not self._controller.is_active() or self._quit_confirmed:
            return True
        self._window.show_screen("session")
        self._screens.player.open_quit()
        return False

    def _quit(self) -> None:
        self._quit_confirmed = True
        self._window.close()

    # -- plan ---------------------------------------------------------------------------

    def plan(self) -> Plan | None:
        """The current plan, if triage has chosen one."""
        return Plan.from_json(self._store.get_setting(PLAN_KEY, None))

    def _save_plan(self, plan: Plan) -> None:
        self._store.set_setting(PLAN_KEY, plan.to_json())  # type: ignore[arg-type]

    def routine(self, routine_id: str) -> Routine:
        """A routine of the library (KeyError if unknown)."""
        return self._library.routines[routine_id]

    # -- home ---------------------------------------------------------------------------

    def go_home(self) -> None:
        """Show Home with fresh content."""
        self.refresh_home()
        self._window.show_screen("home")

    def refresh_home(self) -> None:
        """Recompute what Home shows (cheap: a handful of rows)."""
        plan = self.plan()
        recent = self._store.sessions(limit=60)
        if plan is not None:
            recent = [s for s in recent if s.started_at >= plan.chosen_at]
        offer = self._level_offer_setting()
        state = build_home_state(
            plan=plan,
            routines=self._library.routines,
            recent=recent,
            resumable=self._resumable(),
            level_offer=offer.get("text", ""),
            thermal_status=self._thermal_status(),
            now=self._wall.now(),
            rules=self._rules,
        )
        self._screens.home.show_state(state)

    def _accept_level_offer(self) -> None:
        offer = self._level_offer_setting()
        plan = self.plan()
        if plan is not None and offer.get("level_id"):
            self._change_level(plan, offer["level_id"], "accepted on Home")
        self._store.set_setting(LEVEL_OFFER_KEY, {})
        self.refresh_home()

    def _level_offer_setting(self) -> dict[str, str]:
        """The pending level offer: ``level_id`` and ``text`` (empty when none)."""
        offer: object = self._store.get_setting(LEVEL_OFFER_KEY, None)
        if not isinstance(offer, dict):
            return {}
        return {str(k): str(v) for k, v in offer.items()}

    def _change_level(self, plan: Plan, level_id: str, why: str) -> None:
        self._save_plan(replace(plan, level_id=level_id))
        self._store.record_event(
            None, EventKind.LEVEL_CHANGE, f"{plan.level_id} -> {level_id}: {why}"
        )

    # -- check-in -----------------------------------------------------------------------

    def start_check_in(self) -> None:
        """Open the triage wizard from its first question."""
        self._window.show_screen("triage")
        self._screens.triage.start()

    def _triage_finished(self, outcome: Outcome, answers: TriageAnswers, route: str | None) -> None:
        now = self._wall.now()
        self._store.save_triage(
            level=outcome.level.value,
            route=route,
            reasons=list(outcome.reasons),
            answers=answers.to_json(),
            at=now,
        )
        if route is None or route not in self._library.routines:
            return
        routine = self.routine(route)
        where = answers.selected(QuestionId.WHERE)
        plan = Plan(
            routine_id=routine.id,
            level_id=routine.levels[0].id,
            route=route,
            chosen_at=now,
            strain_started_at=now
            if answers.choice(QuestionId.ONSET) == Onset.SUDDEN_RECENT
            else None,
            numbness=Where.NERVE.value in where,
            restricted_kinds=outcome.restricted_kinds,
            heat_allowed=outcome.heat_allowed,
            first_pain=answers.number(QuestionId.PAIN),
        )
        self._save_plan(plan)
        self._store.set_setting(LEVEL_OFFER_KEY, {})
        self.go_home()

    # -- before a session ---------------------------------------------------------------

    def start_session(self) -> None:
        """Open the before-session questions for the current plan (triage if none)."""
        if self.plan() is None:
            self.start_check_in()
            return
        last = self._store.last_session()
        ask_morning = (
            last is not None
            and last.status is SessionStatus.COMPLETED
            and last.morning_pain is None
            and last.pain_before is not None
            and self._wall.now() - last.started_at <= MORNING_CHECK_WINDOW_S
            and datetime.fromtimestamp(last.started_at).date()
            < datetime.fromtimestamp(self._wall.now()).date()
        )
        self._window.show_screen("before")
        self._screens.before.start(
            ask_morning_pain=ask_morning, last_pre_pain=last.pain_before if last else None
        )

    def _pre_check_red_flag(self, outcome: Outcome, answers: TriageAnswers) -> None:
        self._store.save_triage(
            level=outcome.level.value,
            route=None,
            reasons=list(outcome.reasons),
            answers=answers.to_json(),
            at=self._wall.now(),
        )
        self._store.record_event(None, EventKind.RED_FLAG, outcome.message)

    def _before_ready(self, answers: BeforeAnswers) -> None:
        plan = self.plan()
        if plan is None:
            self.go_home()
            return
        level_id = self._apply_morning_check(plan, answers.morning_pain)
        routine = self.routine(plan.routine_id)
        gate = pain_gate(answers.pain_now, self._rules)
        if gate.level is GateLevel.GENTLE_ONLY and Route.GENTLE_ONLY in self._library.routines:
            routine = self.routine(Route.GENTLE_ONLY)
            level_id = routine.levels[0].id
        dropped = gate.dropped_kinds | plan.restricted_kinds
        blocks = session_blocks(routine.level(level_id), dropped)
        if gate.level is not GateLevel.OPEN:
            self._window.notices.add(gate.message, key="pain_gate")
        if not blocks:
            self._window.notices.add(
                "Nothing in this routine suits your pain level today. Rest, walk if you can, "
                "and try again tomorrow.",
                key="nothing_today",
            )
            self.go_home()
            return
        session_id = self._store.start_session(
            routine_id=routine.id,
            level_id=level_id,
            route=plan.route,
            pain_before=answers.pain_now,
            symptoms_reach=answers.reach,
        )
        self._run(
            routine.id,
            level_id,
            blocks=blocks,
            session_id=session_id,
            pre_pain=answers.pain_now,
        )

    def _apply_morning_check(self, plan: Plan, morning_pain: int | None) -> str:
        """Save the morning score; step the level down if the 24-hour rule says so."""
        last = self._store.last_session()
        if morning_pain is None or last is None or last.pain_before is None:
            return plan.level_id
        self._store.set_morning_pain(last.id, morning_pain)
        decision = twenty_four_hour_rule(last.pain_before, morning_pain, self._rules)
        level_id = level_after_morning_check(
            self.routine(plan.routine_id), plan.level_id, reduce_load=decision.reduce_load
        )
        if decision.reduce_load:
            self._window.notices.add(decision.message, key="24h_rule")
            if level_id != plan.level_id:
                self._change_level(plan, level_id, "24-hour rule")
        return level_id

    # -- the session ----------------------------------------------------------------------

    def _run(
        self,
        routine_id: str,
        level_id: str,
        *,
        blocks: tuple[Block, ...],
        session_id: int,
        pre_pain: int,
        done: frozenset[UnitKey] = frozenset(),
    ) -> None:
        """Show the player and start ``blocks`` (with the person's get-ready time)."""
        self._running = _Running(session_id, routine_id, level_id, pre_pain)
        self._screens.player.reset()
        self._window.show_screen("session")
        blocks = self._settings().apply_get_ready(blocks)
        self._controller.begin(blocks, session_id=session_id, pre_pain=pre_pain, done=done)

    def resume_interrupted(self) -> None:
        """Pick up the interrupted session where it stopped; its saved steps count."""
        resumable = self._resumable()
        if resumable is None:
            self.refresh_home()
            return
        record = resumable.session
        if record.routine_id not in self._library.routines:
            self._discard_resume()
            return
        routine = self.routine(record.routine_id)
        pain = record.pain_before if record.pain_before is not None else 0
        plan = self.plan()
        restricted = plan.restricted_kinds if plan is not None else frozenset()
        blocks = session_blocks(
            routine.level(record.level_id), pain_gate(pain, self._rules).dropped_kinds | restricted
        )
        self._store.resume_session(record.id)
        done = frozenset(
            unit_key(step) for step in resumable.steps if step.outcome is StepOutcome.COMPLETED
        )
        self._run(
            routine.id,
            record.level_id,
            blocks=blocks,
            session_id=record.id,
            pre_pain=pain,
            done=done,
        )

    def _resumable(self) -> ResumableSession | None:
        """The interrupted session to offer, unless the person said to start fresh."""
        resumable = self._store.resumable_session()
        if resumable is None or resumable.session.id == self._store.get_setting(DISMISSED_KEY, 0):
            return None
        return resumable

    def _discard_resume(self) -> None:
        resumable = self._store.resumable_session()
        if resumable is not None:
            self._store.set_setting(DISMISSED_KEY, resumable.session.id)
        self.refresh_home()

    def _hurts_reported(self, decision: StopDecision) -> None:
        if decision.action is StopAction.STOP_RERUN_RED_FLAGS and self._running is not None:
            self._running = replace(self._running, rerun_red_flags=True)

    def _session_ended(self, event: SessionEnded) -> None:
        running = self._running
        if running is None:
            return
        completed = event.state is EngineState.FINISHED
        if running.rerun_red_flags:
            self._store.finish_session(
                running.session_id,
                status=SessionStatus.STOPPED,
                stop_reason=event.reason or "red-flag symptoms",
            )
            self._running = None
            self._window.notices.add(
                "You reported symptoms that mean the safety questions come first again. "
                "Please answer them now.",
                key="rerun_red_flags",
            )
            self.start_check_in()
            return
        text = (
            "Session complete. Well done."
            if completed
            else "Session stopped. What you did is saved."
        )
        self._screens.after.start(text, completed=completed)
        self._window.show_screen("after")

    def _after_saved(self, answers: AfterAnswers) -> None:
        running = self._running
        if running is None:
            return
        snapshot = self._controller.snapshot()
        finished = snapshot is not None and snapshot.state is EngineState.FINISHED
        record = self._store.finish_session(
            running.session_id,
            status=SessionStatus.COMPLETED if finished else SessionStatus.STOPPED,
            pain_after=answers.pain_after,
            spreading_symptoms=answers.spreading,
            rated_easy=answers.easy,
        )
        self._running = None
        stop_events = self._store.events(running.session_id, kind=EventKind.STOP_RULE)
        lines = [self._pain_line(running.pre_pain, answers.pain_after)]
        active_minutes = round((record.active_s or 0) / 60)
        length = count(active_minutes, "minute") if active_minutes else "less than a minute"
        lines.append(f"You did {count(record.steps_done, 'step')}, {length} of exercise.")
        if answers.spreading:
            settle = self._rules.limits.nerve_settle_minutes
            lines.append(self._rules.text(RuleMessage.NERVE_STOP, minutes=settle))
        lines.append(
            self._level_offer(running, easy=answers.easy and finished, stopped=bool(stop_events))
        )
        facts = SessionFacts(
            completed=finished,
            steps_done=record.steps_done,
            minutes=active_minutes,
            pain_before=running.pre_pain,
            pain_after=answers.pain_after,
            streak=streak(self._store.sessions(limit=60), today=local_day(record.started_at)),
        )
        html = "".join(f"<p>{line}</p>" for line in lines if line)
        self._screens.after.show_summary(html, facts)

    def _pain_line(self, before: int, after: int) -> str:
        change = meaningful_change(before, after, self._rules)
        words = {
            PainChange.IMPROVED: "That is a real improvement.",
            PainChange.WORSENED: (
                "That is a real rise. Take it easier next time, "
                "and check how it feels tomorrow morning."
            ),
            PainChange.UNCHANGED: "About the same as before.",
        }[change]
        return f"Pain before: {before}/10, after: {after}/10. {words}"

    def _level_offer(self, running: _Running, *, easy: bool, stopped: bool) -> str:
        """Offer the next level after an easy session within the rules,
        or an easier one after a stop rule."""
        routine = self.routine(running.routine_id)
        target = (
            routine.easier(running.level_id)
            if stopped
            else (routine.harder(running.level_id) if easy else None)
        )
        if target is None:
            self._store.set_setting(LEVEL_OFFER_KEY, {})
            return ""
        text = (
            f"A stop rule was triggered. Next time, try the easier level: {target.name}."
            if stopped
            else f"That felt easy. You can move up to: {target.name}."
        )
        self._store.set_setting(LEVEL_OFFER_KEY, {"level_id": target.id, "text": text})
        return text + " (You can change level on Home.)"
