"""The main window: notices get the height their wrapped text needs; Enter presses buttons."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from coach.ui.widgets.main_window import NOTICE_AREA_MAX_HEIGHT, MainWindow

LONG = (
    "Rehab Coach gives general self-care guidance. It is not a diagnosis. If you are "
    "unsure about your symptoms, see a doctor or physiotherapist."
)


@pytest.fixture
def window(qtbot: QtBot) -> MainWindow:
    made = MainWindow()
    qtbot.addWidget(made)
    made.resize(1024, 700)
    made.show()
    qtbot.waitExposed(made)
    return made


def _label(window: MainWindow) -> QLabel:
    return next(label for label in window.notices.findChildren(QLabel) if label.text() == LONG)


@pytest.mark.parametrize("width", [1024, 1400])
def test_a_notice_gets_the_height_its_text_needs(
    qtbot: QtBot, window: MainWindow, width: int
) -> None:
    window.notices.add(LONG)
    window.resize(width, 700)
    qtbot.wait(20)
    label = _label(window)
    needed = label.heightForWidth(label.width())
    assert label.height() >= needed  # nothing cut off
    area = window._notice_area
    assert not area.verticalScrollBar().isVisible()
    assert area.height() <= needed + 100  # and no big empty band (frame, margins only)


def test_many_notices_scroll_past_the_limit(qtbot: QtBot, window: MainWindow) -> None:
    for n in range(12):  # past the limit at any font: 36 px each at Qt's default 9 pt
        window.notices.add(f"{n}: {LONG}")
    area = window._notice_area
    qtbot.waitUntil(lambda: area.verticalScrollBar().isVisible())  # laid out: it scrolls
    assert area.height() == NOTICE_AREA_MAX_HEIGHT
    for n in range(12):
        window.notices.remove(f"{n}: {LONG}")
    assert not window._notice_area.isVisible()


def test_enter_presses_the_focused_button_on_a_plain_screen(
    qtbot: QtBot, window: MainWindow
) -> None:
    """Home's buttons sit in no dialog, so Qt alone would ignore Enter on them."""
    screen = QWidget()
    start = QPushButton("Start today's session", screen)
    window.add_screen("home", screen)
    window.show_screen("home")
    start.setFocus()
    with qtbot.waitSignal(start.clicked, timeout=2000):
        QTest.keyClick(start, Qt.Key.Key_Return)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (LONG, "I understand: Rehab Coach gives general self-care guidance."),
        ("Saved.", "I understand: Saved."),
        ("word " * 40, "I understand: " + ("word " * 18).strip() + "…"),
    ],
)
def test_a_notice_buttons_name_never_stops_mid_word(
    window: MainWindow, text: str, name: str
) -> None:
    assert window.notices.add(text, button="I understand").accessibleName() == name


def test_the_window_title_names_the_screen(window: MainWindow) -> None:
    for name, accessible in (("home", "Home"), ("triage", "Check-in")):
        screen = QWidget()
        screen.setAccessibleName(accessible)
        window.add_screen(name, screen)
    window.show_screen("triage")
    assert window.windowTitle() == "Check-in · Rehab Coach"
    window.show_screen("home")
    assert window.windowTitle() == "Rehab Coach"
