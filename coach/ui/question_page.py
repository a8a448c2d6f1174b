"""One widget that renders any triage :class:`Question` and reads back its answer.

Shared by the triage wizard and the before-session check, so every kind of
question looks and behaves the same. Long texts wrap. Keyboard: Y / N answer
the focused yes/no line (or the first unanswered one) and move on; Up / Down
move between lines; arrows move within a list; digits pick a pain score.
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
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from coach.domain.triage import AnswerValue, Option, PainAnchor, Question, QuestionKind
from coach.ui.check_row import FocusRow, focus_ring, labelled_row
from coach.ui.keys import bind_keys
from coach.ui.pain_scale import PainScale
from coach.ui.theme import make_title

_TICK = "✓ "
_ARROW_STEPS = {Qt.Key.Key_Up: -1, Qt.Key.Key_Left: -1, Qt.Key.Key_Down: 1, Qt.Key.Key_Right: 1}
_MODIFIERS = Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ControlModifier


def anchor_text(anchors: Iterable[PainAnchor]) -> str:
    """The pain-scale bands as lines such as "1–3: Mild. It comes and goes."."""
    lines = []
    for a in anchors:
        band = str(a.low) if a.low == a.high else f"{a.low}–{a.high}"
        lines.append(f"{band}: {a.label}. {a.description}")
    return "\n".join(lines)


class Hint(QLabel):
    """A bold line that says what is still missing; hidden while empty."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setAccessibleName("Hint")
        self.setWordWrap(True)
        font = self.font()
        font.setBold(True)
        self.setFont(font)
        self.hide()

    def say(self, text: str) -> None:
        """Show ``text`` (empty hides the line)."""
        self.setText(text)
        self.setVisible(bool(text))


def reveal(widget: QWidget) -> None:
    """Scroll every scroll area around ``widget`` so that it is on screen."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QScrollArea):
            parent.ensureWidgetVisible(widget, 10, 10)
        parent = parent.parentWidget()


class YesNoRow(FocusRow):
    """One yes/no line: a wrapped label and two toggle buttons, "Yes" and "No"."""

    changed = Signal()

    def __init__(self, label: str, parent: QWidget) -> None:
        super().__init__(parent)
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
        button.setAccessibleName(
            self.tr("{word}: {label}").format(word=word, label=label) if label else word
        )
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


class QuestionPage(QWidget):
    """Shows one question with the right controls; ``answer()`` reads the reply.

    YES_NO: two toggle buttons. NUMBER 0-10: a :class:`PainScale` with the
    question's anchors; other numbers: a spin box that starts empty. CHOICE:
    radio buttons, or check boxes when ``multiple``. MULTI_YES_NO: one
    :class:`YesNoRow` per part, every part must be answered. ``answer_changed``
    fires on every change; ``answer()`` is None until the reply is complete.
    """

    answer_changed = Signal()

    def __init__(
        self, question: Question, *, name: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.question = question
        name = name or question.text
        self.setAccessibleName(name)
        self.rows: list[YesNoRow] = []
        self.scale: PainScale | None = None
        self.spin: QSpinBox | None = None
        self.choices: ChoiceList | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.text = QLabel(question.text, self)
        self.text.setWordWrap(True)
        make_title(self.text, 1.25)
        layout.addWidget(self.text)
        if question.help:
            help_label = QLabel(question.help, self)
            help_label.setWordWrap(True)
            help_label.setProperty("role", "caption")
            layout.addWidget(help_label)
        layout.addWidget(self._controls(name))
        layout.addStretch(1)

    def _controls(self, name: str) -> QWidget:
        q = self.question
        if q.kind is QuestionKind.YES_NO or q.kind is QuestionKind.MULTI_YES_NO:
            box = QWidget(self)
            column = QVBoxLayout(box)
            column.setContentsMargins(0, 0, 0, 0)
            column.setSpacing(2)
            labels = [o.label for o in q.options] if q.kind is QuestionKind.MULTI_YES_NO else [""]
            for label in labels:
                row = YesNoRow(label, box)
                row.changed.connect(self.answer_changed.emit)
                column.addWidget(row)
                self.rows.append(row)
            bind_keys(
                self,
                (
                    (Qt.Key.Key_Y, lambda: self._answer_by_key(True)),
                    (Qt.Key.Key_N, lambda: self._answer_by_key(False)),
                ),
            )
            self.setFocusProxy(self.rows[0].yes)
            return box
        if q.kind is QuestionKind.NUMBER and (q.minimum, q.maximum) == (0, 10):
            self.scale = PainScale(anchor_text(q.anchors), name=name)
            self.scale.value_changed.connect(lambda _: self.answer_changed.emit())
            self.setFocusProxy(self.scale)
            return focus_ring(self.scale, self)
        if q.kind is QuestionKind.NUMBER:
            self.spin = QSpinBox(self)
            self.spin.setRange(q.minimum, q.maximum)
            self.spin.setAccessibleName(name)
            self.spin.setMinimumWidth(160)
            self.spin.setMinimumHeight(56)
            self.spin.clear()
            self.spin.lineEdit().textChanged.connect(lambda _: self.answer_changed.emit())
            self.setFocusProxy(self.spin)
            holder = QWidget(self)
            line = QHBoxLayout(holder)
            line.setContentsMargins(0, 0, 0, 0)
            line.addWidget(self.spin)
            line.addStretch(1)
            return holder
        self.choices = ChoiceList(q.options, multiple=q.multiple, parent=self)
        self.choices.changed.connect(self.answer_changed.emit)
        first = self.choices.first_button()
        if first is not None:
            self.setFocusProxy(first)
        return self.choices

    def answer(self) -> AnswerValue | None:
        """The complete, valid reply; None while anything is unanswered."""
        q = self.question
        if self.rows:
            values = [row.value() for row in self.rows]
            if any(v is None for v in values):
                return None
            if q.kind is QuestionKind.YES_NO:
                return values[0]
            return frozenset(o.id for o, v in zip(q.options, values, strict=True) if v)
        if self.scale is not None:
            return self.scale.value()
        if self.spin is not None:
            if not self.spin.text() or not self.spin.hasAcceptableInput():
                return None
            return self.spin.value()
        assert self.choices is not None
        chosen = self.choices.selected()
        if not chosen:
            return None
        return chosen if q.multiple else next(iter(chosen))

    def picked(self) -> AnswerValue | None:
        """What is picked so far, even if incomplete: for several yes/no parts, the
        parts answered yes (a follow-up can depend on one before the rest are done)."""
        if self.rows and self.question.kind is QuestionKind.MULTI_YES_NO:
            return frozenset(
                o.id for o, row in zip(self.question.options, self.rows, strict=True) if row.value()
            )
        return self.answer()

    def set_answer(self, value: AnswerValue) -> None:
        """Show an earlier reply (for example after going back)."""
        if self.rows and isinstance(value, bool):
            self.rows[0].set_value(value)
        elif self.rows and isinstance(value, frozenset):
            for option, row in zip(self.question.options, self.rows, strict=True):
                row.set_value(option.id in value)
        elif self.scale is not None and isinstance(value, int):
            self.scale.set_value(value)
        elif self.spin is not None and isinstance(value, int):
            self.spin.setValue(value)
        elif self.choices is not None and isinstance(value, str | frozenset):
            self.choices.set_selected({value} if isinstance(value, str) else value)

    def focus_first_missing(self) -> bool:
        """Put focus on the first unanswered part; False if nothing is missing."""
        if self.answer() is not None:
            return False
        target: QWidget = self
        for row in self.rows:
            if row.value() is None:
                target = row.yes
                break
        target.setFocus(Qt.FocusReason.OtherFocusReason)
        reveal(target)
        return True

    def _answer_by_key(self, value: bool) -> None:
        """Y/N: answer the focused line, else the first unanswered; then move on."""
        index = next((i for i, r in enumerate(self.rows) if r.has_focus()), None)
        if index is None:
            index = next((i for i, r in enumerate(self.rows) if r.value() is None), 0)
        row = self.rows[index]
        row.set_value(value)
        chosen = row.yes if value else row.no
        if index + 1 < len(self.rows):
            self._focus(self.rows[index + 1].yes)
        elif len(self.rows) == 1:
            self._focus(chosen)
        else:
            chosen.setFocus(Qt.FocusReason.TabFocusReason)
            self.focusNextChild()
            focused = self.window().focusWidget()
            if focused is not None:
                reveal(focused)

    def _focus(self, widget: QWidget) -> None:
        widget.setFocus(Qt.FocusReason.TabFocusReason)
        reveal(widget)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Up / Down move between yes/no lines, keeping the Yes or No column."""
        index = next((i for i, r in enumerate(self.rows) if r.has_focus()), None)
        step = {Qt.Key.Key_Up: -1, Qt.Key.Key_Down: 1}.get(Qt.Key(event.key()))
        if index is None or step is None or not 0 <= index + step < len(self.rows):
            super().keyPressEvent(event)
            return
        row, target = self.rows[index], self.rows[index + step]
        self._focus(target.no if row.no.hasFocus() else target.yes)


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
