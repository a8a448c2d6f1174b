"""ThermalController: the one ice/heat timer, persisted so suspend or a restart can't lose it.

Remaining time always comes from the stored wall-clock start and length, read
with both clocks (``elapsed_s``): suspend stops the monotonic clock, NTP can move
the wall clock back, and neither can stretch the countdown or make it negative.
The controller owns the only ice/heat QTimer: a single shot that wakes it when
the shown mm:ss changes while a timer runs, or once when a lock-out ends;
otherwise it is stopped.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import datetime, timedelta, tzinfo

from PySide6.QtCore import QObject, Signal

from coach.domain import thermal
from coach.domain.history import ThermalKind, ThermalRecord, ThermalStatus
from coach.domain.thermal import Availability, ThermalConfig, ThermalRules
from coach.engine.clock import Clock
from coach.store.history import HistoryStore
from coach.ui.notify import Notifier
from coach.ui.precise_timer import PreciseTimer

CANCEL_GRACE_S = 60.0
"""Stopped sooner than this with no reaction: a mis-start, recorded as cancelled (no lock-out)."""
HISTORY_WINDOW_S = 2 * 86_400.0
"""How far back lock-outs and the daily cap can look."""
IDLE_WAKE_MAX_S = 300.0
"""While a lock-out is pending, wake at most this far ahead (QTimer stops during suspend)."""
TICK_MARGIN_S = 0.002
"""Wake this long after the shown mm:ss changes (the timer is precise, so just past it)."""
_EPSILON = 1e-6


def _sentences(*parts: str) -> str:
    """Non-empty ``parts`` joined as sentences: "A. B."."""
    return " ".join(f"{part}." for part in parts if part)


def clock_text(seconds: float) -> str:
    """``seconds`` as mm:ss, rounded up, so a timer shows 15:00 at the start and 00:01 last."""
    whole = max(0, math.ceil(seconds - _EPSILON))
    return f"{whole // 60:02d}:{whole % 60:02d}"


def when_text(at: float, *, now: float, tz: tzinfo | None = None) -> str:
    """A time of day for people: "14:35", "tomorrow 09:00" or "Mon 23 Nov 14:35".

    Rounded up to the minute, so the thing is really allowed at the time shown.
    """
    then = datetime.fromtimestamp(math.ceil(at / 60.0) * 60.0, tz)
    today = datetime.fromtimestamp(now, tz).date()
    clock = then.strftime("%H:%M")
    if then.date() == today:
        return clock
    if then.date() == today + timedelta(days=1):
        return f"tomorrow {clock}"
    return f"{then.strftime('%a %d %b')} {clock}"


@dataclass(frozen=True, slots=True)
class Countdown:
    """A running application as a screen shows it."""

    kind: ThermalKind
    name: str
    planned_s: float
    remaining_s: float
    skin_check_due: bool
    """The skin-check time has passed and the check is not done yet."""
    skin_checked: bool
    skin_check_at_s: float
    """Seconds into the application when the skin check is due."""


class ThermalController(QObject):
    """Starts, restores, ends and reports ice/heat applications.

    Signals: ``changed()`` whenever what a screen shows may have changed (at
    least when mm:ss changes); ``skin_check_due()`` once per application when
    the skin check is due; ``finished(message)`` when an application reached
    its end, now or while the app was closed.
    """

    changed = Signal()
    skin_check_due = Signal()
    finished = Signal(str)

    def __init__(
        self,
        *,
        store: HistoryStore,
        config: ThermalConfig,
        wall: Clock,
        mono: Clock,
        notifier: Notifier,
        tz: tzinfo | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._store = store
        self._config = config
        self._wall = wall
        self._mono = mono
        self._notifier = notifier
        self._tz = tz
        self._running: ThermalRecord | None = None
        self._started_mono = 0.0
        self._skin_prompted = False
        # A coarse timer may fire up to 5% of ~1 s early or late: the end would be seen late.
        self._timer = PreciseTimer(self, self.refresh)

    @property
    def config(self) -> ThermalConfig:
        """The ice/heat rules and texts."""
        return self._config

    # --- commands ---------------------------------------------------------

    def restore(self) -> None:
        """At app start: resume the application left running, or end it if its time is up.

        One whose deadline passed while the app was closed is recorded as
        finished at its deadline and reported with ``finished`` ("... finished
        while you were away"); no chime, since nobody is waiting for one.
        """
        record = self._store.running_application()
        if self._running is not None or record is None:
            self._arm()
            return
        passed = thermal.elapsed_s(record.planned_s, started_at=record.started_at, now=self._now())
        if passed >= record.planned_s:
            self._store.end_application(
                record.id, ended_at=record.deadline, actual_s=record.planned_s
            )
            name = self._rules(record.kind).name.lower()
            self.finished.emit(
                _sentences(
                    f"Your {name} timer finished while you were away", self._next(record.kind)
                )
            )
            self.changed.emit()
            self._arm()
            return
        self._begin(record, started_mono=self._mono.now() - passed)

    def start(
        self, kind: ThermalKind, minutes: float, *, strain_started_at: float | None = None
    ) -> Availability:
        """Start ``kind`` for ``minutes`` (clamped to the rules, never above 20).

        Returns the availability checked first; nothing starts unless it is allowed.
        """
        allowed = self.availability(kind, strain_started_at=strain_started_at)
        if not allowed.allowed:
            return allowed
        planned = thermal.planned_seconds(self._rules(kind), minutes)
        record = self._store.start_application(kind, planned_s=planned, started_at=self._now())
        self._begin(record, started_mono=self._mono.now())
        return allowed

    def mark_skin_checked(self) -> None:
        """The person looked and their skin is fine; the prompt goes away."""
        if self._running is None:
            return
        self._store.mark_skin_checked(self._running.id)
        self._running = self._store.running_application()
        self.refresh()

    def stop_early(self, reaction: str = "") -> None:
        """End the running application now, recording ``reaction`` (what the skin showed).

        Recorded as finished (so the lock-out applies) with the time it really
        ran, unless it ran under a minute with no reaction: then it counts as
        a mis-start and is recorded as cancelled.
        """
        record = self._running
        if record is None:
            return
        passed = self._elapsed(record)
        mistake = passed < CANCEL_GRACE_S and not reaction
        self._store.end_application(
            record.id,
            status=ThermalStatus.CANCELLED if mistake else ThermalStatus.FINISHED,
            reaction=reaction,
            ended_at=record.started_at + passed,
            actual_s=passed,
        )
        self._running = None
        self.changed.emit()
        self._arm()

    def refresh(self) -> None:
        """Re-read the clocks: finish, prompt the skin check, emit ``changed``, re-arm the timer."""
        record = self._running
        if record is not None:
            passed = self._elapsed(record)
            if passed >= record.planned_s:
                self._finish(record)
                return
            rules = self._rules(record.kind)
            if not self._skin_prompted and thermal.skin_check_due(rules, record, passed):
                self._skin_prompted = True
                self._notifier.notify("Check your skin", rules.skin_check)
                self.skin_check_due.emit()
        self.changed.emit()
        self._arm()

    # --- queries ----------------------------------------------------------

    def availability(
        self, kind: ThermalKind, *, strain_started_at: float | None = None
    ) -> Availability:
        """May ``kind`` start now? Refused while one runs, during lock-outs, past the daily cap,
        and for heat in the days after a sudden strain (``strain_started_at``, epoch s)."""
        now = self._now()
        if self._running is not None:
            return Availability(
                False, "Another ice or heat timer is running.", self._running.deadline
            )
        history = self._store.applications(since=now - HISTORY_WINDOW_S)
        return thermal.availability(
            self._rules(kind),
            history,
            now=now,
            strain_started_at=strain_started_at,
            tz=self._tz,
        )

    def countdown(self) -> Countdown | None:
        """The running application, or None."""
        record = self._running
        if record is None:
            return None
        passed = self._elapsed(record)
        rules = self._rules(record.kind)
        return Countdown(
            kind=record.kind,
            name=rules.name,
            planned_s=record.planned_s,
            remaining_s=record.planned_s - passed,
            skin_check_due=thermal.skin_check_due(rules, record, passed),
            skin_checked=record.skin_check_done,
            skin_check_at_s=rules.skin_check_s,
        )

    def status_text(self) -> str:
        """One line for Home: "Ice: 12:34 left", "Next ice from 14:35", or ""."""
        running = self.countdown()
        if running is not None:
            return f"{running.name}: {clock_text(running.remaining_s)} left"
        last = self._store.last_application()
        return "" if last is None else self._next(last.kind)

    def next_allowed_text(self, allowed: Availability) -> str:
        """When a refused ``allowed`` lifts, as :func:`when_text` ("" if it does not say)."""
        if allowed.allowed or allowed.next_allowed_at is None:
            return ""
        return when_text(allowed.next_allowed_at, now=self._now(), tz=self._tz)

    # --- inside -----------------------------------------------------------

    def _rules(self, kind: ThermalKind) -> ThermalRules:
        return self._config.rules(kind)

    def _now(self) -> float:
        return self._wall.now()

    def _elapsed(self, record: ThermalRecord) -> float:
        return thermal.elapsed_s(
            record.planned_s,
            started_at=record.started_at,
            now=self._now(),
            started_mono=self._started_mono,
            now_mono=self._mono.now(),
        )

    def _begin(self, record: ThermalRecord, *, started_mono: float) -> None:
        self._running = record
        self._started_mono = started_mono
        self._skin_prompted = False
        self.refresh()

    def _finish(self, record: ThermalRecord) -> None:
        """Record the end at start + planned length: consistent even after a clock jump."""
        self._store.end_application(
            record.id, ended_at=record.started_at + record.planned_s, actual_s=record.planned_s
        )
        self._running = None
        name = self._rules(record.kind).name
        self._notifier.notify(f"{name} finished", "Take the pack off now.")
        self.finished.emit(
            _sentences(f"{name} finished", "Take the pack off now", self._next(record.kind))
        )
        self.changed.emit()
        self._arm()

    def _next(self, kind: ThermalKind) -> str:
        """ "Next ice from 14:35" while ``kind`` is locked out, else ""."""
        when = self.next_allowed_text(self.availability(kind))
        return f"Next {self._rules(kind).name.lower()} from {when}" if when else ""

    def _arm(self) -> None:
        """Single shot to the next change of the shown time, or to the end of a lock-out."""
        running = self.countdown()
        if running is not None:
            shown = math.ceil(running.remaining_s - _EPSILON)
            delay = running.remaining_s - (shown - 1) + TICK_MARGIN_S
            self._timer.start(math.ceil(delay * 1000))
            return
        now = self._now()
        ends = [
            allowed.next_allowed_at
            for kind in ThermalKind
            if (allowed := self.availability(kind)).next_allowed_at is not None
            and allowed.next_allowed_at > now
        ]
        if not ends:
            self._timer.stop()
            return
        delay = min(min(ends) - now, IDLE_WAKE_MAX_S) + 0.5
        self._timer.start(math.ceil(delay * 1000))
