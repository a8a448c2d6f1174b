"""Writes that must not be lost: saved at once when the store can, else kept in
order and retried, so a full disk, a busy or read-only database never loses a
completed unit nor stops the session.

Stdlib only. The session controller owns one and retries from a timer; the
person is told once per outage (see :meth:`PendingWrites.flush`).
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from coach.store.errors import StoreError

if TYPE_CHECKING:
    from coach.store.history import HistoryStore

Write = Callable[["HistoryStore"], object]
"""One write: called with the store; raises StoreError when the store refuses it."""

BUSY_WAIT_MS = 15
"""Longest wait for another process's write lock: under one frame at 60 Hz."""


@dataclass(frozen=True, slots=True)
class FlushResult:
    """After a flush: how many writes still wait, and why (the store's refusal)."""

    pending: int
    problem: StoreError | None
    newly_failing: bool
    """True only on the flush that first failed after all had been saved: tell now."""
    recovered: bool
    """True only on the flush that saved the last waiting write after a failure."""


class PendingWrites:
    """An ordered queue of writes over ``store``; a write is dropped only once saved."""

    def __init__(self, store: HistoryStore, *, busy_wait_ms: int = BUSY_WAIT_MS) -> None:
        self._store = store
        self._busy_wait_ms = busy_wait_ms
        self._queue: deque[Write] = deque()
        self._failing = False

    @property
    def pending(self) -> int:
        """Writes not saved yet."""
        return len(self._queue)

    def add(self, write: Write) -> FlushResult:
        """Queue ``write`` after any waiting ones and try to save them all now."""
        self._queue.append(write)
        return self.flush()

    def flush(self) -> FlushResult:
        """Save waiting writes in order, stopping at the first the store refuses.

        A write that raises something other than StoreError (a bug, or a
        ValueError for a session no longer in progress) is dropped and re-raised:
        retrying it could never succeed.
        """
        problem: StoreError | None = None
        try:
            with self._store.busy_wait(self._busy_wait_ms):
                while self._queue:
                    self._queue[0](self._store)
                    self._queue.popleft()
        except StoreError as error:
            problem = error
        except Exception:
            self._queue.popleft()
            raise
        was_failing, self._failing = self._failing, problem is not None
        return FlushResult(
            pending=len(self._queue),
            problem=problem,
            newly_failing=self._failing and not was_failing,
            recovered=was_failing and not self._failing,
        )
