"""The design system: WCAG AA contrast from the palette (light and dark), one place for
colours and sizes, and icons that paint."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QIcon, QImage
from PySide6.QtWidgets import QApplication, QPushButton

from coach.ui.design import active
from coach.ui.design.icons import ICONS, icon
from coach.ui.design.palette import (
    CONTROL_PAIRS,
    PALETTES,
    TEXT_PAIRS,
    contrast,
    relative_luminance,
)
from coach.ui.widgets.theme import apply_theme, set_icon

UI = Path(__file__).parent.parent / "coach" / "ui"
DESIGN = UI / "design"


def test_contrast_formula_matches_wcag_reference_values() -> None:
    assert relative_luminance("#ffffff") == pytest.approx(1.0)
    assert relative_luminance("#000000") == pytest.approx(0.0)
    assert contrast("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)  # just fails AA


@pytest.mark.parametrize("scheme", sorted(PALETTES))
@pytest.mark.parametrize(("pairs", "minimum"), [(TEXT_PAIRS, 4.5), (CONTROL_PAIRS, 3.0)])
def test_palette_meets_wcag_aa(
    scheme: str, pairs: tuple[tuple[str, str], ...], minimum: float
) -> None:
    palette = PALETTES[scheme]  # type: ignore[index]
    low = {
        f"{fg} on {bg}: {ratio:.2f}"
        for fg, bg in pairs
        if (ratio := contrast(getattr(palette, fg), getattr(palette, bg))) < minimum
    }
    assert low == set()


def _code_outside_design() -> dict[Path, str]:
    return {
        path: path.read_text(encoding="utf-8")
        for path in UI.rglob("*.py")
        if DESIGN not in path.parents
    }


def test_no_colour_literal_outside_the_design_system() -> None:
    colour = re.compile(r"#[0-9a-fA-F]{3,8}\b|QColor\(\s*[\"']|Qt\.GlobalColor\.")
    found = [
        f"{p.name}: {m.group()}"
        for p, t in _code_outside_design().items()
        for m in colour.finditer(t)
    ]
    assert found == []


def test_no_pixel_size_in_style_sheets_outside_the_design_system() -> None:
    found = [
        f"{p.name}: {m.group()}"
        for p, t in _code_outside_design().items()
        for m in re.finditer(r"\d+px\b", t)
    ]
    assert found == []


@pytest.mark.parametrize("name", sorted(ICONS))
def test_every_icon_paints_in_its_palette_colour(qapp: QApplication, name: str) -> None:
    image = icon(name, "brand").pixmap(QSize(48, 48)).toImage()
    brand = QColor(active.palette().brand)
    opaque = [
        image.pixelColor(x, y)
        for x in range(image.width())
        for y in range(image.height())
        if image.pixelColor(x, y).alpha() == 255
    ]
    assert len(opaque) > 40, "an icon is more than a few dots"
    assert all(c.rgb() == brand.rgb() for c in opaque)
    disabled = icon(name).pixmap(QSize(48, 48), QIcon.Mode.Disabled).toImage()
    assert _has_colour(disabled, QColor(active.palette().muted))


def _has_colour(image: QImage, colour: QColor) -> bool:
    return any(
        image.pixelColor(x, y).rgb() == colour.rgb() and image.pixelColor(x, y).alpha() == 255
        for x in range(image.width())
        for y in range(image.height())
    )


def test_icon_follows_the_theme_and_text_size(qapp: QApplication) -> None:
    font, sheet, palette, shown = qapp.font(), qapp.styleSheet(), qapp.palette(), active.palette()
    button = QPushButton("Start")
    try:
        apply_theme(qapp, text_size=100, theme="light")
        set_icon(button, "play", primary=True)
        small = button.iconSize().height()
        light = button.icon().pixmap(QSize(32, 32)).toImage()
        apply_theme(qapp, text_size=200, theme="dark")
        assert button.iconSize().height() > 1.5 * small
        assert button.property("primary") is True
        dark = button.icon().pixmap(QSize(32, 32)).toImage()
        assert _has_colour(light, QColor(PALETTES["light"].on_brand))
        assert _has_colour(dark, QColor(PALETTES["dark"].on_brand))
        with pytest.raises(KeyError):
            icon("no such icon")
    finally:
        active.set_palette(shown)
        qapp.setPalette(palette)
        qapp.setFont(font)
        qapp.setStyleSheet(sheet)
