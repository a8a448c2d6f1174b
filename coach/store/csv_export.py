"""Sessions as CSV, one row per session, for ``rehab-coach history --csv``."""

from __future__ import annotations

import csv
from collections.abc import Iterable
from datetime import datetime, tzinfo
from typing import TextIO

from coach.domain.history import SessionRecord

HEADER = (
    "date",
    "routine",
    "level",
    "duration_min",
    "status",
    "pain_before",
    "pain_after",
    "spreading",
    "steps_done",
)


def _text(value: object) -> str:
    return "" if value is None else str(value)


def _yes_no(value: bool | None) -> str:
    return "" if value is None else ("yes" if value else "no")


def row(session: SessionRecord, tz: tzinfo | None = None) -> tuple[str, ...]:
    """The CSV cells for one session; unknown values are empty cells."""
    duration = session.duration_s
    return (
        datetime.fromtimestamp(session.started_at, tz).strftime("%Y-%m-%d %H:%M"),
        session.routine_id,
        session.level_id,
        "" if duration is None else f"{duration / 60:.1f}",
        session.status.value,
        _text(session.pain_before),
        _text(session.pain_after),
        _yes_no(session.spreading_symptoms),
        str(session.steps_done),
    )


def write_sessions_csv(
    sessions: Iterable[SessionRecord], out: TextIO, *, tz: tzinfo | None = None
) -> int:
    """Write the header and one row per session, in the order given; return the row count.

    Dates are ``YYYY-mm-dd HH:MM`` in ``tz`` (None: local time). Lines end in ``\\n``.
    """
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(HEADER)
    count = 0
    for session in sessions:
        writer.writerow(row(session, tz))
        count += 1
    return count
