"""Which palette is showing now (set by ``coach.ui.theme.apply_theme``)."""

from __future__ import annotations

from coach.ui.design.palette import LIGHT, Palette

_active: list[Palette] = [LIGHT]


def palette() -> Palette:
    """The palette the app is drawn in now."""
    return _active[0]


def set_palette(palette: Palette) -> None:
    """Record that the app is now drawn in ``palette``."""
    _active[0] = palette
