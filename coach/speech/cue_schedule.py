"""When a cue may still be said, and the order speech plays in.

Every cue travels as a :class:`QueuedCue` stamped with the schedule's
generation; :meth:`CueSchedule.cancel` starts a new generation, so anything
older is dropped wherever it waits. A cue is stale when it is of a phase before
the current one, or is a timing cue more than ``max_late_s`` past due (test
phrases never go stale). :meth:`CueSchedule.at_due` hands a cue on at its due
time; :meth:`CueSchedule.queue` lets a timing cue cut in ahead of words.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QTimer

from coach.engine.clock import Clock
from coach.engine.events import Cue, CueKind

MAX_LATE_S = 1.5
"""A timing cue (count, "Hold", "Halfway") later than this is dropped, not said late."""
TIMED_KINDS = frozenset(
    {CueKind.START, CueKind.COUNTDOWN, CueKind.HALFWAY, CueKind.TEN_LEFT, CueKind.REP}
)
"""Cues whose moment matters more than their words."""


@dataclass(slots=True)
class QueuedCue:
    """A cue on its way to the speaker; ``generation`` ties it to one cancel() epoch."""

    cue: Cue
    generation: int
    test: bool = False
    path: Path | None = None


class CueSchedule(QObject):
    """Generations, the current phase, due-time timers and the speech queue."""

    def __init__(self, clock: Clock, max_late_s: float, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._clock = clock
        self._max_late_s = max_late_s
        self._current_phase: int | None = None
        self._generation = 0
        self._closed = False
        self._timers: set[QTimer] = set()
        self._queue: deque[QueuedCue] = deque()

    @property
    def closed(self) -> bool:
        """True after :meth:`close`: nothing is valid any more."""
        return self._closed

    def stamp(self, cue: Cue, *, test: bool = False) -> QueuedCue:
        """``cue`` in the current generation."""
        return QueuedCue(cue, self._generation, test=test)

    def is_valid(self, item: QueuedCue) -> bool:
        """Whether ``item`` may still be said now."""
        if item.generation != self._generation or self._closed:
            return False
        if item.test:
            return True
        cue = item.cue
        if self._current_phase is not None and cue.phase_index < self._current_phase:
            return False
        if cue.kind not in TIMED_KINDS:
            return True  # words for the step in hand still help, even a little late
        return self._clock.now() - cue.due <= self._max_late_s

    def at_due(self, item: QueuedCue, start: Callable[[QueuedCue], None]) -> None:
        """Call ``start(item)`` at the cue's due time, or now if that has come."""
        delay_ms = int((item.cue.due - self._clock.now()) * 1000)
        if delay_ms <= 5:
            start(item)
            return
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setTimerType(Qt.TimerType.PreciseTimer)
        timer.timeout.connect(lambda: self._on_timer(timer, item, start))
        self._timers.add(timer)
        timer.start(delay_ms)

    def _on_timer(self, timer: QTimer, item: QueuedCue, start: Callable[[QueuedCue], None]) -> None:
        self._timers.discard(timer)
        timer.deleteLater()
        start(item)

    def cancel(self) -> None:
        """A new generation: every cue stamped before, waiting or queued, is dropped."""
        self._generation += 1
        for timer in self._timers:
            timer.stop()
            timer.deleteLater()
        self._timers.clear()
        self._queue.clear()

    def close(self) -> None:
        """Never take a cue again (after a :meth:`cancel`)."""
        self._closed = True

    def set_current_phase(self, index: int | None) -> None:
        """Cues of phases before ``index`` are stale from now on; queued ones go."""
        self._current_phase = index
        self._queue = deque(item for item in self._queue if self.is_valid(item))

    def queue(self, item: QueuedCue, playing: QueuedCue | None) -> bool:
        """Queue ``item`` (with its ``path``) for speech; True when it cuts in first,
        and ``playing`` should be stopped: "Hold" or a count must land on time, so
        it cuts a long announcement short."""
        cuts_in = (
            item.cue.kind in TIMED_KINDS
            and playing is not None
            and playing.cue.kind not in TIMED_KINDS
            and not playing.test
        )
        if cuts_in:
            self._queue.appendleft(item)
        else:
            self._queue.append(item)
        return cuts_in

    def has_queued(self) -> bool:
        """Whether any cue waits in the speech queue."""
        return bool(self._queue)

    def drop_queued(self) -> None:
        """Empty the speech queue (late cues are worth nothing: captions showed them)."""
        self._queue.clear()

    def next_queued(self) -> tuple[QueuedCue, Path] | None:
        """The next valid cue in the queue with its WAV; stale ones are dropped."""
        while self._queue:
            item = self._queue.popleft()
            if self.is_valid(item) and item.path is not None:
                return item, item.path
        return None
