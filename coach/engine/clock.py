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


class BootClock:
    """Seconds since boot, counting suspend (``CLOCK_BOOTTIME`` on Linux), and which boot.

    Readings from two processes of one boot can be compared; ``boot`` tells
    boots apart (the kernel's boot id; elsewhere a per-process id, so readings
    from another process are never compared).
    """

    def __init__(self) -> None:
        self._clock = getattr(time, "CLOCK_BOOTTIME", None)
        self.boot = _boot_id()

    def now(self) -> float:
        """Seconds since boot (monotonic where there is no boot clock)."""
        if self._clock is None:
            return time.monotonic()
        return time.clock_gettime(self._clock)


def _boot_id() -> str:
    try:
        with open("/proc/sys/kernel/random/boot_id", encoding="ascii") as file:
            return file.read().strip()
    except OSError:
        import uuid

        return f"process-{uuid.uuid4()}"


class WallClock:
    """Seconds since the epoch; for persisted ice/heat deadlines."""

    def now(self) -> float:
        """Epoch seconds."""
        return time.time()


class ScaledClock:
    """``inner`` running ``scale`` times as fast from the moment this is made.

    Only for tests of real processes (``REHAB_COACH_TEST_TIME_SCALE``): a
    15-minute ice timer then ends in 15 seconds.
    """

    def __init__(self, inner: Clock, scale: float) -> None:
        self._inner = inner
        self._scale = scale
        self._origin = inner.now()

    def now(self) -> float:
        """Scaled seconds since this was made, added to ``inner``'s time then."""
        return self._origin + (self._inner.now() - self._origin) * self._scale


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
