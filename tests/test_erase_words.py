"""What "Delete all my data" says it removes, in English and German."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from coach.ui.app.translations import install_translations
from coach.ui.screens.erase_dialog import erase_summary


@pytest.mark.parametrize(
    ("counts", "parts", "absent"),
    [
        (
            {"sessions": 1, "uses": 1, "check_ins": 1, "own_routines": 0},
            [
                "1 session with",
                "1 check-in,",
                "1 ice or heat use and all your settings",
                "can't be undone",
            ],
            ["routine files"],
        ),
        (
            {"sessions": 12, "uses": 0, "check_ins": 3, "own_routines": 2},
            ["12 sessions", "3 check-ins", "0 ice or heat uses", "Your own routine files (2) stay"],
            [],
        ),
    ],
)
def test_erase_summary_says_what_goes_and_what_stays(
    qapp: QApplication, counts: dict[str, int], parts: list[str], absent: list[str]
) -> None:
    text = erase_summary(**counts)
    for part in parts:
        assert part in text
    for part in absent:
        assert part not in text


def test_erase_summary_in_german(qapp: QApplication) -> None:
    install_translations(qapp, "de")
    try:
        text = erase_summary(sessions=1, uses=2, check_ins=3, own_routines=0)
    finally:
        install_translations(qapp, "en")
    assert text.startswith("Das löscht Ihren ganzen Verlauf auf diesem Computer: 1 Einheit ")
    assert "3 Abfragen" in text and "2 Anwendungen mit Kälte oder Wärme" in text


def test_the_confirm_word_is_the_app_s_language_s(qapp: QApplication) -> None:
    from coach.ui.screens.erase_dialog import EraseDialog

    install_translations(qapp, "de")
    try:
        dialog = EraseDialog("Zusammenfassung")
    finally:
        install_translations(qapp, "en")
    assert dialog.typed.accessibleName() == "Zum Bestätigen löschen eingeben"
    dialog.typed.setText("Löschen ")
    assert dialog.delete_button.isEnabled()
    dialog.typed.setText("delete")  # the English word still works
    assert dialog.delete_button.isEnabled()
    dialog.typed.setText("lösch")
    assert not dialog.delete_button.isEnabled()
    dialog.deleteLater()
