"""The physio's words of :mod:`coach.flow.physio_words` in the app's language, for the
PDF (context PhysioWords). The flow keeps them in English (the CSV files and the command
line use them); each English text is marked here for the catalogue, and a test keeps the
two lists in step. Text the person or the content wrote passes through as it is.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from coach.domain.history import EventKind
from coach.flow.physio_words import (
    HURTS_KINDS,
    STOP_ACTION_TEXT,
    CheckInFindings,
    event_kind_text,
    hurt_report,
)

MARKED = (
    # what a stop-rule decision did
    QT_TRANSLATE_NOOP("PhysioWords", "carried on"),
    QT_TRANSLATE_NOOP("PhysioWords", "stopped that exercise; an easier level was offered"),
    QT_TRANSLATE_NOOP("PhysioWords", "stopped the session for nerve symptoms"),
    QT_TRANSLATE_NOOP(
        "PhysioWords",
        "stopped the session for warning signs; the safety questions were asked again",
    ),
    # stop reasons the app writes as text
    QT_TRANSLATE_NOOP("PhysioWords", "stopped by the person"),
    QT_TRANSLATE_NOOP("PhysioWords", "red-flag symptoms"),
    # event kinds
    QT_TRANSLATE_NOOP("PhysioWords", "This hurts: stop rule"),
    QT_TRANSLATE_NOOP("PhysioWords", "This hurts: carried on"),
    QT_TRANSLATE_NOOP("PhysioWords", "Red flag"),
    QT_TRANSLATE_NOOP("PhysioWords", "Nerve symptoms"),
    QT_TRANSLATE_NOOP("PhysioWords", "Level changed"),
    QT_TRANSLATE_NOOP("PhysioWords", "Exercises paused (red flag)"),
    QT_TRANSLATE_NOOP("PhysioWords", "Exercises resumed"),
    QT_TRANSLATE_NOOP("PhysioWords", "Routine switched"),
    # the check-in's rows
    QT_TRANSLATE_NOOP("PhysioWords", "Check-in"),
    QT_TRANSLATE_NOOP("PhysioWords", "Where it hurts"),
    QT_TRANSLATE_NOOP("PhysioWords", "Side"),
    QT_TRANSLATE_NOOP("PhysioWords", "Since when"),
    QT_TRANSLATE_NOOP("PhysioWords", "Pain at check-in"),
    QT_TRANSLATE_NOOP("PhysioWords", "Age"),
    QT_TRANSLATE_NOOP("PhysioWords", "Result"),
    QT_TRANSLATE_NOOP("PhysioWords", "not asked"),
    QT_TRANSLATE_NOOP("PhysioWords", "none asked"),
    # results
    QT_TRANSLATE_NOOP("PhysioWords", "told to call the emergency number now"),
    QT_TRANSLATE_NOOP("PhysioWords", "sent to an emergency department"),
    QT_TRANSLATE_NOOP("PhysioWords", "told to get medical advice today"),
    QT_TRANSLATE_NOOP("PhysioWords", "under 16: the app is for adults"),
    QT_TRANSLATE_NOOP("PhysioWords", "told to see a GP or physio within 1-2 days"),
    QT_TRANSLATE_NOOP("PhysioWords", "no red flags: a routine was suggested"),
    # where it hurts
    QT_TRANSLATE_NOOP("PhysioWords", "ache across worked buttock/thigh muscles, tender to touch"),
    QT_TRANSLATE_NOOP("PhysioWords", "deep in one buttock, worse sitting; not below the knee"),
    QT_TRANSLATE_NOOP(
        "PhysioWords", "below the knee, pins and needles/numbness, or worse on cough/sneeze"
    ),
    QT_TRANSLATE_NOOP("PhysioWords", "tender knots in the buttock muscles"),
    QT_TRANSLATE_NOOP("PhysioWords", "at the sitting bone"),
    QT_TRANSLATE_NOOP("PhysioWords", "none of the descriptions fitted"),
    # side
    QT_TRANSLATE_NOOP("PhysioWords", "Left"),
    QT_TRANSLATE_NOOP("PhysioWords", "Right"),
    QT_TRANSLATE_NOOP("PhysioWords", "Both, or hard to say"),
    # since when
    QT_TRANSLATE_NOOP(
        "PhysioWords", "gradually, 12-48 h after a new or harder workout, within 7 days"
    ),
    QT_TRANSLATE_NOOP("PhysioWords", "suddenly, sharp at one spot during activity, within 3 days"),
    QT_TRANSLATE_NOOP("PhysioWords", "suddenly, more than 3 days before"),
    QT_TRANSLATE_NOOP("PhysioWords", "built up over weeks, or keeps coming back"),
    QT_TRANSLATE_NOOP("PhysioWords", "no pain now (wants prevention)"),
    # red flags
    QT_TRANSLATE_NOOP("PhysioWords", "saddle numbness"),
    QT_TRANSLATE_NOOP("PhysioWords", "bladder control change"),
    QT_TRANSLATE_NOOP("PhysioWords", "bladder or bowel incontinence"),
    QT_TRANSLATE_NOOP("PhysioWords", "sexual function change"),
    QT_TRANSLATE_NOOP("PhysioWords", "symptoms in both legs"),
    QT_TRANSLATE_NOOP("PhysioWords", "progressive leg weakness"),
    QT_TRANSLATE_NOOP("PhysioWords", "stable leg weakness"),
    QT_TRANSLATE_NOOP("PhysioWords", "major trauma"),
    QT_TRANSLATE_NOOP("PhysioWords", "fall or knock"),
    QT_TRANSLATE_NOOP("PhysioWords", "sudden pop with bruising or altered gait"),
    QT_TRANSLATE_NOOP("PhysioWords", "osteoporosis"),
    QT_TRANSLATE_NOOP("PhysioWords", "long-term oral steroids"),
    QT_TRANSLATE_NOOP("PhysioWords", "fever or feeling unwell"),
    QT_TRANSLATE_NOOP("PhysioWords", "dark urine with muscle pain"),
    QT_TRANSLATE_NOOP("PhysioWords", "chest pain"),
    QT_TRANSLATE_NOOP("PhysioWords", "history of cancer or unexplained weight loss"),
    QT_TRANSLATE_NOOP("PhysioWords", "severe constant pain"),
    QT_TRANSLATE_NOOP("PhysioWords", "no relief with rest or position"),
    QT_TRANSLATE_NOOP("PhysioWords", "night pain"),
    QT_TRANSLATE_NOOP("PhysioWords", "progressive pain"),
)
"""Every English text of :mod:`coach.flow.physio_words`, marked for the catalogue."""


def physio(text: str) -> str:
    """One of the physio's English words in the app's language (other text unchanged)."""
    return QCoreApplication.translate("PhysioWords", text)


def _parts(text: str) -> str:
    """A "; "-joined list of physio words, each in the app's language (a word may hold
    "; " itself: the longest run of parts the catalogue knows is taken first)."""
    parts, out, start = text.split("; "), [], 0
    while start < len(parts):
        for end in range(len(parts), start, -1):
            chunk = "; ".join(parts[start:end])
            if physio(chunk) != chunk or end == start + 1:
                out.append(physio(chunk))
                start = end
                break
    return "; ".join(out)


def findings_in_words(found: CheckInFindings) -> CheckInFindings:
    """``found`` with its labels, answers and red flags in the app's language."""
    rows = tuple((physio(label), _parts(answer)) for label, answer in found.rows)
    negative = tuple(physio(flag) for flag in found.negative)
    positive = tuple(physio(flag) for flag in found.positive)
    return CheckInFindings(rows, negative, positive)


def event_kind(kind: EventKind | str) -> str:
    """An event kind in words."""
    return physio(event_kind_text(kind))


def event_detail(kind: EventKind | str, detail: str) -> str:
    """An event's detail: a "this hurts" report as "Pain 7/10: stopped that exercise...";
    other details are the app's or the person's words and pass through (empty: a dash)."""
    if kind in HURTS_KINDS:
        report = hurt_report(detail)
        if report.pain is not None:
            said = QCoreApplication.translate("PhysioWords", "Pain {pain}/10: {action}.")
            said = said.format(pain=report.pain, action=physio(report.action))
            return f"{said} {report.message}".strip()
    return detail.strip() or "–"


def stop_reason(reason: str | None) -> str:
    """Why a session stopped, in words (None or empty: a dash)."""
    if not reason:
        return "–"
    text = physio(STOP_ACTION_TEXT.get(reason, reason))
    return text[:1].upper() + text[1:]
