"""A layout that wraps: widgets go left to right and start a new row when the next one
would not fit, so a row of buttons grows taller instead of wider (e.g. at 200% text).
The pattern of Qt's Flow Layout example."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QWidget, QWidgetItem


class FlowLayout(QLayout):
    """Rows of widgets at their preferred size (flush right if ``right_aligned``, each
    row centred if ``centred``; rows ``row_spacing`` apart, else ``spacing``); as narrow
    as the widest one."""

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        spacing: int = 8,
        right_aligned: bool = False,
        centred: bool = False,
        row_spacing: int | None = None,
    ) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._gap = spacing
        self._row_gap = spacing if row_spacing is None else row_spacing
        self._right_aligned = right_aligned
        self._centred = centred

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def insertWidget(self, index: int, widget: QWidget) -> None:
        """Put ``widget`` at ``index`` in the flow."""
        self.addChildWidget(widget)
        self._items.insert(index, QWidgetItem(widget))
        self.invalidate()

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), place=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, place=True)

    def sizeHint(self) -> QSize:
        """Everything in one row."""
        hints = [item.sizeHint() for item in self._items]
        width = sum(h.width() for h in hints) + self._gap * max(len(hints) - 1, 0)
        height = max((h.height() for h in hints), default=0)
        return self._with_margins(QSize(width, height))

    def minimumSize(self) -> QSize:
        """The widest item: any narrower and it would be cut off."""
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        return self._with_margins(size)

    def _with_margins(self, size: QSize) -> QSize:
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def _arrange(self, rect: QRect, *, place: bool) -> int:
        """Lay the items out in ``rect`` (moving them if ``place``); the height used."""
        area = rect.marginsRemoved(self.contentsMargins())
        rows: list[list[tuple[QLayoutItem, QSize]]] = [[]]
        used = 0
        for item in self._items:
            if item.isEmpty():  # a hidden widget takes no room and no gap
                continue
            hint = item.sizeHint()
            if rows[-1] and used + self._gap + hint.width() > area.width():
                rows.append([])
                used = 0
            used += (self._gap if rows[-1] else 0) + hint.width()
            rows[-1].append((item, hint))
        y = area.y()
        for row in rows:
            width = sum(h.width() for _, h in row) + self._gap * max(len(row) - 1, 0)
            free = area.width() - width
            x = area.x() + (free if self._right_aligned else free // 2 if self._centred else 0)
            for item, hint in row:
                if place:
                    item.setGeometry(QRect(QPoint(x, y), hint))
                x += hint.width() + self._gap
            y += max((h.height() for _, h in row), default=0) + self._row_gap
        margins = self.contentsMargins()
        return y - self._row_gap - rect.y() + margins.bottom() if self._items else 0
