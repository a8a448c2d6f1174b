"""The ice/heat timer as a deadline engine: commands and the time in, events and a snapshot out.

Qt-free and store-free. It runs at most one application: the checklist gate
and lock-outs decide whether one may start, the skin check falls due at its
time, and the application ends at its planned length, never past the 20-minute
hard maximum whatever the clocks do (see :mod:`coach.flow.thermal_clock`).
After the end an alarm rings (``AlarmRang``) every ``ALARM_REPEAT_S`` until the
person says the pack is off, for at most ``ALARM_MAX_S`` (then ``AlarmGaveUp``: the
chime stops, the note stays). The skin-check prompt rings the same way until
answered. ``next_due`` says when to call ``tick`` next, so a caller needs one
single-shot timer and no polling.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import tzinfo

from coach.domain import thermal
from coach.domain.history import ThermalKind, ThermalRecord, ThermalStatus
from coach.domain.thermal import HARD_MAX_S, RUNNING_TEXT, Availability, Refusal, ThermalConfig
from coach.flow.thermal_clock import Instant, Progress, advanced
from coach.flow.thermal_events import (
    Acknowledged,
    Alarm,
    AlarmGaveUp,
    AlarmRang,
    AlarmSilenced,
    Began,
    Checkpoint,
    Ended,
    Event,
    SkinChecked,
    Stopped,
    TimerSnapshot,
)

ALARM_REPEAT_S = 30.0
"""The chime repeats this often until the alarm is acknowledged."""
ALARM_MAX_S = 5 * 60.0
"""An unanswered alarm stops ringing after this long."""
SNOOZE_S = 2 * 60.0
""""Snooze 2 min": how long the alarm stays quiet."""
CHECKPOINT_EVERY_S = 60.0
"""Elapsed time is persisted at least this often while a timer runs."""
CANCEL_GRACE_S = 60.0
"""Stopped sooner than this with no reaction: a mis-start, recorded as cancelled."""
CHECKLIST_FIRST = "Read the advice and tick it first."
UNKNOWN_TIME = (
    "The coach could not tell how long your {name} has been on (the clock changed "
    "while it was closed), so the timer has ended. Take the pack off now."
)


@dataclass(frozen=True, slots=True)
class _Run:
    """The one application the timer owns, from start until its alarm is answered."""

    id: int
    kind: ThermalKind
    planned_s: float
    started_at: float
    progress: Progress
    skin_checked: bool
    running: bool = True
    ringing: Alarm | None = None
    next_ring_s: float = math.inf
    """Elapsed seconds at which the alarm rings next."""
    ring_since_s: float = 0.0
    """Elapsed seconds when the current alarm started."""
    rings: int = 0
    """Rings of the current alarm so far."""
    skin_prompted: bool = False
    """The skin-check alarm has started (it starts once per application)."""
    saved_s: float = 0.0
    """Elapsed seconds at the last checkpoint."""


def _quiet(run: _Run) -> _Run:
    """``run`` with no alarm ringing."""
    return replace(run, ringing=None, next_ring_s=math.inf, rings=0)


def saved_progress(record: ThermalRecord) -> Progress | None:
    """The progress last persisted for ``record``, or None if it has none."""
    if (
        record.progress_elapsed_s is None
        or record.progress_wall is None
        or record.progress_mono is None
    ):
        return None
    at = Instant(record.progress_wall, record.progress_mono, record.progress_boot)
    return Progress(record.progress_elapsed_s, at)


class ThermalTimer:
    """The deadline engine for one ice/heat application at a time."""

    def __init__(self, config: ThermalConfig) -> None:
        self._config = config
        self._run: _Run | None = None

    # --- queries -------------------------------------------------------------

    def availability(
        self,
        kind: ThermalKind,
        history: Sequence[ThermalRecord],
        *,
        now: float,
        checklist_done: bool = True,
        strain_started_at: float | None = None,
        tz: tzinfo | None = None,
    ) -> Availability:
        """May ``kind`` start at wall time ``now``? The checklist gate, then the lock-outs."""
        if self._run is not None and self._run.running:
            return Availability(False, RUNNING_TEXT, refusal=Refusal.RUNNING)
        if not checklist_done:
            return Availability(False, CHECKLIST_FIRST, refusal=Refusal.CHECKLIST)
        return thermal.availability(
            self._config.rules(kind),
            history,
            now=now,
            strain_started_at=strain_started_at,
            tz=tz,
        )

    def planned_seconds(self, kind: ThermalKind, minutes: float) -> float:
        """The length to run for ``minutes``: within the rules, never above 20 minutes."""
        return thermal.planned_seconds(self._config.rules(kind), minutes)

    def snapshot(self, now: Instant) -> TimerSnapshot:
        """The application as of ``now`` (no events; call ``tick`` for those)."""
        run = self._run
        if run is None:
            return TimerSnapshot()
        elapsed = advanced(run.progress, now).elapsed_s if run.running else run.planned_s
        return TimerSnapshot(
            kind=run.kind,
            planned_s=run.planned_s,
            elapsed_s=min(elapsed, run.planned_s),
            skin_check_at_s=self._config.rules(run.kind).skin_check_s,
            skin_checked=run.skin_checked,
            running=run.running,
            ringing=run.ringing,
        )

    def next_due(self, now: Instant) -> float | None:
        """Seconds from ``now`` until ``tick`` has something to do, or None."""
        run = self._run
        if run is None:
            return None
        elapsed = advanced(run.progress, now).elapsed_s
        marks = [run.next_ring_s]
        if run.running:
            marks += [run.planned_s, run.saved_s + CHECKPOINT_EVERY_S]
            if not run.skin_checked and not run.skin_prompted:
                marks.append(self._config.rules(run.kind).skin_check_s)
        if run.ringing is not None:
            marks.append(run.ring_since_s + ALARM_MAX_S)
        later = [m for m in marks if math.isfinite(m)]
        return max(0.0, min(later) - elapsed) if later else None

    # --- commands ------------------------------------------------------------

    def begin(self, record: ThermalRecord, now: Instant) -> list[Event]:
        """Run ``record``, just started at ``now`` (its store row exists)."""
        events = self._drop_old(now)
        progress = Progress(0.0, now)
        self._run = _Run(
            record.id, record.kind, min(record.planned_s, HARD_MAX_S), record.started_at,
            progress, record.skin_check_done,
        )  # fmt: skip
        return [*events, Began(record.id, record.kind), Checkpoint(record.id, progress)]

    def restore(self, record: ThermalRecord, saved: Progress | None, now: Instant) -> list[Event]:
        """After a restart: carry on with ``record`` from its ``saved`` progress.

        Without saved progress it counts from the start time on the wall clock.
        If the time is up (or unknown) it ends at once, and the alarm rings
        unless the end is more than ``ALARM_MAX_S`` ago.
        """
        start = saved or Progress(0.0, Instant(record.started_at, math.nan, "\0unknown"))
        progress = advanced(start, now)
        planned = min(record.planned_s, HARD_MAX_S)
        self._run = _Run(
            record.id, record.kind, planned, record.started_at, progress,
            record.skin_check_done, saved_s=progress.elapsed_s,
        )  # fmt: skip
        events: list[Event] = [Began(record.id, record.kind), Checkpoint(record.id, progress)]
        if progress.unknown:
            name = self._config.rules(record.kind).name.lower()
            return [
                *events,
                *self._end(now, while_away=True, message=UNKNOWN_TIME.format(name=name)),
            ]
        return events + self.tick(now, while_away=True)

    def tick(self, now: Instant, *, while_away: bool = False) -> list[Event]:
        """Release whatever fell due by ``now``: skin check, end, alarm rings, checkpoints."""
        run = self._run
        if run is None:
            return []
        progress = advanced(run.progress, now)
        run = self._run = replace(run, progress=progress)
        elapsed = progress.elapsed_s
        if run.running and elapsed >= run.planned_s:
            return self._end(now, while_away=while_away)
        events: list[Event] = []
        if run.running and elapsed >= run.saved_s + CHECKPOINT_EVERY_S:
            self._run = run = replace(run, saved_s=elapsed)
            events.append(Checkpoint(run.id, progress))
        skin_at = self._config.rules(run.kind).skin_check_s
        if run.running and not run.skin_checked and not run.skin_prompted and elapsed >= skin_at:
            self._run = run = self._ring(run, Alarm.SKIN_CHECK, elapsed, skin_prompted=True)
        if run.ringing is not None and elapsed >= run.ring_since_s + ALARM_MAX_S:
            self._run = _quiet(run) if run.running else None  # an end alarm: the timer is free
            return [*events, AlarmGaveUp(run.id, run.ringing)]
        if run.ringing is not None and elapsed >= run.next_ring_s:
            self._run = replace(run, next_ring_s=elapsed + ALARM_REPEAT_S, rings=run.rings + 1)
            allowed = self._snooze_allowed(run, elapsed)
            events.append(AlarmRang(run.id, run.kind, run.ringing, run.rings == 0, allowed))
        return events

    def mark_skin_checked(self, now: Instant) -> list[Event]:
        """The person looked and the skin is fine: the skin-check alarm stops."""
        run = self._run
        if run is None or not run.running or run.skin_checked:
            return []
        silenced = self._silence() if run.ringing is Alarm.SKIN_CHECK else []
        assert self._run is not None
        self._run = replace(self._run, skin_checked=True)
        return [*silenced, SkinChecked(run.id), *self.tick(now)]

    def stop(self, now: Instant, reaction: str = "") -> list[Event]:
        """Stop the running application now; a ringing end alarm counts as acknowledged.

        Recorded as finished (so the lock-out applies) with the time it really
        ran, unless it ran under ``CANCEL_GRACE_S`` with no reaction: a
        mis-start, recorded as cancelled.
        """
        run = self._run
        if run is None:
            return []
        if not run.running:
            return self.acknowledge(now)
        elapsed = min(advanced(run.progress, now).elapsed_s, run.planned_s)
        mistake = elapsed < CANCEL_GRACE_S and not reaction
        status = ThermalStatus.CANCELLED if mistake else ThermalStatus.FINISHED
        self._run = None
        silenced = [AlarmSilenced(run.id, run.ringing)] if run.ringing else []
        ended_at = run.started_at + elapsed
        return [*silenced, Stopped(run.id, run.kind, status, ended_at, elapsed, reaction)]

    def acknowledge(self, now: Instant) -> list[Event]:
        """ "I've taken it off" after the end: the alarm stops and the timer is free."""
        run = self._run
        if run is None or run.running:
            return []
        self._run = None
        silenced = [AlarmSilenced(run.id, run.ringing)] if run.ringing else []
        return [*silenced, Acknowledged(run.id, now.wall)]

    def snooze(self, now: Instant) -> list[Event]:
        """Quiet the alarm for ``SNOOZE_S`` if that is safe; otherwise nothing changes."""
        run = self._run
        if run is None or run.ringing is None:
            return []
        elapsed = advanced(run.progress, now).elapsed_s
        if not self._snooze_allowed(run, elapsed):
            return []
        self._run = replace(run, next_ring_s=elapsed + SNOOZE_S)
        return [AlarmSilenced(run.id, run.ringing)]

    # --- inside --------------------------------------------------------------

    def _snooze_allowed(self, run: _Run, elapsed: float) -> bool:
        """Safe to snooze: the skin check before the end, or an end alarm within 20 minutes."""
        if run.ringing is Alarm.SKIN_CHECK:
            return elapsed + SNOOZE_S < run.planned_s
        return elapsed + SNOOZE_S <= HARD_MAX_S

    @staticmethod
    def _ring(run: _Run, alarm: Alarm, elapsed: float, *, skin_prompted: bool) -> _Run:
        """``run`` with ``alarm`` starting to ring at ``elapsed``."""
        return replace(
            run, ringing=alarm, next_ring_s=elapsed, ring_since_s=elapsed, rings=0,
            skin_prompted=skin_prompted or run.skin_prompted,
        )  # fmt: skip

    def _end(self, now: Instant, *, while_away: bool, message: str = "") -> list[Event]:
        """The planned length is reached: record the end, ring unless it ended long ago."""
        run = self._run
        assert run is not None
        elapsed = run.progress.elapsed_s
        events: list[Event] = []
        if run.ringing is Alarm.SKIN_CHECK:
            events.append(AlarmSilenced(run.id, Alarm.SKIN_CHECK))
        ended = Ended(run.id, run.kind, run.started_at + run.planned_s, run.planned_s,
                      while_away, message)  # fmt: skip
        if while_away and elapsed >= run.planned_s + ALARM_MAX_S and not message:
            self._run = None  # long over: nobody is waiting for a chime
            return [*events, ended]
        ringing = self._ring(run, Alarm.TAKE_OFF, elapsed, skin_prompted=False)
        self._run = replace(ringing, running=False)
        return [*events, ended, *self.tick(now)]

    def _silence(self) -> list[Event]:
        """The skin-check alarm was answered: it stops, the application runs on."""
        run = self._run
        assert run is not None and run.ringing is not None
        self._run = _quiet(run)
        return [AlarmSilenced(run.id, run.ringing)]

    def _drop_old(self, now: Instant) -> list[Event]:
        """A new start while the last end alarm still rings counts as its acknowledgement."""
        if self._run is None or self._run.running:
            return []
        return self.acknowledge(now)
