"""After a session: pain now, any spreading leg symptoms, "that was easy", then a summary."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from coach.ui.pain_scale import PainScale
from coach.ui.theme import make_title


@dataclass(frozen=True, slots=True)
class AfterAnswers:
    """What the person said after the session."""

    pain_after: int
    spreading: bool
    easy: bool


class AfterSessionScreen(QWidget):
    """Asks the after-session questions; ``saved`` carries the answers."""

    saved = Signal(object)
    home_requested = Signal()

    def __init__(self, pain_anchors: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("After the session")
        self.heading = QLabel("How do you feel now?", self)
        make_title(self.heading)
        self.result = QLabel(self)
        self.result.setWordWrap(True)
        self.scale = PainScale(pain_anchors, name="Pain after the session", parent=self)
        spread_question = QLabel(
            "Any new or spreading leg symptoms (pain, tingling or numbness further down the leg)?",
            self,
        )
        spread_question.setWordWrap(True)
        self.spread_yes = QRadioButton("Yes", self)
        self.spread_yes.setAccessibleName("Spreading leg symptoms: yes")
        self.spread_no = QRadioButton("No", self)
        self.spread_no.setAccessibleName("Spreading leg symptoms: no")
        self._spread = QButtonGroup(self)
        self._spread.addButton(self.spread_yes)
        self._spread.addButton(self.spread_no)
        self.easy = QCheckBox("That felt easy: I could have done a couple more of each", self)
        self.easy.setAccessibleName("That felt easy")
        self.save_button = QPushButton("&Save", self)
        self.save_button.setAccessibleName("Save how I feel")
        self.save_button.setProperty("primary", True)
        self.save_button.setEnabled(False)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName("Session summary")
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.home_button = QPushButton("Back to &Home", self)
        self.home_button.setAccessibleName("Back to Home")
        self.home_button.clicked.connect(self.home_requested.emit)

        self.scale.value_changed.connect(lambda _: self._update_save())
        self._spread.buttonClicked.connect(lambda _: self._update_save())
        self.save_button.clicked.connect(self._save)
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self._enter)

        spread_row = QHBoxLayout()
        spread_row.addWidget(self.spread_yes)
        spread_row.addWidget(self.spread_no)
        spread_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addWidget(self.heading)
        layout.addWidget(self.result)
        layout.addWidget(self.scale)
        layout.addWidget(spread_question)
        layout.addLayout(spread_row)
        layout.addWidget(self.easy)
        layout.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.summary, 1)
        layout.addWidget(self.home_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.setFocusProxy(self.scale)

    def start(self, result_text: str, *, completed: bool) -> None:
        """Fresh questions after a session that ended as ``result_text``."""
        self.result.setText(result_text)
        self.scale.set_value(None)
        for button in (self.spread_yes, self.spread_no):
            self._spread.setExclusive(False)
            button.setChecked(False)
            self._spread.setExclusive(True)
        self.easy.setChecked(False)
        self.easy.setVisible(completed)
        self.summary.clear()
        self.home_button.setVisible(False)
        for widget in (self.scale, self.spread_yes, self.spread_no, self.easy):
            widget.setEnabled(True)
        self._update_save()

    def show_summary(self, html: str) -> None:
        """After saving: the summary, and the way home."""
        self.summary.setText(html)
        for widget in (self.scale, self.spread_yes, self.spread_no, self.easy, self.save_button):
            widget.setEnabled(False)
        self.home_button.setVisible(True)
        self.home_button.setFocus()

    def _update_save(self) -> None:
        answered = self.scale.value() is not None and self._spread.checkedButton() is not None
        self.save_button.setEnabled(answered and not self.home_button.isVisible())

    def _enter(self) -> None:
        if self.save_button.isEnabled():
            self._save()
        elif self.home_button.isVisible():
            self.home_requested.emit()

    def _save(self) -> None:
        pain = self.scale.value()
        if pain is None or self._spread.checkedButton() is None:
            return
        self.saved.emit(
            AfterAnswers(
                pain, self.spread_yes.isChecked(), self.easy.isChecked() and self.easy.isVisible()
            )
        )
