"""The region drop-down, used in Settings and at first start."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QWidget

from coach.domain.regions import REGION_NAMES


def region_choice(parent: QWidget | None = None) -> QComboBox:
    """A combo box of every region by name; each item's data is the region id."""
    combo = QComboBox(parent)
    combo.setAccessibleName("Where you live")
    for region, name in REGION_NAMES.items():
        combo.addItem(name, region.value)
    return combo
