"""What closing the window does: quit, ask, hide to the tray or minimise. Qt-free.

A running or ringing ice/heat timer must not be lost by a click on the close
button, and reminders only reach the person while the app runs.
"""

from __future__ import annotations

from datetime import datetime, time, timedelta, tzinfo
from enum import StrEnum


class CloseAction(StrEnum):
    """What the close button does."""

    QUIT = "quit"
    ASK = "ask"
    """Ask whether to keep running (yes by default), then decide with the answer."""
    HIDE = "hide"
    """Hide the window; the tray icon stays."""
    MINIMISE = "minimise"
    """No tray: keep the window, minimised."""


def on_close(
    *, timer_active: bool, reminders_on: bool, tray: bool, keep_running: bool | None = None
) -> CloseAction:
    """The close button's action.

    ``keep_running`` is the answer to the question once asked (None before).
    With a timer running the question comes first; a "no" quits. Otherwise the
    app stays in the background only if reminders are on.
    """
    if timer_active and keep_running is None:
        return CloseAction.ASK
    stay = keep_running if timer_active else reminders_on
    if not stay:
        return CloseAction.QUIT
    return CloseAction.HIDE if tray else CloseAction.MINIMISE


class Pause(StrEnum):
    """How long "Pause reminders" lasts."""

    HOUR = "hour"
    TODAY = "today"


def pause_end(pause: Pause, *, now: float, tz: tzinfo | None = None) -> float:
    """When a pause chosen at ``now`` ends: an hour later, or the next local midnight."""
    if pause is Pause.HOUR:
        return now + 3600.0
    today = datetime.fromtimestamp(now, tz).date()
    return datetime.combine(today + timedelta(days=1), time(), tz).timestamp()
