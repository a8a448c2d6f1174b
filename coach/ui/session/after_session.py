"""After a session: pain now, any spreading leg symptoms, "that was easy", then a summary."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from coach.ui.checkin.question_page import Hint
from coach.ui.design.tokens import BIG_BUTTON_HEIGHT, PAGE_MARGIN, S1, S2, S3
from coach.ui.visuals.achievement import Achievement, SessionFacts
from coach.ui.widgets.check_row import focus_ring, labelled_row
from coach.ui.widgets.keys import bind_keys
from coach.ui.widgets.pain_scale import PainScale
from coach.ui.widgets.scrolling import scroll_area
from coach.ui.widgets.theme import make_title, set_icon


@dataclass(frozen=True, slots=True)
class AfterAnswers:
    """What the person said after the session."""

    pain_after: int
    spreading: bool
    easy: bool


class AfterSessionScreen(QWidget):
    """Asks the after-session questions; ``saved`` carries the answers, then a summary shows."""

    saved = Signal(AfterAnswers)
    home_requested = Signal()

    def __init__(self, pain_anchors: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("After the session"))
        self.pages = QStackedWidget(self)
        self.questions = self._questions_page(pain_anchors)
        self.summary_page = self._summary_page()
        self.pages.addWidget(self.questions)
        self.pages.addWidget(self.summary_page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(PAGE_MARGIN, S2, PAGE_MARGIN, S2)
        layout.addWidget(self.pages)
        bind_keys(self, ((Qt.Key.Key_Return, self._enter), (Qt.Key.Key_Enter, self._enter)))

    def _questions_page(self, pain_anchors: str) -> QWidget:
        page = QWidget(self)
        heading = QLabel(self.tr("How do you feel now?"), page)
        make_title(heading)
        self.result = QLabel(page)
        self.result.setWordWrap(True)
        self.scale = PainScale(pain_anchors, name=self.tr("Pain after the session"), parent=page)
        question = QLabel(
            self.tr(
                "Any new or spreading leg symptoms (pain, tingling or numbness further down the leg)?"  # noqa: E501
            ),
            page,
        )
        question.setWordWrap(True)
        self.spread_yes = QRadioButton(self.tr("Yes"), page)
        self.spread_yes.setAccessibleName(self.tr("Spreading leg symptoms: yes"))
        self.spread_no = QRadioButton(self.tr("No"), page)
        self.spread_no.setAccessibleName(self.tr("Spreading leg symptoms: no"))
        self._spread = QButtonGroup(self)
        self._spread.addButton(self.spread_yes)
        self._spread.addButton(self.spread_no)
        self.easy = QCheckBox(page)
        self.easy.setAccessibleName(self.tr("That felt easy"))
        easy = self.tr("That felt easy: I could have done a couple more of each")
        self._easy_row = labelled_row(self.easy, easy, page)  # wraps at 200 % text
        self.save_button = QPushButton(self.tr("&Save (Enter)"), page)
        self.save_button.setAccessibleName(self.tr("Save how I feel"))
        self.save_button.setMinimumHeight(BIG_BUTTON_HEIGHT)
        set_icon(self.save_button, "check", primary=True)
        self.save_button.setEnabled(False)
        self.scale.value_changed.connect(lambda _: self._update_save())
        # toggled, not clicked: a screen reader's toggle action sends no click.
        self._spread.buttonToggled.connect(lambda _b, _on: self._update_save())
        self.save_button.clicked.connect(self._save)

        spread_row = QHBoxLayout()
        spread_row.addWidget(self.spread_yes)
        spread_row.addWidget(self.spread_no)
        spread_row.addStretch(1)
        form = QWidget(page)
        column = QVBoxLayout(form)
        column.setContentsMargins(0, 0, S1, 0)
        column.addWidget(self.result)
        column.addWidget(focus_ring(self.scale, page))
        column.addWidget(question)
        column.addLayout(spread_row)
        column.addWidget(self._easy_row)
        column.addStretch(1)
        scroller = scroll_area(page)
        scroller.setWidget(form)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading)
        layout.addWidget(scroller, 1)
        self.hint = Hint(page)
        layout.addWidget(self.hint)
        layout.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignLeft)
        page.setFocusProxy(self.scale)
        return page

    def _summary_page(self) -> QWidget:
        page = QWidget(self)
        self.summary_heading = QLabel(self.tr("Saved. Here is how it went"), page)
        make_title(self.summary_heading)
        self.achievement = Achievement(page)
        self.achievement.setVisible(False)
        card = QFrame(page)
        card.setProperty("role", "card")
        self.summary = QLabel(card)
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("Session summary"))
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        inside = QVBoxLayout(card)
        inside.setContentsMargins(S3, S1, S3, S1)
        inside.addWidget(self.summary)
        self.home_button = QPushButton(self.tr("Back to &Home (Enter)"), page)
        self.home_button.setAccessibleName(self.tr("Back to Home"))
        self.home_button.setMinimumHeight(BIG_BUTTON_HEIGHT)
        set_icon(self.home_button, "check", primary=True)
        self.home_button.clicked.connect(self.home_requested.emit)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(S2)
        layout.addStretch(1)  # centred: one moment, not a form
        layout.addWidget(self.summary_heading)
        layout.addWidget(self.achievement)
        layout.addWidget(card)
        layout.addWidget(self.home_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        page.setFocusProxy(self.home_button)
        return page

    def start(self, result_text: str, *, completed: bool) -> None:
        """Fresh questions after a session that ended as ``result_text``."""
        self.result.setText(result_text)
        self.scale.set_value(None)
        self._spread.setExclusive(False)
        for button in (self.spread_yes, self.spread_no):
            button.setChecked(False)
        self._spread.setExclusive(True)
        self.easy.setChecked(False)
        self._easy_row.setVisible(completed)
        self.hint.say("")
        self.summary.clear()
        self.pages.setCurrentWidget(self.questions)
        self.setFocusProxy(self.scale)
        self.scale.setFocus()
        self._update_save()

    def show_summary(self, html: str, facts: SessionFacts | None = None) -> None:
        """After saving: what was achieved (``facts``, when known), what it means
        (``html``), and the way home."""
        self.summary.setText(html)
        if facts is not None:
            self.achievement.show_facts(facts)
        self.achievement.setVisible(facts is not None)
        self.summary_heading.setVisible(facts is None)
        self.pages.setCurrentWidget(self.summary_page)
        self.setFocusProxy(self.home_button)
        self.home_button.setFocus()

    def _update_save(self) -> None:
        answered = self.scale.value() is not None and self._spread.checkedButton() is not None
        self.save_button.setEnabled(answered)
        if answered:
            self.hint.say("")

    def _enter(self) -> None:
        if self.pages.currentWidget() is self.summary_page:
            self.home_requested.emit()
        elif self.save_button.isEnabled():
            self._save()
        else:
            self._show_missing()

    def _show_missing(self) -> None:
        """Enter with something unanswered: say so and move to it, as the check-in does."""
        self.hint.say(self.tr("Please answer both questions first."))
        missing = self.scale if self.scale.value() is None else self.spread_yes
        missing.setFocus(Qt.FocusReason.OtherFocusReason)

    def _save(self) -> None:
        pain = self.scale.value()
        if pain is None or self._spread.checkedButton() is None:
            return
        easy = self.easy.isChecked() and not self._easy_row.isHidden()
        self.saved.emit(AfterAnswers(pain, self.spread_yes.isChecked(), easy))
