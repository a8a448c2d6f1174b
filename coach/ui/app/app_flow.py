"""The adapter between the screens and the flow: it asks ``coach.flow`` what to do,
saves what the flow decided through the store, and shows the flow's snapshots.

No decision is made here; each handler reads state, calls one flow function
and carries out its result (plan, suspension, offer, notices, history notes).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject

from coach.content.loader import Library
from coach.domain.history import EventKind
from coach.domain.routine import Routine
from coach.domain.rules import RuleConfig
from coach.domain.triage import Outcome, TriageAnswers
from coach.engine.clock import Clock
from coach.flow.before import BeforeAnswers, before_session
from coach.flow.check_in import after_check_in
from coach.flow.followups import due_follow_ups
from coach.flow.home import build_home
from coach.flow.outputs import Notice
from coach.flow.plan import Plan
from coach.flow.progression import accept
from coach.flow.recheck import before_questions, start_from_check_in
from coach.flow.safety import Source, suspend
from coach.store.errors import StoreError
from coach.store.flow_keys import DISCLAIMER_KEY
from coach.store.flow_state import FlowState
from coach.store.history import HistoryStore
from coach.ui.app.app_settings import AppSettings
from coach.ui.app.flow_words import notice_text
from coach.ui.app.lazy_screen import LazyScreen
from coach.ui.app.saving import SAVING_KEY, save_or_say
from coach.ui.app.session_run import SessionRun
from coach.ui.app.store_words import store_error_text
from coach.ui.screens.home_screen import HomeScreen
from coach.ui.session.session_controller import SessionController
from coach.ui.widgets.main_window import MainWindow

if TYPE_CHECKING:
    from coach.ui.checkin.before_session import BeforeSessionScreen
    from coach.ui.checkin.triage_wizard import TriageWizard
    from coach.ui.session.after_session import AfterSessionScreen
    from coach.ui.session.session_player import SessionPlayer


@dataclass(frozen=True, slots=True)
class FlowScreens:
    """The screens the flow moves between (all but Home built on first use)."""

    home: HomeScreen
    triage: LazyScreen[TriageWizard]
    before: LazyScreen[BeforeSessionScreen]
    player: LazyScreen[SessionPlayer]
    after: LazyScreen[AfterSessionScreen]


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
        self._wall = wall
        self._thermal_status = thermal_status
        self._state = FlowState(store, wall, refused=self._not_saved)
        self._sessions = SessionRun(
            window=window,
            player=screens.player,
            after=screens.after,
            controller=controller,
            store=store,
            state=self._state,
            routines=library.routines,
            rules=rules,
            wall=wall,
            settings=settings,
            check_in=self.start_check_in,
        )
        self._connect()

    # -- wiring ---------------------------------------------------------------------

    def _connect(self) -> None:
        home = self._screens.home
        home.check_in_requested.connect(self.start_check_in)
        home.session_requested.connect(self.start_session)
        home.resume_requested.connect(self.resume_interrupted)
        home.discard_resume_requested.connect(self._discard_resume)
        home.level_change_accepted.connect(self._accept_level_offer)
        self._screens.triage.when_built(self._wire_triage)
        self._screens.before.when_built(self._wire_before)
        self._screens.after.when_built(lambda s: s.home_requested.connect(self.go_home))

    def _wire_triage(self, triage: TriageWizard) -> None:
        triage.finished.connect(self._triage_finished)
        triage.cancelled.connect(self.go_home)

    def _wire_before(self, before: BeforeSessionScreen) -> None:
        before.ready.connect(self._before_ready)
        before.red_flag.connect(self._pre_check_red_flag)
        before.cancelled.connect(self.go_home)

    def begin(self) -> None:
        """First screen: Home, with the first-start notice until it is acknowledged."""
        if not self._state.disclaimer_seen():
            button = self._window.notices.add(
                "Rehab Coach gives general self-care guidance. It is not a diagnosis. "
                "If you are unsure about your symptoms, see a doctor or physiotherapist.",
                key=DISCLAIMER_KEY,
                button="I understand",
                first=True,
            )
            button.clicked.connect(self._state.acknowledge_disclaimer)
        self.go_home()

    # -- state kept in the store ------------------------------------------------------

    def plan(self) -> Plan | None:
        """The current plan, if a check-in has chosen one."""
        return self._state.plan()

    def suspended(self) -> bool:
        """Whether a red flag has paused the plan (no session may start)."""
        return self._state.suspension() is not None

    def _not_saved(self, error: StoreError) -> None:
        """The store refused the plan or a history note: said once, never raised."""
        said = self.tr("Your plan can't be saved right now: {error}")
        said = said.format(error=store_error_text(error))
        self._window.notices.add(said, key=SAVING_KEY)

    def _show(self, notices: Iterable[Notice]) -> None:
        suspension = self._state.suspension()
        for notice in notices:
            self._window.notices.add(notice_text(notice, suspension), key=notice.key)

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
        plan = self._state.plan()
        recent = self._store.sessions(limit=60)
        if plan is not None:
            recent = [s for s in recent if s.started_at >= plan.chosen_at]
        resumable = self._state.resumable()
        routines = self._library.routines
        resumed_id = resumable.session.routine_id if resumable is not None else ""
        snapshot = build_home(
            plan=plan,
            routine=routines.get(plan.routine_id) if plan is not None else None,
            recent=recent,
            resumable=resumable,
            resumable_name=routines[resumed_id].name if resumed_id in routines else resumed_id,
            level_offer=self._state.offer(),
            suspension=self._state.suspension(),
            thermal_status=self._thermal_status(),
            now=self._wall.now(),
            rules=self._rules,
        )
        self._screens.home.show_state(snapshot)
        self._state.remember_card(snapshot)

    def follow_ups_due(self) -> tuple[str, ...]:
        """The plan's follow-ups due now, as Home shows them (for the physio PDF too)."""
        plan = self._state.plan()
        if plan is None:
            return ()
        recent = [s for s in self._store.sessions(limit=60) if s.started_at >= plan.chosen_at]
        return due_follow_ups(plan, recent, now=self._wall.now(), rules=self._rules)

    def _accept_level_offer(self) -> None:
        offer, plan = self._state.offer(), self._state.plan()
        if offer is not None and plan is not None and plan.routine_id in self._library.routines:
            new_plan, note = accept(plan, offer, self.routine(plan.routine_id))
            self._state.save_plan(new_plan)
            self._state.record([note])
        self._state.save_offer(None)
        self.refresh_home()

    # -- check-in -----------------------------------------------------------------------

    def start_check_in(self) -> None:
        """Open the triage wizard from its first question."""
        self._screens.triage.show().start()

    def _triage_finished(self, outcome: Outcome, answers: TriageAnswers, route: str) -> None:
        """A check-in ended; ``route`` is the routine taken ("" for none, e.g. a red flag)."""
        now = self._wall.now()
        self._save_triage(outcome, answers, route=route, now=now)
        routines = self._library.routines
        result = after_check_in(
            plan=self._state.plan(),
            suspension=self._state.suspension(),
            outcome=outcome,
            answers=answers,
            chosen=routines.get(route) if route else None,
            routines=routines.values(),
            now=now,
        )
        self._state.save_suspension(result.suspension)
        self._state.record(result.notes)
        if result.refused is not None:
            from coach.ui.checkin.outcome_view import ruled_out_text

            self._window.notices.add(ruled_out_text(result.refused), key="routine_refused")
            return
        if result.new_plan:
            self._state.save_plan(result.plan)
            self._state.save_offer(None)
            # The red flags and today's pain were just asked: straight into the session.
            self._before_ready(start_from_check_in(answers))

    # -- before a session ---------------------------------------------------------------

    def start_session(self) -> None:
        """Open the before-session questions for the current plan (check-in if none);
        while suspended, Home says why instead."""
        if self._state.suspension() is not None:
            self.go_home()
            return
        if self._state.plan() is None:
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
        self._save_triage(outcome, answers, route="", now=now)
        save_or_say(
            self._window.notices,
            lambda: self._store.record_event(None, EventKind.RED_FLAG, outcome.message, at=now),
            what=QCoreApplication.translate("Saving", "Your history"),
        )
        change = suspend(message=outcome.message, source=Source.BEFORE_SESSION, now=now)
        self._state.save_suspension(change.suspension)
        self._state.record(change.notes)
        self.refresh_home()

    def _save_triage(
        self, outcome: Outcome, answers: TriageAnswers, *, route: str, now: float
    ) -> None:
        """Record a check-in's result; a refusing store is said, and the flow goes on."""
        save_or_say(
            self._window.notices,
            lambda: self._store.save_triage(
                level=outcome.level.value,
                route=route or None,
                reasons=list(outcome.reasons),
                answers=answers.to_json(),
                at=now,
            ),
            what=QCoreApplication.translate("Saving", "Your check-in"),
        )

    def _before_ready(self, answers: BeforeAnswers) -> None:
        plan = self._state.plan()
        if plan is None or plan.routine_id not in self._library.routines:
            self.go_home()
            return
        last = self._store.last_session()
        decision = before_session(
            plan=plan,
            suspension=self._state.suspension(),
            answers=answers,
            last=last,
            last_stop_rule=last is not None and self._state.stop_rule_fired(last.id),
            routines=self._library.routines,
            rules=self._rules,
            now=self._wall.now(),
        )
        if decision.morning_of is not None and answers.morning_pain is not None:
            morning_of, pain, now = decision.morning_of, answers.morning_pain, self._wall.now()
            save_or_say(
                self._window.notices,
                lambda: self._store.set_morning_pain(morning_of, pain, at=now),
                what=QCoreApplication.translate("Saving", "Your history"),
            )
        self._state.save_plan(decision.plan)
        pending = self._state.offer()
        if (kept := decision.kept_offer(pending)) != pending:
            self._state.save_offer(kept)
        self._show(decision.notices)
        today = decision.session
        if today is None:
            self._state.record(decision.notes)
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
            said = self.tr("The session can't start: {error}")
            said = said.format(error=store_error_text(error))
            self._window.notices.add(said, key=SAVING_KEY)
            self.go_home()
            return
        self._state.record(replace(n, session_id=session_id) for n in decision.notes)
        self._sessions.run(
            today.routine_id, today.level_id, blocks=today.blocks, session_id=session_id
        )

    # -- sessions -----------------------------------------------------------------------

    def resume_interrupted(self) -> None:
        """Resume the interrupted session, unless suspended or its routine is gone."""
        resumable = self._state.resumable()
        if resumable is None or self._state.suspension() is not None:
            self.refresh_home()
        elif resumable.session.routine_id not in self._library.routines:
            self._discard_resume()
        else:
            self._sessions.resume(resumable)

    def _discard_resume(self) -> None:
        self._state.dismiss_resume()
        self.refresh_home()
