"""The CSV files' column names in the app's language (History's export).

The store names columns by id (``date``, ``duration_min``: what ``rehab-coach history
--csv`` writes); :func:`column_name` gives a column's name in the catalogue's language,
the id itself in English.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

COLUMNS = (
    QT_TRANSLATE_NOOP("CsvColumn", "date"),
    QT_TRANSLATE_NOOP("CsvColumn", "routine"),
    QT_TRANSLATE_NOOP("CsvColumn", "level"),
    QT_TRANSLATE_NOOP("CsvColumn", "duration_min"),
    QT_TRANSLATE_NOOP("CsvColumn", "status"),
    QT_TRANSLATE_NOOP("CsvColumn", "pain_before"),
    QT_TRANSLATE_NOOP("CsvColumn", "pain_after"),
    QT_TRANSLATE_NOOP("CsvColumn", "spreading"),
    QT_TRANSLATE_NOOP("CsvColumn", "steps_done"),
    QT_TRANSLATE_NOOP("CsvColumn", "stop_reason"),
    QT_TRANSLATE_NOOP("CsvColumn", "note"),
    QT_TRANSLATE_NOOP("CsvColumn", "session_id"),
    QT_TRANSLATE_NOOP("CsvColumn", "session_date"),
    QT_TRANSLATE_NOOP("CsvColumn", "time"),
    QT_TRANSLATE_NOOP("CsvColumn", "exercise"),
    QT_TRANSLATE_NOOP("CsvColumn", "side"),
    QT_TRANSLATE_NOOP("CsvColumn", "set"),
    QT_TRANSLATE_NOOP("CsvColumn", "unit"),
    QT_TRANSLATE_NOOP("CsvColumn", "planned_s"),
    QT_TRANSLATE_NOOP("CsvColumn", "active_s"),
    QT_TRANSLATE_NOOP("CsvColumn", "reps"),
    QT_TRANSLATE_NOOP("CsvColumn", "outcome"),
    QT_TRANSLATE_NOOP("CsvColumn", "kind"),
    QT_TRANSLATE_NOOP("CsvColumn", "planned_min"),
    QT_TRANSLATE_NOOP("CsvColumn", "actual_min"),
    QT_TRANSLATE_NOOP("CsvColumn", "skin_check"),
    QT_TRANSLATE_NOOP("CsvColumn", "reaction"),
    QT_TRANSLATE_NOOP("CsvColumn", "pain"),
    QT_TRANSLATE_NOOP("CsvColumn", "what_happened"),
    QT_TRANSLATE_NOOP("CsvColumn", "detail"),
)
"""Every column id of :data:`coach.store.csv_export.TABLES`, marked for the catalogue."""


def column_name(column: str) -> str:
    """``column`` (an id) as the CSV file names it in the app's language."""
    return QCoreApplication.translate("CsvColumn", column)
