"""Running one session for the flow adapter: start or resume it, act on "this hurts",
and when it ends ask the flow for the truthful outcome and the summary."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject

from coach.domain.history import ResumableSession, SessionStatus, StepOutcome
from coach.domain.progress import local_day, streak
from coach.domain.routine import Block, Routine
from coach.domain.rules import RuleConfig, StopAction, StopDecision
from coach.engine.clock import Clock
from coach.engine.events import EngineState, SessionEnded
from coach.engine.session_plan import UnitKey, unit_key
from coach.flow.during import HurtsResult, after_hurts, resume_blocks
from coach.flow.outcome import SessionOutcome, session_outcome, summary
from coach.flow.plan import level_named
from coach.flow.progression import LevelOffer, accept
from coach.store.flow_state import FlowState
from coach.store.history import HistoryStore
from coach.ui.app.app_settings import AppSettings
from coach.ui.app.lazy_screen import LazyScreen
from coach.ui.session.session_controller import SessionController
from coach.ui.session.session_words import easier_now_text, outcome_text, summary_lines
from coach.ui.visuals.achievement import SessionFacts
from coach.ui.widgets.main_window import MainWindow

if TYPE_CHECKING:
    from coach.ui.session.after_session import AfterAnswers, AfterSessionScreen
    from coach.ui.session.session_player import SessionPlayer

RERUN_TEXT = str(
    QT_TRANSLATE_NOOP(
        "SessionRun",
        "You reported symptoms that mean the safety questions come first again. "
        "Please answer them now.",
    )
)
"""In English: translate it (context SessionRun) to show it."""


@dataclass(frozen=True, slots=True)
class _Running:
    """The session in progress: what it is and how it started."""

    session_id: int
    routine_id: str
    level_id: str
    rerun_red_flags: bool = False
    outcome: SessionOutcome | None = None
    easier: LevelOffer | None = None
    """The easier level offered after a "this hurts" stop, until taken."""


class SessionRun(QObject):
    """One session at a time, from start to its summary; ``check_in`` is called
    when red-flag symptoms during it mean the safety questions come first."""

    def __init__(
        self,
        *,
        window: MainWindow,
        player: LazyScreen[SessionPlayer],
        after: LazyScreen[AfterSessionScreen],
        controller: SessionController,
        store: HistoryStore,
        state: FlowState,
        routines: Mapping[str, Routine],
        rules: RuleConfig,
        wall: Clock,
        settings: Callable[[], AppSettings],
        check_in: Callable[[], None],
    ) -> None:
        super().__init__(window)
        self._window = window
        self._player = player
        self._after = after
        self._controller = controller
        self._store = store
        self._state = state
        self._routines = routines
        self._rules = rules
        self._wall = wall
        self._settings = settings
        self._check_in = check_in
        self._running: _Running | None = None
        self._quit_confirmed = False
        window.close_guard = self._may_close
        controller.ended.connect(self._session_ended)
        player.when_built(self._wire_player)
        after.when_built(lambda screen: screen.saved.connect(self._after_saved))

    def _wire_player(self, player: SessionPlayer) -> None:
        player.hurts_reported.connect(self._hurts_reported)
        player.quit_confirmed.connect(self._quit)
        player.advice.accepted.connect(self._take_easier)

    def _take_easier(self) -> None:
        """The person took the easier level offered after "this hurts": the plan moves
        to it now; today's session carries on without the stopped exercise."""
        running, plan = self._running, self._state.plan()
        if running is None or running.easier is None or plan is None:
            return
        routine = self._routines[running.routine_id]
        new_plan, note = accept(plan, running.easier, routine, where="after 'this hurts'")
        self._state.save_plan(new_plan)
        self._state.record([note])
        self._running = replace(running, easier=None)
        level = level_named(routine, new_plan.level_id)
        self._player.get().advice.say(
            self.tr(
                "Done: your plan now uses the easier level, {level}. "
                "Today's session carries on without this exercise."
            ).format(level=level)
        )

    def _may_close(self) -> bool:
        """Close at once unless a session runs; then ask inside the session screen."""
        if not self._controller.is_active() or self._quit_confirmed:
            return True
        self._player.show().open_quit()
        return False

    def _quit(self) -> None:
        self._quit_confirmed = True
        self._window.close()

    def run(
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
        plan = self._state.plan()
        sore = plan.sore_side if plan is not None else None
        player = self._player.get()
        player.reset()
        self._player.show()
        blocks = self._settings().apply_get_ready(blocks)
        self._controller.begin(
            blocks, session_id=session_id, pre_pain=pre_pain, done=done, sore_side=sore
        )

    def resume(self, resumable: ResumableSession) -> None:
        """Pick up the interrupted session where it stopped; its saved steps count."""
        record = resumable.session
        routine = self._routines[record.routine_id]
        blocks = resume_blocks(record, routine, self._state.plan(), self._rules)
        self._store.resume_session(record.id)
        done = frozenset(
            unit_key(step) for step in resumable.steps if step.outcome is StepOutcome.COMPLETED
        )
        self.run(routine.id, record.level_id, blocks=blocks, session_id=record.id, done=done)

    def _hurts_reported(self, decision: StopDecision) -> None:
        running = self._running
        if running is None or running.rerun_red_flags or running.outcome is not None:
            return  # red-flag symptoms ended the session, and _session_ended acted on them
        if running.routine_id not in self._routines:
            return
        result = self._after_hurts(decision, running)
        advice = self._player.get().advice
        if result.offer is not None:
            advice.add(easier_now_text(result.offer))
            advice.offer(self.tr("Use the easier level from now on"))
            self._running = replace(running, easier=result.offer)
        else:
            advice.add(result.advice)

    def _after_hurts(self, decision: StopDecision, running: _Running) -> HurtsResult:
        """The flow's answer to a "this hurts" report; red-flag symptoms pause the plan."""
        result = after_hurts(
            decision,
            routine=self._routines[running.routine_id],
            level_id=running.level_id,
            plan=self._state.plan(),
            now=self._wall.now(),
            safety=self._player.get().safety_line.text(),  # the region's, kept up to date
        )
        if result.safety is not None:
            self._state.save_suspension(result.safety.suspension)
            self._state.record(result.safety.notes)
            self._running = replace(running, rerun_red_flags=True)
        return result

    def _session_ended(self, event: SessionEnded) -> None:
        running = self._running
        if running is None:
            return
        red_flags = StopDecision(StopAction.STOP_RERUN_RED_FLAGS, "")
        if event.reason == red_flags.action and not running.rerun_red_flags:
            if running.routine_id in self._routines:  # the stop ends it before the report
                self._after_hurts(red_flags, running)
            running = replace(running, rerun_red_flags=True)
        if running.rerun_red_flags:
            self._controller.finish_session(
                running.session_id,
                status=SessionStatus.STOPPED,
                stop_reason=event.reason or "red-flag symptoms",
                ended_at=self._wall.now(),
            )
            self._running = None
            self._window.notices.add(self.tr(RERUN_TEXT), key="rerun_red_flags")
            self._check_in()
            return
        snapshot = self._controller.snapshot()
        outcome = session_outcome(
            finished=event.state is EngineState.FINISHED,
            steps=self._step_outcomes(running.session_id),
            total=snapshot.total_units if snapshot is not None else 0,
        )
        self._running = replace(running, outcome=outcome)
        completed = outcome.status is SessionStatus.COMPLETED
        self._after.show().start(outcome_text(outcome), completed=completed)

    def _step_outcomes(self, session_id: int) -> list[StepOutcome]:
        """Every unit's outcome: those saved (an earlier run too) and this run's, which
        may still wait to be saved."""
        outcomes = {unit_key(s): s.outcome for s in self._store.steps(session_id)}
        outcomes.update({unit_key(u): u.outcome for u in self._controller.records()})
        return list(outcomes.values())

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
            self._after.get().show_summary(
                f"<p>{outcome_text(running.outcome)}</p><p>"
                + self.tr("Your session will be saved as soon as it can be.")
                + "</p>"
            )
            return
        result = summary(
            record,
            outcome=running.outcome,
            stop_rule_fired=self._state.stop_rule_fired(running.session_id),
            routine=self._routines[running.routine_id],
            plan=self._state.plan(),
            rules=self._rules,
        )
        self._state.record(result.notes)
        self._state.save_offer(result.offer)
        facts = SessionFacts(
            completed=running.outcome.status is SessionStatus.COMPLETED,
            steps_done=record.steps_done,
            minutes=round(record.active_s / 60),
            pain_before=record.pain_before,
            pain_after=record.pain_after,
            streak=streak(self._store.sessions(limit=60), today=local_day(record.started_at)),
            ending=running.outcome.ending,
        )
        html = "".join(f"<p>{line}</p>" for line in summary_lines(result))
        self._after.get().show_summary(html, facts)
