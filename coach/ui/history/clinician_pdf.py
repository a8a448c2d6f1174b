"""A one-document PDF summary for a physiotherapist, drawn with QTextDocument + QPdfWriter.

It lists the date range, the check-in findings (where, which side, since when, the
red flags asked and answered no), sessions and adherence, the pain chart (as an
image) with weekly means, stops and warnings in words, the person's notes, routines
used and ice/heat use, under the plain disclaimer. No printer support is needed.
Import lazily: it loads QtCharts.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta, tzinfo
from html import escape
from pathlib import Path
from typing import Final

from PySide6.QtCore import QBuffer, QIODevice, QLocale, QMarginsF, QUrl
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPdfWriter, QTextDocument

from coach.domain.history import (
    EventKind,
    EventRecord,
    SessionRecord,
    SessionStatus,
    ThermalKind,
    ThermalRecord,
    TriageRecord,
)
from coach.domain.progress import adherence, format_time, local_day, weekly_pain
from coach.flow.paper import paper_for
from coach.flow.physio_words import (
    check_in_findings,
    event_detail_text,
    event_kind_text,
    findings_record,
    stop_reason_text,
)
from coach.flow.wording import count
from coach.store.history import HistoryStore
from coach.store.private_files import write_private_bytes
from coach.ui.history.history_model import STATUS_TEXT, routine_text
from coach.ui.history.pain_chart import PainChartData, load_chart_data, render_chart_image

DISCLAIMER: Final = "General self-care guidance, not a diagnosis."
READING: Final = (
    "A change of 2 points or 30% is a meaningful change; 1 point is the smallest noticeable."
)
WARNING_KINDS: Final = (
    EventKind.STOP_RULE,
    EventKind.RED_FLAG,
    EventKind.NERVE_SYMPTOMS,
    EventKind.PLAN_SUSPENDED,
    EventKind.PLAN_RESUMED,
)
LIST_LIMIT: Final = 10
RECENT_DAYS: Final = 28
PAIN_WEEKS: Final = 8
_CHART_URL: Final = QUrl("chart.png")


@dataclass(frozen=True, slots=True)
class SummaryInput:
    """Everything the summary reads: all sessions, warning events and ice/heat uses."""

    sessions: Sequence[SessionRecord]
    events: Sequence[EventRecord]
    applications: Sequence[ThermalRecord]
    today: date
    chart: PainChartData
    safety_line: str = ""
    """The safety reminder with the person's emergency number (empty: left out)."""
    check_in: TriageRecord | None = None
    """The check-in whose findings are shown (None: no check-in saved)."""
    follow_ups: tuple[str, ...] = ()
    """Follow-ups due now for the person's plan (the same sentences Home shows)."""


def _day(ts: float, tz: tzinfo | None) -> str:
    return format_time(ts, "%d %b %Y", tz)


def _mean(value: float | None) -> str:
    return "–" if value is None else f"{value:.1f}"


def _table(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    head = "".join(f"<th align='left'>{escape(h)}</th>" for h in headers)
    body = "".join("<tr>" + "".join(f"<td>{escape(c)}</td>" for c in row) + "</tr>" for row in rows)
    return f"<table border='1' cellspacing='0' cellpadding='4'><tr>{head}</tr>{body}</table>"


def _more(total: int) -> str:
    return f"<p>Showing the latest {LIST_LIMIT} of {total}.</p>" if total > LIST_LIMIT else ""


def _sessions_section(data: SummaryInput, tz: tzinfo | None) -> str:
    done = Counter(s.status for s in data.sessions)
    counts = ", ".join(
        f"{done[status]} {STATUS_TEXT[status].lower()}"
        for status in (SessionStatus.COMPLETED, SessionStatus.STOPPED, SessionStatus.INTERRUPTED)
    )
    minutes = sum((s.duration_s or s.active_s) for s in data.sessions) / 60
    first = local_day(min(s.started_at for s in data.sessions), tz)
    rows = []
    for label, start in (
        (f"Last {RECENT_DAYS} days", data.today - timedelta(days=RECENT_DAYS - 1)),
        ("Whole period", first),
    ):
        a = adherence(data.sessions, start=min(start, data.today), end=data.today, tz=tz)
        rows.append((label, f"{a.active_days} of {a.days} days", f"{round(a.ratio * 100)}%"))
    return (
        f"<h2>Sessions and adherence</h2><p>{count(len(data.sessions), 'session')} ({counts}), "
        f"{count(round(minutes), 'minute')} in all. Adherence is days with a completed session, "
        "against a target of one session a day.</p>"
        + _table(("Period", "Days with a completed session", "Adherence"), rows)
    )


def _routines_section(data: SummaryInput, tz: tzinfo | None) -> str:
    uses: dict[tuple[str, str], list[float]] = {}
    for s in data.sessions:
        uses.setdefault((s.routine_id, s.level_id), []).append(s.started_at)
    rows = [
        (routine_text(routine), level, f"{len(times):,}", _day(max(times), tz))
        for (routine, level), times in sorted(uses.items(), key=lambda kv: -max(kv[1]))
    ]
    return "<h2>Routines used</h2>" + _table(("Routine", "Level", "Sessions", "Last used"), rows)


def _pain_section(data: SummaryInput, tz: tzinfo | None) -> str:
    weeks = weekly_pain(data.sessions, tz)[-PAIN_WEEKS:]
    rows = [
        (
            w.start.strftime("%d %b %Y"),
            str(w.sessions),
            _mean(w.mean_before),
            _mean(w.mean_after),
            _mean(w.mean_morning),
        )
        for w in reversed(weeks)
    ]
    return (
        "<h2 style='page-break-before: always'>Pain over time (0–10)</h2>"
        f"<p><img src='{_CHART_URL.toString()}' width='620'></p>"
        f"<p><i>{escape(data.chart.caption)}</i> {escape(READING)}</p>"
        f"<p>Weekly means, the last {PAIN_WEEKS} weeks with a score:</p>"
        + _table(("Week of", "Sessions", "Before", "After", "Next morning"), rows)
    )


def _stops_section(data: SummaryInput, tz: tzinfo | None) -> str:
    stopped = [s for s in data.sessions if s.status is SessionStatus.STOPPED]
    stopped.sort(key=lambda s: s.started_at, reverse=True)
    warnings = sorted(
        (e for e in data.events if e.kind in WARNING_KINDS), key=lambda e: e.at, reverse=True
    )
    was = "was" if len(stopped) == 1 else "were"
    html = (
        f"<h2>Stops and warnings</h2><p>{count(len(stopped), 'session')} {was} stopped early.</p>"
    )
    if stopped:
        html += _table(
            ("Date", "Routine", "Reason"),
            [
                (
                    _day(s.started_at, tz),
                    routine_text(s.routine_id),
                    stop_reason_text(s.stop_reason),
                )
                for s in stopped[:LIST_LIMIT]
            ],
        ) + _more(len(stopped))
    if warnings:
        html += (
            "<p>Warnings recorded:</p>"
            + _table(
                ("Date", "Kind", "Detail"),
                [
                    (_day(e.at, tz), event_kind_text(e.kind), event_detail_text(e.kind, e.detail))
                    for e in warnings[:LIST_LIMIT]
                ],
            )
            + _more(len(warnings))
        )
    else:
        html += "<p>No stop rules, red flags or nerve symptoms were recorded.</p>"
    return html


def _check_in_section(data: SummaryInput, tz: tzinfo | None) -> str:
    if data.check_in is None:
        return "<h2>Check-in findings</h2><p>No check-in has been saved.</p>"
    found = check_in_findings(data.check_in, day=_day(data.check_in.at, tz))
    rows = [*found.rows]
    rows.append(("Red flags asked, answered no", "; ".join(found.negative) or "none asked"))
    if found.positive:
        rows.append(("Red flags answered YES", "; ".join(found.positive)))
    return (
        "<h2>Check-in findings</h2><p>From the person's latest check-in "
        "(their own answers, not an examination):</p>" + _table(("Finding", "Answer"), rows)
    )


def _notes_section(data: SummaryInput, tz: tzinfo | None) -> str:
    noted = sorted((s for s in data.sessions if s.note), key=lambda s: -s.started_at)
    if not noted:
        return ""
    return (
        "<h2>The person's notes</h2>"
        + _table(
            ("Date", "Routine", "Note"),
            [
                (_day(s.started_at, tz), routine_text(s.routine_id), s.note)
                for s in noted[:LIST_LIMIT]
            ],
        )
        + _more(len(noted))
    )


def _thermal_section(data: SummaryInput, tz: tzinfo | None) -> str:
    rows = []
    for kind in (ThermalKind.ICE, ThermalKind.HEAT):
        uses = [a for a in data.applications if a.kind is kind]
        minutes = sum(a.actual_s or 0.0 for a in uses) / 60
        checked = sum(a.skin_check_done for a in uses)
        rows.append((kind.value.capitalize(), str(len(uses)), f"{round(minutes)}", str(checked)))
    reactions = [a for a in data.applications if a.reaction.strip()]
    html = "<h2>Ice and heat</h2>" + _table(
        ("Kind", "Uses", "Minutes in all", "Skin check done"), rows
    )
    if reactions:
        html += (
            "<p>Skin reactions reported:</p>"
            + _table(
                ("Date", "Kind", "Reaction"),
                [
                    (_day(a.started_at, tz), a.kind.value.capitalize(), a.reaction.strip())
                    for a in reactions[:LIST_LIMIT]
                ],
            )
            + _more(len(reactions))
        )
    else:
        html += "<p>No skin reactions were reported.</p>"
    return html


def summary_html(data: SummaryInput, *, tz: tzinfo | None = None) -> str:
    """The summary as Qt rich text; its chart is the resource ``chart.png``."""
    made = data.today.strftime("%d %b %Y")
    header = (
        "<h1>Rehab Coach: summary for a physiotherapist</h1>"
        f"<p><b>{DISCLAIMER}</b> Made on {made} by a self-care app, "
        "from what the person recorded.</p>"
    )
    if data.safety_line:
        header += f"<p><b>Safety:</b> {escape(data.safety_line)}</p>"
    if not data.sessions:
        return (
            header
            + _check_in_section(data, tz)
            + "<p>No sessions have been recorded yet.</p>"
            + _thermal_section(data, tz)
        )
    first = _day(min(s.started_at for s in data.sessions), tz)
    last = _day(max(s.started_at for s in data.sessions), tz)
    return (
        header
        + f"<p><b>Period:</b> {first} to {last}.</p>"
        + _check_in_section(data, tz)
        + _follow_ups_section(data)
        + _sessions_section(data, tz)
        + _pain_section(data, tz)
        + _stops_section(data, tz)
        + _notes_section(data, tz)
        + _routines_section(data, tz)
        + _thermal_section(data, tz)
        + f"<p><b>{DISCLAIMER}</b></p>"
    )


def _follow_ups_section(data: SummaryInput) -> str:
    """The follow-ups due now (a re-check, a GP or physio visit), if any."""
    if not data.follow_ups:
        return ""
    items = "".join(f"<li>{escape(line)}</li>" for line in data.follow_ups)
    return f"<h2>Follow-ups due</h2><ul>{items}</ul>"


def collect(
    store: HistoryStore,
    *,
    now: float,
    tz: tzinfo | None = None,
    safety_line: str = "",
    follow_ups: tuple[str, ...] = (),
) -> SummaryInput:
    """Read what the summary needs from ``store``, as of wall-clock ``now``."""
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
        _CHART_URL,
        render_chart_image(data.chart, width=1280, height=600, font=chart_font),
    )
    document.setHtml(summary_html(data, tz=tz))
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setTitle("Rehab Coach: summary for a physiotherapist")
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
) -> None:
    """Write the physio summary PDF to ``path`` (mode 0600). Raises OSError or StoreError.

    ``safety_line`` names the person's emergency number, ``follow_ups`` what is due
    now. Needs a QApplication (the chart is drawn with widgets).
    """
    data = collect(store, now=now, tz=tz, safety_line=safety_line, follow_ups=follow_ups)
    write_private_bytes(path, render_pdf(data, tz=tz))
