"""A one-document PDF summary for a physiotherapist, drawn with QTextDocument + QPdfWriter,
in the app's language (the text: :mod:`coach.ui.history.clinician_sections`).

It lists the date range, the check-in findings (where, which side, since when, the
red flags asked and answered no), sessions and adherence, the pain chart (as an
image) with weekly means, stops and warnings in words, the person's notes, routines
used and ice/heat use, under the plain disclaimer. No printer support is needed.
Import lazily: it loads QtCharts.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import tzinfo
from pathlib import Path

from PySide6.QtCore import QBuffer, QCoreApplication, QIODevice, QLocale, QMarginsF
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPdfWriter, QTextDocument

from coach.domain.progress import local_day
from coach.domain.routine import Routine
from coach.flow.paper import paper_for
from coach.flow.physio_words import (
    findings_record,
)
from coach.store.history import HistoryStore
from coach.store.private_files import write_private_bytes
from coach.ui.history.clinician_sections import CHART_URL, SummaryInput, SummaryWriter
from coach.ui.history.history_model import NO_ROUTINES
from coach.ui.history.pain_chart import load_chart_data, render_chart_image

__all__ = ["SummaryInput", "collect", "render_pdf", "summary_html", "write_clinician_pdf"]


def summary_html(data: SummaryInput, *, tz: tzinfo | None = None) -> str:
    """The summary as Qt rich text in the app's language; its chart is ``chart.png``."""
    return SummaryWriter(tz).html(data)


def collect(
    store: HistoryStore,
    *,
    now: float,
    tz: tzinfo | None = None,
    safety_line: str = "",
    follow_ups: tuple[str, ...] = (),
    routines: Mapping[str, Routine] = NO_ROUTINES,
) -> SummaryInput:
    """Read what the summary needs from ``store``, as of wall-clock ``now``
    (``routines``: the library, for routine and level names)."""
    today = local_day(now, tz)
    return SummaryInput(
        sessions=store.sessions(),
        events=store.events(),
        applications=store.applications(),
        today=today,
        chart=load_chart_data(store, today=today, tz=tz),
        safety_line=safety_line,
        check_in=findings_record(store.triages()),
        follow_ups=follow_ups,
        routines=routines,
    )


_PAGE_SIZES = {"A4": QPageSize.PageSizeId.A4, "Letter": QPageSize.PageSizeId.Letter}


def _territory() -> str:
    """The system locale's territory code ("US", "DE"...)."""
    return QLocale.territoryToCode(QLocale.system().territory())


def render_pdf(data: SummaryInput, *, tz: tzinfo | None = None) -> bytes:
    """The summary as PDF bytes, on the system locale's paper (Letter in the US and Canada,
    else A4; Qt itself always picks A4)."""
    document = QTextDocument()
    font = QFont()
    font.setPointSize(10)
    document.setDefaultFont(font)
    chart_font = QFont()
    chart_font.setPixelSize(28)
    document.addResource(
        QTextDocument.ResourceType.ImageResource,
        CHART_URL,
        render_chart_image(data.chart, width=1280, height=600, font=chart_font),
    )
    document.setHtml(summary_html(data, tz=tz))
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    title = QCoreApplication.translate(
        "SummaryWriter", "Rehab Coach: summary for a physiotherapist"
    )
    writer.setTitle(title)
    writer.setCreator("Rehab Coach")
    writer.setPageLayout(
        QPageLayout(
            QPageSize(_PAGE_SIZES[paper_for(_territory())]),
            QPageLayout.Orientation.Portrait,
            QMarginsF(0, 0, 0, 0),
            QPageLayout.Unit.Millimeter,
        )
    )
    document.print_(writer)
    del writer
    return bytes(buffer.data().data())


def write_clinician_pdf(
    store: HistoryStore,
    path: Path,
    *,
    now: float,
    tz: tzinfo | None = None,
    safety_line: str = "",
    follow_ups: tuple[str, ...] = (),
    routines: Mapping[str, Routine] = NO_ROUTINES,
) -> None:
    """Write the physio summary PDF to ``path`` (mode 0600). Raises OSError or StoreError.

    ``safety_line`` names the person's emergency number, ``follow_ups`` what is due
    now, ``routines`` the library (names). Needs a QApplication (the chart is drawn
    with widgets).
    """
    data = collect(
        store,
        now=now,
        tz=tz,
        safety_line=safety_line,
        follow_ups=follow_ups,
        routines=routines,
    )
    write_private_bytes(path, render_pdf(data, tz=tz))
