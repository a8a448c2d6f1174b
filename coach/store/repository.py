"""What every part of the history store shares: the database and the clock.

:class:`Repository` is the base of the table mixins (``session_log``,
``event_log``, ``thermal_log``, ``setting_values``) that ``history.HistoryStore``
composes. A write commits before it returns; times are wall-clock epoch
seconds, from the store's clock unless passed in.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from coach.engine.clock import Clock, WallClock

if TYPE_CHECKING:
    from coach.store.database import Database


def where(*conditions: tuple[str, object]) -> tuple[str, list[object]]:
    """A `` WHERE`` clause joining with AND the conditions whose value is not
    None, and those values as its parameters (``""`` and ``[]`` when none is)."""
    used = [(clause, value) for clause, value in conditions if value is not None]
    sql = " WHERE " + " AND ".join(clause for clause, _ in used) if used else ""
    return sql, [value for _, value in used]


class Repository:
    """The database and clock the store's table mixins read and write through."""

    def __init__(self, db: Database, *, clock: Clock | None = None) -> None:
        self._db = db
        self._clock: Clock = clock if clock is not None else WallClock()

    @property
    def clock(self) -> Clock:
        """The clock giving the store's default times."""
        return self._clock

    def now(self) -> float:
        """Wall-clock epoch seconds from the store's clock (the default for every ``at``)."""
        return self._clock.now()

    def _at(self, at: float | None) -> float:
        return self._clock.now() if at is None else at
