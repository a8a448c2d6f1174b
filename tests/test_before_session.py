"""The before-session screen, driven with keys and clicks on widgets found by
their accessible names, with the shipped triage.toml."""

from __future__ import annotations

import html
from dataclasses import replace

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
from yes_no_rows import answer_button

from coach.content.triage_loader import load_triage
from coach.domain.history import SymptomsReach
from coach.domain.triage import OutcomeLevel, QuestionId
from coach.flow.before import BeforeAnswers
from coach.flow.recheck import BeforeQuestions
from coach.paths import routines_dir
from coach.ui.checkin.before_session import FIRST_SESSION, BeforeSessionScreen

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
    """As a person: "No, nothing new" when ``yes`` is empty; else "Yes, something new",
    then Yes for the parts in ``yes`` and No for every other line shown."""
    gate = screen.gate
    if gate is None or gate.isHidden():
        return
    if not yes:
        click(gate.none_button)
        return
    click(gate.some_button)
    for page in screen.checks:
        if page.isHidden():
            continue
        for option in page.question.options:
            word = "Yes" if option.id in yes else "No"
            click(answer_button(screen, word, option.label))


def asks(**changes: object) -> BeforeQuestions:
    return replace(FIRST_SESSION, **changes)  # type: ignore[arg-type]


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


def test_nothing_new_a_digit_and_enter_start_the_session(
    qtbot: QtBot, screen: BeforeSessionScreen, ready: list[BeforeAnswers]
) -> None:
    """A later day in three keys here (Home's Enter is the fourth)."""
    screen.start(asks(heading="Anything new since your last session?"))
    assert "Anything new since your last session?" in visible_text(screen)
    gate = screen.gate
    assert gate is not None and QApplication.focusWidget() is gate.none_button
    listed = gate.list.text()
    for question in CONFIG.check_questions:
        if question.id is QuestionId.CHECK_BONES:
            continue  # asked only after a new fall
        assert all(html.escape(o.label) in listed for o in question.options), question.id
    press(Qt.Key.Key_Return)
    assert QApplication.focusWidget() is named(screen, f"{PAIN_NOW}, 0 to 10")
    press(Qt.Key.Key_3)
    press(Qt.Key.Key_Return)
    assert [(a.pain_now, a.reach, a.morning_pain) for a in ready] == [
        (3, SymptomsReach.BUTTOCK, None)
    ]


def test_how_far_it_reaches_starts_as_last_time(
    qtbot: QtBot, screen: BeforeSessionScreen, ready: list[BeforeAnswers]
) -> None:
    screen.start(asks(reach=SymptomsReach.THIGH))
    assert button(screen, "Down into my thigh").isChecked()
    answer_checks(screen)
    press(Qt.Key.Key_2)
    click(button(screen, "Below my knee"))
    press(Qt.Key.Key_Return)
    assert [a.reach for a in ready] == [SymptomsReach.BELOW_KNEE]


def test_soon_after_a_check_in_the_red_flags_are_not_asked_again(
    qtbot: QtBot, screen: BeforeSessionScreen, ready: list[BeforeAnswers]
) -> None:
    screen.start(asks(ask_checks=False))
    assert screen.gate is None
    assert QApplication.focusWidget() is named(screen, f"{PAIN_NOW}, 0 to 10")
    press(Qt.Key.Key_4)
    press(Qt.Key.Key_Return)
    assert [a.pain_now for a in ready] == [4]


@pytest.mark.parametrize(("morning_click", "morning"), [(None, 1), (4, 4)])
def test_this_mornings_pain_starts_as_todays_and_can_be_changed(
    qtbot: QtBot,
    screen: BeforeSessionScreen,
    ready: list[BeforeAnswers],
    morning_click: int | None,
    morning: int,
) -> None:
    screen.start(asks(ask_morning_pain=True, last_pre_pain=2))
    assert "Before that session it was 2 out of 10." in visible_text(screen)
    answer_checks(screen)
    click(button(screen, f"{PAIN_NOW} 1 out of 10"))
    if morning_click is not None:
        click(button(screen, f"{MORNING} {morning_click} out of 10"))
    click(button(screen, f"{PAIN_NOW} 1 out of 10"))  # today's again: a changed morning stays
    click(button(screen, "Start the session"))
    assert [(a.pain_now, a.morning_pain) for a in ready] == [(1, morning)]


def test_enter_with_a_gap_points_at_it(
    qtbot: QtBot, screen: BeforeSessionScreen, ready: list[BeforeAnswers]
) -> None:
    screen.start(asks())
    press(Qt.Key.Key_Return)  # no, nothing new
    press(Qt.Key.Key_Return)  # but no pain score yet
    assert not ready
    assert "answer every question" in visible_text(screen)
    assert QApplication.focusWidget() is named(screen, f"{PAIN_NOW}, 0 to 10")
    press(Qt.Key.Key_2)
    press(Qt.Key.Key_Return)
    assert [a.pain_now for a in ready] == [2]


def test_something_new_in_both_legs_shows_the_red_flag_and_no_session(
    qtbot: QtBot, screen: BeforeSessionScreen, ready: list[BeforeAnswers]
) -> None:
    screen.start(asks(ask_morning_pain=True))
    answer_checks(screen, yes=frozenset({"both_legs"}))
    screen.pain_now.setFocus()
    press(Qt.Key.Key_4)

    with qtbot.waitSignal(screen.red_flag) as signal:
        click(button(screen, "Start the session"))

    outcome, answers = signal.args
    assert outcome.level is OutcomeLevel.EMERGENCY
    assert answers.selected(QuestionId.CHECK_LEGS) == frozenset({"both_legs"})
    assert not ready
    view = screen.outcome
    assert screen.stack.currentWidget() is view
    assert outcome.message in visible_text(view)
    assert not has_named(view, "Use this routine")
    press(Qt.Key.Key_Return)
    assert screen.stack.currentWidget() is view, "Enter does not leave the warning"
    with qtbot.waitSignal(screen.cancelled):
        click(button(view, "Back to Home"))


@pytest.mark.parametrize(
    ("yes", "age", "level"),
    [
        (frozenset({"weak_stable"}), 40, OutcomeLevel.SOON_48H),
        (frozenset({"fever"}), 40, OutcomeLevel.URGENT),
        (frozenset({"serious_accident"}), 40, OutcomeLevel.EMERGENCY),
        (frozenset({"fall"}), 70, OutcomeLevel.URGENT),
        (frozenset({"fall", "osteoporosis"}), 40, OutcomeLevel.URGENT),
        (frozenset({"night"}), 40, OutcomeLevel.URGENT),
        (frozenset({"chest_pain"}), 40, OutcomeLevel.CALL_EMERGENCY_NOW),
    ],
)
def test_every_red_flag_that_can_be_new_is_asked_again(
    qtbot: QtBot,
    screen: BeforeSessionScreen,
    ready: list[BeforeAnswers],
    yes: frozenset[str],
    age: int,
    level: OutcomeLevel,
) -> None:
    screen.start(asks(age=age))
    gate = screen.gate
    assert gate is not None
    click(gate.some_button)
    for page in screen.checks:
        if page.isHidden():
            continue
        for option in page.question.options:
            click(answer_button(screen, "Yes" if option.id in yes else "No", option.label))
    bones = next(p for p in screen.checks if p.question.id is QuestionId.CHECK_BONES)
    assert bones.isHidden() == ("fall" not in yes or age >= 65)
    if not bones.isHidden():
        for option in bones.question.options:
            click(answer_button(screen, "Yes" if option.id in yes else "No", option.label))
    screen.pain_now.setFocus()
    press(Qt.Key.Key_2)
    with qtbot.waitSignal(screen.red_flag) as signal:
        click(button(screen, "Start the session"))
    assert signal.args[0].level is level
    assert not ready


def test_a_small_fall_in_a_younger_person_is_not_a_red_flag(
    qtbot: QtBot, screen: BeforeSessionScreen, ready: list[BeforeAnswers]
) -> None:
    screen.start(asks(age=40))
    answer_checks(screen, yes=frozenset({"fall"}))
    bones = next(p for p in screen.checks if p.question.id is QuestionId.CHECK_BONES)
    for option in bones.question.options:
        click(answer_button(screen, "No", option.label))
    screen.pain_now.setFocus()
    press(Qt.Key.Key_2)
    click(button(screen, "Start the session"))
    assert [a.pain_now for a in ready] == [2]


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
    screen.start(asks())  # builds its questions anew
    gate = screen.gate
    assert gate is not None
    click(gate.some_button)
    first = CONFIG.check_questions[0].options[0].label
    answer_button(screen, "Yes", first).setFocus()
    shown = [p for p in screen.checks if not p.isHidden()]
    for _ in range(sum(len(p.question.options) for p in shown)):
        press(Qt.Key.Key_N)

    assert QApplication.focusWidget() is named(screen, f"{PAIN_NOW}, 0 to 10")
    press(Qt.Key.Key_3)
    press(Qt.Key.Key_Return)
    assert [a.pain_now for a in ready] == [3]
    assert not pressed


def test_esc_goes_home(qtbot: QtBot, screen: BeforeSessionScreen) -> None:
    screen.start(asks())
    with qtbot.waitSignal(screen.cancelled):
        press(Qt.Key.Key_Escape)
