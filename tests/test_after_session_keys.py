"""The after-session questions with keys: Enter never does nothing silently."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from coach.ui.session.after_session import AfterAnswers, AfterSessionScreen


def press(key: Qt.Key) -> None:
    target = QApplication.focusWidget()
    assert target is not None, "nothing has keyboard focus"
    QTest.keyClick(target, key)


def test_enter_with_a_question_unanswered_says_so_and_goes_there(qtbot: QtBot) -> None:
    """Found under Xvfb: a digit then Enter left the screen as it was, with no word why."""
    screen = AfterSessionScreen("0: no pain")
    qtbot.addWidget(screen)
    screen.show()
    screen.activateWindow()
    qtbot.waitUntil(screen.isActiveWindow)
    screen.start("Session finished.", completed=True)
    saved: list[AfterAnswers] = []
    screen.saved.connect(saved.append)

    press(Qt.Key.Key_4)
    press(Qt.Key.Key_Return)
    assert not saved
    assert screen.hint.isVisibleTo(screen) and "answer" in screen.hint.text()
    assert QApplication.focusWidget() is screen.spread_yes

    press(Qt.Key.Key_Right)  # to "No"
    press(Qt.Key.Key_Space)
    assert not screen.hint.isVisibleTo(screen)
    press(Qt.Key.Key_Return)
    assert saved == [AfterAnswers(pain_after=4, spreading=False, easy=False)]


def test_a_screen_readers_toggle_enables_save(qtbot: QtBot) -> None:
    """An accessibility toggle action checks the radio button without a click."""
    screen = AfterSessionScreen("0: no pain")
    qtbot.addWidget(screen)
    screen.start("Session finished.", completed=True)
    screen.scale.set_value(3)
    screen.spread_no.toggle()
    assert screen.save_button.isEnabled()
