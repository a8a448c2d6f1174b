"""A 0-10 pain scale as eleven big radio buttons, with the severity anchors under it.

Keyboard: digits 0-9 choose; Left/Right move a score already chosen (a stray
arrow never picks one). The value is None until chosen. Screen readers meet a
group named "<question>, 0 to 10" whose description is the chosen score, and
eleven radio buttons.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from coach.ui.design.tokens import S1, SCORE_BUTTON


class ScoreButton(QRadioButton):
    """One score: drawn as a button (coach.ui.design.style), pressed anywhere on it."""

    def hitButton(self, pos: QPoint) -> bool:
        """The whole button takes the click, not just a radio mark it does not show."""
        return self.rect().contains(pos)


class PainScale(QWidget):
    """Pick a whole number from 0 (none) to 10 (worst imaginable)."""

    value_changed = Signal(int)

    def __init__(self, anchors: str, *, name: str = "", parent: QWidget | None = None) -> None:
        """``name``: what is scored (default "Pain now", in the app's language)."""
        super().__init__(parent)
        name = name or self.tr("Pain now")
        self.setAccessibleName(self.tr("{name}, 0 to 10").format(name=name))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        self.setAccessibleDescription(self.tr("No score chosen yet"))
        row = QHBoxLayout()
        row.setSpacing(4)
        for score in range(11):
            button = ScoreButton(str(score), self)
            button.setProperty("score", True)  # drawn as a button (coach.ui.design.style)
            button.setAccessibleName(
                self.tr("{name} {score} out of 10").format(name=name, score=score)
            )
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            self._group.addButton(button, score)
            row.addWidget(button)
        self._group.idToggled.connect(self._toggled)
        ends = QHBoxLayout()
        none = QLabel(self.tr("0 = no pain"), self)
        worst = QLabel(self.tr("10 = worst imaginable"), self)
        ends.addWidget(none)
        ends.addStretch(1)
        ends.addWidget(worst)
        self._anchors = QLabel(anchors, self)
        self._anchors.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addLayout(ends)
        layout.addWidget(self._anchors)

        self._fit_buttons()

    def changeEvent(self, event: QEvent) -> None:
        """A new text size: resize the score buttons to it."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit_buttons()

    def _fit_buttons(self) -> None:
        """Each score button holds "10" whole at the text size, and is never smaller
        than SCORE_BUTTON (an easy target)."""
        metrics = self.fontMetrics()
        tall = max(SCORE_BUTTON, metrics.height() + 2 * S1)
        wide = max(tall, metrics.horizontalAdvance("10") + 2 * S1)
        for button in self._group.buttons():
            button.setMinimumSize(wide, tall)

    def value(self) -> int | None:
        """The chosen score, or None if none was chosen yet."""
        chosen = self._group.checkedId()
        return None if chosen < 0 else chosen

    def set_value(self, score: int | None) -> None:
        """Choose ``score`` (None clears the choice)."""
        if score is None:
            checked = self._group.checkedButton()
            if checked is not None:
                self._group.setExclusive(False)
                checked.setChecked(False)
                self._group.setExclusive(True)
            self.setAccessibleDescription(self.tr("No score chosen yet"))
            return
        button = self._group.button(max(0, min(10, score)))
        button.setChecked(True)

    def _toggled(self, score: int, checked: bool) -> None:
        """A click, a key or an accessibility action chose ``score``."""
        if checked:
            self.setAccessibleDescription(self.tr("{score} chosen").format(score=score))
            self.value_changed.emit(score)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Digits choose a score; Left/Right move it by one."""
        key = event.key()
        current = self.value()
        if Qt.Key.Key_0 <= key <= Qt.Key.Key_9:
            self.set_value(key - Qt.Key.Key_0)
        elif key == Qt.Key.Key_Right and current is not None:
            self.set_value(min(10, current + 1))
        elif key == Qt.Key.Key_Left and current is not None:
            self.set_value(max(0, current - 1))
        else:
            super().keyPressEvent(event)
