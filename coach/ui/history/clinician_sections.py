"""The physio summary's text, section by section, as Qt rich text in the app's language
(Qt's translations, context SummaryWriter; the physio's words through
:mod:`coach.ui.history.physio_texts`). :mod:`coach.ui.history.clinician_pdf` reads the
store and prints it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, tzinfo
from html import escape
from typing import Final

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, QObject, QUrl

from coach.domain.history import (
    EventKind,
    EventRecord,
    SessionRecord,
    SessionStatus,
    ThermalKind,
    ThermalRecord,
    TriageRecord,
)
from coach.domain.progress import adherence, local_day, weekly_pain
from coach.domain.routine import Routine
from coach.flow.physio_words import check_in_findings
from coach.flow.plan import level_named
from coach.flow.wording import count
from coach.ui.app.translations import english_or, ui_locale
from coach.ui.history.history_model import (
    KIND_TEXT,
    NO_ROUTINES,
    STATUS_TEXT,
    routine_name,
    words,
)
from coach.ui.history.pain_chart import PainChartData
from coach.ui.history.physio_texts import (
    event_detail,
    event_kind,
    findings_in_words,
    physio,
    stop_reason,
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
CHART_URL: Final = QUrl("chart.png")
NOTES_HEADING: Final = str(QT_TRANSLATE_NOOP("SummaryWriter", "The person's notes"))


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
    routines: Mapping[str, Routine] = field(default_factory=lambda: NO_ROUTINES)
    """The library, for routine and level names (else made from their ids)."""


def _mean(value: float | None) -> str:
    return "–" if value is None else ui_locale().toString(value, "f", 1)


def _table(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    head = "".join(f"<th align='left'>{escape(h)}</th>" for h in headers)
    body = "".join("<tr>" + "".join(f"<td>{escape(c)}</td>" for c in row) + "</tr>" for row in rows)
    return f"<table border='1' cellspacing='0' cellpadding='4'><tr>{head}</tr>{body}</table>"


class SummaryWriter(QObject):
    """Writes the summary of one :class:`SummaryInput` (``tz``: the person's time zone)."""

    def __init__(self, tz: tzinfo | None = None) -> None:
        super().__init__()
        self._tz = tz

    def day(self, when: float | date) -> str:
        """A date as the summary shows it: "12 May 2025" (German "12. Mai 2025")."""
        try:
            at = when if isinstance(when, date) else datetime.fromtimestamp(when, self._tz).date()
        except (OverflowError, ValueError, OSError, TypeError):
            return str(when)  # no calendar holds it (a damaged row): the number, as the CSV
        # A Qt date format (d = day, MMM = short month, yyyy = year)
        return ui_locale().toString(QDate(at.year, at.month, at.day), self.tr("dd MMM yyyy"))

    def _plural(self, translated: str, n: int, noun: str) -> str:
        return english_or(translated, count(n, noun))

    @staticmethod
    def _level(data: SummaryInput, routine_id: str, level_id: str) -> str:
        routine = data.routines.get(routine_id)
        return (level_named(routine, level_id) if routine is not None else "") or level_id

    def _more(self, total: int) -> str:
        if total <= LIST_LIMIT:
            return ""
        said = self.tr("Showing the latest {n} of {total}.")
        return f"<p>{said.format(n=LIST_LIMIT, total=total)}</p>"

    def html(self, data: SummaryInput) -> str:
        """The summary as Qt rich text; its chart is the resource ``chart.png``."""
        disclaimer = self.tr("General self-care guidance, not a diagnosis.")
        made = self.tr("Made on {day} by a self-care app, from what the person recorded.")
        header = (
            "<h1>" + self.tr("Rehab Coach: summary for a physiotherapist") + f"</h1>"
            f"<p><b>{disclaimer}</b> {made.format(day=self.day(data.today))}</p>"
        )
        if data.safety_line:
            header += "<p><b>" + self.tr("Safety:") + f"</b> {escape(data.safety_line)}</p>"
        if not data.sessions:
            return (
                header
                + self._check_in(data)
                + "<p>"
                + self.tr("No sessions have been recorded yet.")
                + "</p>"
                + self._thermal(data)
            )
        first = self.day(min(s.started_at for s in data.sessions))
        last = self.day(max(s.started_at for s in data.sessions))
        period = self.tr("{first} to {last}.").format(first=first, last=last)
        return (
            header
            + "<p><b>"
            + self.tr("Period:")
            + f"</b> {period}</p>"
            + self._check_in(data)
            + self._follow_ups(data)
            + self._sessions(data)
            + self._pain(data)
            + self._stops(data)
            + self._notes(data)
            + self._routines(data)
            + self._thermal(data)
            + f"<p><b>{disclaimer}</b></p>"
        )

    def _sessions(self, data: SummaryInput) -> str:
        done = Counter(s.status for s in data.sessions)
        counts = ", ".join(
            f"{done[status]} {words(STATUS_TEXT[status]).lower()}"
            for status in (
                SessionStatus.COMPLETED,
                SessionStatus.STOPPED,
                SessionStatus.INTERRUPTED,
            )
        )
        minutes = round(sum((s.duration_s or s.active_s) for s in data.sessions) / 60)
        first = local_day(min(s.started_at for s in data.sessions), self._tz)
        rows = []
        for label, start in (
            (
                self.tr("Last {n} days").format(n=RECENT_DAYS),
                data.today - timedelta(days=RECENT_DAYS - 1),
            ),
            (self.tr("Whole period"), first),
        ):
            a = adherence(data.sessions, start=min(start, data.today), end=data.today, tz=self._tz)
            days = self.tr("{n} of {total} days").format(n=a.active_days, total=a.days)
            rows.append((label, days, self.tr("{n}%").format(n=round(a.ratio * 100))))
        total = len(data.sessions)
        sessions = self._plural(self.tr("%n session(s)", "", total), total, "session")
        in_all = self._plural(self.tr("%n minute(s)", "", minutes), minutes, "minute")
        said = self.tr(
            "{sessions} ({counts}), {minutes} in all. Adherence is days with a completed "
            "session, against a target of one session a day."
        ).format(sessions=sessions, counts=counts, minutes=in_all)
        headers = (
            self.tr("Period"),
            self.tr("Days with a completed session"),
            self.tr("Adherence"),
        )
        return (
            "<h2>"
            + self.tr("Sessions and adherence")
            + f"</h2><p>{said}</p>"
            + _table(headers, rows)
        )

    def _routines(self, data: SummaryInput) -> str:
        uses: dict[tuple[str, str], list[float]] = {}
        for s in data.sessions:
            uses.setdefault((s.routine_id, s.level_id), []).append(s.started_at)
        rows = [
            (
                routine_name(data.routines, routine),
                self._level(data, routine, level),
                str(len(times)),
                self.day(max(times)),
            )
            for (routine, level), times in sorted(uses.items(), key=lambda kv: -max(kv[1]))
        ]
        headers = (self.tr("Routine"), self.tr("Level"), self.tr("Sessions"), self.tr("Last used"))
        return "<h2>" + self.tr("Routines used") + "</h2>" + _table(headers, rows)

    def _pain(self, data: SummaryInput) -> str:
        weeks = weekly_pain(data.sessions, self._tz)[-PAIN_WEEKS:]
        rows = [
            (
                self.day(w.start),
                str(w.sessions),
                _mean(w.mean_before),
                _mean(w.mean_after),
                _mean(w.mean_morning),
            )
            for w in reversed(weeks)
        ]
        reading = self.tr(
            "A change of 2 points or 30% is a meaningful change; 1 point is the smallest "
            "noticeable."
        )
        weekly = self.tr("Weekly means, the last {n} weeks with a score:").format(n=PAIN_WEEKS)
        headers = (
            self.tr("Week of"),
            self.tr("Sessions"),
            self.tr("Before"),
            self.tr("After"),
            self.tr("Next morning"),
        )
        return (
            "<h2 style='page-break-before: always'>" + self.tr("Pain over time (0–10)") + f"</h2>"
            f"<p><img src='{CHART_URL.toString()}' width='620'></p>"
            f"<p><i>{escape(data.chart.caption)}</i> {escape(reading)}</p>"
            f"<p>{weekly}</p>" + _table(headers, rows)
        )

    def _stops(self, data: SummaryInput) -> str:
        stopped = [s for s in data.sessions if s.status is SessionStatus.STOPPED]
        stopped.sort(key=lambda s: s.started_at, reverse=True)
        warnings = sorted(
            (e for e in data.events if e.kind in WARNING_KINDS), key=lambda e: e.at, reverse=True
        )
        was = "was" if len(stopped) == 1 else "were"
        line = english_or(
            self.tr("%n session(s) stopped early.", "", len(stopped)),
            f"{count(len(stopped), 'session')} {was} stopped early.",
        )
        html = "<h2>" + self.tr("Stops and warnings") + f"</h2><p>{line}</p>"
        date_, routine = self.tr("Date"), self.tr("Routine")
        if stopped:
            rows = [
                (
                    self.day(s.started_at),
                    routine_name(data.routines, s.routine_id),
                    stop_reason(s.stop_reason),
                )
                for s in stopped[:LIST_LIMIT]
            ]
            html += _table((date_, routine, self.tr("Reason")), rows) + self._more(len(stopped))
        if warnings:
            rows = [
                (self.day(e.at), event_kind(e.kind), event_detail(e.kind, e.detail))
                for e in warnings[:LIST_LIMIT]
            ]
            html += (
                "<p>"
                + self.tr("Warnings recorded:")
                + "</p>"
                + _table((date_, self.tr("Kind"), self.tr("Detail")), rows)
                + self._more(len(warnings))
            )
        else:
            none = self.tr("No stop rules, red flags or nerve symptoms were recorded.")
            html += f"<p>{none}</p>"
        return html

    def _check_in(self, data: SummaryInput) -> str:
        heading = "<h2>" + self.tr("Check-in findings") + "</h2>"
        if data.check_in is None:
            return heading + "<p>" + self.tr("No check-in has been saved.") + "</p>"
        found = findings_in_words(check_in_findings(data.check_in, day=self.day(data.check_in.at)))
        rows = [*found.rows]
        asked = "; ".join(found.negative) or physio("none asked")
        rows.append((self.tr("Red flags asked, answered no"), asked))
        if found.positive:
            rows.append((self.tr("Red flags answered YES"), "; ".join(found.positive)))
        said = self.tr("From the person's latest check-in (their own answers, not an examination):")
        headers = (self.tr("Finding"), self.tr("Answer"))
        return heading + f"<p>{said}</p>" + _table(headers, rows)

    def _notes(self, data: SummaryInput) -> str:
        noted = sorted((s for s in data.sessions if s.note), key=lambda s: -s.started_at)
        if not noted:
            return ""
        rows = [
            (self.day(s.started_at), routine_name(data.routines, s.routine_id), s.note)
            for s in noted[:LIST_LIMIT]
        ]
        headers = (self.tr("Date"), self.tr("Routine"), self.tr("Note"))
        return f"<h2>{self.tr(NOTES_HEADING)}</h2>" + _table(headers, rows) + self._more(len(noted))

    def _thermal(self, data: SummaryInput) -> str:
        rows = []
        for kind in (ThermalKind.ICE, ThermalKind.HEAT):
            uses = [a for a in data.applications if a.kind is kind]
            minutes = sum(a.actual_s or 0.0 for a in uses) / 60
            checked = sum(a.skin_check_done for a in uses)
            rows.append((words(KIND_TEXT[kind]), str(len(uses)), f"{round(minutes)}", str(checked)))
        reactions = [a for a in data.applications if a.reaction.strip()]
        headers = (
            self.tr("Kind"),
            self.tr("Uses"),
            self.tr("Minutes in all"),
            self.tr("Skin check done"),
        )
        html = "<h2>" + self.tr("Ice and heat") + "</h2>" + _table(headers, rows)
        if reactions:
            reported = [
                (self.day(a.started_at), words(KIND_TEXT[a.kind]), words(a.reaction.strip()))
                for a in reactions[:LIST_LIMIT]
            ]
            said = self.tr("Skin reactions reported:")
            html += (
                f"<p>{said}</p>"
                + _table((self.tr("Date"), self.tr("Kind"), self.tr("Reaction")), reported)
                + self._more(len(reactions))
            )
        else:
            html += "<p>" + self.tr("No skin reactions were reported.") + "</p>"
        return html

    def _follow_ups(self, data: SummaryInput) -> str:
        """The follow-ups due now (a re-check, a GP or physio visit), if any."""
        if not data.follow_ups:
            return ""
        items = "".join(f"<li>{escape(line)}</li>" for line in data.follow_ups)
        return "<h2>" + self.tr("Follow-ups due") + f"</h2><ul>{items}</ul>"
