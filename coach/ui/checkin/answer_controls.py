"""The answer controls of a question page, and Enter on them.

:class:`YesNoRow` (one yes/no line) and :class:`ChoiceList` (pick one or pick
any) emit ``changed`` and read back their value; the arrows move within a list.
:func:`press_focused` is what Enter does to the focused control of a page.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from coach.domain.triage import Option
from coach.ui.widgets.check_row import FocusRow, labelled_row
from coach.ui.widgets.scrolling import reveal

_TICK = "✓ "
_ARROW_STEPS = {Qt.Key.Key_Up: -1, Qt.Key.Key_Left: -1, Qt.Key.Key_Down: 1, Qt.Key.Key_Right: 1}
_MODIFIERS = Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ControlModifier


class YesNoRow(FocusRow):
    """One yes/no line: a wrapped label and two toggle buttons, "Yes" and "No".

    A screen reader reads the line once: the label is the text, the buttons are
    named "Yes" and "No" with the label as their description (what a reader adds
    when the focus lands on one), and the label points at "Yes" as its buddy.
    """

    changed = Signal()

    def __init__(self, label: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.label = label
        self.yes = self._button(self.tr("Yes"), label)
        self.no = self._button(self.tr("No"), label)
        self._group = QButtonGroup(self)
        self._group.addButton(self.yes)
        self._group.addButton(self.no)
        self._group.buttonToggled.connect(self._toggled)
        self.watch(self.yes, self.no)
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 4, 8, 4)
        if label:
            text = QLabel(label, self)
            text.setWordWrap(True)
            text.setBuddy(self.yes)
            row.addWidget(text, 1)
        row.addWidget(self.yes)
        row.addWidget(self.no)
        if not label:
            row.addStretch(1)

    def _button(self, word: str, label: str) -> QPushButton:
        button = QPushButton(word, self)
        button.setCheckable(True)
        button.setProperty("answer", True)
        button.setMinimumHeight(48)
        button.setAccessibleName(word)
        button.setAccessibleDescription(label)
        return button

    def _toggled(self, button: QAbstractButton, checked: bool) -> None:
        word = self.tr("Yes") if button is self.yes else self.tr("No")
        button.setText(_TICK + word if checked else word)
        if checked:
            self.changed.emit()

    def value(self) -> bool | None:
        """True for yes, False for no, None while unanswered."""
        if self.yes.isChecked():
            return True
        return False if self.no.isChecked() else None

    def set_value(self, value: bool) -> None:
        """Answer the line."""
        (self.yes if value else self.no).setChecked(True)

    def has_focus(self) -> bool:
        """Whether one of the two buttons has keyboard focus."""
        return self.yes.hasFocus() or self.no.hasFocus()


class ChoiceList(QWidget):
    """Options as wrapped lines: radio buttons (pick one) or check boxes (pick any).

    Either way the list is one tab stop (Tab moves on to the next question) and the
    arrows move within it: radio buttons are picked as the arrows reach them (as
    radio groups do), check boxes are ticked with Space. Only the option the list
    would return to takes Tab (a roving tab stop), so every option stays reachable.
    With check boxes, an ``exclusive`` option can't be ticked
    together with others: ticking it clears the rest, ticking another clears it.
    """

    changed = Signal()

    def __init__(
        self, options: Sequence[Option], *, multiple: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._options = tuple(options)
        self._multiple = multiple
        self._group: QButtonGroup | None = None if multiple else QButtonGroup(self)
        self.buttons: dict[str, QAbstractButton] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        for option in self._options:
            button: QAbstractButton = QCheckBox() if multiple else QRadioButton()
            if self._group is not None:
                self._group.addButton(button)
            self.buttons[option.id] = button
            button.toggled.connect(lambda checked, b=button: self._toggled(b, checked))
            button.installEventFilter(self)
            layout.addWidget(labelled_row(button, option.label, self))
        self._rove(self.first_button())

    def _toggled(self, button: QAbstractButton, checked: bool) -> None:
        if checked and self._multiple:
            chosen = next(o for o in self._options if self.buttons[o.id] is button)
            for option in self._options:
                other = self.buttons[option.id]
                if other is not button and (option.exclusive or chosen.exclusive):
                    other.setChecked(False)
        self.changed.emit()

    def selected(self) -> frozenset[str]:
        """Ids of the chosen options."""
        return frozenset(i for i, b in self.buttons.items() if b.isChecked())

    def set_selected(self, ids: Iterable[str]) -> None:
        """Choose exactly these options."""
        chosen = frozenset(ids)
        if self._group is not None:
            self._group.setExclusive(False)
        for option_id, button in self.buttons.items():
            button.setChecked(option_id in chosen)
        if self._group is not None:
            self._group.setExclusive(True)

    def first_button(self) -> QAbstractButton | None:
        """The first checked button, else the first one (where focus should go)."""
        buttons = list(self.buttons.values())
        return next((b for b in buttons if b.isChecked()), buttons[0] if buttons else None)

    def focus_first_missing(self) -> bool:
        """Focus the first option if none is chosen; False if something is chosen."""
        first = self.first_button()
        if self.selected() or first is None:
            return False
        first.setFocus(Qt.FocusReason.OtherFocusReason)
        reveal(first)
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Arrows on an option: Up/Left and Down/Right move to the one before or after;
        a radio button moved to is picked (as radio groups do), a check box is not."""
        if event.type() == QEvent.Type.FocusIn and isinstance(watched, QAbstractButton):
            self._rove(watched)  # clicked or reached: Tab comes back here
            return False
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        step = _ARROW_STEPS.get(Qt.Key(event.key()))
        buttons = list(self.buttons.values())
        if step is None or watched not in buttons or event.modifiers() & _MODIFIERS:
            return False
        index = buttons.index(watched)
        target = buttons[max(0, min(len(buttons) - 1, index + step))]
        self._rove(target)
        target.setFocus(Qt.FocusReason.TabFocusReason)
        if not self._multiple:
            target.setChecked(True)
        reveal(target)
        return True

    def _rove(self, current: QAbstractButton | None) -> None:
        """Make ``current`` the list's one tab stop; the others take focus by click or arrow."""
        for button in self.buttons.values():
            tab = button is current
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus if tab else Qt.FocusPolicy.ClickFocus)


def press_focused(scope: QWidget) -> bool:
    """Enter on the focused control inside ``scope``; False if Enter should do the default.

    A plain push button (Back, Home, a routine) is clicked. A radio button or
    check box is picked when its list has nothing picked yet (arrows move
    focus without picking). Yes/No toggles are never answered by Enter.
    """
    focused = scope.window().focusWidget()
    if focused is None or not focused.isEnabled() or not scope.isAncestorOf(focused):
        return False
    plain = isinstance(focused, QPushButton) and not focused.isCheckable()
    choices = _choice_list_of(focused) if isinstance(focused, QRadioButton | QCheckBox) else None
    unpicked = choices is not None and not choices.selected()
    if plain or unpicked:
        assert isinstance(focused, QAbstractButton)
        focused.click()
        return True
    return False


def _choice_list_of(widget: QWidget) -> ChoiceList | None:
    """The option list ``widget`` belongs to, if any."""
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, ChoiceList):
        parent = parent.parentWidget()
    return parent
