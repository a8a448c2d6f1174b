"""Runs the reminder schedule (:mod:`coach.flow.reminders`) on one single-shot timer.

The timer sleeps until the next reminder, but never longer than
``COARSE_WAKE_S``: QTimer counts on a clock that stops during suspend, so the
coarse wake (and a jump of the wall clock ahead of the monotonic one) catches
a wake-up; the schedule itself works from wall-clock times and persisted state,
so nothing is lost or sent twice.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import asdict
from datetime import tzinfo

from PySide6.QtCore import QObject, Signal

from coach.engine.clock import Clock
from coach.flow import reminders as r
from coach.flow.reminder_settings import ReminderSettings
from coach.store.errors import StoreError
from coach.store.history import HistoryStore
from coach.ui.reminders.notify import Notifier
from coach.ui.reminders.reminder_words import ice_note, missed_text, session_note, test_note
from coach.ui.widgets.precise_timer import PreciseTimer

STATE_KEY = "reminders.state"
COARSE_WAKE_S = 300.0
"""Longest sleep between checks (suspend detection); at most one wake in 5 minutes."""
SUSPEND_GAP_S = 60.0
"""The wall clock ran this much further than the monotonic one: the computer slept."""
SESSION_KEY = "reminder.session"
ICE_KEY = "reminder.ice"
TEST_KEY = "reminder.test"
"""The test note's buttons only show what a reminder offers: they change nothing."""


def _number(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and value >= 0


class ReminderRunner(QObject):
    """Sends due reminders, folds missed ones into one summary and handles their buttons.

    ``session_requested`` for "Start now", ``thermal_requested`` for a click on
    an ice reminder, ``missed(summary)`` once per batch of missed reminders,
    ``woke()`` when the wall clock ran ahead of the monotonic one (a suspend).
    """

    session_requested = Signal()
    thermal_requested = Signal()
    missed = Signal(str)
    woke = Signal()

    def __init__(
        self,
        *,
        store: HistoryStore,
        wall: Clock,
        mono: Clock,
        notifier: Notifier,
        settings: Callable[[], ReminderSettings],
        facts: Callable[[], r.Facts],
        tz: tzinfo | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._store = store
        self._wall = wall
        self._mono = mono
        self._armed_at = (wall.now(), mono.now())
        self._notifier = notifier
        self._settings = settings
        self._facts = facts
        self._tz = tz
        self._timer = PreciseTimer(self, self.check)
        self._unsaved: r.ReminderState | None = None
        notifier.action.connect(self._on_action)

    def state(self) -> r.ReminderState:
        """The persisted state (defaults if missing or damaged), or the latest one when
        the store could not take it (a read-only disk), so nothing is sent twice."""
        if self._unsaved is not None:
            return self._unsaved
        saved: dict[str, object] = self._store.get_setting(STATE_KEY, {})
        handled, skipped, later = (
            saved.get(k) for k in ("handled_until", "skipped_day", "later_at")
        )
        if not (_number(handled) and _number(later) and isinstance(skipped, str)):
            return r.ReminderState()
        return r.ReminderState(float(handled), skipped, float(later))  # type: ignore[arg-type]

    def check(self) -> None:
        """Send what is due now, summarise what was missed, then sleep until the next one."""
        now = self._wall.now()
        wall_then, mono_then = self._armed_at
        if (now - wall_then) - (self._mono.now() - mono_then) > SUSPEND_GAP_S:
            self.woke.emit()
        outcome = r.check(self._settings(), self.state(), self._facts(), now=now, tz=self._tz)
        self._save(outcome.state)
        for due in outcome.send:
            self._send(due)
        if outcome.missed:
            self.missed.emit(missed_text(outcome.missed, self._tz))
        self.arm()

    def arm(self) -> None:
        """Sleep until the next reminder (or the coarse wake), or not at all if none."""
        now = self._wall.now()
        self._armed_at = (now, self._mono.now())
        due = r.next_due(self._settings(), self.state(), self._facts(), now=now, tz=self._tz)
        if due is None:
            self._timer.stop()
            return
        delay = min(max(due - now, 0.0), COARSE_WAKE_S)
        self._timer.start(math.ceil(delay * 1000))

    def send_test(self) -> None:
        """The "Send a test reminder" button."""
        self._notifier.alert(TEST_KEY, test_note())

    def _send(self, due: r.Due) -> None:
        if due.kind is r.Kind.SESSION:
            self._notifier.alert(SESSION_KEY, session_note())
        else:
            self._notifier.alert(ICE_KEY, ice_note())

    def _save(self, state: r.ReminderState) -> None:
        """Persist ``state``; kept in memory instead while the store cannot write (the
        window already says history can't be saved)."""
        try:
            self._store.set_setting(STATE_KEY, asdict(state))
        except StoreError:
            self._unsaved = state
        else:
            self._unsaved = None

    def _on_action(self, key: str, action: str) -> None:
        now = self._wall.now()
        if key == TEST_KEY:
            self._notifier.withdraw(key)
            return
        if key == ICE_KEY:
            self.thermal_requested.emit()
        elif key != SESSION_KEY:  # an ice/heat alarm's: the timer answers those
            return
        elif action in ("start", "default"):
            self.session_requested.emit()
        elif action == "later":
            self._save(r.later(self.state(), now=now))
        elif action == "skip":
            self._save(r.skip_today(self.state(), now=now, tz=self._tz))
        self._notifier.withdraw(key)
        self.arm()
