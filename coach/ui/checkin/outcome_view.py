"""The result of triage or of the before-session check, as one page.

A red flag (or any outcome shown without a routine): a big red-bordered frame
with the message, the emergency number when it is an emergency, the reasons,
and only "Back to Home". A route: the routine (as a card, with its figures, when
``cards`` has it), why it was picked, the advice, "Use this routine", the other
routines the person may pick (as cards), those the triage ruled out with the
reason, and under "My routines" the person's own (which the check-in never chooses).
"""

from __future__ import annotations

import html
from collections.abc import Collection, Iterable, Mapping

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coach.domain.routine import Routine
from coach.domain.triage import Outcome, OutcomeLevel
from coach.figures.pose import Pose
from coach.flow.switching import RouteChoice, RuledOut, route_choices
from coach.ui.checkin.answer_controls import press_focused
from coach.ui.design.tokens import BIG_BUTTON_HEIGHT, S1, S2, S3
from coach.ui.visuals.routine_card import RoutineCard, RoutineCardData
from coach.ui.widgets.flow_layout import FlowLayout
from coach.ui.widgets.keys import bind_keys
from coach.ui.widgets.scrolling import scroll_area
from coach.ui.widgets.theme import make_title, set_icon
from coach.ui.widgets.wrapping_button import WrappingButton

CARD_COLUMNS = 2
"""The other routines, as cards in this many columns."""

_HEADINGS: Mapping[OutcomeLevel, str] = {
    OutcomeLevel.CALL_EMERGENCY_NOW: str(QT_TRANSLATE_NOOP("OutcomeView", "Call for help now")),
    OutcomeLevel.EMERGENCY: str(QT_TRANSLATE_NOOP("OutcomeView", "Get help now")),
    OutcomeLevel.URGENT: str(QT_TRANSLATE_NOOP("OutcomeView", "Get checked before you exercise")),
    OutcomeLevel.UNDER_16: str(QT_TRANSLATE_NOOP("OutcomeView", "See a GP or physio")),
    OutcomeLevel.SOON_48H: str(QT_TRANSLATE_NOOP("OutcomeView", "See a GP or physio soon")),
}


def ruled_out_text(reason: RuledOut) -> str:
    """Why a routine may not be picked, in the app's language."""
    translate = QCoreApplication.translate
    match reason:
        case RuledOut.NO_CHOICE:
            return translate(
                "OutcomeView", "Your answers allow only the suggested routine for now."
            )
        case RuledOut.NERVE:
            return translate(
                "OutcomeView", "It has deep hip stretches, which can make nerve symptoms worse."
            )
        case RuledOut.ACUTE:
            return translate(
                "OutcomeView",
                "It has strengthening or foam rolling, which should wait until the first 3 days "
                "after a sudden strain are over.",
            )
        case RuledOut.CORE:
            return translate(
                "OutcomeView",
                "It is built around strengthening or foam rolling, which your answers rule out "
                "for now.",
            )
    return translate("OutcomeView", "That routine was not offered.")


_OTHER_HEADING = str(QT_TRANSLATE_NOOP("OutcomeView", "Please read this"))
_CALL_LEVELS = frozenset({OutcomeLevel.CALL_EMERGENCY_NOW, OutcomeLevel.EMERGENCY})


def _bullets(lines: Iterable[str]) -> str:
    items = "".join(f"<li>{html.escape(line)}</li>" for line in lines)
    return f"<ul style='margin-left: 0; -qt-list-indent: 1;'>{items}</ul>"


class OutcomeView(QWidget):
    """Shows an :class:`Outcome`; the buttons report what the person chose.

    ``route_chosen(route_id)``: "Use this routine" or another allowed routine.
    ``home_requested()``: "Back to Home" (Esc when there is no way back).
    ``back_requested()``: "Back" (Esc, Alt+Left), only offered when ``can_go_back``.
    """

    route_chosen = Signal(str)
    home_requested = Signal()
    back_requested = Signal()

    def __init__(
        self,
        routines: Mapping[str, Routine],
        *,
        own: Collection[str] = (),
        cards: Mapping[str, RoutineCardData] | None = None,
        poses: Mapping[str, Pose] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """``routines``: every routine that may be offered; ``own``: the ids among them
        from the person's own routine folder."""
        super().__init__(parent)
        self.setAccessibleName(self.tr("Result"))
        self._routines = routines
        self._own = frozenset(own)
        self._cards = cards or {}
        self._poses = poses or {}
        self._can_go_back = False
        self.use_button: QPushButton | None = None
        self.scroll_area = scroll_area(self)
        self.back_button = QPushButton(self.tr("◀ Back (Esc)"), self)
        self.back_button.setAccessibleName(self.tr("Back to the last question"))
        self.back_button.clicked.connect(self.back_requested.emit)
        self.home_button = QPushButton(self.tr("Back to Home"), self)
        self.home_button.setAccessibleName(self.tr("Back to Home"))
        self.home_button.clicked.connect(self.home_requested.emit)
        bind_keys(
            self,
            (
                (Qt.Key.Key_Return, self._enter),
                (Qt.Key.Key_Enter, self._enter),
                (Qt.Key.Key_Escape, self._escape),
                (Qt.Modifier.ALT | Qt.Key.Key_Left, self._back),
            ),
        )
        # The routine's "Use this routine" joins these when there is one: on screen at
        # every text size, while the card and the reasons above it scroll.
        self._bar = FlowLayout(spacing=S1)
        self._bar.addWidget(self.back_button)
        self._bar.addWidget(self.home_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.scroll_area, 1)
        layout.addLayout(self._bar)

    def routine_name(self, route_id: str) -> str:
        """The routine's display name (its id in words if the library lacks it)."""
        routine = self._routines.get(route_id)
        return routine.name if routine else route_id.replace("_", " ").capitalize()

    def show_outcome(
        self, outcome: Outcome, *, offer_routine: bool = True, can_go_back: bool = False
    ) -> None:
        """Show ``outcome``. Without ``offer_routine`` (or a route) only Home is offered."""
        offer = offer_routine and outcome.route is not None
        if self.use_button is not None:
            self._bar.removeWidget(self.use_button)
            self.use_button.deleteLater()
        self.use_button = None
        body = QWidget()
        column = QVBoxLayout(body)
        column.setContentsMargins(0, S1, S2, S1)
        column.setSpacing(S2)
        focus: QWidget = body
        if outcome.level is not OutcomeLevel.ROUTE or not offer:
            focus = self._warning(body, outcome)
            column.addWidget(focus)
        if offer:
            focus = self._routine(body, column, outcome)
        column.addStretch(1)
        self.scroll_area.setWidget(body)
        self._can_go_back = can_go_back and offer
        self.back_button.setVisible(self._can_go_back)
        focus.setFocus(Qt.FocusReason.OtherFocusReason)

    def _label(self, parent: QWidget, text: str, *, name: str = "", rich: bool = False) -> QLabel:
        label = QLabel(text, parent)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
        if name:
            label.setAccessibleName(name)
        return label

    def _warning(self, parent: QWidget, outcome: Outcome) -> QFrame:
        """The red frame: heading, message, emergency number, reasons."""
        frame = QFrame(parent)
        frame.setProperty("role", "danger")
        frame.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        frame.setAccessibleName(self.tr("Warning"))
        frame.setAccessibleDescription(outcome.message)
        box = QVBoxLayout(frame)
        box.setContentsMargins(S3, S2, S3, S2)
        heading = self._label(frame, self.tr(_HEADINGS.get(outcome.level, _OTHER_HEADING)))
        make_title(heading)
        heading.setProperty("role", "alarm")  # in safety red
        box.addWidget(heading)
        message = self._label(frame, outcome.message, name=self.tr("Outcome message"))
        make_title(message, 1.15)
        box.addWidget(message)
        if outcome.level in _CALL_LEVELS and outcome.emergency_number:
            number = self._label(
                frame,
                self.tr("Call {number}").format(number=outcome.emergency_number),
                name=self.tr("Emergency number"),
            )
            make_title(number, 1.6)
            box.addWidget(number)
        if outcome.reasons:
            box.addWidget(self._label(frame, self.tr("Why:")))
            box.addWidget(
                self._label(frame, _bullets(outcome.reasons), name=self.tr("Why"), rich=True)
            )
        return frame

    def _routine(self, parent: QWidget, column: QVBoxLayout, outcome: Outcome) -> QPushButton:
        """The suggested routine, why, advice, "Use this routine" and the other routines."""
        assert outcome.route is not None
        is_route = outcome.level is OutcomeLevel.ROUTE
        if is_route:
            column.addWidget(self._label(parent, outcome.message, name=self.tr("Outcome message")))
        caption = self._label(parent, self.tr("Suggested routine:"))
        caption.setProperty("role", "caption")
        column.addWidget(caption)
        data = self._cards.get(outcome.route)
        if data is not None:
            card = RoutineCard(data, self._poses, suggested=True, parent=parent)
            card.setAccessibleName(
                self.tr("Use the suggested routine: {name}").format(name=data.name)
            )
            card.name.setAccessibleName(self.tr("Suggested routine"))
            card.clicked.connect(lambda: self.route_chosen.emit(str(outcome.route)))
            column.addWidget(card)
        else:
            name = self._label(
                parent, self.routine_name(outcome.route), name=self.tr("Suggested routine")
            )
            make_title(name, 1.5)
            column.addWidget(name)
        if is_route and outcome.reasons:
            column.addWidget(self._label(parent, self.tr("Why this routine:")))
            column.addWidget(
                self._label(parent, _bullets(outcome.reasons), name=self.tr("Why"), rich=True)
            )
        if outcome.advice:
            column.addWidget(self._label(parent, self.tr("Good to know:")))
            column.addWidget(
                self._label(parent, _bullets(outcome.advice), name=self.tr("Advice"), rich=True)
            )
        use = QPushButton(self.tr("Use this routine (Enter)"), self)
        use.setAccessibleName(self.tr("Use this routine"))
        use.setMinimumHeight(BIG_BUTTON_HEIGHT)
        set_icon(use, "play", primary=True)
        use.clicked.connect(lambda: self.route_chosen.emit(str(outcome.route)))
        self._bar.insertWidget(1, use)  # after Back, before Home
        use.show()
        self.use_button = use
        shipped = [r for r in self._routines.values() if r.id not in self._own]
        choices = route_choices(outcome, shipped)
        others = [c.route for c in choices if c.allowed]
        if others:
            column.addWidget(self._label(parent, self.tr("Or pick another routine:")))
            self._pick_buttons(parent, column, others, self.tr("Pick another routine"))
        mine = [
            c.route
            for c in route_choices(outcome, [self._routines[i] for i in sorted(self._own)])
            if c.allowed
        ]
        if mine:
            heading = self._label(parent, self.tr("My routines"))
            make_title(heading, 1.15)
            column.addWidget(heading)
            note = self._label(
                parent,
                self.tr(
                    "Your own routines. The check-in did not choose these, "
                    "so make sure they suit you today."
                ),
                name=self.tr("My routines note"),
            )
            note.setProperty("role", "caption")
            column.addWidget(note)
            self._pick_buttons(parent, column, mine, self.tr("Pick my routine"))
        self._ruled_out(parent, column, choices)
        return use

    def _ruled_out(
        self, parent: QWidget, column: QVBoxLayout, choices: Iterable[RouteChoice]
    ) -> None:
        """The routines the triage ruled out, each with the reason."""
        ruled_out = [
            f"{self.routine_name(c.route)}: {ruled_out_text(c.reason)}"
            for c in choices
            if c.reason is not None and c.reason is not RuledOut.NO_CHOICE
        ]
        if ruled_out:
            column.addWidget(self._label(parent, self.tr("Not offered with your answers:")))
            column.addWidget(
                self._label(
                    parent, _bullets(ruled_out), name=self.tr("Routines not offered"), rich=True
                )
            )

    def _pick_buttons(
        self, parent: QWidget, column: QVBoxLayout, routine_ids: Iterable[str], what: str
    ) -> None:
        """One card (or plain button) per routine, in a grid; a click emits
        ``route_chosen`` with its id."""
        grid = QGridLayout()
        grid.setSpacing(S2)
        for k, routine_id in enumerate(routine_ids):
            name = self.routine_name(routine_id)
            card = self._cards.get(routine_id)
            button: QPushButton = (
                RoutineCard(card, self._poses, parent=parent)
                if card is not None
                else WrappingButton(name, parent)
            )
            button.setAccessibleName(self.tr("{what}: {name}").format(what=what, name=name))
            button.clicked.connect(lambda _=False, r=routine_id: self.route_chosen.emit(r))
            grid.addWidget(button, k // CARD_COLUMNS, k % CARD_COLUMNS)
        column.addLayout(grid)

    def _enter(self) -> None:
        if not press_focused(self) and self.use_button is not None:
            self.use_button.click()

    def _back(self) -> None:
        if self._can_go_back:
            self.back_requested.emit()

    def _escape(self) -> None:
        if self._can_go_back:
            self.back_requested.emit()
        else:
            self.home_requested.emit()
