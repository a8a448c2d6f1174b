"""The small pieces every ice/heat page is built from.

A page's titled column, plain-text wrapping labels, buttons with an accessible
name, and Return/Enter handling: :func:`enter_clicks` makes every button of a
page a tab stop that Enter clicks (and Enter in a ticked check box or a spin
box presses the page's default button).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from coach.ui.widgets.theme import make_title


def label(text: str, parent: QWidget, *, role: str = "") -> QLabel:
    """A wrapping plain-text label, with a style ``role`` when given."""
    widget = QLabel(text, parent)
    widget.setWordWrap(True)
    widget.setTextFormat(Qt.TextFormat.PlainText)
    if role:
        widget.setProperty("role", role)
    return widget


def page_column(page: QWidget, title: str) -> tuple[QVBoxLayout, QLabel]:
    """``page``'s column, flush with the screen's margins, opening with a ``title``."""
    layout = QVBoxLayout(page)
    layout.setContentsMargins(0, 0, 0, 0)
    heading = label(title, page)
    make_title(heading)
    layout.addWidget(heading)
    return layout, heading


def button(text: str, parent: QWidget, accessible: str = "") -> QPushButton:
    """A push button named ``accessible`` (default: its text) for screen readers."""
    widget = QPushButton(text, parent)
    widget.setAccessibleName(accessible or text)
    return widget


class _EnterClicks(QObject):
    """Return/Enter on a focused button, or on an unticked check box, clicks it as Space
    does. On a ticked check box or in a spin box it presses ``default`` (Start)
    when that is enabled: a person who has ticked "I have read this" and presses Enter
    means Start, not "untick it"."""

    def __init__(self, default: QAbstractButton | None, parent: QObject) -> None:
        super().__init__(parent)
        self._default = default

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Act on Return/Enter as above; let every other event through."""
        if not (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            return False
        ticked = isinstance(watched, QCheckBox) and watched.isChecked()
        default = self._default
        if (
            (ticked or isinstance(watched, QSpinBox))
            and default is not None
            and default.isEnabled()
        ):
            if isinstance(watched, QSpinBox):
                watched.interpretText()
            default.click()
            return True
        if isinstance(watched, QAbstractButton) and watched.isEnabled() and not ticked:
            watched.click()
            return True
        return False


def enter_clicks(page: QWidget, default: QAbstractButton | None = None, *also: QWidget) -> None:
    """Give every button on ``page`` (and the widgets in ``also``) the Enter handling
    above; each button becomes a tab stop on every platform."""
    enter = _EnterClicks(default, page)
    for each in page.findChildren(QAbstractButton):
        each.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        each.installEventFilter(enter)
    for widget in also:
        widget.installEventFilter(enter)
