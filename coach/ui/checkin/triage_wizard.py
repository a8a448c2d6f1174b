"""The check-in wizard: a page of questions at a time, then the outcome.

The wizard holds no rules: it asks ``next_page`` what to show, ``page_questions``
which of a page's questions apply, and ``assess`` what it all means
(architecture pattern 8). A page of yes/no safety questions opens as one list
with "No, none of these". Keys: Enter = Next (or the focused button), Esc /
Alt+Left = Back, Esc on the first page = Home.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from coach.domain.routine import Routine
from coach.domain.triage import (
    AnswerValue,
    Outcome,
    Question,
    QuestionKind,
    Section,
    TriageAnswers,
    TriageConfig,
    assess,
)
from coach.domain.triage.pages import (
    PAGES,
    Page,
    is_checklist,
    next_page,
    none_of_these,
    page_number,
    page_questions,
)
from coach.figures.pose import Pose
from coach.ui.checkin.answer_controls import press_focused
from coach.ui.checkin.checklist_gate import ChecklistGate
from coach.ui.checkin.outcome_view import OutcomeView
from coach.ui.checkin.question_page import Hint, QuestionPage
from coach.ui.visuals.routine_card import RoutineCardData
from coach.ui.widgets.flow_layout import FlowLayout
from coach.ui.widgets.keys import bind_keys
from coach.ui.widgets.scrolling import scroll_area
from coach.ui.widgets.theme import make_title

SECTION_TITLES: Mapping[Section, str] = {
    Section.SAFETY: str(QT_TRANSLATE_NOOP("TriageWizard", "Safety first")),
    Section.ROUTING: str(QT_TRANSLATE_NOOP("TriageWizard", "About your pain")),
    Section.CHECK: str(QT_TRANSLATE_NOOP("TriageWizard", "Safety check")),
}
"""In English: translate them (context TriageWizard) to show them."""


class TriageWizard(QWidget):
    """Asks the triage questions and shows the outcome.

    ``finished(outcome, answers, chosen_route)``: for a red flag (no route) as
    soon as the outcome is shown, with ``chosen_route`` ""; otherwise when the
    person takes the suggested routine or picks another allowed one.
    ``cancelled()``: the person went Home without taking a routine (also from
    a red-flag page, after ``finished``).
    """

    finished = Signal(Outcome, TriageAnswers, str)
    cancelled = Signal()

    def __init__(
        self,
        config: TriageConfig,
        routines: Mapping[str, Routine],
        *,
        own: Collection[str] = (),
        cards: Mapping[str, RoutineCardData] | None = None,
        poses: Mapping[str, Pose] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """``routines`` may be picked on the outcome page; ``own`` are the person's."""
        super().__init__(parent)
        self.setAccessibleName(self.tr("Check-in"))
        self.setProperty("questions", True)  # compact buttons: rows of answers fit at 200%
        self._config = config
        self._answers = TriageAnswers()
        self._asked: list[tuple[str, ...]] = []
        """The question ids answered on each page so far, page by page."""
        self._undone: dict[str, AnswerValue] = {}
        self._outcome: Outcome | None = None
        self._page: Page | None = None
        self._pages: list[QuestionPage] = []
        self._gate: ChecklistGate | None = None

        self.stack = QStackedWidget(self)
        self.questions = self._question_screen()
        self.outcome = OutcomeView(routines, own=own, cards=cards, poses=poses, parent=self)
        self.outcome.route_chosen.connect(self._route_chosen)
        self.outcome.back_requested.connect(self.back)
        self.outcome.home_requested.connect(self.cancelled.emit)
        self.stack.addWidget(self.questions)
        self.stack.addWidget(self.outcome)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 12, 24, 12)
        layout.addWidget(self.stack)

    def set_config(self, config: TriageConfig) -> None:
        """Use ``config`` from the next outcome on (e.g. another region's number)."""
        self._config = config

    def _question_screen(self) -> QWidget:
        screen = QWidget(self)
        self.section = QLabel(screen)
        self.section.setAccessibleName(self.tr("Section"))
        make_title(self.section, 1.3)
        self.progress = QLabel(screen)
        self.progress.setAccessibleName(self.tr("Progress"))
        self.scroll_area = scroll_area(screen)
        self.hint = Hint(screen)
        self.next_button = self._button(screen, self.tr("Next (Enter) ▶"), self.tr("Next"))
        self.next_button.setProperty("primary", True)
        self.next_button.clicked.connect(self.next)
        self.back_button = self._button(screen, self.tr("◀ Back (Esc)"), self.tr("Back"))
        self.back_button.clicked.connect(self.back)
        self.home_button = self._button(screen, self.tr("Back to Home"), self.tr("Back to Home"))
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

    @property
    def page(self) -> QuestionPage | None:
        """The first question shown on the current page (None on the outcome)."""
        shown = self.shown_pages()
        return shown[0] if shown else None

    @property
    def gate(self) -> ChecklistGate | None:
        """The closed checklist of the current page ("None of these"), if one is shown."""
        return self._gate if self._gate is not None and not self._gate.isHidden() else None

    def shown_pages(self) -> list[QuestionPage]:
        """The questions on screen now, in order (none while the checklist is closed)."""
        if self.gate is not None:
            return []
        return [p for p in self._pages if not p.isHidden()]

    def start(self) -> None:
        """Forget every answer and show the first page."""
        self._answers = TriageAnswers()
        self._asked.clear()
        self._undone.clear()
        self._show_next()

    def next(self) -> None:
        """Store the page's answers and move on; if one is incomplete, point at it."""
        if self._page is None or self.stack.currentWidget() is not self.questions:
            return
        if self._gate is not None and not self._gate.isHidden():
            self._gate.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        shown = self.shown_pages()
        for page in shown:
            if page.answer() is None:
                self.hint.say(self._missing_text(page.question))
                page.focus_first_missing()
                return
        self._store({page.question.id: page.answer() for page in shown})

    def _none_of_these(self) -> None:
        """The checklist's "No, none of these": every question on the page is a no."""
        assert self._page is not None
        self._store(none_of_these(page_questions(self._page, self._answers, self._config)))

    def _open_checklist(self) -> None:
        """ "Yes, one or more": show the questions line by line."""
        assert self._gate is not None
        self._gate.hide()
        self._fit_to_answers()
        self.next_button.show()
        shown = self.shown_pages()
        if shown:
            shown[0].setFocus(Qt.FocusReason.OtherFocusReason)

    def _store(self, values: Mapping[str, AnswerValue | None]) -> None:
        answers = self._answers
        for question_id, value in values.items():
            assert value is not None
            answers = answers.with_answer(question_id, value)
        self._answers = answers
        self._asked.append(tuple(values))
        self._show_next()

    def back(self) -> None:
        """Remove the last page's answers and show it again, with those answers picked."""
        if not self._asked:
            return
        for last in self._asked.pop():
            self._undone[last] = self._answers.values[last]
            self._answers = self._answers.without(last)
        self._show_next()

    def _show_next(self) -> None:
        page = next_page(self._answers, self._config)
        self._page = page
        if page is None:
            self._show_outcome()
            return
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(24)
        by_id = {q.id: q for q in self._config.questions}
        questions = [by_id[i] for i in page.questions if i in by_id]
        self._pages = []
        for question in questions:
            view = QuestionPage(question, parent=holder)
            earlier = self._undone.get(question.id)
            if earlier is not None:
                view.set_answer(earlier)
            view.answer_changed.connect(self._answers_changed)
            self._pages.append(view)
        visible = page_questions(page, self._answers, self._config)
        earlier_yes = any(self._undone.get(q.id) for q in visible)
        self._gate = None
        if is_checklist(visible) and not earlier_yes:
            self._gate = ChecklistGate(visible, holder)
            self._gate.none_chosen.connect(self._none_of_these)
            self._gate.some_chosen.connect(self._open_checklist)
            column.addWidget(self._gate)
        for view in self._pages:
            column.addWidget(view)
        column.addStretch(1)
        self.scroll_area.setWidget(holder)
        self._fit_to_answers()
        self.section.setText(self.tr(SECTION_TITLES[questions[0].section]))
        self.progress.setText(
            self.tr("Question {n} of {total}").format(n=page_number(page), total=len(PAGES))
        )
        self.back_button.setVisible(bool(self._asked))
        self.next_button.setVisible(self._gate is None)
        last = _last_focusable(holder)
        QWidget.setTabOrder(last, self.next_button)
        QWidget.setTabOrder(self.next_button, self.back_button)
        QWidget.setTabOrder(self.back_button, self.home_button)
        self.stack.setCurrentWidget(self.questions)
        self._update_next()
        first = self._gate if self._gate is not None else next(iter(self.shown_pages()), holder)
        first.setFocus(Qt.FocusReason.OtherFocusReason)

    def _answers_changed(self) -> None:
        self._fit_to_answers()
        self._update_next()

    def _fit_to_answers(self) -> None:
        """Show the page's questions that apply given what is ticked so far (a
        follow-up appears once its trigger is ticked); the checklist hides them all."""
        if self._page is None:
            return
        answers = self._answers
        for view in self._pages:
            value = view.picked()
            if value is None or view.isHidden():
                continue
            try:
                answers = answers.with_answer(view.question.id, value)
            except ValueError:  # mid-change (e.g. "none" ticked before the rest clear)
                continue
        wanted = {q.id for q in page_questions(self._page, answers, self._config)}
        closed = self._gate is not None and not self._gate.isHidden()
        for view in self._pages:
            view.setVisible(view.question.id in wanted and not closed)

    def _update_next(self) -> None:
        shown = self.shown_pages()
        complete = bool(shown) and all(page.answer() is not None for page in shown)
        self.next_button.setEnabled(complete)
        if complete:
            self.hint.say("")

    def _missing_text(self, question: Question) -> str:
        if question.kind is QuestionKind.MULTI_YES_NO:
            return self.tr("Please answer Yes or No on every line.")
        return self.tr("Please answer every question first.")

    def _show_outcome(self) -> None:
        outcome = assess(self._answers, self._config)
        self._outcome = outcome
        self.stack.setCurrentWidget(self.outcome)
        self.outcome.show_outcome(outcome, can_go_back=True)
        if outcome.route is None:
            self.finished.emit(outcome, self._answers, "")

    def _route_chosen(self, route_id: str) -> None:
        if self._outcome is not None:
            self.finished.emit(self._outcome, self._answers, route_id)

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
