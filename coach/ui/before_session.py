"""Before each session: pain now, the morning after last time, how far symptoms
reach, and the 3-question safety check (docs/clinical-basis.md s.1a and s.4).

Whether the session may start is decided by ``pre_session_check``; this screen
only collects the answers. Keys: Enter = Start (or the focused button; if
something is unanswered it jumps there), Esc = Home.
"""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from coach.domain.history import SymptomsReach
from coach.domain.triage import (
    AnswerValue,
    Option,
    Outcome,
    QuestionId,
    TriageAnswers,
    TriageConfig,
    pre_session_check,
)
from coach.flow.before import BeforeAnswers
from coach.ui.keys import bind_keys
from coach.ui.outcome_view import OutcomeView
from coach.ui.question_page import (
    ChoiceList,
    Hint,
    QuestionPage,
    press_focused,
)
from coach.ui.scrolling import scroll_area
from coach.ui.theme import make_title

NO_SYMPTOMS = "none"
"""Reach option for "no pain or other symptoms now" (recorded as None)."""

REACH_OPTIONS: tuple[Option, ...] = (
    Option(SymptomsReach.BUTTOCK, "Only in my buttock"),
    Option(SymptomsReach.THIGH, "Down into my thigh"),
    Option(SymptomsReach.BELOW_KNEE, "Below my knee"),
    Option(SymptomsReach.FOOT, "Down to my foot"),
    Option(NO_SYMPTOMS, "I have no pain or other symptoms now"),
)


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
        self.setAccessibleName("Before the session")
        self._config = config
        self.pain_now: QuestionPage
        self.morning: QuestionPage | None = None
        self.reach: ChoiceList
        self.checks: list[QuestionPage] = []
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
        self.start(ask_morning_pain=False, last_pre_pain=None)

    def set_config(self, config: TriageConfig) -> None:
        """Use ``config`` from the next check on (e.g. another region's number)."""
        self._config = config

    def _form_screen(self) -> QWidget:
        screen = QWidget(self)
        title = QLabel("Before you start", screen)
        make_title(title)
        self.scroll_area = scroll_area(screen)
        self.hint = Hint(screen)
        self.start_button = QPushButton("Start the session (Enter)", screen)
        self.start_button.setAccessibleName("Start the session")
        self.start_button.setProperty("primary", True)
        self.start_button.clicked.connect(self._submit)
        self.home_button = QPushButton("Back to Home", screen)
        self.home_button.setAccessibleName("Back to Home")
        self.home_button.clicked.connect(self.cancelled.emit)
        bind_keys(
            screen,
            (
                (Qt.Key.Key_Return, self._enter),
                (Qt.Key.Key_Enter, self._enter),
                (Qt.Key.Key_Escape, self.cancelled.emit),
            ),
        )
        buttons = QHBoxLayout()
        buttons.addWidget(self.home_button)
        buttons.addStretch(1)
        buttons.addWidget(self.start_button)
        layout = QVBoxLayout(screen)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(title)
        layout.addWidget(self.scroll_area, 1)
        layout.addWidget(self.hint)
        layout.addLayout(buttons)
        return screen

    def start(self, *, ask_morning_pain: bool, last_pre_pain: int | None) -> None:
        """Fresh, unanswered questions; the morning question only if ``ask_morning_pain``."""
        body = QWidget()
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(28)
        pain = self._config.question(QuestionId.PAIN)
        self.pain_now = QuestionPage(pain, name="Pain now", parent=body)
        column.addWidget(self.pain_now)
        self.morning = None
        if ask_morning_pain:
            before = (
                f" Before that session it was {last_pre_pain} out of 10."
                if last_pre_pain is not None
                else ""
            )
            morning = dataclasses.replace(
                pain,
                text="How was your pain this morning, compared with before your last session?",
                help=f"Score your pain on the morning after your last session.{before}",
            )
            self.morning = QuestionPage(morning, name="Pain this morning", parent=body)
            column.addWidget(self.morning)
        column.addWidget(self._reach_block(body))
        self.checks = [QuestionPage(q, parent=body) for q in self._config.check_questions]
        for page in self.checks:
            column.addWidget(page)
        self._items = [self.pain_now, *([self.morning] if self.morning else []), self.reach]
        self._items += self.checks
        for page in self._pages():
            page.answer_changed.connect(self._update_start)
        self.scroll_area.setWidget(body)
        if self.checks and self.checks[-1].rows:
            # After the last line's N, focus moves on to Start, not to whatever the
            # window built next (a first-start banner's OK, which Enter would press).
            QWidget.setTabOrder(self.checks[-1].rows[-1].no, self.start_button)
        self.hint.say("")
        self.stack.setCurrentWidget(self.form)
        self._update_start()
        self.pain_now.setFocus(Qt.FocusReason.OtherFocusReason)

    def _reach_block(self, parent: QWidget) -> QWidget:
        block = QWidget(parent)
        column = QVBoxLayout(block)
        column.setContentsMargins(0, 0, 0, 0)
        question = QLabel("How far down do your symptoms reach?", block)
        question.setWordWrap(True)
        make_title(question, 1.25)
        help_label = QLabel(
            "Pick the lowest place where you feel pain, tingling or numbness.", block
        )
        help_label.setWordWrap(True)
        help_label.setProperty("role", "caption")
        self.reach = ChoiceList(REACH_OPTIONS, multiple=False, parent=block)
        self.reach.setAccessibleName("How far symptoms reach")
        self.reach.changed.connect(self._update_start)
        column.addWidget(question)
        column.addWidget(help_label)
        column.addWidget(self.reach)
        return block

    def _pages(self) -> list[QuestionPage]:
        return [item for item in self._items if isinstance(item, QuestionPage)]

    def _complete(self) -> bool:
        return bool(self.reach.selected()) and all(p.answer() is not None for p in self._pages())

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
        self.hint.say("Please answer every question first.")
        for item in self._items:
            if item.focus_first_missing():
                return

    def _submit(self) -> None:
        pain_now = self.pain_now.answer()
        morning = self.morning.answer() if self.morning is not None else None
        reach = self.reach.selected()
        if not isinstance(pain_now, int) or not reach or not self._complete():
            return
        values: dict[str, AnswerValue] = {}
        for page in self.checks:
            value = page.answer()
            assert value is not None
            values[page.question.id] = value
        check = TriageAnswers(values)
        outcome = pre_session_check(check, self._config)
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
