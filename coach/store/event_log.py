"""Notable moments and triage results: append-only, read back in order.

Events (stop rule, pain report, red flag ...) belong to a session or to none;
triage results keep their reasons and answers as JSON.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from typing import cast

from coach.domain.history import EventKind, EventRecord, TriageRecord
from coach.store import rows
from coach.store.repository import Repository, where


class EventLog(Repository):
    """The ``events`` and ``triage_results`` tables."""

    def record_event(
        self,
        session_id: int | None,
        kind: EventKind,
        detail: str = "",
        *,
        at: float | None = None,
    ) -> int:
        """Save a notable moment (stop rule, pain report, red flag ...); return its id."""
        cursor = self._db.execute(
            "INSERT INTO events (session_id, at, kind, detail) VALUES (?, ?, ?, ?)",
            (session_id, self._at(at), EventKind(kind).value, detail),
        )
        return int(cast(int, cursor.lastrowid))

    def events(
        self, session_id: int | None = None, *, kind: EventKind | None = None
    ) -> list[EventRecord]:
        """Events oldest first: one session's (or all, when None), optionally of one kind."""
        clause, params = where(
            ("session_id = ?", session_id),
            ("kind = ?", None if kind is None else EventKind(kind).value),
        )
        found = self._db.query(
            f"SELECT {rows.EVENT_COLUMNS} FROM events{clause} ORDER BY at, id", params
        )
        return [rows.event(r) for r in found]

    def save_triage(
        self,
        *,
        level: str,
        route: str | None,
        reasons: Sequence[str],
        answers: Mapping[str, object],
        at: float | None = None,
    ) -> int:
        """Save a triage result (answers must be JSON-serialisable); return its id."""
        cursor = self._db.execute(
            "INSERT INTO triage_results (at, level, route, reasons, answers)"
            " VALUES (?, ?, ?, ?, ?)",
            (
                self._at(at),
                level,
                route,
                json.dumps(list(reasons)),
                json.dumps(dict(answers), sort_keys=True),
            ),
        )
        return int(cast(int, cursor.lastrowid))

    def last_triage(self) -> TriageRecord | None:
        """The newest triage result, or None."""
        found = self.triages(limit=1)
        return found[0] if found else None

    def triages(self, *, limit: int | None = None) -> list[TriageRecord]:
        """Saved triage results, newest first."""
        found = self._db.query(
            f"SELECT {rows.TRIAGE_COLUMNS} FROM triage_results ORDER BY at DESC, id DESC LIMIT ?",
            (-1 if limit is None else limit,),
        )
        return [rows.triage(r) for r in found]
