"""The history as CSV: one table per kind (sessions, every step, every ice/heat use,
every event such as "this hurts"), for ``rehab-coach history --csv`` and History.

Every cell is safe to open in a spreadsheet (see :func:`cell`); rows are oldest
first; dates are ``YYYY-mm-dd HH:MM`` in the given time zone (None: local time).
"""

from __future__ import annotations

import io
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, tzinfo
from enum import StrEnum
from pathlib import Path
from typing import TextIO

from coach.domain.history import EventRecord, SessionRecord, StepRecord, ThermalRecord
from coach.domain.progress import format_time
from coach.flow.physio_words import event_kind_text, hurt_report, stop_reason_text
from coach.store.history import HistoryStore
from coach.store.private_files import write_private_text

FORMULA_LEADS = ("=", "+", "-", "@", "\t", "\r")
"""A cell starting with one of these could run as a formula in a spreadsheet."""


class CsvKind(StrEnum):
    """What one CSV file lists; the value is its name in files and on the command line."""

    SESSIONS = "sessions"
    STEPS = "steps"
    THERMAL = "ice-heat"
    EVENTS = "events"


def _text(value: object) -> str:
    return "" if value is None else str(value)


def _yes_no(value: bool | None) -> str:
    return "" if value is None else ("yes" if value else "no")


def _seconds(value: float | None) -> str:
    return "" if value is None else f"{value:.0f}"


def _minutes(value: float | None) -> str:
    return "" if value is None else f"{value / 60:.1f}"


def _when(ts: float | None, tz: tzinfo | None) -> str:
    return "" if ts is None else format_time(ts, "%Y-%m-%d %H:%M", tz)


def session_row(session: SessionRecord, tz: tzinfo | None = None) -> tuple[str, ...]:
    """The CSV cells for one session; unknown values are empty cells."""
    return (
        _when(session.started_at, tz),
        session.routine_id,
        session.level_id,
        _minutes(session.duration_s),
        session.status.value,
        _text(session.pain_before),
        _text(session.pain_after),
        _yes_no(session.spreading_symptoms),
        str(session.steps_done),
        "" if not session.stop_reason else stop_reason_text(session.stop_reason),
        session.note,
        str(session.id),
    )


def step_row(step: StepRecord, session: SessionRecord, tz: tzinfo | None = None) -> tuple[str, ...]:
    """The CSV cells for one recorded unit of work within ``session``."""
    return (
        _when(session.started_at, tz),
        session.routine_id,
        session.level_id,
        _when(step.at, tz),
        step.exercise_id,
        step.side.value,
        str(step.set_no),
        str(step.unit_no),
        _seconds(step.planned_s),
        _seconds(step.active_s),
        str(step.reps),
        step.outcome.value,
        str(step.session_id),
    )


def thermal_row(use: ThermalRecord, tz: tzinfo | None = None) -> tuple[str, ...]:
    """The CSV cells for one ice or heat application."""
    return (
        _when(use.started_at, tz),
        use.kind.value,
        _minutes(use.planned_s),
        _minutes(use.actual_s),
        use.status.value,
        _yes_no(use.skin_check_done),
        use.reaction.strip(),
    )


def event_row(event: EventRecord, tz: tzinfo | None = None) -> tuple[str, ...]:
    """The CSV cells for one event; a "this hurts" report is split into pain, what
    the app did (in words) and the message shown."""
    report = hurt_report(event.detail)
    return (
        _when(event.at, tz),
        event_kind_text(event.kind),
        _text(report.pain),
        report.action,
        report.message,
        _text(event.session_id),
    )


@dataclass(frozen=True, slots=True)
class Table:
    """One kind's header and its rows read from a store."""

    header: tuple[str, ...]
    rows: Callable[[HistoryStore, tzinfo | None], Iterator[tuple[str, ...]]]


def _sessions(store: HistoryStore, tz: tzinfo | None) -> Iterator[tuple[str, ...]]:
    for session in reversed(store.sessions()):
        yield session_row(session, tz)


def _steps(store: HistoryStore, tz: tzinfo | None) -> Iterator[tuple[str, ...]]:
    sessions = {s.id: s for s in store.sessions()}
    for step in store.all_steps():
        yield step_row(step, sessions[step.session_id], tz)


def _thermal(store: HistoryStore, tz: tzinfo | None) -> Iterator[tuple[str, ...]]:
    for use in reversed(store.applications()):
        yield thermal_row(use, tz)


def _events(store: HistoryStore, tz: tzinfo | None) -> Iterator[tuple[str, ...]]:
    for event in store.events():
        yield event_row(event, tz)


TABLES: dict[CsvKind, Table] = {
    CsvKind.SESSIONS: Table(
        (
            "date",
            "routine",
            "level",
            "duration_min",
            "status",
            "pain_before",
            "pain_after",
            "spreading",
            "steps_done",
            "stop_reason",
            "note",
            "session_id",
        ),
        _sessions,
    ),
    CsvKind.STEPS: Table(
        (
            "session_date",
            "routine",
            "level",
            "time",
            "exercise",
            "side",
            "set",
            "unit",
            "planned_s",
            "active_s",
            "reps",
            "outcome",
            "session_id",
        ),
        _steps,
    ),
    CsvKind.THERMAL: Table(
        (
            "date",
            "kind",
            "planned_min",
            "actual_min",
            "status",
            "skin_check",
            "reaction",
        ),
        _thermal,
    ),
    CsvKind.EVENTS: Table(
        ("date", "kind", "pain", "what_happened", "detail", "session_id"), _events
    ),
}
"""Every kind's table."""

HEADER = TABLES[CsvKind.SESSIONS].header
"""The sessions header (the default export)."""


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


def write_rows(header: Sequence[str], rows: Iterable[Sequence[str]], out: TextIO) -> int:
    """Write ``header`` and ``rows`` to ``out``; return the row count."""
    out.write(line(header))
    count = 0
    for cells in rows:
        out.write(line(cells))
        count += 1
    return count


def write_csv(
    store: HistoryStore,
    out: TextIO,
    *,
    kind: CsvKind = CsvKind.SESSIONS,
    tz: tzinfo | None = None,
    column: Callable[[str], str] = str,
) -> int:
    """Write one kind's table from ``store`` to ``out``; return the row count. ``column``
    names each column from its id (the ids themselves by default)."""
    table = TABLES[CsvKind(kind)]
    return write_rows([column(name) for name in table.header], table.rows(store, tz), out)


def csv_name(kind: CsvKind, day: date) -> str:
    """The file name for one kind, e.g. ``rehab-coach-steps-2025-05-14.csv``."""
    return f"rehab-coach-{CsvKind(kind).value}-{day.isoformat()}.csv"


def write_csv_folder(
    store: HistoryStore,
    folder: Path,
    *,
    day: date,
    tz: tzinfo | None = None,
    column: Callable[[str], str] = str,
) -> dict[CsvKind, int]:
    """Write every kind as its own file (mode 0600, replaced atomically) into ``folder``,
    named by :func:`csv_name`, columns named by ``column`` (see :func:`write_csv`);
    return each kind's row count. Raises OSError or StoreError; files already written
    stay."""
    counts: dict[CsvKind, int] = {}
    for kind in CsvKind:
        buffer = io.StringIO()
        counts[kind] = write_csv(store, buffer, kind=kind, tz=tz, column=column)
        write_private_text(folder / csv_name(kind, day), buffer.getvalue())
    return counts
