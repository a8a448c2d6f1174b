"""Pain over time: before and after each session, as a QtCharts line chart.

Import this module lazily (it loads QtCharts). The chart covers at most the
last ``CHART_WEEKS`` weeks: one point per session for the last
``RECENT_WEEKS`` weeks, weekly means before that, so it stays light however
long the history is. The caption says which.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo
from typing import Final

from PySide6.QtCharts import QChart, QChartView, QDateTimeAxis, QLineSeries, QValueAxis
from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QDateTime,
    QMargins,
    QPointF,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QImage, QPainter, QPen
from PySide6.QtWidgets import QWidget

from coach.domain.history import PAIN_MAX, PAIN_MIN, SessionRecord
from coach.domain.progress import local_day, week_start, weekly_pain
from coach.store.history import HistoryStore
from coach.ui.design.palette import PALETTES
from coach.ui.design.tokens import CHART_MIN_HEIGHT, CHART_MIN_LINES

RECENT_WEEKS: Final = 13
CHART_WEEKS: Final = 52
BEFORE_NAME: Final = str(QT_TRANSLATE_NOOP("PainChart", "Pain before session"))
AFTER_NAME: Final = str(QT_TRANSLATE_NOOP("PainChart", "Pain after session"))

_DAY = timedelta(days=1)
AXIS_SCALE: Final = 0.85
"""Chart text relative to the widget's font: still large, leaves room for the plot."""


@dataclass(frozen=True, slots=True)
class ChartPoint:
    """Pain at ``at`` (epoch seconds): one session, or a week's mean."""

    at: float
    before: float | None
    after: float | None


@dataclass(frozen=True, slots=True)
class PainChartData:
    """What the chart draws: points oldest first, the x range and a caption saying what it shows."""

    points: tuple[ChartPoint, ...]
    start: float
    end: float
    caption: str


def _epoch(day: date, tz: tzinfo | None) -> float:
    return datetime(day.year, day.month, day.day, tzinfo=tz).timestamp()


def window_start(today: date, weeks: int = CHART_WEEKS) -> date:
    """The Monday ``weeks - 1`` weeks before this week's: the first day the chart can show."""
    return week_start(today) - timedelta(weeks=weeks - 1)


def chart_data(
    sessions: Iterable[SessionRecord],
    *,
    today: date,
    tz: tzinfo | None = None,
    recent_weeks: int = RECENT_WEEKS,
    chart_weeks: int = CHART_WEEKS,
) -> PainChartData:
    """Per-session points from the last ``recent_weeks`` weeks, weekly means before that.

    Sessions outside the last ``chart_weeks`` weeks, or with no pain score, are left out.
    """
    first_day = window_start(today, chart_weeks)
    recent_from = _epoch(window_start(today, recent_weeks), tz)
    scored = [
        s
        for s in sessions
        if (s.pain_before is not None or s.pain_after is not None)
        and s.started_at >= _epoch(first_day, tz)
    ]
    older = [s for s in scored if s.started_at < recent_from]
    recent = sorted((s for s in scored if s.started_at >= recent_from), key=lambda s: s.started_at)
    points = [
        ChartPoint(_epoch(w.start, tz) + 3.5 * _DAY.total_seconds(), w.mean_before, w.mean_after)
        for w in weekly_pain(older, tz)
    ]
    points += [ChartPoint(s.started_at, s.pain_before, s.pain_after) for s in recent]
    end = _epoch(today + _DAY, tz)
    start = _epoch(week_start(today) - timedelta(weeks=1), tz)
    if points:
        start = min(start, _epoch(week_start(local_day(points[0].at, tz)), tz))
    weeks = max(1, math.ceil((end - start) / (7 * _DAY.total_seconds())))
    # At least 2 weeks: the chart always shows the week before this one.
    caption = QCoreApplication.translate(
        "PainChart", "Showing the last {weeks} weeks, one point per session."
    )
    if older:
        caption = QCoreApplication.translate(
            "PainChart",
            "Showing the last {weeks} weeks: one point per session for the last "
            "{recent} weeks, weekly averages before that.",
        )
    caption = caption.format(weeks=weeks, recent=recent_weeks)
    if not points:
        caption = QCoreApplication.translate(
            "PainChart", "No pain scores yet: they appear here after your first session."
        )
    return PainChartData(tuple(points), start, end, caption)


def load_chart_data(store: HistoryStore, *, today: date, tz: tzinfo | None = None) -> PainChartData:
    """Chart data from the store, reading only the sessions the chart can show."""
    since = _epoch(window_start(today), tz)
    return chart_data(store.sessions(since=since), today=today, tz=tz)


def _qdatetime(ts: float) -> QDateTime:
    return QDateTime.fromMSecsSinceEpoch(round(ts * 1000))


def _series(name: str, values: list[QPointF], color: QColor, style: Qt.PenStyle) -> QLineSeries:
    series = QLineSeries()
    series.setName(name)
    series.replace(values)
    pen = QPen(color, 3, style)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    series.setPen(pen)
    series.setPointsVisible(True)
    series.setMarkerSize(9)
    series.setColor(color)
    return series


class PainChartView(QChartView):
    """A before/after pain chart; call :meth:`set_data` to (re)draw it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setAccessibleName(self.tr("Pain over time chart"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMinimumHeight(CHART_MIN_HEIGHT)

    def sizeHint(self) -> QSize:
        """As tall as its minimum: it grows into the room there is, and never asks the
        tab (whose wrapped captions make the page size itself by its preferred height)
        for more than fits, so History does not scroll."""
        return QSize(super().sizeHint().width(), self.minimumHeight())

    def set_data(self, data: PainChartData, *, dark: bool, font: QFont | None = None) -> None:
        """Replace the chart with ``data``, in dark or light colours, text in ``font``."""
        text_font = QFont(font if font is not None else self.font())
        if font is None:
            text_font.setPointSizeF(text_font.pointSizeF() * AXIS_SCALE)
        tall = CHART_MIN_LINES * QFontMetrics(text_font).height()  # axes readable at 200 %
        self.setMinimumHeight(max(CHART_MIN_HEIGHT, tall))
        chart = QChart()
        chart.setTheme(
            QChart.ChartTheme.ChartThemeDark if dark else QChart.ChartTheme.ChartThemeLight
        )
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        chart.setMargins(QMargins(2, 2, 2, 2))
        chart.setBackgroundRoundness(0)
        chart.setBackgroundBrush(QColor(PALETTES["dark" if dark else "light"].surface))
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignTop)
        chart.legend().setFont(text_font)
        palette = PALETTES["dark" if dark else "light"]  # "after" is also dashed
        before_color, after_color = QColor(palette.series_before), QColor(palette.series_after)
        before = [QPointF(p.at * 1000, p.before) for p in data.points if p.before is not None]
        after = [QPointF(p.at * 1000, p.after) for p in data.points if p.after is not None]
        lines = (
            _series(
                QCoreApplication.translate("PainChart", BEFORE_NAME),
                before,
                before_color,
                Qt.PenStyle.SolidLine,
            ),
            _series(
                QCoreApplication.translate("PainChart", AFTER_NAME),
                after,
                after_color,
                Qt.PenStyle.DashLine,
            ),
        )
        for line in lines:
            chart.addSeries(line)
        x_axis = QDateTimeAxis()
        x_axis.setRange(_qdatetime(data.start), _qdatetime(data.end))
        long_span = data.end - data.start > 120 * _DAY.total_seconds()
        # Qt date formats: MMM = short month, yyyy = year, d = day
        x_axis.setFormat(self.tr("MMM yyyy") if long_span else self.tr("d MMM"))
        x_axis.setTickCount(5)
        y_axis = QValueAxis()
        y_axis.setRange(PAIN_MIN, PAIN_MAX)
        y_axis.setTickCount(6)
        y_axis.setLabelFormat("%d")
        y_axis.setTitleText(self.tr("Pain 0–10"))
        for axis, side in (
            (x_axis, Qt.AlignmentFlag.AlignBottom),
            (y_axis, Qt.AlignmentFlag.AlignLeft),
        ):
            axis.setLabelsFont(text_font)
            axis.setTitleFont(text_font)
            chart.addAxis(axis, side)
            for line in lines:
                line.attachAxis(axis)
        if not data.points:
            chart.setTitleFont(text_font)
            chart.setTitle(self.tr("No pain scores yet"))
        old = self.chart()
        self.setChart(chart)
        old.deleteLater()


def render_chart_image(data: PainChartData, *, width: int, height: int, font: QFont) -> QImage:
    """The chart in light colours as a ``width`` x ``height`` image (for printing)."""
    view = PainChartView()
    view.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
    view.resize(width, height)
    view.set_data(data, dark=False, font=font)
    view.show()
    image = view.grab().toImage()
    view.close()
    view.deleteLater()
    return image
