"""The stop rules' advice during a session, with at most one action beside it."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget


class AdviceBar(QFrame):
    """A notice line; :meth:`offer` adds a button whose click emits ``accepted``."""

    accepted = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "notice")
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setAccessibleName(self.tr("Advice"))
        self.button = QPushButton(self)
        self.button.clicked.connect(self.accepted.emit)
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 4, 8, 4)
        row.addWidget(self.label, 1)
        row.addWidget(self.button)
        self.say("")

    def text(self) -> str:
        """The advice shown."""
        return self.label.text()

    def say(self, text: str) -> None:
        """Show ``text`` alone (hidden when empty), with no action."""
        self.label.setText(text)
        self.button.setVisible(False)
        self.setVisible(bool(text))

    def add(self, text: str) -> None:
        """Add ``text`` after the advice shown."""
        if text:
            self.label.setText(f"{self.label.text()} {text}".strip())
            self.setVisible(True)

    def offer(self, action: str) -> None:
        """Show a button labelled ``action`` beside the advice."""
        self.button.setText(action)
        self.button.setAccessibleName(action)
        self.button.setVisible(True)
        self.setVisible(True)
