"""The session's outcome, summary and level offers worded by the UI, in English and
German (coach.flow gives only the facts)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from flow_world import ALL_DONE, NOW, glutes_summary
from PySide6.QtWidgets import QApplication

from coach.flow.outcome import Ending, SessionOutcome
from coach.flow.progression import LevelOffer, OfferKind
from coach.ui.app.translations import install_translations
from coach.ui.session.session_words import (
    easier_now_text,
    offer_text,
    outcome_text,
    overview_text,
    resume_text,
    summary_lines,
)


@pytest.fixture
def german(qapp: QApplication) -> Iterator[QApplication]:
    install_translations(qapp, "de")
    yield qapp
    install_translations(qapp, "en")


@pytest.mark.parametrize(
    ("outcome", "english", "german"),
    [
        (ALL_DONE, "Session complete. Well done.", "Einheit geschafft. Gut gemacht."),
        (
            SessionOutcome(Ending.FINISHED_SKIPPED, 3, 8),
            "Session finished, with 3 of 8 steps skipped.",
            "Einheit beendet, 3 von 8 Schritten ausgelassen.",
        ),
        (
            SessionOutcome(Ending.FINISHED_SKIPPED, 1, 1),
            "Session finished, with 1 of 1 step skipped.",
            "Einheit beendet, 1 von 1 Schritt ausgelassen.",
        ),
        (
            SessionOutcome(Ending.STOPPED, 0, 8),
            "Session stopped. What you did is saved.",
            "Einheit beendet. Was Sie gemacht haben, ist gespeichert.",
        ),
        (
            SessionOutcome(Ending.ALL_SKIPPED, 8, 8),
            "Every step was skipped, so this session doesn't count as done.",
            "Alle Schritte wurden ausgelassen. Deshalb zählt diese Einheit nicht als erledigt.",
        ),
    ],
)
def test_the_outcome_in_english_and_german(
    qapp: QApplication, outcome: SessionOutcome, english: str, german: str
) -> None:
    assert outcome_text(outcome) == english
    install_translations(qapp, "de")
    try:
        assert outcome_text(outcome) == german
    finally:
        install_translations(qapp, "en")


def _summary(stop_rule: bool = False, **changes: object) -> list[str]:
    return summary_lines(glutes_summary(stop_rule, **changes))


def test_the_summary_in_english(qapp: QApplication) -> None:
    lines = _summary(easy=True, before=2, after=2)
    assert lines[0] == "Pain before: 2/10, after: 2/10. About the same as before."
    assert lines[1].startswith("You did ") and lines[1].endswith(" of exercise.")
    assert lines[2] == (
        "That felt easy. If your pain is back to where it was by tomorrow morning, "
        "the coach will offer the next level: Weeks 5-6."
    )
    rise = _summary(easy=True, before=1, after=4)
    assert "That is a real rise. Take it easier next time" in rise[0]
    assert not any("next level" in line for line in rise)
    stopped = _summary(stop_rule=True, easy=True)
    assert stopped[-1] == (
        "A stop rule was triggered. Next time, try the easier level: Weeks 1-2. "
        "(You can change level on Home.)"
    )


def test_the_summary_and_offers_in_german(german: QApplication) -> None:
    lines = _summary(easy=True, before=2, after=2)
    assert lines[0] == "Schmerzen vorher: 2/10, nachher: 2/10. Etwa wie vorher."
    assert lines[1].startswith("Sie haben ")
    assert lines[2].startswith("Das war leicht.") and lines[2].endswith(": Weeks 5-6.")
    offer = LevelOffer(OfferKind.HARDER, "weeks_5_6", "English", "Woche 5–6")
    assert offer_text(offer).endswith("Sie können aufsteigen zu: Woche 5–6.")
    easier = LevelOffer(OfferKind.EASIER, "weeks_1_2", "English", "Woche 1–2")
    assert easier_now_text(easier) == "Diese Übungsfolge hat eine leichtere Stufe: Woche 1–2."
    old = LevelOffer(OfferKind.EASIER, "weeks_1_2", "Saved before level names")
    assert offer_text(old) == "Saved before level names"


def test_what_a_session_takes(qapp: QApplication) -> None:
    from coach.engine.overview import Overview

    assert overview_text(Overview(1, 3, ())) == "1 exercise · about 3 min"
    assert (
        overview_text(Overview(8, 14, ("mat", "chair")))
        == "8 exercises · about 14 min · mat, chair"
    )
    install_translations(qapp, "de")
    try:
        assert overview_text(Overview(8, 14, ("Matte",))) == "8 Übungen · etwa 14 Min. · Matte"
        assert overview_text(Overview(1, 3, ())) == "1 Übung · etwa 3 Min."
    finally:
        install_translations(qapp, "en")


def test_the_resume_offer(qapp: QApplication) -> None:
    from datetime import datetime

    from coach.flow.home_snapshot import ResumeOffer

    offer = ResumeOffer("Glute strengthening", datetime(2026, 3, 3, 9, 0), 3)
    assert resume_text(offer) == (
        "Your Glute strengthening session on Tue 03 Mar, 09:00 was interrupted. 3 steps saved."
    )
    install_translations(qapp, "de")
    try:
        assert resume_text(offer) == (
            "Ihre Einheit „Glute strengthening“ vom Di. 03. März, 09:00 wurde unterbrochen. "
            "3 Schritte sind gespeichert."
        )
    finally:
        install_translations(qapp, "en")


def test_why_exercises_are_paused_and_the_flow_s_notices(german: QApplication) -> None:
    from coach.flow.before import NOTHING_TODAY
    from coach.flow.outputs import Notice
    from coach.flow.safety import Source, Suspension
    from coach.ui.app.flow_words import notice_text, suspension_text

    during = Suspension(NOW, Source.DURING_SESSION, "English, as recorded")
    text = suspension_text(during)
    assert text.startswith("Sie haben während einer Einheit Beschwerden gemeldet")
    assert text.endswith("Wenn sie keine Warnzeichen findet, geht Ihr Plan weiter.")
    safety = "Im Notfall rufen Sie 112 an."  # the region's line, in the content's language
    with_number = Suspension(NOW, Source.DURING_SESSION, "English, as recorded", safety)
    assert suspension_text(with_number).startswith(text.split("\n\n")[0] + " " + safety)
    check_in = Suspension(NOW, Source.CHECK_IN, "Die Nachricht der Abfrage.")
    assert suspension_text(check_in).startswith("Die Nachricht der Abfrage.\n\n")
    assert notice_text(Notice("suspended", "English"), during) == text
    nothing = notice_text(Notice("nothing_today", NOTHING_TODAY), None)
    assert nothing.startswith("Nichts in dieser Übungsfolge passt heute")
    assert notice_text(Notice("pain_gate", "Aus den Inhalten."), None) == "Aus den Inhalten."
