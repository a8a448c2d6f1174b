"""HistoryStore: the one repository over the history database.

It composes the table mixins (sessions and steps in ``session_log``, events and
triage in ``event_log``, ice/heat in ``thermal_log``, settings in
``setting_values``, all on ``repository.Repository``) and owns the database's
lifetime. Every write commits before it returns (each call is its own
transaction), so a crash loses nothing already handed over. Writes have no side
effects beyond their rows. Times are wall-clock epoch seconds, from the store's
clock unless passed in.
"""

from __future__ import annotations

from contextlib import AbstractContextManager
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from coach.store.event_log import EventLog
from coach.store.session_log import SessionLog
from coach.store.setting_values import SettingValues
from coach.store.thermal_log import ThermalLog

if TYPE_CHECKING:
    from coach.store.database import Database


class HistoryStore(SessionLog, EventLog, ThermalLog, SettingValues):
    """The one repository over the history database; build it with ``open_store``."""

    # --- lifetime -------------------------------------------------------

    @property
    def database(self) -> Database:
        """The underlying database, for bulk tools in this package (demo data)."""
        return self._db

    @property
    def path(self) -> Path:
        """The database file."""
        return self._db.path

    def close(self) -> None:
        """Close the database; the store can't be used afterwards."""
        self._db.close()

    def __enter__(self) -> HistoryStore:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def busy_wait(self, ms: int) -> AbstractContextManager[None]:
        """Writes inside wait at most ``ms`` for another process's lock (see Database)."""
        return self._db.busy_wait(ms)
