"""A check box or radio button with text that wraps, in a row that shows the focus ring.

A plain QCheckBox never wraps its text, so a long one widens the whole window
(at 200% text, past the screen); here the text is a wrapping label beside it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QAbstractButton, QFrame, QHBoxLayout, QLabel, QWidget


class FocusRow(QFrame):
    """A frame that shows a focus ring while a watched control has focus."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("row")
        self.setProperty("focused", False)

    def watch(self, *widgets: QWidget) -> None:
        for widget in widgets:
            widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Follow focus in and out of the watched widgets."""
        if event.type() in (QEvent.Type.FocusIn, QEvent.Type.FocusOut):
            self.setProperty("focused", event.type() == QEvent.Type.FocusIn)
            self.style().unpolish(self)
            self.style().polish(self)
            self.update()  # a new style alone left the old ring on screen
        return False


class ClickLabel(QLabel):
    """A wrapping label that clicks its button when clicked, and is bold while it is picked."""

    def __init__(self, text: str, button: QAbstractButton, parent: QWidget) -> None:
        super().__init__(text, parent)
        self.setWordWrap(True)
        self._button = button
        button.toggled.connect(self._picked)

    def _picked(self, checked: bool) -> None:
        font = self.font()
        font.setBold(checked)
        self.setFont(font)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        """A left click on the text acts on the button."""
        if event.button() == Qt.MouseButton.LeftButton and self._button.isEnabled():
            self._button.setFocus(Qt.FocusReason.MouseFocusReason)
            self._button.click()
        super().mouseReleaseEvent(event)


def labelled_row(button: QAbstractButton, text: str, parent: QWidget) -> FocusRow:
    """``button`` beside ``text`` (wrapping, clickable) in a row with a focus ring;
    the text is the button's accessible name unless it has one."""
    row = FocusRow(parent)
    button.setParent(row)
    if not button.accessibleName():
        button.setAccessibleName(text)
    row.watch(button)
    line = QHBoxLayout(row)
    line.setContentsMargins(8, 6, 8, 6)
    line.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
    line.addWidget(ClickLabel(text, button, row), 1)
    return row


def focus_ring(widget: QWidget, parent: QWidget) -> FocusRow:
    """``widget`` in a row that shows the focus ring while it has focus (for a control
    such as the pain scale that draws none of its own)."""
    row = FocusRow(parent)
    widget.setParent(row)
    row.watch(widget)
    QHBoxLayout(row).addWidget(widget)
    return row
