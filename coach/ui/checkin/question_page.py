"""One widget that renders any triage :class:`Question` and reads back its answer.

Shared by the triage wizard and the before-session check, so every kind of
question looks and behaves the same. Long texts wrap. Keyboard: Y / N answer
the focused yes/no line (or the first unanswered one) and move on; Up / Down
move between lines; arrows move within a list; digits pick a pain score. The
controls themselves are in :mod:`coach.ui.checkin.answer_controls`.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSpinBox, QVBoxLayout, QWidget

from coach.domain.triage import AnswerValue, PainAnchor, Question, QuestionKind
from coach.ui.checkin.answer_controls import ChoiceList, YesNoRow
from coach.ui.widgets.check_row import focus_ring
from coach.ui.widgets.keys import bind_keys
from coach.ui.widgets.pain_scale import PainScale
from coach.ui.widgets.scrolling import reveal
from coach.ui.widgets.theme import make_title


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
        self.setAccessibleName(self.tr("Hint"))
        self.setWordWrap(True)
        font = self.font()
        font.setBold(True)
        self.setFont(font)
        self.hide()

    def say(self, text: str) -> None:
        """Show ``text`` (empty hides the line)."""
        self.setText(text)
        self.setVisible(bool(text))


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
