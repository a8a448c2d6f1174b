"""The before-session screen, driven with keys and clicks on widgets found by
their accessible names, with the shipped triage.toml."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from coach.content.triage_loader import load_triage
from coach.domain.history import SymptomsReach
from coach.domain.triage import OutcomeLevel, QuestionId
from coach.flow.before import BeforeAnswers
from coach.paths import routines_dir
from coach.ui.before_session import BeforeSessionScreen

CONFIG = load_triage(routines_dir() / "triage.toml")
PAIN_NOW = "Pain now"
MORNING = "Pain this morning"


def named(root: QWidget, name: str) -> QWidget:
    """The one visible widget under ``root`` with this accessible name."""
    found = [w for w in root.findChildren(QWidget) if w.accessibleName() == name]
    found = [w for w in found if w.isVisibleTo(root)]
    assert len(found) == 1, f"{len(found)} visible widgets named {name!r}"
    return found[0]


def button(root: QWidget, name: str) -> QAbstractButton:
    widget = named(root, name)
    assert isinstance(widget, QAbstractButton)
    return widget


def has_named(root: QWidget, name: str) -> bool:
    return any(
        w.accessibleName() == name and w.isVisibleTo(root) for w in root.findChildren(QWidget)
    )


def press(key: Qt.Key) -> None:
    target = QApplication.focusWidget()
    assert target is not None, "nothing has keyboard focus"
    QTest.keyClick(target, key)


def click(widget: QWidget) -> None:
    QTest.mouseClick(widget, Qt.MouseButton.LeftButton)


def visible_text(root: QWidget) -> str:
    return "\n".join(lbl.text() for lbl in root.findChildren(QLabel) if lbl.isVisibleTo(root))


def answer_checks(screen: BeforeSessionScreen, yes: frozenset[str] = frozenset()) -> None:
    """Click Yes for the parts in ``yes`` and No for every other part of the safety check."""
    for question in CONFIG.check_questions:
        for option in question.options:
            word = "Yes" if option.id in yes else "No"
            click(button(screen, f"{word}: {option.label}"))


@pytest.fixture
def screen(qtbot: QtBot) -> BeforeSessionScreen:
    widget = BeforeSessionScreen(CONFIG)
    qtbot.addWidget(widget)
    widget.resize(1024, 700)
    widget.show()
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)
    return widget


@pytest.fixture
def ready(screen: BeforeSessionScreen) -> list[BeforeAnswers]:
    got: list[BeforeAnswers] = []
    screen.ready.connect(got.append)
    return got


def test_all_answered_sends_ready(
    qtbot: QtBot, screen: BeforeSessionScreen, ready: list[BeforeAnswers]
) -> None:
    screen.start(ask_morning_pain=False, last_pre_pain=None)
    start = button(screen, "Start the session")
    assert QApplication.focusWidget() is named(screen, f"{PAIN_NOW}, 0 to 10")
    press(Qt.Key.Key_3)
    click(button(screen, "Down into my thigh"))
    assert not start.isEnabled()
    answer_checks(screen)
    assert start.isEnabled()

    press(Qt.Key.Key_Return)

    assert len(ready) == 1
    answers = ready[0]
    assert (answers.pain_now, answers.reach, answers.morning_pain) == (3, SymptomsReach.THIGH, None)


def test_morning_pain_is_asked_only_when_requested(
    qtbot: QtBot, screen: BeforeSessionScreen, ready: list[BeforeAnswers]
) -> None:
    screen.start(ask_morning_pain=False, last_pre_pain=None)
    assert not has_named(screen, f"{MORNING}, 0 to 10")

    screen.start(ask_morning_pain=True, last_pre_pain=2)

    assert "Before that session it was 2 out of 10." in visible_text(screen)
    click(button(screen, f"{PAIN_NOW} 1 out of 10"))
    click(button(screen, "I have no pain or other symptoms now"))
    answer_checks(screen)
    assert not button(screen, "Start the session").isEnabled()
    click(button(screen, f"{MORNING} 4 out of 10"))
    click(button(screen, "Start the session"))

    assert [(a.pain_now, a.reach, a.morning_pain) for a in ready] == [(1, None, 4)]


def test_enter_with_a_gap_points_at_it(
    qtbot: QtBot, screen: BeforeSessionScreen, ready: list[BeforeAnswers]
) -> None:
    screen.start(ask_morning_pain=False, last_pre_pain=None)
    press(Qt.Key.Key_2)
    answer_checks(screen)

    press(Qt.Key.Key_Return)

    assert not ready
    assert "answer every question" in visible_text(screen)
    assert QApplication.focusWidget() is button(screen, "Only in my buttock")
    press(Qt.Key.Key_Down)  # arrows in a pick-one list move and pick
    assert QApplication.focusWidget() is button(screen, "Down into my thigh")
    assert button(screen, "Down into my thigh").isChecked()
    press(Qt.Key.Key_Return)
    assert [a.reach for a in ready] == [SymptomsReach.THIGH]


def test_a_check_answered_yes_shows_the_red_flag_and_no_session(
    qtbot: QtBot, screen: BeforeSessionScreen, ready: list[BeforeAnswers]
) -> None:
    screen.start(ask_morning_pain=True, last_pre_pain=None)
    press(Qt.Key.Key_4)
    click(button(screen, f"{MORNING} 4 out of 10"))
    click(button(screen, "Only in my buttock"))
    answer_checks(screen, yes=frozenset({"both_legs"}))

    with qtbot.waitSignal(screen.red_flag) as signal:
        press(Qt.Key.Key_Return)

    outcome, answers = signal.args
    assert outcome.level is OutcomeLevel.EMERGENCY
    assert answers.selected(QuestionId.CHECK_LEGS) == frozenset({"both_legs"})
    assert not ready
    view = screen.outcome
    assert screen.stack.currentWidget() is view
    assert outcome.message in visible_text(view)
    assert "Call your local emergency number" in visible_text(view)
    assert not has_named(view, "Use this routine")
    assert not has_named(view, "Back to the last question")
    press(Qt.Key.Key_Return)
    assert screen.stack.currentWidget() is view, "Enter does not leave the warning"
    with qtbot.waitSignal(screen.cancelled):
        click(button(view, "Back to Home"))


def test_one_leg_weak_but_stable_offers_no_exercises_either(
    qtbot: QtBot, screen: BeforeSessionScreen, ready: list[BeforeAnswers]
) -> None:
    screen.start(ask_morning_pain=False, last_pre_pain=None)
    press(Qt.Key.Key_2)
    click(button(screen, "Below my knee"))
    answer_checks(screen, yes=frozenset({"weak_stable"}))

    with qtbot.waitSignal(screen.red_flag) as signal:
        click(button(screen, "Start the session"))

    assert signal.args[0].level is OutcomeLevel.SOON_48H
    assert not ready
    assert not has_named(screen.outcome, "Use this routine")


def test_keys_answer_the_safety_check(
    qtbot: QtBot, screen: BeforeSessionScreen, ready: list[BeforeAnswers]
) -> None:
    screen.start(ask_morning_pain=False, last_pre_pain=None)
    press(Qt.Key.Key_0)
    click(button(screen, "Only in my buttock"))
    first = CONFIG.check_questions[0].options[0].label
    button(screen, f"Yes: {first}").setFocus()
    parts = sum(len(q.options) for q in CONFIG.check_questions)
    for _ in range(parts):
        press(Qt.Key.Key_N)  # each N answers a line and moves to the next one

    assert QApplication.focusWidget() is button(screen, "Start the session")
    press(Qt.Key.Key_Return)
    assert [a.pain_now for a in ready] == [0]


def test_after_the_last_n_enter_starts_in_a_window_with_a_banner_above(qtbot: QtBot) -> None:
    """In the app a first-start banner's OK sits above the screen; after the last N the
    focus went there, and the Enter meant for "Start the session" pressed it instead."""
    window = QWidget()
    qtbot.addWidget(window)
    banner_ok = QPushButton("OK", window)
    pressed: list[bool] = []
    banner_ok.clicked.connect(lambda: pressed.append(True))
    screen = BeforeSessionScreen(CONFIG, parent=window)
    column = QVBoxLayout(window)
    column.addWidget(banner_ok)
    column.addWidget(screen)
    ready: list[BeforeAnswers] = []
    screen.ready.connect(ready.append)
    window.resize(1024, 700)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    screen.start(ask_morning_pain=False, last_pre_pain=None)  # builds its questions anew
    press(Qt.Key.Key_3)
    click(button(screen, "Only in my buttock"))
    first = CONFIG.check_questions[0].options[0].label
    button(screen, f"Yes: {first}").setFocus()
    for _ in range(sum(len(q.options) for q in CONFIG.check_questions)):
        press(Qt.Key.Key_N)

    assert QApplication.focusWidget() is button(screen, "Start the session")
    press(Qt.Key.Key_Return)
    assert [a.pain_now for a in ready] == [3]
    assert not pressed


def test_esc_goes_home(qtbot: QtBot, screen: BeforeSessionScreen) -> None:
    screen.start(ask_morning_pain=False, last_pre_pain=None)
    with qtbot.waitSignal(screen.cancelled):
        press(Qt.Key.Key_Escape)
