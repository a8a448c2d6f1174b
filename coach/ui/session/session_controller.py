"""The one owner of the session timer: ticks the engine, speaks, saves and reports.

Every completed unit is written to the store the moment the engine reports
it, so a crash loses nothing already done. When the store refuses a write (disk
full, database busy or read-only) the session goes on: the write is kept in
order and retried every RETRY_MS, never blocking the GUI for more than a frame,
and ``saving`` tells the person once. Views only listen to the signals.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from typing import Unpack

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, QTimer, Signal

from coach.domain.history import EventKind, SessionRecord, SessionStatus
from coach.domain.routine import Block
from coach.domain.rules import (
    DEFAULT_RULES,
    RuleConfig,
    StopAction,
    StopDecision,
    check_during_session,
)
from coach.domain.side import Side
from coach.engine.clock import Clock
from coach.engine.cues import CuePhrases
from coach.engine.events import (
    Cue,
    EngineState,
    Event,
    PhaseKind,
    PhaseStarted,
    SessionEnded,
    Snapshot,
    UnitCompleted,
)
from coach.engine.session import SessionEngine
from coach.engine.session_plan import UnitKey
from coach.flow.sides import side_phrases, side_words
from coach.speech.null_speaker import NullSpeaker
from coach.store.history import HistoryStore
from coach.store.pending import FlushResult, PendingWrites, Write
from coach.store.session_log import SessionEnd
from coach.ui.app.store_words import store_error_text
from coach.ui.widgets.precise_timer import PreciseTimer

DISPLAY_INTERVAL_MS = 250
"""Countdown refresh while nothing moves."""
ANIMATION_INTERVAL_MS = 100
"""Refresh while the figure is moving (timed reps, easing into a hold)."""
EASE_IN_S = 2.0
"""A hold eases into its end pose over this many seconds, then stays still."""
RETRY_MS = 1000
"""How often writes the store refused are tried again."""
NOT_SAVING = str(
    QT_TRANSLATE_NOOP(
        "SessionController",
        "Your session is not being saved right now. {problem} Keep going: what you do is "
        "kept and saved as soon as saving works again.",
    )
)
"""In English: translate it (context SessionController) to show it."""


class SessionController(QObject):
    """Drives one session at a time; the only place a session QTimer lives."""

    updated = Signal(Snapshot)
    """A fresh :class:`Snapshot` (after every tick and command)."""
    caption = Signal(str)
    """The text of every cue, as it becomes due (captions are always on)."""
    ended = Signal(SessionEnded)
    """The :class:`SessionEnded` event."""
    saving = Signal(str)
    """What is not being saved and why (once per outage); "" once all is saved again."""

    def __init__(
        self,
        *,
        clock: Clock,
        store: HistoryStore,
        speaker: NullSpeaker,
        phrases: CuePhrases,
        rules: RuleConfig = DEFAULT_RULES,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self._store = store
        self._speaker = speaker
        self._phrases = phrases
        self._base_phrases = phrases
        self._sore_side: Side | None = None
        self._rules = rules
        self._engine: SessionEngine | None = None
        self._session_id: int | None = None
        self._pre_pain = 0
        self._timer = PreciseTimer(self, self.tick)
        self._writes = PendingWrites(store)
        self._retry = QTimer(self)
        self._retry.setSingleShot(True)
        self._retry.setInterval(RETRY_MS)
        self._retry.timeout.connect(self.save_pending)

    # -- lifetime -------------------------------------------------------------

    def begin(
        self,
        blocks: Sequence[Block],
        *,
        session_id: int,
        pre_pain: int,
        done: Collection[UnitKey] = (),
        sore_side: Side | None = None,
    ) -> None:
        """Start a session over ``blocks`` already saved as ``session_id``; with a
        ``sore_side`` the side cues say "your sore side" and "your other side"."""
        self._phrases = side_phrases(self._base_phrases, sore_side)
        self._sore_side = sore_side
        self._engine = SessionEngine(blocks, cues=self._phrases)
        self._session_id = session_id
        self._pre_pain = pre_pain
        self._speaker.prerender(self._phrases_of(blocks))
        self._handle(self._engine.start(self._clock.now(), done=done))

    def set_speaker(self, speaker: NullSpeaker) -> None:
        """Use ``speaker`` from now on (the real one starts after the window shows)."""
        self._speaker.silence()
        self._speaker = speaker

    @property
    def session_id(self) -> int | None:
        """The session being run (None before the first begin)."""
        return self._session_id

    @property
    def pre_pain(self) -> int:
        """Pain before the session, the base for the stop rules."""
        return self._pre_pain

    def is_active(self) -> bool:
        """True while a session runs or is paused."""
        return self._engine is not None and self._engine.state in (
            EngineState.RUNNING,
            EngineState.PAUSED,
        )

    @property
    def ticking(self) -> bool:
        """Whether the session timer is armed (never while paused, finished or stopped)."""
        return self._timer.is_active()

    def snapshot(self) -> Snapshot | None:
        """The session right now (None before any session)."""
        return None if self._engine is None else self._engine.snapshot(self._clock.now())

    def records(self) -> tuple[UnitCompleted, ...]:
        """Units recorded in this run."""
        return () if self._engine is None else self._engine.records

    # -- commands (keyboard and buttons) -------------------------------------

    def toggle_pause(self) -> None:
        """Space: pause or resume; pausing silences speech at once."""
        self._command(SessionEngine.toggle_pause, silence=True)

    def pause(self) -> None:
        """Pause (no-op unless running)."""
        self._command(SessionEngine.pause, silence=True)

    def skip(self) -> None:
        """Right: end the current step now."""
        self._command(SessionEngine.skip, silence=True)

    def back(self) -> None:
        """Left: go back to the previous unit."""
        self._command(SessionEngine.back, silence=True)

    def done(self) -> None:
        """Enter: a self-paced set is finished."""
        self._command(SessionEngine.done, silence=False)

    def skip_exercise(self) -> None:
        """Move on to the next exercise."""
        self._command(SessionEngine.skip_exercise, silence=True)

    def stop(self, reason: str = "") -> None:
        """Esc (confirmed): end the session; the unit in progress is kept as stopped."""
        if self._engine is None:
            return
        self._speaker.silence()
        self._handle(self._engine.stop(self._clock.now(), reason))

    def report_pain(
        self, pain_now: int, *, nerve_symptoms: bool, red_flag_symptoms: bool
    ) -> StopDecision:
        """H, "this hurts": apply the stop rules and act on them.

        Pain above the limit or rising too far ends this exercise; nerve or
        red-flag symptoms stop the session. Every report is saved.
        """
        decision = check_during_session(
            self._pre_pain,
            pain_now,
            nerve_symptoms=nerve_symptoms,
            red_flag_symptoms=red_flag_symptoms,
            config=self._rules,
        )
        if (session_id := self._session_id) is not None:
            detail = f"pain {pain_now}/10; {decision.action.value}: {decision.message}"
            kind = EventKind.PAIN_REPORT if not decision.stops else EventKind.STOP_RULE
            at = self._store.now()
            self._save(lambda store: store.record_event(session_id, kind, detail, at=at))
        if decision.action is StopAction.STOP_EXERCISE_OFFER_EASIER:
            self.skip_exercise()
        elif decision.stops:
            self.stop(decision.action.value)
        return decision

    # -- saving -----------------------------------------------------------------

    def finish_session(
        self,
        session_id: int,
        *,
        status: SessionStatus,
        ended_at: float | None = None,
        **end: Unpack[SessionEnd],
    ) -> SessionRecord | None:
        """Save the session's end (at ``ended_at``, default now) after any steps still
        waiting; the saved record, or None when the store refuses it now (it is kept and
        retried like the steps)."""
        saved: list[SessionRecord] = []
        ended_at = self._store.now() if ended_at is None else ended_at

        def finish(store: HistoryStore) -> None:
            record = store.finish_session(session_id, status=status, ended_at=ended_at, **end)
            saved.append(record)

        self._save(finish)
        return saved[0] if saved else None

    @property
    def unsaved(self) -> int:
        """Writes the store refused so far and still waiting to be saved."""
        return self._writes.pending

    def save_pending(self) -> None:
        """Try the waiting writes again (from the retry timer, and before quitting)."""
        self._after_flush(self._writes.flush())

    def _save(self, write: Write) -> None:
        self._after_flush(self._writes.add(write))

    def _after_flush(self, result: FlushResult) -> None:
        if result.pending:
            if not self._retry.isActive():
                self._retry.start()
        else:
            self._retry.stop()
        if result.newly_failing:
            problem = store_error_text(result.problem) if result.problem else ""
            self.saving.emit(self.tr(NOT_SAVING).format(problem=problem))
        elif result.recovered:
            self.saving.emit("")

    def side_words(self, side: Side) -> str:
        """What the screen calls ``side`` in this session ("Your sore side", or "Left
        side" when no side is sore), in the cues' language."""
        return side_words(side, self._sore_side, self._base_phrases)

    # -- time -------------------------------------------------------------------

    def tick(self) -> None:
        """Advance the engine to now and re-arm the timer for the next moment that matters."""
        if self._engine is not None:
            self._handle(self._engine.tick(self._clock.now()))

    def _command(self, action: object, *, silence: bool) -> None:
        if self._engine is None:
            return
        if silence:
            self._speaker.silence()
        assert callable(action)
        self._handle(action(self._engine, self._clock.now()))

    def _handle(self, events: list[Event]) -> None:
        assert self._engine is not None
        for event in events:
            self._dispatch(event)
        snapshot = self._engine.snapshot(self._clock.now())
        self._rearm(snapshot)
        self.updated.emit(snapshot)

    def _dispatch(self, event: Event) -> None:
        if isinstance(event, Cue):
            self.caption.emit(event.text)
            self._speaker.say(event)
        elif isinstance(event, PhaseStarted):
            self._speaker.set_current_phase(event.phase.index)
        elif isinstance(event, UnitCompleted) and (session_id := self._session_id) is not None:
            at = self._store.now()
            self._save(lambda store: store.record_unit(session_id, event, at=at))
        elif isinstance(event, SessionEnded):
            self._speaker.set_current_phase(None)
            self.ended.emit(event)

    def _rearm(self, snapshot: Snapshot) -> None:
        """Run the timer only while running: fast while the figure moves, and never
        later than the next cue or phase end."""
        assert self._engine is not None
        if snapshot.state is not EngineState.RUNNING:
            self._timer.stop()
            return
        interval = ANIMATION_INTERVAL_MS if _animating(snapshot) else DISPLAY_INTERVAL_MS
        next_deadline = self._engine.time_to_next_deadline(self._clock.now())
        if next_deadline is not None:
            interval = min(interval, max(1, int(next_deadline * 1000) + 1))
        self._timer.start(interval)

    def _phrases_of(self, blocks: Sequence[Block]) -> list[str]:
        """Every phrase the session may say, for the speech cache."""
        p = self._phrases
        fixed = [p.hold, p.go, p.halfway, p.ten_left, p.switch, p.rest, p.left, p.right]
        fixed += [*p.countdown, p.complete, p.stopped]
        for block in blocks:
            fixed += [p.next_up.format(name=block.exercise.name), block.exercise.cue]
            fixed += [p.rep.format(n=n) for n in range(1, block.dose.reps + 1)]
            fixed.append(p.self_paced.format(reps=block.dose.reps))
        return list(dict.fromkeys(fixed))


def _animating(snapshot: Snapshot) -> bool:
    """Whether the figure is moving: timed reps always, holds while easing in."""
    phase = snapshot.phase
    if phase is None or phase.kind is not PhaseKind.WORK:
        return False
    if snapshot.current_rep is not None:
        return True
    return snapshot.phase_elapsed_s < EASE_IN_S
