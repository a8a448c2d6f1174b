"""The session engine: a level's blocks expanded into phases and driven by time.

Stdlib only. Every command takes ``now`` and returns the events it caused; time
is only ever read from that argument. Phase ends and cue instants are computed
from stored origins and durations, never by counting ticks, so a late tick
places events at their exact instants and nothing drifts. No command raises for
being called in the wrong state: it returns ``[]``.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterator, Sequence
from typing import Protocol

from coach.domain.routine import Block, Dose, DoseMode
from coach.domain.side import Side
from coach.engine.cues import CuePhrases, ScheduledCue, phase_cues
from coach.engine.events import (
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

_ACTIVE = (EngineState.RUNNING, EngineState.PAUSED)

_Step = tuple[PhaseKind, float | None, Side, int, int]
"""kind, duration, side, set_no, unit_no of one planned phase."""


UnitKey = tuple[int, str, int, int]
"""block_index, side, set_no, unit_no: identifies one unit of work in a plan."""


class UnitLike(Protocol):
    """Anything that names one unit of work: a Phase, a UnitCompleted, a stored step."""

    @property
    def block_index(self) -> int: ...
    @property
    def side(self) -> str: ...
    @property
    def set_no(self) -> int: ...
    @property
    def unit_no(self) -> int: ...


SELF_PACED_REP_S = 4.0
"""What one self-paced rep is planned to take (a slow, controlled rep): for the
session's progress and a level's estimated length."""


def planned_seconds(phase: Phase) -> float:
    """How long ``phase`` is planned to take (self-paced work: its reps at
    SELF_PACED_REP_S each)."""
    if phase.duration_s is not None:
        return phase.duration_s
    return phase.reps * SELF_PACED_REP_S


def unit_key(unit: UnitLike) -> UnitKey:
    """The key of a WORK phase, a recorded unit or a stored step."""
    return (unit.block_index, str(unit.side), unit.set_no, unit.unit_no)


def expand_plan(blocks: Sequence[Block]) -> tuple[Phase, ...]:
    """The whole session as phases, in order.

    Per block: GET_READY, then for each set, side and unit a WORK phase, with
    REST between units and between sets and SWITCH between sides; zero-length
    rests and switches are left out, and no REST follows a block's last set.
    Non-WORK phases carry the side/set/unit/reps of the WORK unit they lead to.
    """
    phases: list[Phase] = []
    for block_index, block in enumerate(blocks):
        dose = block.dose
        for kind, duration, side, set_no, unit_no in _steps(dose):
            phases.append(
                Phase(
                    index=len(phases),
                    kind=kind,
                    block_index=block_index,
                    exercise=block.exercise,
                    side=side,
                    set_no=set_no,
                    sets=dose.sets,
                    unit_no=unit_no,
                    units=dose.units_per_side,
                    reps=_unit_reps(dose),
                    duration_s=duration,
                )
            )
    return tuple(phases)


def _steps(dose: Dose) -> Iterator[_Step]:
    """The phases of one block, before they are numbered."""
    first_side = dose.sides[0]
    yield PhaseKind.GET_READY, dose.get_ready_s, first_side, 1, 1
    for set_no in range(1, dose.sets + 1):
        if set_no > 1 and dose.rest_between_sets_s > 0:
            yield PhaseKind.REST, dose.rest_between_sets_s, first_side, set_no, 1
        for side_no, side in enumerate(dose.sides):
            if side_no > 0 and dose.switch_s > 0:
                yield PhaseKind.SWITCH, dose.switch_s, side, set_no, 1
            for unit_no in range(1, dose.units_per_side + 1):
                if unit_no > 1 and dose.rest_between_reps_s > 0:
                    yield PhaseKind.REST, dose.rest_between_reps_s, side, set_no, unit_no
                yield PhaseKind.WORK, dose.unit_seconds, side, set_no, unit_no


def _unit_reps(dose: Dose) -> int:
    """Repetitions in one unit of work: one hold or drill, or the dose's reps."""
    return 1 if dose.mode in (DoseMode.HOLD, DoseMode.TIMED) else dose.reps


class SessionEngine:
    """Runs one session: commands and ticks in, typed events out.

    Cues are released once their instant has passed, carrying that exact
    instant as ``due``; end-of-session cues carry ``phase_index == len(phases)``.
    A ``now`` earlier than one already seen is treated as that one.
    """

    def __init__(self, level_or_blocks: Sequence[Block], *, cues: CuePhrases) -> None:
        self._blocks = tuple(level_or_blocks)
        self._phrases = cues
        self._phases = expand_plan(self._blocks)
        self._block_starts = tuple(p.index for p in self._phases if p.kind is PhaseKind.GET_READY)
        self._total_units = sum(p.kind is PhaseKind.WORK for p in self._phases)
        planned = [planned_seconds(p) for p in self._phases]
        self._planned_before = tuple(sum(planned[:i]) for i in range(len(planned) + 1))
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
        return self._enter(self._resume_index(), now) + self._catch_up(now)

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
        return self._command(now, lambda t: self._jump(self._back_target(), t, None))

    def done(self, now: float) -> list[Event]:
        """Finish a self-paced WORK unit as COMPLETED; [] in any other phase."""
        return self._command(now, self._done)

    def skip_exercise(self, now: float) -> list[Event]:
        """Jump to the next block's GET_READY; an unfinished WORK unit is recorded
        SKIPPED, the block's later units are not recorded."""
        return self._command(
            now, lambda t: self._jump(self._next_block_start(), t, UnitOutcome.SKIPPED)
        )

    def stop(self, now: float, reason: str = "") -> list[Event]:
        """End the session as STOPPED; an unfinished WORK unit is recorded STOPPED."""
        return self._command(now, lambda t: self._end(EngineState.STOPPED, t, reason))

    # -- queries ------------------------------------------------------------

    def snapshot(self, now: float) -> Snapshot:
        """The session as of the last command, seen at ``now``; changes nothing."""
        active = self._state in _ACTIVE
        phase = self._phases[self._index] if active else None
        elapsed = self._elapsed(now) if active else 0.0
        remaining = None
        if phase is not None and phase.duration_s is not None:
            remaining = phase.duration_s - elapsed
        return Snapshot(
            state=self._state,
            phase=phase,
            remaining_s=remaining,
            phase_elapsed_s=elapsed,
            current_rep=self._current_rep(phase, elapsed),
            progress=self._progress(elapsed),
            next_up=self._next_up(),
            completed_units=len(self._completed),
            total_units=self._total_units,
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
        if self._state not in _ACTIVE:
            return []
        now = self._observe(now)
        events = self._catch_up(now)
        if self._state in _ACTIVE:
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
        dose = self._blocks[phase.block_index].dose
        self._cues = phase_cues(phase, dose, self._phrases, announce_side=self._side_changes(phase))
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
            reps=self._reps_done(phase, outcome, active_s),
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

    def _side_changes(self, phase: Phase) -> bool:
        """True when a non-WORK phase leads to a side other than the block's
        previous WORK unit (or to the block's first unit)."""
        if phase.kind is PhaseKind.WORK:
            return False
        for earlier in reversed(self._phases[: phase.index]):
            if earlier.block_index != phase.block_index:
                break
            if earlier.kind is PhaseKind.WORK:
                return earlier.side is not phase.side
        return True

    def _resume_index(self) -> int:
        """The phase leading into the first WORK unit not completed (0 if none are)."""
        for phase in self._phases:
            if phase.kind is PhaseKind.WORK and phase.index not in self._completed:
                before = phase.index - 1
                return (
                    before
                    if before >= 0 and self._phases[before].kind is not PhaseKind.WORK
                    else phase.index
                )
        return len(self._phases)

    def _back_target(self) -> int:
        """Phase index that back() goes to (see its docstring)."""
        current = self._phases[self._index]
        for earlier in reversed(self._phases[: self._index]):
            if earlier.block_index != current.block_index:
                break
            if earlier.kind is PhaseKind.WORK:
                return earlier.index
        return self._block_starts[max(current.block_index - 1, 0)]

    def _next_block_start(self) -> int:
        """GET_READY index of the next block, or len(phases) after the last."""
        block = self._phases[self._index].block_index
        return self._block_starts[block + 1] if block + 1 < len(self._blocks) else len(self._phases)

    def _current_rep(self, phase: Phase | None, elapsed: float) -> int | None:
        """1-based repetition under way in timed-reps work, else None."""
        if phase is None or phase.kind is not PhaseKind.WORK:
            return None
        dose = self._blocks[phase.block_index].dose
        if dose.mode is not DoseMode.TIMED_REPS:
            return None
        if dose.tempo_s <= 0:
            return 1
        return min(phase.reps, int(elapsed // dose.tempo_s) + 1)

    def _reps_done(self, phase: Phase, outcome: UnitOutcome, active_s: float) -> int:
        """The unit's reps when completed; otherwise whole timed reps finished."""
        if outcome is UnitOutcome.COMPLETED:
            return phase.reps
        dose = self._blocks[phase.block_index].dose
        if dose.mode is DoseMode.TIMED_REPS and dose.tempo_s > 0:
            return min(phase.reps, int(active_s // dose.tempo_s))
        return 0

    def _progress(self, elapsed: float) -> float:
        """Planned time passed through over all of it: phases left behind (done or
        skipped) plus ``elapsed`` of the current one; 1 when finished."""
        if self._state is EngineState.FINISHED:
            return 1.0
        total = self._planned_before[-1]
        if self._state is EngineState.NOT_STARTED or not total:
            return 0.0
        current = self._planned_before[self._index + 1] - self._planned_before[self._index]
        return min(1.0, (self._planned_before[self._index] + min(elapsed, current)) / total)

    def _next_up(self) -> str | None:
        """Name of the exercise after the current block (the first, before start)."""
        if self._state is EngineState.NOT_STARTED:
            return self._blocks[0].exercise.name if self._blocks else None
        if self._state not in _ACTIVE:
            return None
        following = self._phases[self._index].block_index + 1
        return self._blocks[following].exercise.name if following < len(self._blocks) else None
