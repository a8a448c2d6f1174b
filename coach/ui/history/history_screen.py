"""The history screen: this week at a glance, every session, ice/heat uses, the pain chart,
and exports (CSV, and a PDF for a physiotherapist).

QtCharts and the PDF code are imported only when first needed, so start-up
does not pay for them. Exports never raise: the status line says where the
file went, or plainly why it could not be saved.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime, timedelta, tzinfo
from pathlib import Path
from typing import TYPE_CHECKING, Final

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, Qt, Signal
from PySide6.QtGui import QHideEvent, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyle,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from coach.domain.history import SessionStatus
from coach.domain.progress import local_day, streak, week_start, week_summary
from coach.domain.routine import Routine
from coach.engine.clock import Clock
from coach.store.history import HistoryStore
from coach.ui.app.translations import english_or
from coach.ui.history.history_actions import UNDO_MS, SessionActions
from coach.ui.history.history_exports import ExportBar
from coach.ui.history.history_model import (
    NO_ROUTINES,
    ROUTINE_AND_LEVEL,
    SessionTableModel,
    ThermalTableModel,
)
from coach.ui.widgets.keys import bind_keys
from coach.ui.widgets.theme import is_dark, make_title

if TYPE_CHECKING:
    from coach.ui.history.pain_chart import PainChartData, PainChartView

READING_HINT: Final = str(
    QT_TRANSLATE_NOOP(
        "HistoryScreen",
        "Reading the numbers: a change of 2 points or 30% is a real change; "
        "1 point is barely noticeable.",
    )
)
"""In English: translate it (context HistoryScreen) to show it."""
CHART_TAB: Final = 2
"""Index of the Pain chart tab."""
_STREAK_WINDOW_DAYS = 32


def _epoch(day: date, tz: tzinfo | None) -> float:
    return datetime(day.year, day.month, day.day, tzinfo=tz).timestamp()


def _plural(n: int, word: str) -> str:
    return f"{n:,} {word}" if n == 1 else f"{n:,} {word}s"


SQUEEZE_MIN_CHARS = 8
"""A text column narrowed to fit the table keeps at least this many average characters."""


class _FittingTable(QTableView):
    """A read-only table whose columns fit its width.

    Each column is as wide as its title's longest line or its widest loaded cell
    (measured with font metrics, no room for a sort arrow: the tables don't sort).
    When they would not all fit, the ``squeezable`` columns (free text, such as a
    routine's name) are narrowed and their text ends in "…"; a screen reader still
    reads it whole. Refitted on every resize and by :meth:`fit`.
    """

    def __init__(self, name: str, squeezable: frozenset[int] = frozenset()) -> None:
        super().__init__()
        self._squeezable = squeezable
        self._natural: list[int] = []
        self.setAccessibleName(name)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setTabKeyNavigation(False)
        self.setWordWrap(False)
        self.setAlternatingRowColors(True)
        self.verticalHeader().setVisible(False)
        self.horizontalHeader().setStretchLastSection(True)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._squeeze()

    def fit(self) -> None:
        """Measure the columns' content (after a reload or a new font), then size them."""
        self.ensurePolished()
        model = self.model()
        if model is None:
            return
        header = self.horizontalHeader()
        style = self.style()
        title_margin = 3 * style.pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
        focus = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, self)
        cell_margin = 2 * (focus + 1) + 2
        titles, cells = header.fontMetrics(), self.fontMetrics()
        widths = []
        for column in range(model.columnCount()):
            title = str(model.headerData(column, Qt.Orientation.Horizontal))
            widest = max(titles.horizontalAdvance(line) for line in title.split("\n"))
            widest += title_margin
            for row in range(model.rowCount()):
                text = str(model.index(row, column).data())
                widest = max(widest, cells.horizontalAdvance(text) + cell_margin)
            widths.append(widest)
        self._natural = widths
        self._squeeze()

    def _squeeze(self) -> None:
        """Set the measured widths, the text columns narrowed if all would not fit."""
        widths = list(self._natural)
        squeezed = [c for c in self._squeezable if c < len(widths)]
        budget = self.viewport().width() - sum(
            w for c, w in enumerate(widths) if c not in self._squeezable
        )
        cap = _even_cap(sorted(widths[c] for c in squeezed), budget)
        floor = SQUEEZE_MIN_CHARS * self.fontMetrics().averageCharWidth()
        for column in squeezed:
            widths[column] = min(widths[column], max(floor, cap))
        for column, width in enumerate(widths):
            self.setColumnWidth(column, width)


def _even_cap(widths: list[int], budget: int) -> int:
    """The widest that columns of ``widths`` (ascending) may be so that together they
    take at most ``budget``: narrow ones keep their width, the wide ones share the rest."""
    left = budget
    for index, width in enumerate(widths):
        share = left // (len(widths) - index)
        if width > share:
            return share
        left -= width
    return max(widths, default=0)


def _caption(name: str, text: str = "") -> QLabel:
    label = QLabel(text)
    label.setAccessibleName(name)
    label.setWordWrap(True)
    return label


class HistoryScreen(QWidget):
    """Past sessions and ice/heat uses, a pain chart, and exports.

    Call :meth:`refresh` whenever the screen is shown. ``back_requested`` is
    emitted by the Back button and by Esc.
    """

    back_requested = Signal()

    def __init__(
        self,
        store: HistoryStore,
        clock: Clock,
        *,
        tz: tzinfo | None = None,
        undo_ms: int = UNDO_MS,
        routines: Mapping[str, Routine] = NO_ROUTINES,
        parent: QWidget | None = None,
    ) -> None:
        """``routines``: the library, for routine and level names (else made from ids)."""
        super().__init__(parent)
        self._store = store
        self._clock = clock
        self._tz = tz
        self._chart: PainChartView | None = None
        self._chart_data: PainChartData | None = None
        self.setAccessibleName(self.tr("History"))

        title = QLabel(self.tr("Your history"))
        make_title(title)
        title.setAccessibleName(title.text())
        self._summary = _caption(self.tr("Streak and this week"))
        self._sessions = SessionTableModel(store, tz=tz, routines=routines, parent=self)
        self._thermal = ThermalTableModel(store, tz=tz, parent=self)

        self._tabs = QTabWidget()
        self._tabs.setAccessibleName(self.tr("History views"))
        self._tabs.tabBar().setAccessibleName(self.tr("Choose a history view"))
        self._sessions_count = _caption(self.tr("Sessions count"))
        self._sessions_table = _FittingTable(self.tr("Sessions table"), ROUTINE_AND_LEVEL)
        self._sessions_table.setModel(self._sessions)
        self.session_actions = SessionActions(
            store, self._sessions_table, tz=tz, undo_ms=undo_ms, routines=routines
        )
        self.session_actions.changed.connect(self.refresh)
        self._sessions_table.selectionModel().selectionChanged.connect(
            self.session_actions.selection_changed
        )
        self._thermal_count = _caption(self.tr("Ice and heat count"))
        self._thermal_table = _FittingTable(self.tr("Ice and heat table"))
        self._thermal_table.setModel(self._thermal)
        self._tabs.addTab(
            self._page(self._sessions_count, self._sessions_table, self.session_actions),
            self.tr("&Sessions"),
        )
        thermal_page = self._page(self._thermal_count, self._thermal_table)
        self._tabs.addTab(thermal_page, self.tr("&Ice and heat"))
        self._chart_caption = _caption(self.tr("Chart caption"))
        hint = _caption(self.tr("Reading the numbers"), self.tr(READING_HINT))
        self._chart_page = self._page(self._chart_caption, None, hint)
        self._tabs.addTab(self._chart_page, self.tr("&Pain chart"))
        self._tabs.currentChanged.connect(self._tab_changed)

        back = QPushButton(self.tr("&Back"))
        back.setAccessibleName(self.tr("Back"))
        back.clicked.connect(self.back_requested.emit)
        self.exports = ExportBar(store, clock, tz=tz, trailing=back, routines=routines)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addWidget(title)
        layout.addWidget(self._summary)
        layout.addWidget(self._tabs, 1)
        layout.addWidget(self.exports)
        self.setFocusProxy(self._tabs)

        bind_keys(self, ((Qt.Key.Key_Escape, self.back_requested.emit),))

    @staticmethod
    def _page(top: QLabel, table: QTableView | None, bottom: QWidget | None = None) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)
        column.setContentsMargins(4, 6, 4, 4)
        column.addWidget(top)
        if table is not None:
            column.addWidget(table, 1)
        if bottom is not None:
            column.addWidget(bottom)
        return page

    # --- reading --------------------------------------------------------

    def refresh(self) -> None:
        """Re-read everything from the store (the chart too, if it has been drawn); the
        selected session stays selected if it is still there."""
        today = local_day(self._clock.now(), self._tz)
        self._summary.setText(self._summary_text(today))
        chosen = self.session_actions.selected()
        self._sessions.reload()
        row = None if chosen is None else self._sessions.row_of(chosen.id)
        if row is not None:
            self._sessions_table.selectRow(row)
        total = self._sessions.total()
        sessions = self.tr("%n session(s), newest first.", "", total)
        self._sessions_count.setText(
            english_or(sessions, f"{_plural(total, 'session')}, newest first.")
            if total
            else self.tr("No sessions yet.")
        )
        self._thermal.reload()
        uses = self._thermal.rowCount()
        used = self.tr("%n use(s) of ice or heat, newest first.", "", uses)
        self._thermal_count.setText(
            english_or(used, f"{_plural(uses, 'use')} of ice or heat, newest first.")
            if uses
            else self.tr("No ice or heat logged yet.")
        )
        for table in (self._sessions_table, self._thermal_table):
            table.fit()
        self.session_actions.selection_changed()
        self._chart_data = None
        if self._tabs.currentIndex() == CHART_TAB:
            self._draw_chart()

    def _summary_text(self, today: date) -> str:
        week = week_summary(
            self._store.sessions(since=_epoch(week_start(today), self._tz)),
            today=today,
            tz=self._tz,
        )
        days = self._streak(today)
        parts = [
            self.tr("{n} completed").format(n=week.completed),
            self.tr("{n} stopped").format(n=week.stopped),
        ]
        if week.interrupted:
            parts.append(self.tr("{n} interrupted").format(n=week.interrupted))
        streak = english_or(
            self.tr("Streak: %n day(s)", "", days), f"Streak: {_plural(days, 'day')}"
        )
        this_week = english_or(
            self.tr("This week: %n session(s)", "", week.sessions),
            f"This week: {_plural(week.sessions, 'session')}",
        )
        minutes = self.tr("{n} min").format(n=round(week.minutes))
        return f"{streak}  ·  {this_week}, {minutes}, {', '.join(parts)}"

    def _streak(self, today: date) -> int:
        """Days in a row with a completed session, reading only as far back as needed."""
        window = _STREAK_WINDOW_DAYS
        while True:
            since = _epoch(today - timedelta(days=window), self._tz)
            done = self._store.sessions(status=SessionStatus.COMPLETED, since=since)
            days = streak(done, today=today, tz=self._tz)
            if days < window - 1 or len(done) >= self._store.count_sessions(
                status=SessionStatus.COMPLETED
            ):
                return days
            window *= 4

    # --- chart ----------------------------------------------------------

    def _tab_changed(self, index: int) -> None:
        if index == CHART_TAB and self._chart_data is None:
            self._draw_chart()

    def _draw_chart(self) -> None:
        from coach.ui.history.pain_chart import PainChartView, load_chart_data

        today = local_day(self._clock.now(), self._tz)
        self._chart_data = load_chart_data(self._store, today=today, tz=self._tz)
        if self._chart is None:
            self._chart = PainChartView()
            layout = self._chart_page.layout()
            assert isinstance(layout, QVBoxLayout)
            layout.insertWidget(1, self._chart, 1)
            if self._chart_page.isVisible():
                self._chart.show()  # else Qt shows it on the next event loop pass
        self._chart_caption.setText(self._chart_data.caption)
        self._chart.set_data(self._chart_data, dark=is_dark(self))

    def changeEvent(self, event: QEvent) -> None:
        """Refit the columns on a new font; redraw the chart on a new palette or font."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            for table in (self._sessions_table, self._thermal_table):
                table.fit()
        changed = event.type() in (QEvent.Type.PaletteChange, QEvent.Type.FontChange)
        if changed and self._chart is not None and self._chart_data is not None:
            self._chart.set_data(self._chart_data, dark=is_dark(self))

    # --- leaving, and exports -------------------------------------------

    def hideEvent(self, event: QHideEvent) -> None:
        """Leaving History ends the chance to undo a delete."""
        self.session_actions.forget_undo()
        super().hideEvent(event)

    def export_csv(self, folder: Path) -> bool:
        """Write the four CSV files into ``folder`` (see ExportBar.export_csv)."""
        return self.exports.export_csv(folder)

    def export_pdf(self, path: Path) -> bool:
        """Write the physio summary PDF to ``path`` (see ExportBar.export_pdf)."""
        return self.exports.export_pdf(path)

    def set_safety_line(self, text: str) -> None:
        """The safety reminder (with the emergency number) printed in the physio PDF."""
        self.exports.set_safety_line(text)

    def status_text(self) -> str:
        """The export status line as shown (empty before any export)."""
        return self.exports.status_text()
