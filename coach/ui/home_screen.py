"""Home: my plan, the big actions, the ice/heat status and anything to act on.

Home shows a :class:`HomeSnapshot` (decided in ``coach.flow.home``) and sends commands."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coach.flow.home_snapshot import HomeSnapshot
from coach.ui.theme import make_title


class HomeScreen(QWidget):
    """The first screen. Every action is a big button with a one-key shortcut."""

    check_in_requested = Signal()
    session_requested = Signal()
    resume_requested = Signal()
    discard_resume_requested = Signal()
    thermal_requested = Signal()
    history_requested = Signal()
    settings_requested = Signal()
    level_change_accepted = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Home")
        self.shown = HomeSnapshot()
        """The snapshot on screen (empty until the first ``show_state``)."""
        title = QLabel("Rehab Coach", self)
        make_title(title, 2.0)

        self.plan_card = QFrame(self)
        self.plan_card.setProperty("role", "notice")
        self.plan_title = QLabel(self.plan_card)
        make_title(self.plan_title, 1.3)
        self.plan_title.setWordWrap(True)
        self.plan_detail = QLabel(self.plan_card)
        self.plan_detail.setWordWrap(True)
        self.start_button = self._button(
            "&Start today's session", "Start today's session", self.session_requested
        )
        self.start_button.setProperty("primary", True)
        card = QVBoxLayout(self.plan_card)
        card.addWidget(self.plan_title)
        card.addWidget(self.plan_detail)
        start_row = QHBoxLayout()
        start_row.addWidget(self.start_button)
        start_row.addStretch(1)
        card.addLayout(start_row)

        self.suspended_box = QFrame(self)
        self.suspended_box.setProperty("role", "danger")
        heading = QLabel("Exercises are paused", self.suspended_box)
        make_title(heading, 1.3)
        self.suspended_text = QLabel(self.suspended_box)
        self.suspended_text.setWordWrap(True)
        self.suspended_text.setAccessibleName("Why exercises are paused")
        paused = QVBoxLayout(self.suspended_box)
        paused.addWidget(heading)
        paused.addWidget(self.suspended_text)

        self.resume_box = QFrame(self)
        self.resume_box.setProperty("role", "notice")
        self.resume_text = QLabel(self.resume_box)
        self.resume_text.setWordWrap(True)
        self.resume_button = self._button(
            "&Resume it", "Resume the interrupted session", self.resume_requested
        )
        self.discard_button = self._button(
            "Start &fresh next time",
            "Don't resume the interrupted session",
            self.discard_resume_requested,
        )
        resume = QHBoxLayout(self.resume_box)
        resume.addWidget(self.resume_text, 1)
        resume.addWidget(self.resume_button)
        resume.addWidget(self.discard_button)

        self.level_box = QFrame(self)
        self.level_box.setProperty("role", "notice")
        self.level_text = QLabel(self.level_box)
        self.level_text.setWordWrap(True)
        self.level_button = self._button(
            "Change &level", "Change to the suggested level", self.level_change_accepted
        )
        level = QHBoxLayout(self.level_box)
        level.addWidget(self.level_text, 1)
        level.addWidget(self.level_button)

        self.suggestions = QLabel(self)
        self.suggestions.setWordWrap(True)
        self.suggestions.setAccessibleName("Suggestions")
        self.thermal_status = QLabel(self)
        self.thermal_status.setAccessibleName("Ice and heat status")
        font = self.thermal_status.font()
        font.setBold(True)
        self.thermal_status.setFont(font)

        actions = QGridLayout()
        self.check_in_button = self._button(
            "&Check-in", "Check-in: answer questions to get a routine", self.check_in_requested
        )
        actions.addWidget(self.check_in_button, 0, 0)
        actions.addWidget(
            self._button("&Ice or heat timer", "Ice or heat timer", self.thermal_requested), 0, 1
        )
        actions.addWidget(self._button("&History", "History", self.history_requested), 1, 0)
        actions.addWidget(self._button("Se&ttings", "Settings", self.settings_requested), 1, 1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addWidget(title)
        layout.addWidget(self.suspended_box)
        layout.addWidget(self.resume_box)
        layout.addWidget(self.plan_card)
        layout.addWidget(self.level_box)
        layout.addWidget(self.suggestions)
        layout.addWidget(self.thermal_status)
        layout.addLayout(actions)
        layout.addStretch(1)
        for shown_by_state in (
            self.suspended_box,
            self.plan_card,
            self.resume_box,
            self.level_box,
            self.suggestions,
            self.thermal_status,
        ):
            shown_by_state.setVisible(False)  # until show_state: read after the first paint
        self.setFocusProxy(self.check_in_button)

    def _button(self, text: str, name: str, signal: object) -> QPushButton:
        button = QPushButton(text, self)
        button.setAccessibleName(name)
        button.setMinimumHeight(56)
        button.clicked.connect(signal.emit)  # type: ignore[attr-defined]
        return button

    def show_state(self, state: HomeSnapshot) -> None:
        """Show ``state``: a session can be started or resumed only when it allows it."""
        self.shown = state
        has_plan = bool(state.plan_title)
        self.suspended_box.setVisible(bool(state.suspended))
        self.suspended_text.setText(state.suspended)
        self.plan_card.setVisible(True)
        self.plan_title.setText(state.plan_title or "No routine yet")
        self.plan_detail.setText(
            state.plan_detail
            if has_plan
            else "Start with a check-in: a few questions, safety first, "
            "then the coach suggests a routine and says why."
        )
        self.start_button.setVisible(state.can_start)
        self._set_first_action(self.start_button if state.can_start else self.check_in_button)
        self.resume_box.setVisible(bool(state.resume_offer))
        self.resume_text.setText(state.resume_offer)
        self.resume_button.setVisible(state.can_resume)
        self.level_box.setVisible(bool(state.level_offer))
        self.level_text.setText(state.level_offer)
        self.suggestions.setVisible(bool(state.suggestions))
        self.suggestions.setText("\n".join(state.suggestions))
        self.set_thermal_status(state.thermal_status)

    def _set_first_action(self, button: QPushButton) -> None:
        """Focus goes to ``button`` when Home is shown, and moves there now if it was
        still on the previous first action (the person hasn't moved it; the window
        may not even be active yet)."""
        previous = self.focusProxy()
        self.setFocusProxy(button)
        if previous not in (None, button) and self.window().focusWidget() is previous:
            button.setFocus()

    def set_thermal_status(self, text: str) -> None:
        """The ice/heat line ("Ice: 12:34 left", "Next ice from 14:35")."""
        self.thermal_status.setVisible(bool(text))
        self.thermal_status.setText(text)
