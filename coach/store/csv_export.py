"""Sessions as CSV, one row per session, for ``rehab-coach history --csv``."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import tzinfo
from typing import TextIO

from coach.domain.history import SessionRecord
from coach.domain.progress import format_time

FORMULA_LEADS = ("=", "+", "-", "@", "\t", "\r")
"""A cell starting with one of these could run as a formula in a spreadsheet."""

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
        format_time(session.started_at, "%Y-%m-%d %H:%M", tz),
        session.routine_id,
        session.level_id,
        "" if duration is None else f"{duration / 60:.1f}",
        session.status.value,
        _text(session.pain_before),
        _text(session.pain_after),
        _yes_no(session.spreading_symptoms),
        str(session.steps_done),
    )


def cell(text: str) -> str:
    """One CSV cell: neutralised with a leading ``'`` when it could run as a formula
    (OWASP's advice), and quoted when it holds a comma, quote, CR, LF or edge space."""
    if text.startswith(FORMULA_LEADS):
        text = "'" + text
    if any(c in text for c in ',"\r\n') or text != text.strip(" "):
        return '"' + text.replace('"', '""') + '"'
    return text


def line(cells: Sequence[str]) -> str:
    """One CSV line (RFC 4180 quoting, ``\n`` ending)."""
    return ",".join(cell(c) for c in cells) + "\n"


def write_sessions_csv(
    sessions: Iterable[SessionRecord], out: TextIO, *, tz: tzinfo | None = None
) -> int:
    """Write the header and one row per session, in the order given; return the row count.

    Dates are ``YYYY-mm-dd HH:MM`` in ``tz`` (None: local time). Lines end in ``\\n``.
    Every cell is safe to open in a spreadsheet (see :func:`cell`).
    """
    out.write(line(HEADER))
    count = 0
    for session in sessions:
        out.write(line(row(session, tz)))
        count += 1
    return count
