"""The region drop-down, used in Settings and at first start."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QWidget

from coach.domain.regions import REGION_NAMES, Region
from coach.ui.widgets.main_window import NoticeBar


def region_choice(parent: QWidget | None = None) -> QComboBox:
    """A combo box of every region by name; each item's data is the region id."""
    combo = QComboBox(parent)
    combo.setAccessibleName(QCoreApplication.translate("RegionChoice", "Where you live"))
    names = _region_names()
    for region, name in REGION_NAMES.items():
        combo.addItem(names.get(region, name), region.value)
    return combo


def ask_region(notices: NoticeBar, current: Region, choose: Callable[[Region], None]) -> None:
    """The first-start notice "Where do you live?" with the drop-down preset to ``current``;
    ``choose`` runs with the region picked, on each change and on OK."""
    combo = region_choice()
    combo.setCurrentIndex(max(0, combo.findData(current.value)))
    combo.currentIndexChanged.connect(lambda: choose(Region(combo.currentData())))
    button = notices.add(
        QCoreApplication.translate(
            "RegionChoice", "Where do you live? It sets the emergency number."
        ),
        key="region",
        button=QCoreApplication.translate("RegionChoice", "OK"),
        first=True,
        extra=combo,
    )
    button.clicked.connect(lambda: choose(Region(combo.currentData())))


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
