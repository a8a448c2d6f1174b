"""The session engine: a state machine that drives a plan's phases by time.

Stdlib only. The phases come from ``session_plan``, the snapshot's numbers from
``snapshot``; this module owns the position, pauses, cue release and records.
Every command takes ``now`` and returns the events it caused (``events``); time
is only ever read from that argument. Phase ends and cue instants are computed
from stored origins and durations, never by counting ticks, so a late tick
places events at their exact instants and nothing drifts. No command raises for
being called in the wrong state: it returns ``[]``.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence

from coach.domain.routine import Block
from coach.engine.cues import CuePhrases, ScheduledCue, phase_cues
from coach.engine.events import (
    ACTIVE_STATES,
    Cue,
    CueKind,
    EngineState,
    Event,
    Paused,
    Phase,
    PhaseKind,
    PhaseStarted,
    Resumed,
    SessionEnded,
    Snapshot,
    UnitCompleted,
    UnitOutcome,
)
from coach.engine.session_plan import SessionPlan, UnitKey, unit_key
from coach.engine.snapshot import build_snapshot, reps_done


class SessionEngine:
    """Runs one session: commands and ticks in, typed events out.

    Cues are released once their instant has passed, carrying that exact
    instant as ``due``; end-of-session cues carry ``phase_index == len(phases)``.
    A ``now`` earlier than one already seen is treated as that one.
    """

    def __init__(self, level_or_blocks: Sequence[Block], *, cues: CuePhrases) -> None:
        self._plan = SessionPlan(level_or_blocks)
        self._phases = self._plan.phases
        self._phrases = cues
        self._state = EngineState.NOT_STARTED
        self._index = 0
        self._origin = 0.0
        """Phase start shifted later by every pause in it: elapsed = t - origin."""
        self._paused_at: float | None = None
        self._cues: tuple[ScheduledCue, ...] = ()
        self._next_cue = 0
        self._last_now = float("-inf")
        self._records: list[UnitCompleted] = []
        self._completed: set[int] = set()

    @property
    def state(self) -> EngineState:
        """Where the session is as a whole."""
        return self._state

    @property
    def phases(self) -> tuple[Phase, ...]:
        """The expanded plan."""
        return self._phases

    @property
    def records(self) -> tuple[UnitCompleted, ...]:
        """Every unit of work recorded so far, in order."""
        return tuple(self._records)

    # -- commands -----------------------------------------------------------

    def start(self, now: float, *, done: Collection[UnitKey] = ()) -> list[Event]:
        """Begin at ``now`` (an empty plan finishes at once).

        ``done`` lists units already completed in an earlier, interrupted run
        of the same plan: they count as progress and the session starts with
        the transition into the first unit not yet done.
        """
        if self._state is not EngineState.NOT_STARTED:
            return []
        now = self._observe(now)
        self._state = EngineState.RUNNING
        self._completed.update(
            p.index for p in self._phases if p.kind is PhaseKind.WORK and unit_key(p) in done
        )
        return self._enter(self._plan.resume_index(self._completed), now) + self._catch_up(now)

    def tick(self, now: float) -> list[Event]:
        """Everything that happened up to ``now``, at its exact instant."""
        return self._command(now, lambda _: [])

    def pause(self, now: float) -> list[Event]:
        """Freeze the current phase; paused time is not exercise time."""
        return self._command(now, self._pause)

    def resume(self, now: float) -> list[Event]:
        """Continue a paused phase where it stopped."""
        return self._command(now, self._resume)

    def toggle_pause(self, now: float) -> list[Event]:
        """Pause when running, resume when paused."""
        if self._state is EngineState.PAUSED:
            return self.resume(now)
        return self.pause(now)

    def skip(self, now: float) -> list[Event]:
        """End the current phase now; an unfinished WORK unit is recorded SKIPPED."""
        return self._command(now, lambda t: self._jump(self._index + 1, t, UnitOutcome.SKIPPED))

    def back(self, now: float) -> list[Event]:
        """Go to the start of this exercise's previous WORK unit, else the previous
        block's GET_READY (the first block's, from the first block).

        The abandoned phase is not recorded; a redone unit is recorded again.
        """
        return self._command(
            now, lambda t: self._jump(self._plan.back_target(self._index), t, None)
        )

    def done(self, now: float) -> list[Event]:
        """Finish a self-paced WORK unit as COMPLETED; [] in any other phase."""
        return self._command(now, self._done)

    def skip_exercise(self, now: float) -> list[Event]:
        """Jump to the next block's GET_READY; an unfinished WORK unit is recorded
        SKIPPED, the block's later units are not recorded."""
        return self._command(
            now,
            lambda t: self._jump(self._plan.next_block_start(self._index), t, UnitOutcome.SKIPPED),
        )

    def stop(self, now: float, reason: str = "") -> list[Event]:
        """End the session as STOPPED; an unfinished WORK unit is recorded STOPPED."""
        return self._command(now, lambda t: self._end(EngineState.STOPPED, t, reason))

    # -- queries ------------------------------------------------------------

    def snapshot(self, now: float) -> Snapshot:
        """The session as of the last command, seen at ``now``; changes nothing."""
        return build_snapshot(
            self._plan,
            state=self._state,
            index=self._index,
            elapsed=self._elapsed(now) if self._state in ACTIVE_STATES else 0.0,
            completed_units=len(self._completed),
        )

    def time_to_next_deadline(self, now: float) -> float | None:
        """Seconds until the next cue or phase end (>= 0); None when nothing is
        scheduled (not running, or self-paced work with every cue said)."""
        if self._state is not EngineState.RUNNING:
            return None
        instants = [self._deadline()]
        if self._next_cue < len(self._cues):
            instants.append(self._origin + self._cues[self._next_cue].offset_s)
        known = [instant for instant in instants if instant is not None]
        return max(0.0, min(known) - max(now, self._last_now)) if known else None

    # -- command plumbing ---------------------------------------------------

    def _command(self, now: float, action: Callable[[float], list[Event]]) -> list[Event]:
        """Catch up to ``now``, apply ``action`` if the session is still on, catch up again."""
        if self._state not in ACTIVE_STATES:
            return []
        now = self._observe(now)
        events = self._catch_up(now)
        if self._state in ACTIVE_STATES:
            events += action(now)
            events += self._catch_up(now)
        return events

    def _observe(self, now: float) -> float:
        """``now``, never earlier than any time already seen."""
        self._last_now = max(self._last_now, now)
        return self._last_now

    def _pause(self, now: float) -> list[Event]:
        if self._state is not EngineState.RUNNING:
            return []
        self._state = EngineState.PAUSED
        self._paused_at = now
        return [Paused(at=now)]

    def _resume(self, now: float) -> list[Event]:
        if self._paused_at is None:
            return []
        self._origin += now - self._paused_at
        self._paused_at = None
        self._state = EngineState.RUNNING
        return [Resumed(at=now)]

    def _done(self, now: float) -> list[Event]:
        phase = self._phases[self._index]
        if phase.kind is not PhaseKind.WORK or phase.duration_s is not None:
            return []
        return self._jump(self._index + 1, now, UnitOutcome.COMPLETED)

    # -- timeline -------------------------------------------------------------

    def _catch_up(self, now: float) -> list[Event]:
        """Release due cues and end every phase whose deadline is <= ``now``,
        each at its deadline, the next starting at that same instant."""
        events: list[Event] = []
        while self._state is EngineState.RUNNING:
            deadline = self._deadline()
            events += self._due_cues(now if deadline is None else min(now, deadline))
            if deadline is None or deadline > now:
                break
            events += self._finish_phase(deadline)
        return events

    def _deadline(self) -> float | None:
        duration = self._phases[self._index].duration_s
        return None if duration is None else self._origin + duration

    def _due_cues(self, until: float) -> list[Event]:
        """Cues of the current phase due at or before ``until``, at their instants."""
        events: list[Event] = []
        while self._next_cue < len(self._cues):
            cue = self._cues[self._next_cue]
            due = self._origin + cue.offset_s
            if due > until:
                break
            events.append(Cue(cue.text, cue.kind, due, self._index))
            self._next_cue += 1
        return events

    def _finish_phase(self, deadline: float) -> list[Event]:
        """End the current phase at its deadline: WORK gets exactly its planned time."""
        phase = self._phases[self._index]
        events: list[Event] = []
        if phase.kind is PhaseKind.WORK and phase.duration_s is not None:
            events.append(self._record(UnitOutcome.COMPLETED, deadline, phase.duration_s))
        return events + self._enter(self._index + 1, deadline)

    def _jump(self, target: int, now: float, outcome: UnitOutcome | None) -> list[Event]:
        """Leave the current phase early for ``target``, recording unfinished work
        with ``outcome`` (None: not recorded)."""
        events: list[Event] = []
        if outcome is not None and self._phases[self._index].kind is PhaseKind.WORK:
            events.append(self._record(outcome, now, self._elapsed(now)))
        return events + self._enter(target, now)

    def _enter(self, index: int, at: float) -> list[Event]:
        """Start phase ``index`` at ``at`` (staying paused if paused); past the
        last phase the session finishes."""
        if index >= len(self._phases):
            return self._end(EngineState.FINISHED, at, "")
        self._index = index
        self._origin = at
        if self._paused_at is not None:
            self._paused_at = at
        phase = self._phases[index]
        self._cues = phase_cues(
            phase,
            self._plan.dose(phase),
            self._phrases,
            announce_side=self._plan.side_changes(phase),
        )
        self._next_cue = 0
        return [PhaseStarted(phase=phase, at=at)]

    def _end(self, state: EngineState, at: float, reason: str) -> list[Event]:
        """Finish or stop the session at ``at``; unfinished work is recorded STOPPED."""
        events: list[Event] = []
        if state is EngineState.STOPPED and self._phases[self._index].kind is PhaseKind.WORK:
            events.append(self._record(UnitOutcome.STOPPED, at, self._elapsed(at)))
        self._state = state
        self._paused_at = None
        self._cues = ()
        text = self._phrases.complete if state is EngineState.FINISHED else self._phrases.stopped
        kind = CueKind.COMPLETE if state is EngineState.FINISHED else CueKind.STOPPED
        events.append(Cue(text, kind, at, len(self._phases)))
        events.append(SessionEnded(state=state, at=at, reason=reason))
        return events

    def _record(self, outcome: UnitOutcome, at: float, active_s: float) -> UnitCompleted:
        """Record the current WORK unit as ended at ``at``."""
        phase = self._phases[self._index]
        if outcome is UnitOutcome.COMPLETED:
            self._completed.add(phase.index)
        record = UnitCompleted(
            block_index=phase.block_index,
            exercise_id=phase.exercise.id,
            side=phase.side,
            set_no=phase.set_no,
            unit_no=phase.unit_no,
            planned_s=phase.duration_s,
            active_s=active_s,
            reps=reps_done(self._plan, phase, outcome, active_s),
            outcome=outcome,
            at=at,
        )
        self._records.append(record)
        return record

    # -- derived values -------------------------------------------------------

    def _elapsed(self, now: float) -> float:
        """Exercise time in the current phase, within [0, duration]."""
        until = self._paused_at if self._paused_at is not None else max(now, self._last_now)
        elapsed = max(0.0, until - self._origin)
        duration = self._phases[self._index].duration_s
        return elapsed if duration is None else min(elapsed, duration)
