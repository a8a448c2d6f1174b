"""A big secondary action on Home: an icon and a bold name over a line of status, all
inside one button (its text wraps rather than widening the window)."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPaintEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from coach.ui.design import active
from coach.ui.design.icons import paint_icon
from coach.ui.design.tokens import S1, S2, SMALL
from coach.ui.widgets.theme import make_title, set_relative_size

MARK_EM = 1.6
"""A tile's icon is this many text heights tall."""


class EmSquare(QWidget):
    """A square picture ``em`` text heights across: it grows with the text size."""

    em = MARK_EM

    def sizeHint(self) -> QSize:
        side = round(QFontMetrics(self.font()).height() * self.em)
        return QSize(side, side)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()


class IconMark(EmSquare):
    """An icon in the brand colour, sized from the text (a picture, not a control)."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._name = name

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        colour = QColor(active.palette().brand_text)
        paint_icon(painter, QRectF(self.rect()), self._name, colour)
        painter.end()


class CardButton(QPushButton):
    """A button drawn as a card, its content laid out inside it (set a layout); as tall
    as that content needs at its width, and as narrow as its longest word allows.
    ``text`` (with any ``&`` mnemonic) is kept for the keyboard but not drawn."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setProperty("tile", True)  # the style sheet draws the card and hides the text
        policy = self.sizePolicy()
        policy.setHeightForWidth(True)
        policy.setVerticalPolicy(QSizePolicy.Policy.Minimum)
        policy.setHorizontalPolicy(QSizePolicy.Policy.Expanding)  # may shrink: text wraps
        self.setSizePolicy(policy)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        layout = self.layout()
        assert layout is not None
        return layout.totalHeightForWidth(width)

    def minimumSizeHint(self) -> QSize:
        layout = self.layout()
        assert layout is not None
        return layout.minimumSize()

    def sizeHint(self) -> QSize:
        """As narrow as its content can wrap to (the hidden text does not count)."""
        layout = self.layout()
        assert layout is not None
        return QSize(layout.minimumSize().width(), layout.sizeHint().height())


class ActionTile(CardButton):
    """``title`` (with an ``&`` mnemonic, like a button's text) over ``detail``."""

    def __init__(self, icon: str, title: str, name: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.setAccessibleName(name)
        self.mark = IconMark(icon, self)
        self.title = QLabel(title.replace("&", ""), self)
        make_title(self.title, 1.0)
        self.title.setWordWrap(True)
        self.detail = QLabel(self)
        self.detail.setProperty("role", "muted")
        self.detail.setWordWrap(True)
        set_relative_size(self.detail, SMALL)
        head = QHBoxLayout()
        head.setSpacing(S1)
        head.addWidget(self.mark)
        head.addWidget(self.title, 1)
        column = QVBoxLayout(self)
        column.setContentsMargins(S2, S1, S2, S1)
        column.setSpacing(S1 // 2)
        column.addLayout(head)
        column.addWidget(self.detail)
        column.addStretch(1)

    def set_detail(self, text: str) -> None:
        """The status line under the name (hidden when empty)."""
        self.detail.setText(text)
        self.detail.setVisible(bool(text))
