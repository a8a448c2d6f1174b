"""The reminder settings: declared once (key, type, default, allowed values), read safely.

Qt-free. Values come from any store with ``get_setting(key, default)``; a
missing, tampered or out-of-range value reads as its default and is named in
``ReminderSettings.problems``, never raised.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Protocol, TypeVar

T = TypeVar("T")
_TIME = re.compile(r"^([01]\d|2[0-3]):([0-5]\d)$")
MAX_TIMES = 4


class SettingsSource(Protocol):
    """Where settings are kept (the history store)."""

    def get_setting(self, key: str, default: T) -> T:
        """The stored value, or ``default``."""
        ...


def is_time(value: object) -> bool:
    """A time of day written "HH:MM" (24-hour)."""
    return isinstance(value, str) and _TIME.match(value) is not None


def minutes_of(value: str) -> int:
    """Minutes after midnight of an "HH:MM" time."""
    hours, minutes = value.split(":")
    return int(hours) * 60 + int(minutes)


def _times(value: object) -> bool:
    return (
        isinstance(value, list)
        and 0 < len(value) <= MAX_TIMES
        and all(is_time(v) for v in value)
        and len(set(value)) == len(value)
    )


def _days(value: object) -> bool:
    return isinstance(value, list) and all(
        isinstance(d, int) and not isinstance(d, bool) and 0 <= d <= 6 for d in value
    )


def _flag(value: object) -> bool:
    return isinstance(value, bool)


def _epoch(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and value >= 0


@dataclass(frozen=True, slots=True)
class Setting:
    """One declared setting: its key, default and which values are allowed."""

    key: str
    default: object
    valid: Callable[[object], bool]


SESSION_ON = Setting("reminders.session.on", False, _flag)
SESSION_TIMES = Setting("reminders.session.times", ["18:00"], _times)
SESSION_DAYS = Setting("reminders.session.days", list(range(7)), _days)
THERMAL_ON = Setting("reminders.thermal.on", False, _flag)
QUIET_START = Setting("reminders.quiet.start", "22:00", is_time)
QUIET_END = Setting("reminders.quiet.end", "08:00", is_time)
START_ON_LOGIN = Setting("reminders.start_on_login", False, _flag)
PAUSED_UNTIL = Setting("reminders.paused_until", 0.0, _epoch)

SETTINGS: tuple[Setting, ...] = (
    SESSION_ON,
    SESSION_TIMES,
    SESSION_DAYS,
    THERMAL_ON,
    QUIET_START,
    QUIET_END,
    START_ON_LOGIN,
    PAUSED_UNTIL,
)
"""Every reminder setting, in the order Settings shows them."""


@dataclass(frozen=True, slots=True)
class ReminderSettings:
    """The reminder settings as read; ``problems`` holds the key of any value replaced
    by its default."""

    session_on: bool = False
    session_times: tuple[str, ...] = ("18:00",)
    session_days: frozenset[int] = frozenset(range(7))
    thermal_on: bool = False
    quiet_start: str = "22:00"
    quiet_end: str = "08:00"
    start_on_login: bool = False
    paused_until: float = 0.0
    problems: tuple[str, ...] = field(default=(), compare=False)

    @property
    def any_on(self) -> bool:
        """Some reminder may fire while the window is closed (keep the app in the tray)."""
        return self.session_on or self.thermal_on

    @classmethod
    def read(cls, source: SettingsSource) -> ReminderSettings:
        """Every reminder setting from ``source``; bad or missing values read as defaults."""
        values: dict[str, object] = {}
        problems: list[str] = []
        for setting in SETTINGS:
            try:
                value = source.get_setting(setting.key, setting.default)
            except ValueError:  # not JSON at all
                value = None
            if not setting.valid(value):
                problems.append(setting.key)
                value = setting.default
            values[setting.key] = value
        return cls(
            session_on=bool(values[SESSION_ON.key]),
            session_times=tuple(sorted(_strs(values[SESSION_TIMES.key]))),
            session_days=frozenset(_ints(values[SESSION_DAYS.key])),
            thermal_on=bool(values[THERMAL_ON.key]),
            quiet_start=str(values[QUIET_START.key]),
            quiet_end=str(values[QUIET_END.key]),
            start_on_login=bool(values[START_ON_LOGIN.key]),
            paused_until=float(_number(values[PAUSED_UNTIL.key])),
            problems=tuple(problems),
        )

    def to_json(self) -> dict[str, object]:
        """Key -> JSON value for every setting (what ``read`` reads back)."""
        return {
            SESSION_ON.key: self.session_on,
            SESSION_TIMES.key: list(self.session_times),
            SESSION_DAYS.key: sorted(self.session_days),
            THERMAL_ON.key: self.thermal_on,
            QUIET_START.key: self.quiet_start,
            QUIET_END.key: self.quiet_end,
            START_ON_LOGIN.key: self.start_on_login,
            PAUSED_UNTIL.key: self.paused_until,
        }


def _strs(value: object) -> list[str]:
    return [str(v) for v in value] if isinstance(value, list) else []


def _ints(value: object) -> list[int]:
    return [int(v) for v in value] if isinstance(value, list) else []


def _number(value: object) -> float:
    return float(value) if isinstance(value, int | float) else 0.0
