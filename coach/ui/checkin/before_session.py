"""Before each session: anything new (every red flag that can be new, in one list
answered "No, nothing new"), pain now, the morning after last time, and how far
symptoms reach (docs/clinical-basis.md s.1a and s.4).

Whether the session may start is decided by ``pre_session_check``; this screen
only collects the answers. Keys: Enter = Start (or the focused button; if
something is unanswered it jumps there), Esc = Home.
"""

from __future__ import annotations

import contextlib
import dataclasses

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import (
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from coach.domain.history import SymptomsReach
from coach.domain.triage import (
    Option,
    Outcome,
    Question,
    QuestionId,
    TriageAnswers,
    TriageConfig,
    pre_session_check,
)
from coach.domain.triage.pages import none_of_these
from coach.domain.triage.wizard import check_relevant
from coach.flow.before import BeforeAnswers
from coach.flow.recheck import BeforeQuestions
from coach.ui.checkin.answer_controls import ChoiceList, press_focused
from coach.ui.checkin.checklist_gate import ChecklistGate
from coach.ui.checkin.outcome_view import OutcomeView
from coach.ui.checkin.question_page import Hint, QuestionPage
from coach.ui.widgets.flow_layout import FlowLayout
from coach.ui.widgets.keys import bind_keys
from coach.ui.widgets.pain_scale import PainScale
from coach.ui.widgets.scrolling import scroll_area
from coach.ui.widgets.theme import make_title

NO_SYMPTOMS = "none"
"""Reach option for "no pain or other symptoms now" (recorded as None)."""

REACH_OPTIONS: tuple[Option, ...] = (
    Option(
        SymptomsReach.BUTTOCK, str(QT_TRANSLATE_NOOP("BeforeSessionScreen", "Only in my buttock"))
    ),
    Option(
        SymptomsReach.THIGH, str(QT_TRANSLATE_NOOP("BeforeSessionScreen", "Down into my thigh"))
    ),
    Option(
        SymptomsReach.BELOW_KNEE, str(QT_TRANSLATE_NOOP("BeforeSessionScreen", "Below my knee"))
    ),
    Option(SymptomsReach.FOOT, str(QT_TRANSLATE_NOOP("BeforeSessionScreen", "Down to my foot"))),
    Option(
        NO_SYMPTOMS,
        str(QT_TRANSLATE_NOOP("BeforeSessionScreen", "I have no pain or other symptoms now")),
    ),
)
"""In English: the screen shows each label through ``tr``."""

HEADINGS = (
    str(QT_TRANSLATE_NOOP("BeforeSessionScreen", "Anything new since your check-in?")),
    str(QT_TRANSLATE_NOOP("BeforeSessionScreen", "Anything new since your last session?")),
)
"""The red-flag list's headings that ``coach.flow.recheck`` gives (Qt-free, in English),
here so that the catalogue has them: the screen shows the heading through ``tr``."""


FIRST_SESSION = BeforeQuestions(
    ask_checks=True,
    heading=HEADINGS[0],
    ask_morning_pain=False,
    last_pre_pain=None,
    reach=None,
    age=None,
)
"""What the screen asks when nothing is known yet."""


class BeforeSessionScreen(QWidget):
    """The questions before a session, then either ``ready`` or the red-flag page.

    ``ready(BeforeAnswers)``: every answer given and ``pre_session_check`` is clear.
    ``red_flag(outcome, check_answers)``: the check found a red flag; the page
    shows it with only "Back to Home". ``cancelled()``: Esc or "Back to Home".
    """

    ready = Signal(BeforeAnswers)
    red_flag = Signal(Outcome, TriageAnswers)
    cancelled = Signal()

    def __init__(self, config: TriageConfig, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Before the session"))
        self.setProperty("questions", True)  # compact buttons: rows of answers fit at 200%
        self._config = config
        self.pain_now: QuestionPage
        self.morning: QuestionPage | None = None
        self.reach: ChoiceList
        self.checks: list[QuestionPage] = []
        self.gate: ChecklistGate | None = None
        self._nothing_new_said = False
        self._morning_set_by_person = False
        self._age: int | None = None
        self._items: list[QuestionPage | ChoiceList] = []
        self.stack = QStackedWidget(self)
        self.form = self._form_screen()
        self.outcome = OutcomeView({}, parent=self)
        self.outcome.home_requested.connect(self.cancelled.emit)
        self.stack.addWidget(self.form)
        self.stack.addWidget(self.outcome)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addWidget(self.stack)
        self.start(FIRST_SESSION)

    def set_config(self, config: TriageConfig) -> None:
        """Use ``config`` from the next check on (e.g. another region's number)."""
        self._config = config

    def _form_screen(self) -> QWidget:
        screen = QWidget(self)
        title = QLabel(self.tr("Before you start"), screen)
        make_title(title)
        self.scroll_area = scroll_area(screen)
        self.hint = Hint(screen)
        self.start_button = QPushButton(self.tr("Start the session (Enter)"), screen)
        self.start_button.setAccessibleName(self.tr("Start the session"))
        self.start_button.setProperty("primary", True)
        self.start_button.clicked.connect(self._submit)
        self.home_button = QPushButton(self.tr("Back to Home"), screen)
        self.home_button.setAccessibleName(self.tr("Back to Home"))
        self.home_button.clicked.connect(self.cancelled.emit)
        bind_keys(
            screen,
            (
                (Qt.Key.Key_Return, self._enter),
                (Qt.Key.Key_Enter, self._enter),
                (Qt.Key.Key_Escape, self.cancelled.emit),
            ),
        )
        buttons = FlowLayout(right_aligned=True)  # wraps at 200% text instead of widening
        buttons.addWidget(self.home_button)
        buttons.addWidget(self.start_button)
        layout = QVBoxLayout(screen)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(title)
        layout.addWidget(self.scroll_area, 1)
        layout.addWidget(self.hint)
        layout.addLayout(buttons)
        return screen

    def start(self, asks: BeforeQuestions) -> None:
        """Fresh questions as ``asks`` says: the red-flag list ("No, nothing new" focused)
        unless a check-in was just done, today's pain, the morning after last time (if
        asked; it starts as today's score), and how far symptoms reach (last time's
        answer preselected)."""
        body = QWidget()
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(28)
        self._age = asks.age
        self.gate = None
        self.checks = []
        if asks.ask_checks:
            shown = self._relevant_checks(TriageAnswers())
            self.gate = ChecklistGate(
                shown,
                body,
                heading=self.tr(asks.heading),
                none_text=self.tr("No, nothing new (Enter)"),
                some_text=self.tr("Yes, something new"),
            )
            self.gate.none_chosen.connect(self._nothing_new)
            self.gate.some_chosen.connect(self._open_checks)
            column.addWidget(self.gate)
            self.checks = [QuestionPage(q, parent=body) for q in self._config.check_questions]
            for page in self.checks:
                page.hide()
                column.addWidget(page)
        pain = self._config.question(QuestionId.PAIN)
        self.pain_now = QuestionPage(pain, name=self.tr("Pain now"), parent=body)
        column.addWidget(self.pain_now)
        self.morning = None
        self._morning_set_by_person = False
        if asks.ask_morning_pain:
            before = (
                " "
                + self.tr("Before that session it was {score} out of 10.").format(
                    score=asks.last_pre_pain
                )
                if asks.last_pre_pain is not None
                else ""
            )
            morning = dataclasses.replace(
                pain,
                text=self.tr(
                    "How was your pain this morning, compared with before your last session?"
                ),
                help=self.tr("It starts as today's score: change it if this morning was different.")
                + before,
            )
            self.morning = QuestionPage(morning, name=self.tr("Pain this morning"), parent=body)
            column.addWidget(self.morning)
        column.addWidget(self._reach_block(body))
        self.reach.set_selected({asks.reach.value if asks.reach else SymptomsReach.BUTTOCK.value})
        self._items = [self.pain_now, *([self.morning] if self.morning else []), self.reach]
        for page in self._pages():
            page.answer_changed.connect(self._update_start)
        self.pain_now.answer_changed.connect(self._pain_changed)
        for scale in self._morning_scales():
            scale.value_changed.connect(self._morning_changed_by_person)
        for page in self.checks:
            page.answer_changed.connect(self._checks_changed)
        self.scroll_area.setWidget(body)
        self.hint.say("")
        self.stack.setCurrentWidget(self.form)
        self._update_start()
        first: QWidget = self.gate if self.gate is not None else self.pain_now
        first.setFocus(Qt.FocusReason.OtherFocusReason)

    def _relevant_checks(self, answers: TriageAnswers) -> tuple[Question, ...]:
        return tuple(
            q
            for q in self._config.check_questions
            if check_relevant(q, answers, self._config, age=self._age)
        )

    def _nothing_new(self) -> None:
        """ "No, nothing new": the list folds away and today's pain is next."""
        assert self.gate is not None
        self.gate.hide()
        self._nothing_new_said = True
        self._update_start()
        self.pain_now.setFocus(Qt.FocusReason.OtherFocusReason)

    def _open_checks(self) -> None:
        """ "Yes, something new": each red flag line by line."""
        assert self.gate is not None
        self.gate.hide()
        self._nothing_new_said = False
        self._checks_changed()
        shown = [p for p in self.checks if not p.isHidden()]
        if shown:
            shown[0].setFocus(Qt.FocusReason.OtherFocusReason)

    def _checks_changed(self) -> None:
        """Show the check questions that apply to what is ticked so far."""
        if self.gate is None or not self.gate.isHidden() or self._nothing_new_said:
            self._update_start()
            return
        answers = TriageAnswers()
        for page in self.checks:
            picked = page.picked()
            if picked is not None and not page.isHidden():
                with contextlib.suppress(ValueError):
                    answers = answers.with_answer(page.question.id, picked)
        wanted = {q.id for q in self._relevant_checks(answers)}
        for page in self.checks:
            page.setVisible(page.question.id in wanted)
        self._update_start()

    def _pain_changed(self) -> None:
        """This morning's score follows today's until the person changes it."""
        pain = self.pain_now.answer()
        if self.morning is None or self._morning_set_by_person or not isinstance(pain, int):
            return
        blockers = [QSignalBlocker(w) for w in (self.morning, *self._morning_scales())]
        self.morning.set_answer(pain)
        del blockers
        self._update_start()

    def _morning_scales(self) -> list[PainScale]:
        return self.morning.findChildren(PainScale) if self.morning is not None else []

    def _morning_changed_by_person(self, _score: int) -> None:
        self._morning_set_by_person = True

    def _reach_block(self, parent: QWidget) -> QWidget:
        block = QWidget(parent)
        column = QVBoxLayout(block)
        column.setContentsMargins(0, 0, 0, 0)
        question = QLabel(self.tr("How far down do your symptoms reach?"), block)
        question.setWordWrap(True)
        make_title(question, 1.25)
        help_label = QLabel(
            self.tr("Pick the lowest place where you feel pain, tingling or numbness."), block
        )
        help_label.setWordWrap(True)
        help_label.setProperty("role", "caption")
        options = tuple(dataclasses.replace(o, label=self.tr(o.label)) for o in REACH_OPTIONS)
        self.reach = ChoiceList(options, multiple=False, parent=block)
        self.reach.setAccessibleName(self.tr("How far symptoms reach"))
        self.reach.changed.connect(self._update_start)
        column.addWidget(question)
        column.addWidget(help_label)
        column.addWidget(self.reach)
        return block

    def _pages(self) -> list[QuestionPage]:
        return [item for item in self._items if isinstance(item, QuestionPage)]

    def _check_answers(self) -> TriageAnswers | None:
        """The red-flag answers given (None while incomplete); empty when not asked."""
        if self.gate is None:
            return TriageAnswers()
        if not self.gate.isHidden():
            return None
        if self._nothing_new_said:
            return TriageAnswers(none_of_these(self._relevant_checks(TriageAnswers())))
        shown = [p for p in self.checks if not p.isHidden()]
        values = {p.question.id: p.answer() for p in shown}
        if any(v is None for v in values.values()):
            return None
        return TriageAnswers({k: v for k, v in values.items() if v is not None})

    def _complete(self) -> bool:
        return (
            bool(self.reach.selected())
            and all(p.answer() is not None for p in self._pages())
            and self._check_answers() is not None
        )

    def _update_start(self) -> None:
        complete = self._complete()
        self.start_button.setEnabled(complete)
        if complete:
            self.hint.say("")

    def _enter(self) -> None:
        if press_focused(self.form):
            return
        if self._complete():
            self._submit()
            return
        self.hint.say(self.tr("Please answer every question first."))
        if self.gate is not None and not self.gate.isHidden():
            self.gate.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        shown_checks = [p for p in self.checks if not p.isHidden()]
        for item in [*shown_checks, *self._items]:
            if item.focus_first_missing():
                return

    def _submit(self) -> None:
        pain_now = self.pain_now.answer()
        morning = self.morning.answer() if self.morning is not None else None
        reach = self.reach.selected()
        check = self._check_answers()
        if not isinstance(pain_now, int) or not reach or check is None or not self._complete():
            return
        outcome = (
            pre_session_check(check, self._config, age=self._age) if self.gate is not None else None
        )
        if outcome is not None:
            self.stack.setCurrentWidget(self.outcome)
            self.outcome.show_outcome(outcome, offer_routine=False)
            self.red_flag.emit(outcome, check)
            return
        (reach_id,) = reach
        self.ready.emit(
            BeforeAnswers(
                pain_now=pain_now,
                reach=None if reach_id == NO_SYMPTOMS else SymptomsReach(reach_id),
                morning_pain=morning if isinstance(morning, int) else None,
            )
        )
