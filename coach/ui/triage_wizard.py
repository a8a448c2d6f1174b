"""The check-in wizard: one question at a time, then the outcome.

The wizard holds no rules: it asks ``next_question`` what to show and
``assess`` what it means (architecture pattern 8). Keys: Enter = Next (or the
focused button), Esc / Alt+Left = Back, Esc on the first question = Home.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from coach.domain.triage import (
    AnswerValue,
    Outcome,
    Question,
    QuestionKind,
    Route,
    Section,
    TriageAnswers,
    TriageConfig,
    assess,
    next_question,
)
from coach.figures.pose import Pose
from coach.ui.flow_layout import FlowLayout
from coach.ui.keys import bind_keys
from coach.ui.outcome_view import OutcomeView
from coach.ui.question_page import Hint, QuestionPage, press_focused
from coach.ui.scrolling import scroll_area
from coach.ui.theme import make_title
from coach.ui.visuals.routine_card import RoutineCardData

SECTION_TITLES: Mapping[Section, str] = {
    Section.SAFETY: "Safety first",
    Section.ROUTING: "About your pain",
    Section.CHECK: "Safety check",
}


class TriageWizard(QWidget):
    """Asks the triage questions and shows the outcome.

    ``finished(outcome, answers, chosen_route)``: for a red flag (no route) as
    soon as the outcome is shown, with ``chosen_route`` None; otherwise when the
    person takes the suggested routine or picks another allowed one.
    ``cancelled()``: the person went Home without taking a routine (also from
    a red-flag page, after ``finished``).
    """

    finished = Signal(object, object, object)
    cancelled = Signal()

    def __init__(
        self,
        config: TriageConfig,
        routine_names: Mapping[str, str],
        parent: QWidget | None = None,
        *,
        cards: Mapping[str, RoutineCardData] | None = None,
        poses: Mapping[str, Pose] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setAccessibleName("Check-in")
        self.setProperty("questions", True)  # compact buttons: rows of answers fit at 200%
        self._config = config
        self._answers = TriageAnswers()
        self._asked: list[str] = []
        self._undone: dict[str, AnswerValue] = {}
        self._outcome: Outcome | None = None
        self.page: QuestionPage | None = None

        self.stack = QStackedWidget(self)
        self.questions = self._question_screen()
        self.outcome = OutcomeView(
            routine_names,
            emergency_number=config.emergency_number,
            cards=cards,
            poses=poses,
            parent=self,
        )
        self.outcome.route_chosen.connect(self._route_chosen)
        self.outcome.back_requested.connect(self.back)
        self.outcome.home_requested.connect(self.cancelled.emit)
        self.stack.addWidget(self.questions)
        self.stack.addWidget(self.outcome)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 12, 24, 12)
        layout.addWidget(self.stack)

    def _question_screen(self) -> QWidget:
        screen = QWidget(self)
        self.section = QLabel(screen)
        self.section.setAccessibleName("Section")
        make_title(self.section, 1.3)
        self.progress = QLabel(screen)
        self.progress.setAccessibleName("Progress")
        self.scroll_area = scroll_area(screen)
        self.hint = Hint(screen)
        self.next_button = self._button(screen, "Next (Enter) ▶", "Next")
        self.next_button.setProperty("primary", True)
        self.next_button.clicked.connect(self.next)
        self.back_button = self._button(screen, "◀ Back (Esc)", "Back")
        self.back_button.clicked.connect(self.back)
        self.home_button = self._button(screen, "Back to Home", "Back to Home")
        self.home_button.clicked.connect(self.cancelled.emit)
        bind_keys(
            screen,
            (
                (Qt.Key.Key_Return, self._enter),
                (Qt.Key.Key_Enter, self._enter),
                (Qt.Key.Key_Escape, self._escape),
                (Qt.Modifier.ALT | Qt.Key.Key_Left, self.back),
            ),
        )
        top = QHBoxLayout()
        top.addWidget(self.section, 1)
        top.addWidget(self.progress, 0, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        buttons = FlowLayout(right_aligned=True)  # wraps at 200% text instead of widening
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.home_button)
        buttons.addWidget(self.next_button)
        layout = QVBoxLayout(screen)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.scroll_area, 1)
        layout.addWidget(self.hint)
        layout.addLayout(buttons)
        return screen

    @staticmethod
    def _button(parent: QWidget, text: str, name: str) -> QPushButton:
        button = QPushButton(text, parent)
        button.setAccessibleName(name)
        return button

    @property
    def answers(self) -> TriageAnswers:
        """The answers given so far."""
        return self._answers

    def start(self) -> None:
        """Forget every answer and show the first question."""
        self._answers = TriageAnswers()
        self._asked.clear()
        self._undone.clear()
        self._show_next()

    def next(self) -> None:
        """Store the current answer and move on; if it is incomplete, point at what's missing."""
        page = self.page
        if page is None or self.stack.currentWidget() is not self.questions:
            return
        value = page.answer()
        if value is None:
            self.hint.say(self._missing_text(page.question))
            page.focus_first_missing()
            return
        self._answers = self._answers.with_answer(page.question.id, value)
        self._asked.append(page.question.id)
        self._show_next()

    def back(self) -> None:
        """Remove the last answer and show its question again, with that answer picked."""
        if not self._asked:
            return
        last = self._asked.pop()
        self._undone[last] = self._answers.values[last]
        self._answers = self._answers.without(last)
        self._show_next()

    def _show_next(self) -> None:
        question = next_question(self._answers, self._config)
        if question is None:
            self._show_outcome()
            return
        page = QuestionPage(question)
        earlier = self._undone.get(question.id)
        if earlier is not None:
            page.set_answer(earlier)
        page.answer_changed.connect(self._update_next)
        self.page = page
        self.scroll_area.setWidget(page)
        self.section.setText(SECTION_TITLES[question.section])
        self.progress.setText(f"Question {len(self._asked) + 1}")
        self.back_button.setVisible(bool(self._asked))
        QWidget.setTabOrder(_last_focusable(page), self.next_button)
        QWidget.setTabOrder(self.next_button, self.back_button)
        QWidget.setTabOrder(self.back_button, self.home_button)
        self.stack.setCurrentWidget(self.questions)
        self._update_next()
        page.setFocus(Qt.FocusReason.OtherFocusReason)

    def _update_next(self) -> None:
        complete = self.page is not None and self.page.answer() is not None
        self.next_button.setEnabled(complete)
        if complete:
            self.hint.say("")

    @staticmethod
    def _missing_text(question: Question) -> str:
        if question.kind is QuestionKind.MULTI_YES_NO:
            return "Please answer Yes or No on every line."
        return "Please answer the question first."

    def _show_outcome(self) -> None:
        outcome = assess(self._answers, self._config)
        self._outcome = outcome
        self.page = None
        self.stack.setCurrentWidget(self.outcome)
        self.outcome.show_outcome(outcome, can_go_back=True)
        if outcome.route is None:
            self.finished.emit(outcome, self._answers, None)

    def _route_chosen(self, route_id: str) -> None:
        if self._outcome is not None:
            self.finished.emit(self._outcome, self._answers, Route(route_id))

    def _enter(self) -> None:
        if not press_focused(self.questions):
            self.next()

    def _escape(self) -> None:
        if self._asked:
            self.back()
        else:
            self.cancelled.emit()


def _last_focusable(page: QWidget) -> QWidget:
    """The page's last control that Tab reaches, so Next follows it (setTabOrder on
    the page itself would place Next after the page's focus proxy, its first line)."""
    tab = Qt.FocusPolicy.TabFocus
    controls = [w for w in page.findChildren(QWidget) if w.focusPolicy() & tab == tab]
    return controls[-1] if controls else page
