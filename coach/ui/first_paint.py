"""Run something right after a window's first paint (used to stage the start-up)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class _FirstPaint(QObject):
    """Watches every event until one paints a widget of ``window`` (the window itself
    may be covered by opaque children and never get one)."""

    def __init__(self, window: QWidget, callback: Callable[[], None]) -> None:
        super().__init__(window)
        self._window = window
        self._callback = callback

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.Paint
            and isinstance(watched, QWidget)
            and watched.window() is self._window
        ):
            app = QCoreApplication.instance()
            if app is not None:
                app.removeEventFilter(self)
            QTimer.singleShot(0, self._callback)
        return False


def after_first_paint(window: QWidget, callback: Callable[[], None]) -> None:
    """Call ``callback`` once, from the event loop, right after ``window``'s next paint
    has been drawn (the paint itself is never delayed by it)."""
    app = QCoreApplication.instance()
    assert app is not None, "needs the QApplication"
    app.installEventFilter(_FirstPaint(window, callback))
