"""The reminders' notes and the missed-reminders sentence, in English and German."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtWidgets import QApplication

from coach.flow import reminders as r
from coach.ui.app.translations import install_translations
from coach.ui.reminders.reminder_words import missed_text, session_note

WED = datetime(2025, 11, 19, tzinfo=UTC).timestamp()


def at(hour: float) -> float:
    return WED + hour * 3600


def test_the_missed_summary_is_one_sentence(qapp: QApplication) -> None:
    missed = (r.Due(r.Kind.SESSION, at(9)), r.Due(r.Kind.ICE, at(14)))
    assert missed_text(missed, UTC) == (
        "While the computer was asleep or off, 2 reminders were missed: "
        "your session at Wed 09:00, ice at Wed 14:00."
    )
    assert missed_text(missed[:1], UTC) == (
        "While the computer was asleep or off, 1 reminder was missed: your session at Wed 09:00."
    )
    assert missed_text((), UTC) == ""
    many = tuple(r.Due(r.Kind.SESSION, at(h)) for h in range(1, 8))
    assert "7 reminders were missed (the latest shown): " in missed_text(many, UTC)


def test_reminders_in_german(qapp: QApplication) -> None:
    install_translations(qapp, "de")
    try:
        missed = (r.Due(r.Kind.SESSION, at(9)), r.Due(r.Kind.ICE, at(14)))
        assert missed_text(missed, UTC) == (
            "Während der Computer im Ruhezustand oder aus war, wurden 2 Erinnerungen "
            "verpasst: Ihre Einheit am Mi. 09:00, Kälte am Mi. 14:00."
        )
        note = session_note()
        assert note.title == "Zeit für Ihre Übungen"
        assert [label for _, label in note.actions] == [
            "Jetzt starten",
            "In 30 Min.",
            "Heute nicht",
        ]
    finally:
        install_translations(qapp, "en")
