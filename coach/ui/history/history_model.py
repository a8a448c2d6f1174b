"""Table models for the history screen: sessions (paged, newest first) and ice/heat uses.

The session model reads one page at a time through ``canFetchMore``/``fetchMore``,
so ten thousand sessions cost one small query to open and one per page scrolled.
Display text is plain language; ``Qt.UserRole`` gives the record itself.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime, tzinfo
from types import MappingProxyType
from typing import Final

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QDateTime,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTime,
)

from coach.domain.history import (
    SessionRecord,
    SessionStatus,
    ThermalKind,
    ThermalRecord,
    ThermalStatus,
)
from coach.domain.routine import Routine
from coach.flow.physio_words import stop_reason_text
from coach.flow.plan import level_named
from coach.store.history import HistoryStore
from coach.ui.app.translations import ui_locale

Index = QModelIndex | QPersistentModelIndex

NO_ROUTINES: Mapping[str, Routine] = MappingProxyType({})
NO_VALUE: Final = "–"
"""Shown where nothing was recorded (e.g. no pain score)."""

SESSION_HEADERS: Final = (
    str(QT_TRANSLATE_NOOP("HistoryModel", "Date")),
    str(QT_TRANSLATE_NOOP("HistoryModel", "Routine")),
    str(QT_TRANSLATE_NOOP("HistoryModel", "Level")),
    str(QT_TRANSLATE_NOOP("HistoryModel", "Length")),
    str(QT_TRANSLATE_NOOP("HistoryModel", "Pain\nbefore")),
    str(QT_TRANSLATE_NOOP("HistoryModel", "Pain\nafter")),
    str(QT_TRANSLATE_NOOP("HistoryModel", "Result")),
)
"""In English: :func:`words` gives them in the app's language."""
ROUTINE_AND_LEVEL: Final = frozenset({1, 2})
"""The sessions table's free-text columns, narrowed first when the table is tight."""
THERMAL_HEADERS: Final = (
    str(QT_TRANSLATE_NOOP("HistoryModel", "Date")),
    str(QT_TRANSLATE_NOOP("HistoryModel", "Kind")),
    str(QT_TRANSLATE_NOOP("HistoryModel", "Planned")),
    str(QT_TRANSLATE_NOOP("HistoryModel", "Actual")),
    str(QT_TRANSLATE_NOOP("HistoryModel", "Skin check")),
    str(QT_TRANSLATE_NOOP("HistoryModel", "Reaction")),
)

STATUS_TEXT: Final = {
    SessionStatus.COMPLETED: str(QT_TRANSLATE_NOOP("HistoryModel", "Completed")),
    SessionStatus.STOPPED: str(QT_TRANSLATE_NOOP("HistoryModel", "Stopped")),
    SessionStatus.INTERRUPTED: str(QT_TRANSLATE_NOOP("HistoryModel", "Interrupted")),
    SessionStatus.IN_PROGRESS: str(QT_TRANSLATE_NOOP("HistoryModel", "In progress")),
}
"""In English (the PDF's words); :func:`words` gives them in the app's language."""
KIND_TEXT: Final = {
    ThermalKind.ICE: str(QT_TRANSLATE_NOOP("HistoryModel", "Ice")),
    ThermalKind.HEAT: str(QT_TRANSLATE_NOOP("HistoryModel", "Heat")),
}


def words(text: str) -> str:
    """One of this module's texts in the app's language."""
    return QCoreApplication.translate("HistoryModel", text)


_CENTRED = Qt.AlignmentFlag.AlignCenter
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
_NUMBER_COLUMNS: Final = frozenset({3, 4, 5})
_RESULT_COLUMN: Final = 6


def date_text(ts: float, tz: tzinfo | None = None) -> str:
    """``12 May 2025 07:30`` for epoch ``ts`` in ``tz`` (None: local time), in the app's
    language (German ``12. Mai 2025 07:30``)."""
    at = datetime.fromtimestamp(ts, tz)
    # A Qt date format (d = day, MMM = short month, yyyy = year)
    day = QCoreApplication.translate("HistoryModel", "dd MMM yyyy")
    when = QDateTime(QDate(at.year, at.month, at.day), QTime(at.hour, at.minute))
    return ui_locale().toString(when, f"{day} HH:mm")


def routine_text(routine_id: str) -> str:
    """A readable name for a routine id: ``glute-strength`` -> ``Glute strength``."""
    words = routine_id.replace("_", "-").split("-")
    return " ".join(w for w in words if w).capitalize()


def minutes_text(seconds: float | None) -> str:
    """Whole minutes (at least 1 for anything started), or the no-value dash."""
    if seconds is None:
        return NO_VALUE
    return str(max(1, round(seconds / 60))) if seconds > 0 else "0"


def _pain(value: int | None) -> str:
    return NO_VALUE if value is None else str(value)


def routine_name(routines: Mapping[str, Routine], routine_id: str) -> str:
    """The routine's name in the content's language, else one made from its id."""
    routine = routines.get(routine_id)
    return routine.name if routine is not None else routine_text(routine_id)


def session_cells(
    record: SessionRecord, tz: tzinfo | None = None, routines: Mapping[str, Routine] = NO_ROUTINES
) -> tuple[str, ...]:
    """The displayed text of one session row, in SESSION_HEADERS order; routines and
    levels by their names in ``routines`` (by id when not there)."""
    routine = routines.get(record.routine_id)
    level = level_named(routine, record.level_id) if routine is not None else ""
    return (
        date_text(record.started_at, tz),
        routine_name(routines, record.routine_id),
        level or record.level_id,
        _minutes(record.duration_s) if record.duration_s is not None else NO_VALUE,
        _pain(record.pain_before),
        _pain(record.pain_after),
        words(STATUS_TEXT[record.status]),
    )


def thermal_cells(record: ThermalRecord, tz: tzinfo | None = None) -> tuple[str, ...]:
    """The displayed text of one ice/heat row, in THERMAL_HEADERS order."""
    if record.status is ThermalStatus.RUNNING:
        actual = words("Running")
    elif record.status is ThermalStatus.CANCELLED:
        actual = words("{n} min (cancelled)").format(n=minutes_text(record.actual_s))
    else:
        actual = _minutes(record.actual_s)
    return (
        date_text(record.started_at, tz),
        words(KIND_TEXT[record.kind]),
        _minutes(record.planned_s),
        actual,
        words("Done") if record.skin_check_done else words("Not done"),
        words(record.reaction.strip() or "None"),
    )


def _minutes(seconds: float | None) -> str:
    return QCoreApplication.translate("HistoryModel", "{n} min").format(n=minutes_text(seconds))


class SessionTableModel(QAbstractTableModel):
    """Sessions newest first, read ``page_size`` rows at a time from the store."""

    def __init__(
        self,
        store: HistoryStore,
        *,
        page_size: int = 200,
        tz: tzinfo | None = None,
        routines: Mapping[str, Routine] = NO_ROUTINES,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        if page_size < 1:
            raise ValueError("page_size must be at least 1")
        self._routines = routines
        self._store = store
        self._page_size = page_size
        self._tz = tz
        self._rows: list[SessionRecord] = []
        self._cells: list[tuple[str, ...]] = []
        self._total = 0

    def reload(self) -> None:
        """Forget loaded rows, count the sessions again and read the first page."""
        self.beginResetModel()
        self._total = self._store.count_sessions()
        self._rows = self._store.sessions(limit=self._page_size)
        self._cells = [session_cells(r, self._tz, self._routines) for r in self._rows]
        self.endResetModel()

    def total(self) -> int:
        """How many sessions the store holds (as of the last reload)."""
        return self._total

    def row_of(self, session_id: int) -> int | None:
        """The loaded row showing ``session_id``, or None."""
        return next((i for i, r in enumerate(self._rows) if r.id == session_id), None)

    def record(self, row: int) -> SessionRecord:
        """The session shown in ``row`` (IndexError if not loaded yet)."""
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt API)
        """Rows loaded so far (0 under any valid parent: it is a flat table)."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt API)
        """One column per SESSION_HEADERS entry."""
        return 0 if parent.isValid() else len(SESSION_HEADERS)

    def canFetchMore(self, parent: Index) -> bool:
        """Whether more sessions wait in the store."""
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: Index) -> None:
        """Read the next page and append it."""
        if not self.canFetchMore(parent):
            return
        page = self._store.sessions(limit=self._page_size, offset=len(self._rows))
        if not page:
            self._total = len(self._rows)
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
        self._rows.extend(page)
        self._cells.extend(session_cells(r, self._tz, self._routines) for r in page)
        self.endInsertRows()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """Display text, alignment, the stop reason (in words) or a routine's or level's
        whole name (it may be cut short on screen) as tooltip, or the record (UserRole).
        The selected session's note shows under the table."""
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row, column = index.row(), index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._cells[row][column]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _CENTRED if column in _NUMBER_COLUMNS else _LEFT
        if role == Qt.ItemDataRole.ToolTipRole and column == _RESULT_COLUMN:
            reason = self._rows[row].stop_reason
            return stop_reason_text(reason) if reason else None
        if role == Qt.ItemDataRole.ToolTipRole and column in ROUTINE_AND_LEVEL:
            return self._cells[row][column]

        if role == Qt.ItemDataRole.UserRole:
            return self._rows[row]
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        """Column titles; rows have none."""
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return words(SESSION_HEADERS[section])
        return None


class ThermalTableModel(QAbstractTableModel):
    """Ice and heat applications newest first (few enough to read at once)."""

    def __init__(
        self, store: HistoryStore, *, tz: tzinfo | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._store = store
        self._tz = tz
        self._cells: list[tuple[str, ...]] = []

    def reload(self) -> None:
        """Read every application again."""
        self.beginResetModel()
        self._cells = [thermal_cells(r, self._tz) for r in self._store.applications()]
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt API)
        """One row per application."""
        return 0 if parent.isValid() else len(self._cells)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt API)
        """One column per THERMAL_HEADERS entry."""
        return 0 if parent.isValid() else len(THERMAL_HEADERS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """Display text and alignment."""
        if not index.isValid() or index.row() >= len(self._cells):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._cells[index.row()][index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _LEFT
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        """Column titles; rows have none."""
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return words(THERMAL_HEADERS[section])
        return None


_CELL_WORDS: Final = (
    QT_TRANSLATE_NOOP("HistoryModel", "Running"),
    QT_TRANSLATE_NOOP("HistoryModel", "{n} min (cancelled)"),
    QT_TRANSLATE_NOOP("HistoryModel", "Done"),
    QT_TRANSLATE_NOOP("HistoryModel", "Not done"),
    QT_TRANSLATE_NOOP("HistoryModel", "None"),
    QT_TRANSLATE_NOOP("HistoryModel", "Skin did not look right at the skin check"),
    QT_TRANSLATE_NOOP("HistoryModel", "Taken off at the skin check"),
)
"""Cell words :func:`words` translates (two are ice/heat reactions the app records)."""
