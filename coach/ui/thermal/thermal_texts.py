"""The ice/heat timer's words in the app's language: mm:ss, times of day, why a start is
refused, and the desktop note's buttons. Qt's translations, context ThermalController."""

from __future__ import annotations

import math
from datetime import datetime, timedelta, tzinfo

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QTime

from coach.domain.thermal import Availability, Refusal
from coach.ui.app.translations import ui_locale

EPSILON = 1e-6
OPEN = ("default", str(QT_TRANSLATE_NOOP("ThermalController", "Open")))
TAKEN_OFF = ("off", str(QT_TRANSLATE_NOOP("ThermalController", "I've taken it off")))
SNOOZE = ("snooze", str(QT_TRANSLATE_NOOP("ThermalController", "Snooze 2 min")))
SKIN_OK = ("skin_ok", str(QT_TRANSLATE_NOOP("ThermalController", "Skin looks OK")))


def actions_text(actions: tuple[tuple[str, str], ...]) -> tuple[tuple[str, str], ...]:
    """A note's buttons, (id, label), with the labels in the app's language."""
    return tuple((key, _tr(text)) for key, text in actions)


def clock_text(seconds: float) -> str:
    """``seconds`` as mm:ss, rounded up, so a timer shows 15:00 at the start and 00:01 last."""
    whole = max(0, math.ceil(seconds - EPSILON))
    return f"{whole // 60:02d}:{whole % 60:02d}"


def _tr(text: str) -> str:
    return QCoreApplication.translate("ThermalController", text)


def when_text(at: float, *, now: float, tz: tzinfo | None = None) -> str:
    """A time of day for people, in the app's language: "14:35", "tomorrow 09:00" or
    "Sun 22 Nov 12:00" (German "morgen 09:00", "So. 22. Nov. 12:00").

    Rounded up to the minute, so the thing is really allowed at the time shown.
    """
    then = datetime.fromtimestamp(math.ceil(at / 60.0) * 60.0, tz)
    today = datetime.fromtimestamp(now, tz).date()
    locale = ui_locale()
    clock = locale.toString(QTime(then.hour, then.minute), "HH:mm")
    if then.date() == today:
        return clock
    if then.date() == today + timedelta(days=1):
        return QCoreApplication.translate("ThermalController", "tomorrow {time}").format(time=clock)
    # A Qt date format (ddd = short weekday, d = day, MMM = short month)
    day = locale.toString(
        QDate(then.year, then.month, then.day),
        QCoreApplication.translate("ThermalController", "ddd d MMM"),
    )
    return f"{day} {clock}"


def refusal_text(allowed: Availability, name: str) -> str:
    """Why ``allowed`` refuses, in the app's language (``name``: the kind, in a sentence)."""
    match allowed.refusal:
        case Refusal.RUNNING:
            return QCoreApplication.translate(
                "ThermalController", "Another ice or heat timer is running."
            )
        case Refusal.CHECKLIST:
            return QCoreApplication.translate(
                "ThermalController", "Read the advice and tick it first."
            )
        case Refusal.SKIN_REST:
            return QCoreApplication.translate(
                "ThermalController", "Give your skin a rest before the next {name}."
            ).format(name=name)
        case Refusal.DAILY_CAP:
            return QCoreApplication.translate(
                "ThermalController", "That is {n} times today, the most advised."
            ).format(n=allowed.limit)
    return allowed.reason
