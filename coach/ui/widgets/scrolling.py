"""The app's one kind of scroll area: frameless, content stretched to its width, and
never a tab stop itself (its content takes focus)."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QScrollArea, QWidget

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


def reveal(widget: QWidget) -> None:
    """Scroll every scroll area around ``widget`` so that it is on screen."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QScrollArea):
            parent.ensureWidgetVisible(widget, 10, 10)
        parent = parent.parentWidget()
