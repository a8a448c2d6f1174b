"""Which palette is showing now (set by ``coach.ui.widgets.theme.apply_theme``), and whether
the platform's own palette was dark."""

from __future__ import annotations

from coach.ui.design.palette import LIGHT, Palette

_active: list[Palette] = [LIGHT]
_system_dark: list[bool | None] = [None]


def palette() -> Palette:
    """The palette the app is drawn in now."""
    return _active[0]


def set_palette(palette: Palette) -> None:
    """Record that the app is now drawn in ``palette``."""
    _active[0] = palette


def system_dark() -> bool | None:
    """Whether the platform's own palette is dark (None: not looked at yet)."""
    return _system_dark[0]


def remember_system_dark(dark: bool) -> None:
    """Record the platform palette's darkness, before the app's palette replaces it."""
    _system_dark[0] = dark
