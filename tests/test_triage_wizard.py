"""The check-in wizard, driven as a person would: keys and clicks on widgets
found by their accessible names, with the shipped triage.toml and routines."""

from __future__ import annotations

import html
import os
import time
from collections.abc import Iterator, Mapping
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QLabel,
    QRadioButton,
    QScrollArea,
    QStyle,
    QStyleOptionComboBox,
    QWidget,
)
from pytestqt.qtbot import QtBot
from yes_no_rows import answer_button

from coach.content.loader import load_library
from coach.content.triage_loader import load_triage
from coach.domain.routine import ExerciseKind, Routine
from coach.domain.triage import (
    AnswerValue,
    OutcomeLevel,
    QuestionId,
    QuestionKind,
    TriageAnswers,
)
from coach.paths import routines_dir
from coach.ui.checkin.before_session import FIRST_SESSION, BeforeSessionScreen
from coach.ui.checkin.question_page import QuestionPage
from coach.ui.checkin.triage_wizard import TriageWizard
from coach.ui.design import active
from coach.ui.widgets.theme import apply_theme, point_size

Q = QuestionId
CONFIG = load_triage(routines_dir() / "triage.toml")
ROUTINES = load_library([routines_dir()]).routines
NAMES: Mapping[str, str] = {k: r.name for k, r in ROUTINES.items()}

CLEAR: dict[str, AnswerValue] = {
    Q.AGE: 30,
    Q.CAUDA: frozenset(),
    Q.LEGS: frozenset(),
    Q.INJURY: frozenset(),
    Q.UNWELL: frozenset(),
    Q.CANCER: False,
    Q.PAIN_PATTERN: frozenset(),
    Q.ONSET: "gradual_recurring",
    Q.SINCE: 14,
    Q.WHERE: frozenset({"none"}),
    Q.SIDE: "left",
    Q.PAIN: 3,
}
"""No red flags; glute strengthening (rule 9)."""

Finished = tuple[Any, TriageAnswers, str]


# --- acting as the person -------------------------------------------------------


def named(root: QWidget, name: str, kind: type[QWidget] = QWidget) -> QWidget:
    """The one visible widget of ``kind`` under ``root`` with this accessible name."""
    found = [
        w for w in root.findChildren(kind) if w.accessibleName() == name and w.isVisibleTo(root)
    ]
    assert len(found) == 1, f"{len(found)} visible widgets named {name!r}"
    return found[0]


def button(root: QWidget, name: str) -> QAbstractButton:
    widget = named(root, name, QAbstractButton)
    assert isinstance(widget, QAbstractButton)
    return widget


def label(root: QWidget, name: str) -> QLabel:
    widget = named(root, name, QLabel)
    assert isinstance(widget, QLabel)
    return widget


def has_named(root: QWidget, name: str) -> bool:
    return any(
        w.accessibleName() == name and w.isVisibleTo(root) for w in root.findChildren(QWidget)
    )


def press(
    qtbot: QtBot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    """A key press where the keyboard focus is."""
    target = QApplication.focusWidget()
    assert target is not None, "nothing has keyboard focus"
    QTest.keyClick(target, key, modifier)


def type_text(text: str) -> None:
    """Typing where the keyboard focus is."""
    target = QApplication.focusWidget()
    assert target is not None, "nothing has keyboard focus"
    QTest.keyClicks(target, text)


def shown(wizard: TriageWizard) -> str:
    """The id of the question on screen."""
    assert wizard.page is not None
    return wizard.page.question.id


def on_screen(wizard: TriageWizard) -> AnswerValue | None:
    """The answer the question on screen shows (None if incomplete)."""
    assert wizard.page is not None
    return wizard.page.answer()


def click(qtbot: QtBot, widget: QWidget) -> None:
    QTest.mouseClick(widget, Qt.MouseButton.LeftButton)


def visible_text(root: QWidget) -> str:
    return "\n".join(lbl.text() for lbl in root.findChildren(QLabel) if lbl.isVisibleTo(root))


def answer_current(
    qtbot: QtBot, wizard: TriageWizard, page: QuestionPage, value: AnswerValue
) -> None:
    """Answer one question on screen: keys for yes/no, numbers and pain; clicks for choices."""
    question = page.question
    page.setFocus()
    if question.kind is QuestionKind.NUMBER and question.maximum == 10:
        assert isinstance(value, int)
        out_of = QCoreApplication.translate("PainScale", "{name} {score} out of 10")  # any language
        click(qtbot, button(wizard, out_of.format(name=question.text, score=value)))
    elif question.kind is QuestionKind.NUMBER:
        type_text(str(value))
    elif question.kind is QuestionKind.YES_NO:
        press(qtbot, Qt.Key.Key_Y if value else Qt.Key.Key_N)
    elif question.kind is QuestionKind.MULTI_YES_NO:
        assert isinstance(value, frozenset)
        for option in question.options:
            press(qtbot, Qt.Key.Key_Y if option.id in value else Qt.Key.Key_N)
    else:
        chosen = frozenset({value}) if isinstance(value, str) else value
        assert isinstance(chosen, frozenset)
        for option in question.options:
            if option.id in chosen:
                click(qtbot, button(wizard, option.label))


def is_none(value: AnswerValue) -> bool:
    return value is False or value == frozenset()


def run_wizard(qtbot: QtBot, wizard: TriageWizard, answers: Mapping[str, AnswerValue]) -> list[str]:
    """Answer each page from ``answers`` as a person would and press Enter, until the
    outcome or a question not in ``answers``; the ids asked. A safety checklist is
    answered "No, none of these" (Enter) when every answer on it is no, else with
    "Yes, one or more" and then line by line."""
    asked: list[str] = []
    while wizard.stack.currentWidget() is wizard.questions:
        gate = wizard.gate
        if gate is not None:
            ids = [q.id for q in gate.questions]
            if any(i not in answers for i in ids):
                break
            if all(is_none(answers[i]) for i in ids):
                assert QApplication.focusWidget() is gate.none_button
                press(qtbot, Qt.Key.Key_Return)
                asked += ids
                continue
            click(qtbot, gate.some_button)
        done: list[str] = []
        while pending := [p for p in wizard.shown_pages() if p.question.id not in done]:
            page = pending[0]
            question_id = page.question.id
            assert question_id not in asked, f"{question_id} asked twice"
            if question_id not in answers:
                return asked + done
            answer_current(qtbot, wizard, page, answers[question_id])
            done.append(question_id)
        press(qtbot, Qt.Key.Key_Return)
        asked += done
    return asked


@pytest.fixture
def wizard(qtbot: QtBot) -> TriageWizard:
    widget = TriageWizard(CONFIG, ROUTINES)
    qtbot.addWidget(widget)
    widget.resize(1024, 700)
    widget.show()
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)
    widget.start()
    return widget


@pytest.fixture
def finished(wizard: TriageWizard) -> list[Finished]:
    got: list[Finished] = []
    wizard.finished.connect(lambda o, a, r: got.append((o, a, r)))
    return got


# --- red flags --------------------------------------------------------------------


def test_saddle_numbness_ends_on_the_emergency_message(
    qtbot: QtBot, wizard: TriageWizard, finished: list[Finished]
) -> None:
    asked = run_wizard(
        qtbot,
        wizard,
        {Q.AGE: 40, Q.CAUDA: frozenset({"saddle_numbness"}), Q.LEGS: frozenset()},
    )

    assert asked == [Q.AGE, Q.CAUDA, Q.LEGS]
    assert len(finished) == 1
    outcome, answers, route = finished[0]
    assert outcome.level is OutcomeLevel.EMERGENCY
    assert route == ""
    assert answers.selected(Q.CAUDA) == {"saddle_numbness"}
    view = wizard.outcome
    assert wizard.stack.currentWidget() is view
    assert label(view, "Outcome message").text() == outcome.message
    assert "emergency department" in outcome.message
    assert "Call your local emergency number" in visible_text(view)
    assert not has_named(view, "Use this routine")
    assert not any(has_named(view, f"Pick another routine: {n}") for n in NAMES.values())
    assert not has_named(view, "Back to the last question")
    with qtbot.waitSignal(wizard.cancelled):
        click(qtbot, button(view, "Back to Home"))


def test_enter_does_not_leave_the_emergency_page(
    qtbot: QtBot, wizard: TriageWizard, finished: list[Finished]
) -> None:
    run_wizard(qtbot, wizard, {Q.AGE: 40, Q.CAUDA: frozenset({"leaking"}), Q.LEGS: frozenset()})
    with qtbot.assertNotEmitted(wizard.cancelled):
        press(qtbot, Qt.Key.Key_Return)
        press(qtbot, Qt.Key.Key_Return)
    assert wizard.stack.currentWidget() is wizard.outcome
    assert len(finished) == 1


def test_age_15_stops_the_check_in(
    qtbot: QtBot, wizard: TriageWizard, finished: list[Finished]
) -> None:
    asked = run_wizard(qtbot, wizard, {Q.AGE: 15})

    assert asked == [Q.AGE]
    outcome, _, route = finished[0]
    assert outcome.level is OutcomeLevel.UNDER_16
    assert route == ""
    assert CONFIG.text("messages.under_16") in visible_text(wizard.outcome)
    assert not has_named(wizard.outcome, "Use this routine")


# --- routes -----------------------------------------------------------------------

ROUTES: list[tuple[dict[str, AnswerValue], str]] = [
    ({Q.PAIN: 8}, "gentle_only"),
    ({Q.WHERE: frozenset({"nerve", "deep_buttock"})}, "sciatic_mobility"),
    ({Q.ONSET: "sudden_recent"}, "acute_strain"),
    ({Q.ONSET: "after_workout", Q.WHERE: frozenset({"worked_muscles"})}, "doms_recovery"),
    ({Q.WHERE: frozenset({"deep_buttock"})}, "piriformis_relief"),
    ({Q.WHERE: frozenset({"knots"})}, "trigger_point_release"),
    ({Q.WHERE: frozenset({"sitting_bone"})}, "sitting_bone_strength"),
    ({}, "glute_strengthening"),
    ({Q.ONSET: "prevention", Q.PAIN: 0}, "prevention"),
    ({Q.ONSET: "after_workout"}, "gentle_fallback"),
]


@pytest.mark.parametrize(("changes", "route"), ROUTES, ids=[r for _, r in ROUTES])
def test_every_route_is_reachable(
    qtbot: QtBot,
    wizard: TriageWizard,
    finished: list[Finished],
    changes: dict[str, AnswerValue],
    route: str,
) -> None:
    asked = run_wizard(qtbot, wizard, {**CLEAR, **changes})

    assert (Q.WHERE in asked) == (route != "prevention")
    assert not finished, "a routine is only reported when the person takes it"
    view = wizard.outcome
    assert label(view, "Suggested routine").text() == NAMES[route]
    why = label(view, "Why").text()
    assert why.count("<li>") >= 1
    with qtbot.waitSignal(wizard.finished) as signal:
        press(qtbot, Qt.Key.Key_Return)
    outcome, answers, chosen = signal.args
    assert chosen == route == outcome.route
    assert answers.number(Q.PAIN) == {**CLEAR, **changes}[Q.PAIN]


def test_another_allowed_routine_can_be_picked(
    qtbot: QtBot, wizard: TriageWizard, finished: list[Finished]
) -> None:
    run_wizard(qtbot, wizard, {**CLEAR, Q.ONSET: "sudden_recent"})
    view = wizard.outcome
    assert label(view, "Suggested routine").text() == NAMES["acute_strain"]
    # No foam rolling after a sudden strain, so trigger-point release isn't offered.
    assert not has_named(view, f"Pick another routine: {NAMES['trigger_point_release']}")

    # Nor anything with strengthening in the first 3 days, and the page says why.
    assert not has_named(view, f"Pick another routine: {NAMES['piriformis_relief']}")
    assert NAMES["piriformis_relief"] in label(view, "Routines not offered").text()
    click(qtbot, button(view, f"Pick another routine: {NAMES['gentle_fallback']}"))

    outcome, _, chosen = finished[-1]
    assert outcome.route == "acute_strain"
    assert chosen == "gentle_fallback"


def test_high_pain_offers_no_other_routine(qtbot: QtBot, wizard: TriageWizard) -> None:
    run_wizard(qtbot, wizard, {**CLEAR, Q.PAIN: 9})
    view = wizard.outcome
    assert label(view, "Suggested routine").text() == NAMES["gentle_only"]
    assert not any(has_named(view, f"Pick another routine: {n}") for n in NAMES.values())


MY_STRENGTH = Routine("my_band_work", "My band work", "", (), built_around=ExerciseKind.STRENGTH)


@pytest.mark.parametrize(
    ("changes", "offered"),
    [
        ({}, True),
        ({Q.PAIN: 6}, False),  # pain 6-7: no strengthening, so not a strength routine
        ({Q.PAIN: 9}, False),  # gentle only: no choosing at all
    ],
)
def test_own_routines_are_offered_under_my_routines(
    qtbot: QtBot, changes: dict[str, AnswerValue], offered: bool
) -> None:
    wizard = TriageWizard(CONFIG, {**ROUTINES, MY_STRENGTH.id: MY_STRENGTH}, own={MY_STRENGTH.id})
    qtbot.addWidget(wizard)
    got: list[Finished] = []
    wizard.finished.connect(lambda o, a, r: got.append((o, a, r)))
    wizard.show()
    wizard.activateWindow()
    qtbot.waitUntil(wizard.isActiveWindow)
    wizard.start()
    run_wizard(qtbot, wizard, {**CLEAR, Q.WHERE: frozenset({"deep_buttock"}), **changes})
    view = wizard.outcome
    assert has_named(view, "Pick my routine: My band work") is offered
    assert has_named(view, "My routines note") is offered
    assert not has_named(view, "Pick another routine: My band work")
    if offered:
        assert "did not choose these" in label(view, "My routines note").text()
        click(qtbot, button(view, "Pick my routine: My band work"))
        assert got[-1][2] == "my_band_work"


# --- moving around ---------------------------------------------------------------


def test_back_removes_the_last_page_then_esc_goes_home(qtbot: QtBot, wizard: TriageWizard) -> None:
    run_wizard(qtbot, wizard, {Q.AGE: 30, Q.CAUDA: frozenset(), Q.LEGS: frozenset()})
    assert wizard.gate is not None and wizard.gate.questions[0].id == Q.INJURY
    assert label(wizard, "Progress").text() == "Question 3 of 5"
    assert set(wizard.answers.values) == {Q.AGE, Q.CAUDA, Q.LEGS}

    press(qtbot, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)

    assert wizard.gate is not None
    assert [q.id for q in wizard.gate.questions] == [Q.CAUDA, Q.LEGS]
    assert set(wizard.answers.values) == {Q.AGE}
    assert label(wizard, "Progress").text() == "Question 2 of 5"
    assert QApplication.focusWidget() is wizard.gate.none_button

    click(qtbot, button(wizard, "Back"))
    assert shown(wizard) == Q.AGE
    assert not wizard.answers.values
    assert not has_named(wizard, "Back")
    assert on_screen(wizard) == 30

    with qtbot.waitSignal(wizard.cancelled):
        press(qtbot, Qt.Key.Key_Escape)


def test_a_checklist_page_takes_one_key_when_none_apply(qtbot: QtBot, wizard: TriageWizard) -> None:
    """Four safety screens of yes/no lines used to take ~20 answers; now one Enter each."""
    run_wizard(qtbot, wizard, {Q.AGE: 30})
    for expected in ([Q.CAUDA, Q.LEGS], [Q.INJURY, Q.UNWELL, Q.CANCER, Q.PAIN_PATTERN]):
        assert wizard.gate is not None
        assert [q.id for q in wizard.gate.questions] == expected
        for question in wizard.gate.questions:
            text = wizard.gate.list.text()
            assert all(html.escape(o.label) in text for o in question.options)
        press(qtbot, Qt.Key.Key_Return)
    assert shown(wizard) == Q.ONSET
    for question_id in (Q.CAUDA, Q.LEGS, Q.INJURY, Q.UNWELL, Q.PAIN_PATTERN):
        assert wizard.answers.selected(question_id) == frozenset()
    assert wizard.answers.values[Q.CANCER] is False


def test_a_fall_ticked_on_the_checklist_asks_about_bones(
    qtbot: QtBot, wizard: TriageWizard
) -> None:
    run_wizard(qtbot, wizard, {Q.AGE: 40, Q.CAUDA: frozenset(), Q.LEGS: frozenset()})
    assert wizard.gate is not None
    click(qtbot, wizard.gate.some_button)
    assert Q.BONES not in [p.question.id for p in wizard.shown_pages()]
    fall = CONFIG.question(Q.INJURY).options[1]
    assert fall.id == "fall"
    click(qtbot, answer_button(wizard, "Yes", fall.label))
    assert Q.BONES in [p.question.id for p in wizard.shown_pages()]


def test_back_from_a_routine_reopens_the_pain_question(qtbot: QtBot, wizard: TriageWizard) -> None:
    run_wizard(qtbot, wizard, CLEAR)
    press(qtbot, Qt.Key.Key_Escape)

    pages = wizard.shown_pages()
    assert [p.question.id for p in pages] == [Q.WHERE, Q.SIDE, Q.PAIN]
    assert Q.PAIN not in wizard.answers
    assert pages[2].answer() == 3
    pages[2].setFocus()
    press(qtbot, Qt.Key.Key_9)
    press(qtbot, Qt.Key.Key_Return)
    assert label(wizard.outcome, "Suggested routine").text() == NAMES["gentle_only"]


def test_every_part_needs_an_answer_before_next(qtbot: QtBot, wizard: TriageWizard) -> None:
    run_wizard(qtbot, wizard, {Q.AGE: 30})
    assert wizard.gate is not None
    click(qtbot, wizard.gate.some_button)
    page = wizard.page
    assert page is not None and page.question.id == Q.CAUDA
    next_button = button(wizard, "Next")
    assert not next_button.isEnabled()
    for part in page.question.options[:3]:
        click(qtbot, answer_button(wizard, "No", part.label))
    for part in CONFIG.question(Q.LEGS).options:
        click(qtbot, answer_button(wizard, "No", part.label))
    assert not next_button.isEnabled()

    press(qtbot, Qt.Key.Key_Return)

    assert wizard.page is page, "Enter with a part unanswered stays on the page"
    assert "every line" in label(wizard, "Hint").text()
    last = page.question.options[3].label
    assert QApplication.focusWidget() is answer_button(wizard, "Yes", last)
    press(qtbot, Qt.Key.Key_N)
    assert next_button.isEnabled()
    assert not has_named(wizard, "Hint")


def test_arrow_keys_move_between_lines(qtbot: QtBot, wizard: TriageWizard) -> None:
    run_wizard(qtbot, wizard, {Q.AGE: 30})
    assert wizard.gate is not None
    click(qtbot, wizard.gate.some_button)
    labels = [o.label for o in CONFIG.question(Q.CAUDA).options]
    assert QApplication.focusWidget() is answer_button(wizard, "Yes", labels[0])
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Right)
    assert QApplication.focusWidget() is answer_button(wizard, "No", labels[1])
    press(qtbot, Qt.Key.Key_Down)
    assert QApplication.focusWidget() is answer_button(wizard, "No", labels[2])
    press(qtbot, Qt.Key.Key_Space)
    assert answer_button(wizard, "No", labels[2]).isChecked()


def test_a_screen_reader_reads_each_yes_no_line_once(qtbot: QtBot, wizard: TriageWizard) -> None:
    run_wizard(qtbot, wizard, {Q.AGE: 30})
    assert wizard.gate is not None
    click(qtbot, wizard.gate.some_button)
    shown = [w for w in wizard.findChildren(QWidget) if w.isVisibleTo(wizard)]
    for part in CONFIG.question(Q.CAUDA).options:
        saying = [w for w in shown if part.label in (w.accessibleName(), text_of(w))]
        assert len(saying) == 1 and isinstance(saying[0], QLabel), part.label
        assert saying[0].buddy() is answer_button(wizard, "Yes", part.label)
        for word in ("Yes", "No"):
            answer = answer_button(wizard, word, part.label)
            assert (answer.accessibleName(), answer.accessibleDescription()) == (word, part.label)


def text_of(widget: QWidget) -> str:
    """What a label shows (a screen reader's name for it when it has none of its own)."""
    return widget.text() if isinstance(widget, QLabel) else ""


def test_arrow_keys_pick_a_single_choice(qtbot: QtBot, wizard: TriageWizard) -> None:
    run_wizard(qtbot, wizard, {k: v for k, v in CLEAR.items() if k != Q.ONSET})
    assert shown(wizard) == Q.ONSET
    for _ in range(3):
        press(qtbot, Qt.Key.Key_Down)
    assert on_screen(wizard) == "gradual_recurring"
    press(qtbot, Qt.Key.Key_Tab)  # to "about how many days ago"
    type_text("14")
    press(qtbot, Qt.Key.Key_Return)
    assert shown(wizard) == Q.WHERE


def test_none_of_these_cannot_be_ticked_with_other_places(
    qtbot: QtBot, wizard: TriageWizard
) -> None:
    run_wizard(qtbot, wizard, {k: v for k, v in CLEAR.items() if k not in (Q.WHERE, Q.PAIN)})
    where = CONFIG.question(Q.WHERE)
    labels = {o.id: o.label for o in where.options}
    click(qtbot, button(wizard, labels["deep_buttock"]))
    click(qtbot, button(wizard, labels["knots"]))
    assert wizard.page is not None and wizard.page.answer() == frozenset({"deep_buttock", "knots"})

    click(qtbot, button(wizard, labels["none"]))
    assert wizard.page.answer() == frozenset({"none"})
    click(qtbot, button(wizard, labels["sitting_bone"]))
    assert wizard.page.answer() == frozenset({"sitting_bone"})


def test_every_place_is_reached_and_ticked_by_keys_alone(
    qtbot: QtBot, wizard: TriageWizard
) -> None:
    """The list is one tab stop; Down reaches each check box in turn, Space ticks it, and
    Tab goes on to the next question (it used to reach only the first box)."""
    run_wizard(qtbot, wizard, {k: v for k, v in CLEAR.items() if k not in (Q.WHERE, Q.PAIN)})
    where = CONFIG.question(Q.WHERE)
    boxes = [button(wizard, o.label) for o in where.options]
    assert QApplication.focusWidget() is boxes[0]
    for expected in boxes[1:]:
        press(qtbot, Qt.Key.Key_Down)
        assert QApplication.focusWidget() is expected
    labels = {o.id: o.label for o in where.options}
    target = button(wizard, labels["deep_buttock"])
    while QApplication.focusWidget() is not target:
        press(qtbot, Qt.Key.Key_Up)
    press(qtbot, Qt.Key.Key_Space)
    press(qtbot, Qt.Key.Key_Tab)
    side = [button(wizard, o.label) for o in CONFIG.question(Q.SIDE).options]
    assert QApplication.focusWidget() is side[0]
    press(qtbot, Qt.Key.Key_Down)  # picks "right"
    press(qtbot, Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is target, "back to where the list was left"
    assert wizard.shown_pages()[0].answer() == frozenset({"deep_buttock"})
    assert wizard.shown_pages()[1].answer() == "right"


# --- screenshots ---------------------------------------------------------------

LOOKS = [
    ("light", 100),
    ("dark", 100),
    ("light", 130),
    ("dark", 130),
    ("light", 200),
    ("dark", 200),
]
"""(colour scheme, text size in percent): every screen is checked in each."""


@pytest.fixture(params=LOOKS, ids=[f"{s}-{p}%" for s, p in LOOKS])
def look(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    """The app themed light or dark at a text size; restored afterwards. The name says
    the base font in points (14, 18, 28)."""
    scheme, size = request.param
    font, sheet, palette = qapp.font(), qapp.styleSheet(), qapp.palette()
    shown = active.palette()
    apply_theme(qapp, text_size=size, theme=scheme)
    yield f"{scheme}_{point_size(size)}pt"
    active.set_palette(shown)
    qapp.setPalette(palette)
    qapp.setFont(font)
    qapp.setStyleSheet(sheet)


def look_text_size(look: str) -> int:
    """The text size in percent of a ``look`` name (e.g. "dark_18pt" -> 130)."""
    return next(size for scheme, size in LOOKS if look == f"{scheme}_{point_size(size)}pt")


def clipped(root: QWidget) -> list[str]:
    """Visible labels, buttons (push, radio, check) and drop-down lists too small for their
    text, and scroll areas too narrow."""
    problems = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root):
            continue
        if isinstance(widget, QLabel) and widget.wordWrap():
            if widget.heightForWidth(widget.width()) > widget.height() + 1:
                problems.append(f"label cut off: {widget.text()[:40]!r}")
        elif isinstance(widget, QLabel | QAbstractButton):
            if widget.sizeHint().width() > widget.width() + 1:
                problems.append(f"{type(widget).__name__} too narrow: {widget.text()[:40]!r}")
        elif isinstance(widget, QComboBox) and combo_text_cut(widget):
            problems.append(f"drop-down list too narrow: {widget.currentText()[:40]!r}")
        elif isinstance(widget, QScrollArea) and (inner := widget.widget()) is not None:
            content = inner.minimumSizeHint().width()
            if content > widget.viewport().width():
                name = inner.accessibleName() or type(inner).__name__
                problems.append(f"scroll area content wider than the window: {name} {content}px")
    return problems


def combo_text_cut(combo: QComboBox) -> bool:
    """Whether the chosen item's text is wider than the box's text field."""
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    field = combo.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, combo
    )
    return combo.fontMetrics().horizontalAdvance(combo.currentText()) > field.width() + 1


def shot_dirs(tmp_path: Path) -> list[Path]:
    dirs = [tmp_path, Path("/tmp/shots")]
    if os.environ.get("SHOTS_DIR"):
        dirs.append(Path(os.environ["SHOTS_DIR"]))
    for folder in dirs:
        folder.mkdir(parents=True, exist_ok=True)
    return dirs


def shoot(widget: QWidget, name: str, dirs: list[Path]) -> None:
    """Save what ``widget`` shows as ``name``.png in every folder; fail if text is cut off
    or the window is wider than 1024 px."""
    QTest.qWait(30)  # layout requests travel up one level per event-loop pass
    deadline = time.monotonic() + 2.0  # a deep page on a busy machine: until it settles
    while clipped(widget) and time.monotonic() < deadline:
        QTest.qWait(20)
    image = widget.grab()
    for folder in dirs:
        assert image.save(str(folder / f"{name}.png"))
    assert not clipped(widget), f"{name}: {clipped(widget)}"
    assert widget.window().width() <= 1024, f"{name}: window {widget.window().width()} px wide"


SAFE_UNTIL_CANCER = {k: v for k, v in CLEAR.items() if k in list(CLEAR)[:5]}


def test_screenshots(qtbot: QtBot, tmp_path: Path, look: str) -> None:
    dirs = shot_dirs(tmp_path)
    wizard = TriageWizard(CONFIG, ROUTINES)
    qtbot.addWidget(wizard)
    wizard.resize(1024, 700)
    wizard.show()
    wizard.activateWindow()
    qtbot.waitUntil(wizard.isActiveWindow)

    wizard.start()
    run_wizard(qtbot, wizard, {Q.AGE: 40})
    assert wizard.gate is not None
    shoot(wizard, f"triage_checklist_{look}", dirs)
    click(qtbot, wizard.gate.some_button)
    for key in (Qt.Key.Key_N, Qt.Key.Key_N, Qt.Key.Key_Y):
        press(qtbot, key)
    shoot(wizard, f"triage_multi_part_{look}", dirs)
    for option in CONFIG.question(Q.CAUDA).options[2:]:
        click(qtbot, answer_button(wizard, "No", option.label))
    for option in CONFIG.question(Q.LEGS).options:
        click(qtbot, answer_button(wizard, "No", option.label))
    press(qtbot, Qt.Key.Key_Return)
    assert wizard.gate is not None
    shoot(wizard, f"triage_safety_checklist_{look}", dirs)
    run_wizard(qtbot, wizard, {k: v for k, v in CLEAR.items() if k != Q.WHERE})
    assert shown(wizard) == Q.WHERE
    answer_current(qtbot, wizard, wizard.shown_pages()[0], frozenset({"deep_buttock", "knots"}))
    answer_current(qtbot, wizard, wizard.shown_pages()[1], "left")
    shoot(wizard, f"triage_choice_{look}", dirs)
    answer_current(qtbot, wizard, wizard.shown_pages()[2], 6)
    shoot(wizard, f"triage_pain_{look}", dirs)
    press(qtbot, Qt.Key.Key_Return)
    assert label(wizard.outcome, "Suggested routine").text() == NAMES["piriformis_relief"]
    shoot(wizard, f"triage_route_{look}", dirs)

    wizard.start()
    run_wizard(
        qtbot,
        wizard,
        {Q.AGE: 40, Q.CAUDA: frozenset({"saddle_numbness", "leaking"}), Q.LEGS: frozenset()},
    )
    shoot(wizard, f"triage_emergency_{look}", dirs)

    before = BeforeSessionScreen(CONFIG)
    qtbot.addWidget(before)
    before.resize(1024, 700)
    before.show()
    before.start(
        replace(
            FIRST_SESSION,
            heading="Anything new since your last session?",
            ask_morning_pain=True,
            last_pre_pain=3,
        )
    )
    shoot(before, f"before_session_top_{look}", dirs)
    assert before.gate is not None
    click(qtbot, before.gate.some_button)
    button(before, "Start the session").setFocus()
    last = CONFIG.check_questions[-1].options[-1].label
    before.scroll_area.ensureWidgetVisible(answer_button(before, "No", last))
    shoot(before, f"before_session_check_{look}", dirs)


def test_the_clipping_check_sees_cut_radio_buttons_and_drop_down_lists(qtbot: QtBot) -> None:
    """The screenshot tests rely on ``clipped``: it must report what a person sees cut."""
    root = QWidget()
    qtbot.addWidget(root)
    radio = QRadioButton("Pain now ten out of ten", root)
    combo = QComboBox(root)
    combo.addItem("English (United Kingdom), the default voice")
    root.show()
    for widget in (radio, combo):
        widget.setFixedWidth(60)
    assert sorted(p.split(":")[0] for p in clipped(root)) == [
        "QRadioButton too narrow",
        "drop-down list too narrow",
    ]
    for widget in (radio, combo):
        widget.setFixedWidth(widget.sizeHint().width() + 40)
    assert clipped(root) == []
