"""A single-shot timer that fires on time, made the first time it is started."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer


class PreciseTimer:
    """A single-shot ``QTimer`` of the precise kind (a coarse one may move by 5% of
    ~1 s), created on the first ``start``: its ``Qt.TimerType`` is the first use of
    Qt's namespace enums, ~20 ms to create, which the start-up does without."""

    def __init__(self, parent: QObject, on_timeout: Callable[[], None]) -> None:
        self._parent = parent
        self._on_timeout = on_timeout
        self._timer: QTimer | None = None

    def start(self, interval_ms: int) -> None:
        """(Re)start to fire once in ``interval_ms``."""
        if self._timer is None:
            from PySide6.QtCore import Qt

            self._timer = QTimer(self._parent)
            self._timer.setSingleShot(True)
            self._timer.setTimerType(Qt.TimerType.PreciseTimer)
            self._timer.timeout.connect(self._on_timeout)
        self._timer.start(interval_ms)

    def stop(self) -> None:
        """Don't fire (no-op if never started)."""
        if self._timer is not None:
            self._timer.stop()

    def is_active(self) -> bool:
        """Whether it will fire."""
        return self._timer is not None and self._timer.isActive()
