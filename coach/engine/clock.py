"""Clocks: time is an input, never read behind the engine's back.

Session timing uses a monotonic clock; ice/heat deadlines use the wall clock
(they must survive suspend and restart). Tests drive a FakeClock.
"""

from __future__ import annotations

import time
from typing import Protocol


class Clock(Protocol):
    """Something that says what time it is, in seconds."""

    def now(self) -> float:
        """Current time in seconds (monotonic or epoch, per implementation)."""
        ...


class MonotonicClock:
    """Seconds from ``time.monotonic()``; for session holds and rests."""

    def now(self) -> float:
        """Monotonic seconds."""
        return time.monotonic()


class WallClock:
    """Seconds since the epoch; for persisted ice/heat deadlines."""

    def now(self) -> float:
        """Epoch seconds."""
        return time.time()


class FakeClock:
    """A clock that only moves when told to; for tests and benchmarks."""

    def __init__(self, start: float = 1000.0) -> None:
        self._now = start

    def now(self) -> float:
        """The time set by the last advance() or set()."""
        return self._now

    def advance(self, seconds: float) -> float:
        """Move forward by ``seconds`` (may be negative to model a clock jump)."""
        self._now += seconds
        return self._now

    def set(self, value: float) -> None:
        """Jump to ``value``."""
        self._now = value
