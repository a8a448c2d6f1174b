"""The region drop-down, used in Settings and at first start."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QWidget

from coach.domain.regions import REGION_NAMES, Region


def region_choice(parent: QWidget | None = None) -> QComboBox:
    """A combo box of every region by name; each item's data is the region id."""
    combo = QComboBox(parent)
    combo.setAccessibleName(QCoreApplication.translate("RegionChoice", "Where you live"))
    names = _region_names()
    for region, name in REGION_NAMES.items():
        combo.addItem(names.get(region, name), region.value)
    return combo


def _region_names() -> dict[Region, str]:
    """The regions' names in the app's language (``REGION_NAMES`` in English)."""
    translate = QCoreApplication.translate
    return {
        Region.UK: translate("RegionChoice", "United Kingdom"),
        Region.IE: translate("RegionChoice", "Ireland"),
        Region.EU: translate("RegionChoice", "European Union"),
        Region.US: translate("RegionChoice", "United States"),
        Region.CA: translate("RegionChoice", "Canada"),
        Region.AU: translate("RegionChoice", "Australia"),
        Region.NZ: translate("RegionChoice", "New Zealand"),
        Region.OTHER: translate("RegionChoice", "Somewhere else"),
    }
