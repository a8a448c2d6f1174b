"""The PDF for a physiotherapist: valid, private, readable, with what a clinician needs."""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
import unicodedata
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from coach.content.triage_loader import load_triage
from coach.domain.history import EventKind, SessionStatus, ThermalKind
from coach.engine.clock import FakeClock
from coach.paths import routines_dir
from coach.store.demo import seed_demo_history
from coach.store.edits import set_note
from coach.store.history import HistoryStore
from coach.store.opening import open_store
from coach.ui.history.clinician_pdf import write_clinician_pdf
from coach.ui.history.history_screen import HistoryScreen

NOW = datetime(2025, 5, 14, 18, 0, tzinfo=UTC).timestamp()
DAY = 24 * 3600.0
needs_poppler = pytest.mark.skipif(
    shutil.which("pdftoppm") is None or shutil.which("pdftotext") is None,
    reason="poppler-utils (pdftoppm, pdftotext) not installed",
)


@pytest.fixture
def store(qapp: QApplication, tmp_path: Path) -> Iterator[HistoryStore]:
    """An empty store (and a QApplication: the PDF draws its chart with widgets)."""
    opened = open_store(tmp_path / "data", clock=FakeClock(NOW)).store
    yield opened
    opened.close()


@pytest.fixture
def history(store: HistoryStore) -> HistoryStore:
    """60 days of sessions, one stop rule, one red-flag check, ice with a reaction, heat."""
    seed_demo_history(store, 60, seed=3, end=NOW)
    stopped = store.start_session(
        routine_id="piriformis-relief", level_id="gentle", pain_before=4, started_at=NOW - DAY / 2
    )
    store.record_event(stopped, EventKind.STOP_RULE, "pain rose to 7 during the stretch")
    store.finish_session(
        stopped,
        status=SessionStatus.STOPPED,
        pain_after=7,
        stop_reason="pain rose 3 points",
        ended_at=NOW - DAY / 2 + 300,
    )
    nerve = store.start_session(
        routine_id="glute-strength", level_id="l1", pain_before=3, started_at=NOW - DAY / 4
    )
    store.record_event(
        nerve,
        EventKind.STOP_RULE,
        "pain 8/10; stop_exercise_offer_easier: Your pain is 8 out of 10.",
        at=NOW - DAY / 4 + 60,
    )
    store.finish_session(
        nerve,
        status=SessionStatus.STOPPED,
        stop_reason="stop_session_nerve",
        ended_at=NOW - DAY / 4 + 120,
    )
    set_note(store, nerve, "Tingling in the left calf on the bridge")
    store.record_event(None, EventKind.RED_FLAG, "bladder question answered yes", at=NOW - 3 * DAY)
    store.record_event(None, EventKind.PLAN_SUSPENDED, "check before a session", at=NOW - 3 * DAY)
    store.record_event(None, EventKind.PLAN_RESUMED, "a clear check-in", at=NOW - 2 * DAY)
    store.save_triage(
        level="route",
        route="piriformis-relief",
        reasons=[],
        answers=CHECK_IN,
        at=NOW - 40 * DAY,
    )
    store.save_triage(level="route", route=None, reasons=[], answers={"check_r2": []}, at=NOW - DAY)
    ice = store.start_application(ThermalKind.ICE, planned_s=900, started_at=NOW - 2 * DAY)
    store.end_application(ice.id, skin_check_done=True, reaction="blotchy white skin")
    heat = store.start_application(ThermalKind.HEAT, planned_s=1200, started_at=NOW - DAY)
    store.end_application(heat.id, ended_at=NOW - DAY + 1200)
    return store


CHECK_IN = {
    "r1_age": 41,
    "r2_cauda": [],
    "r3_legs": [],
    "r4_injury": [],
    "r5_unwell": [],
    "r6_cancer": False,
    "r7_pain": [],
    "q8_onset": "gradual_recurring",
    "q9_where": ["deep_buttock"],
    "q9b_side": "right",
    "q10_pain": 4,
}


def pdf_text(path: Path) -> str:
    done = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True)
    return " ".join(unicodedata.normalize("NFKC", done.stdout).split())  # no fi/fl ligatures


def render_page_one(pdf: Path, out_stem: Path) -> QImage:
    subprocess.run(
        [
            "pdftoppm",
            "-png",
            "-r",
            "80",
            "-f",
            "1",
            "-l",
            "1",
            "-singlefile",
            str(pdf),
            str(out_stem),
        ],
        check=True,
    )
    image = QImage(str(out_stem.with_suffix(".png")))
    assert not image.isNull()
    return image


def ink_ratio(image: QImage) -> float:
    """Share of sampled pixels that are not near-white."""
    step = 4
    samples = inked = 0
    for y in range(0, image.height(), step):
        for x in range(0, image.width(), step):
            samples += 1
            inked += QColor(image.pixel(x, y)).lightness() < 200
    return inked / samples


def test_screen_exports_a_valid_private_pdf(
    qtbot: QtBot, history: HistoryStore, tmp_path: Path
) -> None:
    screen = HistoryScreen(history, FakeClock(NOW), tz=UTC)
    qtbot.addWidget(screen)
    screen.refresh()
    target = tmp_path / "summary.pdf"
    assert screen.export_pdf(target) is True
    assert target.read_bytes().startswith(b"%PDF-")
    assert target.read_bytes().rstrip().endswith(b"%%EOF")
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert screen.status_text() == f"Saved to {target} (summary for your physio)."


def test_pdf_replaces_an_open_file_and_tightens_it(history: HistoryStore, tmp_path: Path) -> None:
    target = tmp_path / "summary.pdf"
    target.write_text("old")
    os.chmod(target, 0o644)
    write_clinician_pdf(history, target, now=NOW, tz=UTC)
    assert target.read_bytes().startswith(b"%PDF-")
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


@needs_poppler
def test_pdf_says_what_a_clinician_needs(history: HistoryStore, tmp_path: Path) -> None:
    target = tmp_path / "summary.pdf"
    write_clinician_pdf(history, target, now=NOW, tz=UTC)
    text = pdf_text(target)
    for expected in (
        "General self-care guidance, not a diagnosis.",
        "Period: 16 Mar 2025 to 14 May 2025.",
        "62 sessions",
        "Adherence",
        "Last 28 days",
        "Routines used",
        "Piriformis relief",
        "Pain over time",
        "2 points or 30%",
        "Pain rose 3 points",
        "This hurts: stop rule",  # the kind, then (maybe past a page's table head) its detail
        "pain rose to 7 during the stretch",
        "Pain 8/10: stopped that exercise; an easier level was offered. Your pain is 8 out of 10.",
        "Stopped the session for nerve symptoms",
        "Tingling in the left calf on the bridge",
        "Check-in findings",
        "Where it hurts deep in one buttock, worse sitting; not below the knee",
        "Side Right",
        "Since when built up over weeks, or keeps coming back",
        "Pain at check-in 4/10",
        "saddle numbness; bladder control change",
        "severe constant pain; no relief with rest or position; night pain; progressive pain",
        "bladder question answered yes",  # "Red flag" comes out with an "fl" ligature
        "Exercises paused",
        "Exercises resumed a clear check-in",
        "Ice and heat",
        "blotchy white skin",
    ):
        assert expected in text, expected


@needs_poppler
def test_pdf_page_one_is_drawn(history: HistoryStore, tmp_path: Path) -> None:
    """Renders page 1 to PNG (also into $SHOTS_DIR if set) and checks it is not blank."""
    target = tmp_path / "summary.pdf"
    write_clinician_pdf(history, target, now=NOW, tz=UTC)
    image = render_page_one(target, tmp_path / "clinician_pdf_page1")
    assert image.width() > 500 and image.height() > 700
    assert 0.02 < ink_ratio(image) < 0.6
    if shots := os.environ.get("SHOTS_DIR"):
        Path(shots).mkdir(parents=True, exist_ok=True)
        image.save(str(Path(shots) / "clinician_pdf_page1.png"))


@needs_poppler
def test_pdf_of_an_empty_history(store: HistoryStore, tmp_path: Path) -> None:
    target = tmp_path / "empty.pdf"
    write_clinician_pdf(store, target, now=NOW, tz=UTC)
    text = pdf_text(target)
    assert "General self-care guidance, not a diagnosis." in text
    assert "No sessions have been recorded yet." in text
    assert "No check-in has been saved." in text


@needs_poppler
def test_pdf_plurals_and_no_codes_for_one_session(store: HistoryStore, tmp_path: Path) -> None:
    one = store.start_session(routine_id="glute-strength", level_id="l1", started_at=NOW - 600)
    store.record_event(one, EventKind.STOP_RULE, "pain 9/10; stop_rerun_red_flags: Stop now.")
    store.finish_session(
        one, status=SessionStatus.STOPPED, stop_reason="stop_rerun_red_flags", ended_at=NOW - 540
    )
    target = tmp_path / "one.pdf"
    write_clinician_pdf(store, target, now=NOW, tz=UTC)
    text = pdf_text(target)
    assert "1 session (0 completed, 1 stopped, 0 interrupted), 1 minute in all." in text
    assert "1 session was stopped early." in text
    assert "1 sessions" not in text and "1 minutes" not in text
    for code in ("stop_rerun_red_flags", "stop_rule", "_"):
        assert code not in text, code


@needs_poppler
def test_pdf_names_the_persons_emergency_number(
    qtbot: QtBot, history: HistoryStore, tmp_path: Path
) -> None:
    config = load_triage(routines_dir() / "triage.toml").with_region("AU")
    screen = HistoryScreen(history, FakeClock(NOW), tz=UTC)
    qtbot.addWidget(screen)
    screen.set_safety_line(config.safety_line)
    target = tmp_path / "summary.pdf"
    assert screen.export_pdf(target) is True
    text = " ".join(pdf_text(target).split())
    assert "Safety: Stop and call 000 if you get numbness" in text


def test_follow_ups_due_are_in_the_pdf(history: HistoryStore, tmp_path: Path) -> None:
    """What Home says is due (a re-check, a GP or physio visit) is there for the physio."""
    target = tmp_path / "summary.pdf"
    due = ("Your pain isn't better after 14 days. Please see a GP or physio.",)
    write_clinician_pdf(history, target, now=NOW, tz=UTC, follow_ups=due)
    text = pdf_text(target)
    assert "Follow-ups due" in text
    assert "Your pain isn't better after 14 days." in text
    write_clinician_pdf(history, target, now=NOW, tz=UTC)
    assert "Follow-ups due" not in pdf_text(target)  # nothing due: no section


def test_the_pdf_in_german(history: HistoryStore, tmp_path: Path, qapp: QApplication) -> None:
    """With the app in German, the summary is in German: headings, sentences, dates, the
    check-in's findings and red flags, the stop and event words."""
    from coach.ui.app.translations import install_translations

    target = tmp_path / "zusammenfassung.pdf"
    install_translations(qapp, "de")
    try:
        write_clinician_pdf(history, target, now=NOW, tz=UTC)
    finally:
        install_translations(qapp, "en")
    text = pdf_text(target)
    for expected in (
        "Rehab Coach: Zusammenfassung für die Physiotherapie",
        "Allgemeine Hinweise zur Selbsthilfe, keine Diagnose.",
        "Zeitraum: 16. März 2025 bis 14. Mai 2025.",
        "Befunde der Abfrage",
        "Wo es schmerzt tief in einer Gesäßhälfte, im Sitzen schlimmer",
        "Seite Rechts",
        "Taubheit im Reithosenbereich; veränderte Blasenkontrolle",
        "Einheiten und Therapietreue",
        "Letzte 28 Tage",
        "Schmerzen im Verlauf",
        "Abbrüche und Warnungen",
        "Übung abgebrochen; eine leichtere Stufe wurde angeboten",
        "Einheit wegen Nervensymptomen beendet",
        "Kälte und Wärme",
    ):
        assert expected in text, expected
    for english in ("Check-in findings", "Sessions and adherence", "saddle numbness"):
        assert english not in text, english


def test_the_pdf_names_routines_and_levels_as_the_library_does(store: HistoryStore) -> None:
    from flow_world import ROUTINES

    from coach.ui.history.clinician_pdf import collect, summary_html

    session = store.start_session(
        routine_id="piriformis_relief", level_id="stretch", pain_before=4, started_at=NOW - DAY
    )
    store.finish_session(session, status=SessionStatus.STOPPED, ended_at=NOW - DAY + 60)
    html = summary_html(collect(store, now=NOW, tz=UTC, routines=ROUTINES), tz=UTC)
    routine = ROUTINES["piriformis_relief"]
    level = next(lvl.name for lvl in routine.levels if lvl.id == "stretch")
    assert routine.name in html and level in html
    assert "Piriformis relief" not in html  # not the name made from the id
