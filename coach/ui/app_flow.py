"""The adapter between the screens and the flow: it asks ``coach.flow`` what to do,
saves what the flow decided through the store, and shows the flow's snapshots.

No decision is made here; each handler reads state, calls one flow function
and carries out its result (plan, suspension, offer, notices, history notes).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from coach.content.loader import Library
from coach.domain.history import EventKind, ResumableSession, SessionStatus, StepOutcome
from coach.domain.routine import Block, Routine
from coach.domain.rules import RuleConfig, StopDecision
from coach.domain.triage import Outcome, TriageAnswers
from coach.engine.clock import Clock
from coach.engine.events import EngineState, SessionEnded
from coach.engine.session import UnitKey, unit_key
from coach.flow.before import BeforeAnswers, before_session
from coach.flow.check_in import after_check_in
from coach.flow.during import after_hurts, resume_blocks
from coach.flow.home import build_home
from coach.flow.outcome import SessionOutcome, session_outcome, summary
from coach.flow.outputs import HistoryNote, Notice
from coach.flow.plan import Plan
from coach.flow.progression import LevelOffer, accept
from coach.flow.recheck import before_questions, start_from_check_in
from coach.flow.safety import Source, Suspension, suspend
from coach.store.errors import StoreError
from coach.store.history import HistoryStore
from coach.ui.app_settings import AppSettings
from coach.ui.home_screen import HomeScreen
from coach.ui.lazy_screen import LazyScreen
from coach.ui.main_window import MainWindow
from coach.ui.session_controller import SessionController

if TYPE_CHECKING:
    from coach.ui.after_session import AfterAnswers, AfterSessionScreen
    from coach.ui.before_session import BeforeSessionScreen
    from coach.ui.session_player import SessionPlayer
    from coach.ui.triage_wizard import TriageWizard

DISCLAIMER_KEY = "disclaimer_seen"
PLAN_KEY = "plan"
SUSPENSION_KEY = "suspension"
LEVEL_OFFER_KEY = "level_offer"
DISMISSED_KEY = "dismissed_resume"


@dataclass(frozen=True, slots=True)
class FlowScreens:
    """The screens the flow moves between (all but Home built on first use)."""

    home: HomeScreen
    triage: LazyScreen[TriageWizard]
    before: LazyScreen[BeforeSessionScreen]
    player: LazyScreen[SessionPlayer]
    after: LazyScreen[AfterSessionScreen]


@dataclass(frozen=True, slots=True)
class _Running:
    """The session in progress: what it is and how it started."""

    session_id: int
    routine_id: str
    level_id: str
    rerun_red_flags: bool = False
    outcome: SessionOutcome | None = None


class AppFlow(QObject):
    """Connects the screens, the flow, the session controller and the store."""

    def __init__(
        self,
        *,
        window: MainWindow,
        screens: FlowScreens,
        store: HistoryStore,
        library: Library,
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
        home = self._screens.home
        home.check_in_requested.connect(self.start_check_in)
        home.session_requested.connect(self.start_session)
        home.resume_requested.connect(self.resume_interrupted)
        home.discard_resume_requested.connect(self._discard_resume)
        home.level_change_accepted.connect(self._accept_level_offer)
        self._screens.triage.when_built(self._wire_triage)
        self._screens.before.when_built(self._wire_before)
        self._screens.player.when_built(self._wire_player)
        self._screens.after.when_built(self._wire_after)

    def _wire_triage(self, triage: TriageWizard) -> None:
        triage.finished.connect(self._triage_finished)
        triage.cancelled.connect(self.go_home)

    def _wire_before(self, before: BeforeSessionScreen) -> None:
        before.ready.connect(self._before_ready)
        before.red_flag.connect(self._pre_check_red_flag)
        before.cancelled.connect(self.go_home)

    def _wire_player(self, player: SessionPlayer) -> None:
        player.hurts_reported.connect(self._hurts_reported)
        player.quit_confirmed.connect(self._quit)

    def _wire_after(self, after: AfterSessionScreen) -> None:
        after.saved.connect(self._after_saved)
        after.home_requested.connect(self.go_home)

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
        self._screens.player.show().open_quit()
        return False

    def _quit(self) -> None:
        self._quit_confirmed = True
        self._window.close()

    # -- state kept in the store ------------------------------------------------------

    def plan(self) -> Plan | None:
        """The current plan, if a check-in has chosen one."""
        return Plan.from_json(self._store.get_setting(PLAN_KEY, None))

    def suspension(self) -> Suspension | None:
        """The red-flag suspension in force, if any."""
        return Suspension.from_json(self._store.get_setting(SUSPENSION_KEY, None))

    def _offer(self) -> LevelOffer | None:
        return LevelOffer.from_json(self._store.get_setting(LEVEL_OFFER_KEY, None))

    def _save_plan(self, plan: Plan | None) -> None:
        if plan != self.plan():
            self._write(PLAN_KEY, None if plan is None else plan.to_json())

    def _save_suspension(self, suspension: Suspension | None) -> None:
        if suspension != self.suspension():
            self._write(SUSPENSION_KEY, None if suspension is None else suspension.to_json())

    def _save_offer(self, offer: LevelOffer | None) -> None:
        self._write(LEVEL_OFFER_KEY, {} if offer is None else offer.to_json())

    def _write(self, key: str, value: object) -> None:
        """Keep the flow's state; a store that refuses it now is said once, not raised."""
        try:
            self._store.set_setting(key, value)  # type: ignore[arg-type]
        except StoreError as error:
            self._window.notices.add(f"Your plan can't be saved right now: {error}", key="saving")

    def _record(self, notes: Iterable[HistoryNote | None]) -> None:
        for note in notes:
            if note is None:
                continue
            try:
                at = self._wall.now()
                self._store.record_event(note.session_id, note.kind, note.detail, at=at)
            except StoreError as error:
                self._window.notices.add(f"History can't be saved right now: {error}", key="saving")

    def _show(self, notices: Iterable[Notice]) -> None:
        for notice in notices:
            self._window.notices.add(notice.text, key=notice.key)

    def routine(self, routine_id: str) -> Routine:
        """A routine of the library (KeyError if unknown)."""
        return self._library.routines[routine_id]

    # -- home ---------------------------------------------------------------------------

    def go_home(self) -> None:
        """Show Home with fresh content."""
        self.refresh_home()
        self._window.show_screen("home")

    def refresh_home(self) -> None:
        """Ask the flow what Home shows (cheap: a handful of rows) and show it."""
        plan = self.plan()
        recent = self._store.sessions(limit=60)
        if plan is not None:
            recent = [s for s in recent if s.started_at >= plan.chosen_at]
        resumable = self._resumable()
        routines = self._library.routines
        resumed_id = resumable.session.routine_id if resumable is not None else ""
        snapshot = build_home(
            plan=plan,
            routine=routines.get(plan.routine_id) if plan is not None else None,
            recent=recent,
            resumable=resumable,
            resumable_name=routines[resumed_id].name if resumed_id in routines else resumed_id,
            level_offer=self._offer(),
            suspension=self.suspension(),
            thermal_status=self._thermal_status(),
            now=self._wall.now(),
            rules=self._rules,
        )
        self._screens.home.show_state(snapshot)

    def _accept_level_offer(self) -> None:
        offer, plan = self._offer(), self.plan()
        if offer is not None and plan is not None and plan.routine_id in self._library.routines:
            new_plan, note = accept(plan, offer, self.routine(plan.routine_id))
            self._save_plan(new_plan)
            self._record([note])
        self._save_offer(None)
        self.refresh_home()

    # -- check-in -----------------------------------------------------------------------

    def start_check_in(self) -> None:
        """Open the triage wizard from its first question."""
        self._screens.triage.show().start()

    def _triage_finished(self, outcome: Outcome, answers: TriageAnswers, route: object) -> None:
        now = self._wall.now()
        self._store.save_triage(
            level=outcome.level.value,
            route=None if route is None else str(route),
            reasons=list(outcome.reasons),
            answers=answers.to_json(),
            at=now,
        )
        routines = self._library.routines
        result = after_check_in(
            plan=self.plan(),
            suspension=self.suspension(),
            outcome=outcome,
            answers=answers,
            chosen=routines.get(str(route)) if route is not None else None,
            routines=routines.values(),
            now=now,
        )
        self._save_suspension(result.suspension)
        self._record(result.notes)
        if result.refused:
            self._window.notices.add(result.refused, key="routine_refused")
            return
        if result.new_plan:
            self._save_plan(result.plan)
            self._save_offer(None)
            # The red flags and today's pain were just asked: straight into the session.
            self._before_ready(start_from_check_in(answers))

    # -- before a session ---------------------------------------------------------------

    def start_session(self) -> None:
        """Open the before-session questions for the current plan (check-in if none);
        while suspended, Home says why instead."""
        if self.suspension() is not None:
            self.go_home()
            return
        if self.plan() is None:
            self.start_check_in()
            return
        self._screens.before.show().start(
            before_questions(
                last=self._store.last_session(),
                check_in=self._store.last_triage(),
                now=self._wall.now(),
            )
        )

    def _pre_check_red_flag(self, outcome: Outcome, answers: TriageAnswers) -> None:
        now = self._wall.now()
        self._store.save_triage(
            level=outcome.level.value,
            route=None,
            reasons=list(outcome.reasons),
            answers=answers.to_json(),
            at=now,
        )
        self._store.record_event(None, EventKind.RED_FLAG, outcome.message, at=now)
        change = suspend(message=outcome.message, source=Source.BEFORE_SESSION, now=now)
        self._save_suspension(change.suspension)
        self._record(change.notes)
        self.refresh_home()

    def _before_ready(self, answers: BeforeAnswers) -> None:
        plan = self.plan()
        if plan is None or plan.routine_id not in self._library.routines:
            self.go_home()
            return
        last = self._store.last_session()
        decision = before_session(
            plan=plan,
            suspension=self.suspension(),
            answers=answers,
            last=last,
            last_stop_rule=last is not None and self._stop_rule_fired(last.id),
            routines=self._library.routines,
            rules=self._rules,
            now=self._wall.now(),
        )
        if decision.morning_of is not None and answers.morning_pain is not None:
            self._store.set_morning_pain(
                decision.morning_of, answers.morning_pain, at=self._wall.now()
            )
        self._save_plan(decision.plan)
        if decision.offer is not None:
            self._save_offer(decision.offer)
        self._show(decision.notices)
        today = decision.session
        if today is None:
            self._record(decision.notes)
            self.go_home()
            return
        try:
            session_id = self._store.start_session(
                routine_id=today.routine_id,
                level_id=today.level_id,
                route=plan.route,
                pain_before=answers.pain_now,
                symptoms_reach=answers.reach,
                started_at=self._wall.now(),
            )
        except StoreError as error:  # nothing of it could be kept: say so, stay usable
            self._window.notices.add(f"The session can't start: {error}", key="saving")
            self.go_home()
            return
        self._record(replace(n, session_id=session_id) for n in decision.notes)
        self._run(today.routine_id, today.level_id, blocks=today.blocks, session_id=session_id)

    def _stop_rule_fired(self, session_id: int) -> bool:
        return bool(self._store.events(session_id, kind=EventKind.STOP_RULE))

    # -- the session ----------------------------------------------------------------------

    def _run(
        self,
        routine_id: str,
        level_id: str,
        *,
        blocks: tuple[Block, ...],
        session_id: int,
        done: frozenset[UnitKey] = frozenset(),
    ) -> None:
        """Show the player and start ``blocks`` (with the person's get-ready time)."""
        record = self._store.session(session_id)
        pre_pain = record.pain_before if record is not None and record.pain_before else 0
        self._running = _Running(session_id, routine_id, level_id)
        player = self._screens.player.get()
        player.reset()
        self._screens.player.show()
        blocks = self._settings().apply_get_ready(blocks)
        self._controller.begin(blocks, session_id=session_id, pre_pain=pre_pain, done=done)

    def resume_interrupted(self) -> None:
        """Pick up the interrupted session where it stopped; its saved steps count."""
        resumable = self._resumable()
        if resumable is None or self.suspension() is not None:
            self.refresh_home()
            return
        record = resumable.session
        if record.routine_id not in self._library.routines:
            self._discard_resume()
            return
        routine = self.routine(record.routine_id)
        blocks = resume_blocks(record, routine, self.plan(), self._rules)
        self._store.resume_session(record.id)
        done = frozenset(
            unit_key(step) for step in resumable.steps if step.outcome is StepOutcome.COMPLETED
        )
        self._run(routine.id, record.level_id, blocks=blocks, session_id=record.id, done=done)

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
        running = self._running
        if running is None or running.routine_id not in self._library.routines:
            return
        result = after_hurts(
            decision,
            routine=self.routine(running.routine_id),
            level_id=running.level_id,
            now=self._wall.now(),
        )
        self._screens.player.get().add_advice(result.advice)
        if result.safety is not None:
            self._save_suspension(result.safety.suspension)
            self._record(result.safety.notes)
            self._running = replace(running, rerun_red_flags=True)

    def _session_ended(self, event: SessionEnded) -> None:
        running = self._running
        if running is None:
            return
        if running.rerun_red_flags:
            self._controller.finish_session(
                running.session_id,
                status=SessionStatus.STOPPED,
                stop_reason=event.reason or "red-flag symptoms",
                ended_at=self._wall.now(),
            )
            self._running = None
            self._window.notices.add(
                "You reported symptoms that mean the safety questions come first again. "
                "Please answer them now.",
                key="rerun_red_flags",
            )
            self.start_check_in()
            return
        snapshot = self._controller.snapshot()
        outcome = session_outcome(
            finished=event.state is EngineState.FINISHED,
            steps=[s.outcome for s in self._store.steps(running.session_id)],
            total=snapshot.total_units if snapshot is not None else 0,
        )
        self._running = replace(running, outcome=outcome)
        self._screens.after.show().start(
            outcome.text, completed=outcome.status is SessionStatus.COMPLETED
        )

    def _after_saved(self, answers: AfterAnswers) -> None:
        running = self._running
        if running is None or running.outcome is None:
            return
        record = self._controller.finish_session(
            running.session_id,
            status=running.outcome.status,
            pain_after=answers.pain_after,
            spreading_symptoms=answers.spreading,
            rated_easy=answers.easy,
            ended_at=self._wall.now(),
        )
        self._running = None
        if record is None:  # the store refused it for now: kept and retried, and said so
            self._screens.after.get().show_summary(
                f"<p>{running.outcome.text}</p>"
                "<p>Your session will be saved as soon as it can be.</p>"
            )
            return
        result = summary(
            record,
            outcome=running.outcome,
            stop_rule_fired=self._stop_rule_fired(running.session_id),
            routine=self.routine(running.routine_id),
            rules=self._rules,
        )
        self._record(result.notes)
        self._save_offer(result.offer)
        self._screens.after.get().show_summary("".join(f"<p>{line}</p>" for line in result.lines))
