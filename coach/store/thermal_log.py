"""Ice and heat applications: at most one running, each with a wall-clock deadline.

A running application records its skin check and progress (for clock jumps)
and ends FINISHED or CANCELLED; queries list applications newest first.
"""

from __future__ import annotations

from typing import cast

from coach.domain.history import ThermalKind, ThermalRecord, ThermalStatus
from coach.store import rows
from coach.store.repository import Repository, where


class ThermalLog(Repository):
    """The ``thermal_applications`` table."""

    def start_application(
        self, kind: ThermalKind, *, planned_s: float, started_at: float | None = None
    ) -> ThermalRecord:
        """Start an ice/heat application with a wall-clock deadline and return it.

        ValueError if one is already running or ``planned_s`` is not positive.
        """
        if planned_s <= 0:
            raise ValueError(f"planned_s must be above 0, got {planned_s}")
        if self.running_application() is not None:
            raise ValueError("an ice or heat application is already running")
        start = self._at(started_at)
        cursor = self._db.execute(
            "INSERT INTO thermal_applications (kind, started_at, planned_s, deadline, status)"
            " VALUES (?, ?, ?, ?, 'running')",
            (ThermalKind(kind).value, start, planned_s, start + planned_s),
        )
        return self._application(int(cast(int, cursor.lastrowid)))

    def mark_skin_checked(self, application_id: int) -> None:
        """Record that the skin check was done during a running application."""
        self._db.execute(
            "UPDATE thermal_applications SET skin_check_done = 1 WHERE id = ?", (application_id,)
        )

    def save_progress(
        self, application_id: int, *, elapsed_s: float, wall: float, mono: float, boot: str
    ) -> None:
        """Record that ``elapsed_s`` of a running application had passed at that clock reading."""
        self._db.execute(
            "UPDATE thermal_applications SET progress_elapsed_s = ?, progress_wall = ?,"
            " progress_mono = ?, progress_boot = ? WHERE id = ? AND status = 'running'",
            (elapsed_s, wall, mono, boot, application_id),
        )

    def acknowledge_application(self, application_id: int, *, at: float) -> None:
        """Record when the person said the pack was off (after the end alarm)."""
        self._db.execute(
            "UPDATE thermal_applications SET acknowledged_at = ? WHERE id = ?",
            (at, application_id),
        )

    def end_application(
        self,
        application_id: int,
        *,
        status: ThermalStatus = ThermalStatus.FINISHED,
        skin_check_done: bool | None = None,
        reaction: str = "",
        ended_at: float | None = None,
        actual_s: float | None = None,
    ) -> ThermalRecord:
        """End a running application as FINISHED or CANCELLED and return it.

        ``actual_s`` defaults to the wall-clock time since it started. ValueError
        if it is not running or ``status`` is RUNNING.
        """
        if status is ThermalStatus.RUNNING:
            raise ValueError("end_application needs FINISHED or CANCELLED")
        current = self._application(application_id)
        end = self._at(ended_at)
        actual = max(0.0, end - current.started_at) if actual_s is None else actual_s
        checked = current.skin_check_done if skin_check_done is None else skin_check_done
        cursor = self._db.execute(
            "UPDATE thermal_applications SET status = ?, ended_at = ?, actual_s = ?,"
            " skin_check_done = ?, reaction = ? WHERE id = ? AND status = 'running'",
            (ThermalStatus(status).value, end, actual, int(checked), reaction, application_id),
        )
        if cursor.rowcount != 1:
            raise ValueError(f"application {application_id} is not running")
        return self._application(application_id)

    def _application(self, application_id: int) -> ThermalRecord:
        row = self._db.query_one(
            f"SELECT {rows.THERMAL_COLUMNS} FROM thermal_applications WHERE id = ?",
            (application_id,),
        )
        if row is None:
            raise ValueError(f"no ice/heat application {application_id}")
        return rows.thermal(row)

    def running_application(self) -> ThermalRecord | None:
        """The application still running (its deadline may have passed), or None."""
        row = self._db.query_one(
            f"SELECT {rows.THERMAL_COLUMNS} FROM thermal_applications WHERE status = 'running'"
        )
        return None if row is None else rows.thermal(row)

    def last_application(self, kind: ThermalKind | None = None) -> ThermalRecord | None:
        """The most recently started application (of ``kind``, if given), any status."""
        found = self.applications(kind=kind, limit=1)
        return found[0] if found else None

    def applications(
        self,
        *,
        kind: ThermalKind | None = None,
        since: float | None = None,
        limit: int | None = None,
    ) -> list[ThermalRecord]:
        """Applications newest first, optionally of one kind and started at or after ``since``."""
        clause, params = where(
            ("kind = ?", None if kind is None else ThermalKind(kind).value),
            ("started_at >= ?", since),
        )
        found = self._db.query(
            f"SELECT {rows.THERMAL_COLUMNS} FROM thermal_applications{clause}"
            " ORDER BY started_at DESC, id DESC LIMIT ?",
            (*params, -1 if limit is None else limit),
        )
        return [rows.thermal(r) for r in found]
