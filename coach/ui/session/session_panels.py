"""What opens inside the session screen in place of the session: "this hurts" (pain
now and the symptom questions) and the stop and quit questions, shown one at a time."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QCheckBox, QFrame, QLabel, QPushButton, QVBoxLayout, QWidget

from coach.ui.design.tokens import BIG_BUTTON_HEIGHT, LEAD, S2, S3, S4
from coach.ui.widgets.check_row import focus_ring, labelled_row
from coach.ui.widgets.flow_layout import FlowLayout
from coach.ui.widgets.keys import bind_keys
from coach.ui.widgets.pain_scale import PainScale
from coach.ui.widgets.theme import make_title


class ConfirmPanel(QFrame):
    """An in-screen question with two buttons; Enter presses the focused one (the
    confirm button when the panel opens), Esc cancels."""

    confirmed = Signal()
    cancelled = Signal()

    def __init__(
        self, question: str, *, confirm: str, cancel: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setProperty("role", "danger")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(question)  # focusable: a screen reader names it
        self.question = QLabel(question, self)
        self.question.setWordWrap(True)
        self.confirm_button = QPushButton(confirm, self)
        self.confirm_button.setAccessibleName(confirm)
        self.cancel_button = QPushButton(cancel, self)
        self.cancel_button.setAccessibleName(cancel)
        self.confirm_button.clicked.connect(self.confirmed.emit)
        self.cancel_button.clicked.connect(self.cancelled.emit)
        # Focus (and its ring) starts on the choice the person asked for; Enter presses
        # the focused button, whichever it is (Tab moves to the other); Esc cancels.
        self.setFocusProxy(self.confirm_button)
        bind_keys(
            self,
            (
                (Qt.Key.Key_Return, self._press_focused),
                (Qt.Key.Key_Enter, self._press_focused),
                (Qt.Key.Key_Escape, self.cancelled.emit),
            ),
        )
        make_title(self.question, LEAD)
        for button in (self.confirm_button, self.cancel_button):
            button.setMinimumHeight(BIG_BUTTON_HEIGHT)
        buttons = FlowLayout(spacing=S2)
        buttons.addWidget(self.confirm_button)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(S4, S3, S4, S3)
        layout.setSpacing(S3)
        layout.addStretch(1)  # one question in the middle of the screen
        layout.addWidget(self.question)
        layout.addLayout(buttons)
        layout.addStretch(1)

    def _press_focused(self) -> None:
        (self.cancel_button if self.cancel_button.hasFocus() else self.confirm_button).click()


class HurtsPanel(QFrame):
    """ "This hurts": pain now 0-10, and the nerve and red-flag symptom questions."""

    submitted = Signal(int, bool, bool)
    cancelled = Signal()

    def __init__(self, anchors: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "danger")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        title = QLabel(self.tr("How bad is the pain right now?"), self)
        make_title(title, 1.2)
        title.setWordWrap(True)
        self.scale = PainScale(anchors, parent=self)
        self.nerve = QCheckBox()
        self.nerve.setAccessibleName(self.tr("Nerve symptoms"))
        nerve_row = labelled_row(
            self.nerve,
            self.tr("New tingling or numbness, pain moving further down the leg, or new weakness"),
            self,
        )
        self.red_flag = QCheckBox()
        self.red_flag.setAccessibleName(self.tr("Red-flag symptoms"))
        red_flag_row = labelled_row(
            self.red_flag,
            self.tr(
                "Numbness around the genitals or back passage, a change in peeing or pooing, "
                "tingling, numbness or weakness in both legs, or a sudden pop"
            ),
            self,
        )
        self.submit = QPushButton(self.tr("Tell the coach (Enter)"), self)
        self.submit.setAccessibleName(self.tr("Tell the coach how it hurts"))
        self.submit.setEnabled(False)
        self.cancel = QPushButton(self.tr("Back to the session (Esc)"), self)
        self.cancel.setAccessibleName(self.tr("Back to the session"))
        self.scale.value_changed.connect(lambda _: self.submit.setEnabled(True))
        self.submit.clicked.connect(self._submit)
        self.cancel.clicked.connect(self.cancelled.emit)
        bind_keys(
            self,
            (
                (Qt.Key.Key_Return, self._submit),
                (Qt.Key.Key_Enter, self._submit),
                (Qt.Key.Key_Escape, self.cancelled.emit),
            ),
        )
        self.setFocusProxy(self.scale)
        buttons = FlowLayout()
        buttons.addWidget(self.submit)
        buttons.addWidget(self.cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(focus_ring(self.scale, self))
        layout.addWidget(nerve_row)
        layout.addWidget(red_flag_row)
        layout.addLayout(buttons)
        layout.addStretch(1)

    def reset(self) -> None:
        """Clear the previous answers."""
        self.scale.set_value(None)
        self.nerve.setChecked(False)
        self.red_flag.setChecked(False)
        self.submit.setEnabled(False)

    def _submit(self) -> None:
        pain = self.scale.value()
        if pain is None:
            return
        self.submitted.emit(pain, self.nerve.isChecked(), self.red_flag.isChecked())
