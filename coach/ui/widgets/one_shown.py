"""A stack of pages where only the page shown counts for the size."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget


class OneShown(QWidget):
    """Pages of which one is shown. Unlike QStackedWidget, only the shown page counts
    for the size, so a tall hidden page never makes the screen around it scroll."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._pages: list[QWidget] = []

    def addWidget(self, page: QWidget) -> None:
        """Add ``page``; the first one added is shown."""
        page.setVisible(not self._pages)
        self._pages.append(page)
        self._layout.addWidget(page)

    def setCurrentWidget(self, page: QWidget) -> None:
        """Show ``page`` and hide the others."""
        for other in self._pages:
            if other is not page:
                other.setVisible(False)
        page.setVisible(True)

    def currentWidget(self) -> QWidget:
        """The page shown."""
        return next(p for p in self._pages if not p.isHidden())
