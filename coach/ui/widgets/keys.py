"""Keyboard shortcuts scoped to one screen or panel."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QKeyCombination, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget

Key = Qt.Key | QKeyCombination
"""A key, or a key with modifiers (``Qt.Modifier.ALT | Qt.Key.Key_Left``)."""


def bind_keys(owner: QWidget, bindings: Iterable[tuple[Key, Callable[[], object]]]) -> None:
    """Each key runs its slot while keyboard focus is inside ``owner`` (which keeps them)."""
    for key, slot in bindings:
        shortcut = QShortcut(QKeySequence(key), owner)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(slot)
