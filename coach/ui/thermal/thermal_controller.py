"""ThermalController: the Qt owner of the one ice/heat timer (:mod:`coach.flow.thermal_timer`).

The engine decides; this class reads the clocks, passes commands in, writes
the engine's events to the store, rings the notifier and re-arms its only
QTimer: a single shot to the next mm:ss change while a timer runs, to the
engine's next deadline while an alarm rings, or once when a lock-out ends;
otherwise it is stopped.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import tzinfo

from PySide6.QtCore import QObject, Signal

from coach.domain.history import ThermalKind
from coach.domain.thermal import (
    RUNNING_TEXT,
    Availability,
    Refusal,
    ThermalConfig,
    ThermalRules,
    ready_again_at,
)
from coach.engine.clock import Clock
from coach.flow import thermal_events as te
from coach.flow import thermal_timer as tt
from coach.flow.thermal_clock import Instant
from coach.store.history import HistoryStore
from coach.ui.app.translations import in_sentence
from coach.ui.reminders.dbus_notify import Note
from coach.ui.reminders.notify import Notifier
from coach.ui.thermal.thermal_texts import (
    EPSILON,
    OPEN,
    SKIN_OK,
    SNOOZE,
    TAKEN_OFF,
    actions_text,
    clock_text,
    refusal_text,
    when_text,
)
from coach.ui.widgets.precise_timer import PreciseTimer

__all__ = ["Countdown", "ThermalController", "clock_text", "refusal_text", "when_text"]

HISTORY_WINDOW_S = 2 * 86_400.0
"""How far back lock-outs and the daily cap can look."""
IDLE_WAKE_MAX_S = 300.0
"""While a lock-out is pending, wake at most this far ahead (QTimer stops during suspend)."""
TICK_MARGIN_S = 0.002
"""Wake this long after the shown mm:ss changes (the timer is precise, so just past it)."""
ALERT_KEYS = {te.Alarm.SKIN_CHECK: "thermal.skin_check", te.Alarm.TAKE_OFF: "thermal.take_off"}
"""The notifier key of each alarm's desktop note."""
TAKEN_OFF_AT_SKIN_CHECK = "Taken off at the skin check"
"""Recorded (in English, as data) when the skin-check note's "I've taken it off" is used."""


def _sentences(*parts: str) -> str:
    """Non-empty ``parts`` joined as sentences: "A. B."."""
    return " ".join(f"{part}." for part in parts if part)


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
        boot: str = "",
        tz: tzinfo | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._store = store
        self._config = config
        self._wall = wall
        self._mono = mono
        self._boot = boot
        self._notifier = notifier
        self._tz = tz
        self._timer_engine = tt.ThermalTimer(config)
        self._unanswered: int | None = None
        """The application whose end alarm gave up ringing, its note still shown."""
        notifier.action.connect(self._on_action)
        # A coarse timer may fire up to 5% of ~1 s early or late: the end would be seen late.
        self._timer = PreciseTimer(self, self.refresh)

    @property
    def config(self) -> ThermalConfig:
        """The ice/heat rules and texts."""
        return self._config

    # --- commands ---------------------------------------------------------

    def restore(self) -> None:
        """At app start: resume the application left running, or end it if its time is up.

        One whose end passed while the app was closed is recorded as finished
        at its planned end and reported with ``finished`` ("... finished while
        you were away"); the alarm rings only if that end was minutes ago.
        """
        record = self._store.running_application()
        if record is None or self._timer_engine.snapshot(self._instant()).running:
            self._arm()
            return
        saved = tt.saved_progress(record)
        self._apply(self._timer_engine.restore(record, saved, self._instant()))

    def start(
        self, kind: ThermalKind, minutes: float, *, strain_started_at: float | None = None
    ) -> Availability:
        """Start ``kind`` for ``minutes`` (clamped to the rules, never above 20).

        Returns the availability checked first; nothing starts unless it is allowed.
        """
        allowed = self.availability(kind, strain_started_at=strain_started_at)
        if not allowed.allowed:
            return allowed
        now = self._instant()
        planned = self._timer_engine.planned_seconds(kind, minutes)
        record = self._store.start_application(kind, planned_s=planned, started_at=now.wall)
        self._apply(self._timer_engine.begin(record, now))
        return allowed

    def mark_skin_checked(self) -> None:
        """The person looked and their skin is fine; the prompt goes away."""
        self._apply(self._timer_engine.mark_skin_checked(self._instant()))

    def stop_early(self, reaction: str = "") -> None:
        """End the running application now, recording ``reaction`` (what the skin showed).

        Recorded as finished (so the lock-out applies) with the time it really
        ran, unless it ran under a minute with no reaction: then it counts as
        a mis-start and is recorded as cancelled.
        """
        self._apply(self._timer_engine.stop(self._instant(), reaction))

    def acknowledge(self) -> None:
        """ "I've taken it off": the end alarm stops and the time is recorded (also once
        the alarm gave up ringing, from its note that stayed)."""
        now = self._instant()
        events = self._timer_engine.acknowledge(now)
        late, self._unanswered = self._unanswered, None
        if not events and late is not None:
            self._store.acknowledge_application(late, at=now.wall)
            self._notifier.withdraw(ALERT_KEYS[te.Alarm.TAKE_OFF])
        self._apply(events)

    def snooze(self) -> None:
        """Quiet a ringing alarm for two minutes, where that is safe."""
        self._apply(self._timer_engine.snooze(self._instant()))

    def refresh(self) -> None:
        """Re-read the clocks: release what fell due, emit ``changed``, re-arm the timer."""
        self._apply(self._timer_engine.tick(self._instant()))

    # --- queries ----------------------------------------------------------

    def availability(
        self, kind: ThermalKind, *, strain_started_at: float | None = None
    ) -> Availability:
        """May ``kind`` start now? Refused while one runs, during lock-outs, past the daily cap,
        and for heat in the days after a sudden strain (``strain_started_at``, epoch s)."""
        now = self._wall.now()
        running = self.countdown()
        if running is not None:
            deadline = now + running.remaining_s
            return Availability(False, RUNNING_TEXT, deadline, refusal=Refusal.RUNNING)
        history = self._store.applications(since=now - HISTORY_WINDOW_S)
        return self._timer_engine.availability(
            kind, history, now=now, strain_started_at=strain_started_at, tz=self._tz
        )

    def ready_again_at(self, kind: ThermalKind) -> float | None:
        """When ``kind`` may next be used after its latest use (its skin rest, then the daily
        cap), even if that has passed; None while one runs or if none was used lately."""
        if self.snapshot().kind is not None:
            return None
        history = self._store.applications(since=self._wall.now() - HISTORY_WINDOW_S)
        return ready_again_at(self._rules(kind), history, tz=self._tz)

    def snapshot(self) -> te.TimerSnapshot:
        """The engine's view now: running, ringing or idle."""
        return self._timer_engine.snapshot(self._instant())

    def countdown(self) -> Countdown | None:
        """The running application, or None."""
        shot = self.snapshot()
        if not shot.running or shot.kind is None:
            return None
        return Countdown(
            kind=shot.kind,
            name=self._rules(shot.kind).name,
            planned_s=shot.planned_s,
            remaining_s=shot.remaining_s,
            skin_check_due=shot.skin_check_due,
            skin_checked=shot.skin_checked,
            skin_check_at_s=shot.skin_check_at_s,
        )

    def status_text(self) -> str:
        """One line for Home: "Ice: 12:34 left", "Next ice from 14:35", or ""."""
        running = self.countdown()
        if running is not None:
            left = self.tr("{name}: {time} left")
            return left.format(name=running.name, time=clock_text(running.remaining_s))
        last = self._store.last_application()
        return "" if last is None else self._next(last.kind)

    def next_allowed_text(self, allowed: Availability) -> str:
        """When a refused ``allowed`` lifts, as :func:`when_text` ("" if it does not say)."""
        if allowed.allowed or allowed.next_allowed_at is None:
            return ""
        return when_text(allowed.next_allowed_at, now=self._wall.now(), tz=self._tz)

    # --- inside -----------------------------------------------------------

    def _rules(self, kind: ThermalKind) -> ThermalRules:
        return self._config.rules(kind)

    def _instant(self) -> Instant:
        return Instant(self._wall.now(), self._mono.now(), self._boot)

    def _apply(self, events: list[te.Event]) -> None:
        """Write the engine's events to the store and ring; then ``changed`` and re-arm."""
        for event in events:
            self._record(event)
        self.changed.emit()
        self._arm()

    def _record(self, event: te.Event) -> None:
        store = self._store
        match event:
            case te.Checkpoint(application_id, progress):
                store.save_progress(
                    application_id,
                    elapsed_s=progress.elapsed_s,
                    wall=progress.at.wall,
                    mono=progress.at.mono,
                    boot=progress.at.boot,
                )
            case te.SkinChecked(application_id):
                store.mark_skin_checked(application_id)
            case te.Ended(application_id, kind, ended_at, actual_s, while_away, message):
                store.end_application(application_id, ended_at=ended_at, actual_s=actual_s)
                self._notifier.withdraw(ALERT_KEYS[te.Alarm.SKIN_CHECK])  # if it gave up
                self.finished.emit(self._ended_text(kind, while_away, message))
            case te.Stopped(application_id, _, status, ended_at, actual_s, reaction):
                self._notifier.withdraw(ALERT_KEYS[te.Alarm.SKIN_CHECK])  # if it gave up
                store.end_application(
                    application_id,
                    status=status,
                    reaction=reaction,
                    ended_at=ended_at,
                    actual_s=actual_s,
                )
            case te.Acknowledged(application_id, at):
                store.acknowledge_application(application_id, at=at)
            case te.AlarmRang(_, kind, alarm, first, snooze):
                self._ring(kind, alarm, snooze=snooze)
                if first and alarm is te.Alarm.SKIN_CHECK:
                    self.skin_check_due.emit()
            case te.AlarmSilenced(_, alarm):
                self._notifier.withdraw(ALERT_KEYS[alarm])
            case te.AlarmGaveUp(application_id, alarm):
                if alarm is te.Alarm.TAKE_OFF:  # its note stays: "I've taken it off" counts
                    self._unanswered = application_id
            case te.Began():  # the last pack is off: its unanswered note can go
                if self._unanswered is not None:
                    self._notifier.withdraw(ALERT_KEYS[te.Alarm.TAKE_OFF])
                self._unanswered = None

    def _ring(self, kind: ThermalKind, alarm: te.Alarm, *, snooze: bool) -> None:
        """A critical note with its actions (shown again if it was closed) and the chime."""
        rules = self._rules(kind)
        later = (SNOOZE,) if snooze else ()
        if alarm is te.Alarm.SKIN_CHECK:
            actions = actions_text((OPEN, SKIN_OK, TAKEN_OFF, *later))
            note = Note(self.tr("Check your skin"), rules.skin_check, actions, True)
        else:
            title = self.tr("{name} finished").format(name=rules.name)
            actions = actions_text((OPEN, TAKEN_OFF, *later))
            note = Note(title, self.tr("Take the pack off now."), actions, True)
        self._notifier.alert(ALERT_KEYS[alarm], note)

    def _on_action(self, key: str, action: str) -> None:
        """A button on an alarm's desktop note."""
        if action == SNOOZE[0] and key in ALERT_KEYS.values():
            self.snooze()
        elif key == ALERT_KEYS[te.Alarm.TAKE_OFF] and action == TAKEN_OFF[0]:
            self.acknowledge()
        elif key == ALERT_KEYS[te.Alarm.SKIN_CHECK] and action == SKIN_OK[0]:
            self.mark_skin_checked()
        elif key == ALERT_KEYS[te.Alarm.SKIN_CHECK] and action == TAKEN_OFF[0]:
            self.stop_early(TAKEN_OFF_AT_SKIN_CHECK)

    def _ended_text(self, kind: ThermalKind, while_away: bool, message: str) -> str:
        name = self._rules(kind).name
        if message == tt.UNKNOWN_TIME.format(name=name.lower()):
            message = self.tr(
                "The coach could not tell how long your {name} has been on (the clock changed "
                "while it was closed), so the timer has ended. Take the pack off now."
            ).format(name=in_sentence(name))
        if message:
            return _sentences(message.rstrip("."), self._next(kind))
        if while_away:
            away = self.tr("Your {name} timer finished while you were away")
            return _sentences(away.format(name=in_sentence(name)), self._next(kind))
        ended = self.tr("{name} finished").format(name=name)
        return _sentences(ended, self.tr("Take the pack off now"), self._next(kind))

    def _next(self, kind: ThermalKind) -> str:
        """ "Next ice from 14:35" while ``kind`` is locked out, else ""."""
        when = self.next_allowed_text(self.availability(kind))
        name = in_sentence(self._rules(kind).name)
        return self.tr("Next {name} from {when}").format(name=name, when=when) if when else ""

    def _arm(self) -> None:
        """Single shot to the next change of the shown time or engine deadline, or to the end
        of a lock-out."""
        now = self._instant()
        due = self._timer_engine.next_due(now)
        running = self.countdown()
        if running is not None:
            shown = math.ceil(running.remaining_s - EPSILON)
            tick = running.remaining_s - (shown - 1) + TICK_MARGIN_S
            due = tick if due is None else min(due + TICK_MARGIN_S, tick)
        if due is not None:
            self._timer.start(math.ceil(due * 1000))
            return
        ends = [
            allowed.next_allowed_at
            for kind in ThermalKind
            if (allowed := self.availability(kind)).next_allowed_at is not None
            and allowed.next_allowed_at > now.wall
        ]
        if not ends:
            self._timer.stop()
            return
        delay = min(min(ends) - now.wall, IDLE_WAKE_MAX_S) + 0.5
        self._timer.start(math.ceil(delay * 1000))
