"""Run something right after a widget's first paint (used to stage the start-up)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class _FirstPaint(QObject):
    def __init__(self, widget: QWidget, callback: Callable[[], None]) -> None:
        super().__init__(widget)
        self._widget = widget
        self._callback = callback

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self._widget.removeEventFilter(self)
            QTimer.singleShot(0, self._callback)
        return False


def after_first_paint(widget: QWidget, callback: Callable[[], None]) -> None:
    """Call ``callback`` once, from the event loop, right after ``widget``'s next paint
    has been drawn (the paint itself is never delayed by it).

    Watch a widget that paints: a window covered by opaque children (a scroll area's
    viewport, say) gets no paint event of its own. Only ``widget``'s events are
    filtered; an application-wide filter would wrap every object that has an event
    in Python, creating its class's enums, which costs tens of milliseconds.
    """
    widget.installEventFilter(_FirstPaint(widget, callback))
