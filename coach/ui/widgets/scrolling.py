"""The app's one kind of scroll area: frameless, content stretched to its width, and
never a tab stop itself (its content takes focus)."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QScrollArea, QVBoxLayout, QWidget

NO_FOCUS = 0
"""Qt.FocusPolicy.NoFocus."""
ALWAYS_OFF = 1
"""Qt.ScrollBarPolicy.ScrollBarAlwaysOff."""
# Both are set as properties: the first use of any ``Qt.*`` enum builds all of them
# (~20 ms), which Home's first paint (the main window's holders) does without.


def scroll_area(parent: QWidget | None = None, *, sideways: bool = False) -> QScrollArea:
    """A scroll area that scrolls vertically, and sideways only if ``sideways``
    (otherwise its content must fit the width: wrapped text, flow layouts)."""
    area = QScrollArea(parent)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setProperty("focusPolicy", NO_FOCUS)
    if not sideways:
        area.setProperty("horizontalScrollBarPolicy", ALWAYS_OFF)
    return area


class _AtLeast(QWidget):
    """Holds ``widget`` and asks a scroll area only for the height it can't do without
    at a given width (Qt's default asks for the preferred height, so a screen would
    scroll whenever it is below its comfortable size, not only when it can't fit)."""

    def __init__(self, widget: QWidget | None) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        if widget is not None:
            layout.addWidget(widget)

    def heightForWidth(self, width: int) -> int:
        layout = self.layout()
        assert layout is not None
        return layout.totalMinimumHeightForWidth(width)


def fitting_scroll_area(
    widget: QWidget | None, parent: QWidget | None = None, *, sideways: bool = False
) -> QScrollArea:
    """``widget`` in a scroll area; it is stretched to fit and scrolls only when it
    can't (e.g. at 200% text), sideways too (if ``sideways``) rather than cut anything off.
    With None, the area is empty: build the widget in ``area.widget()`` and add it to
    that widget's layout (a widget built in place is never re-parented, which with the
    app's style sheet costs a few ms for a whole screen)."""
    area = scroll_area(parent, sideways=sideways)
    area.setWidget(_AtLeast(widget))
    return area


def reveal(widget: QWidget) -> None:
    """Scroll every scroll area around ``widget`` so that it is on screen."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QScrollArea):
            parent.ensureWidgetVisible(widget, 10, 10)
        parent = parent.parentWidget()
