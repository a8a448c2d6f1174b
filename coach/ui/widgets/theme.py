"""Look and feel: the design system (``coach.ui.design``) applied to the app. Big type
readable from two metres, a visible focus ring, light or dark (the system's choice or
the person's), with check boxes and radio buttons drawn with our own marks in
assets/ui so they read in dark mode too.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QFont, QFontMetrics, QPalette
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget

from coach.paths import assets_dir
from coach.ui.design import active
from coach.ui.design.icons import icon
from coach.ui.design.palette import PALETTES, Scheme
from coach.ui.design.style import qt_palette, style_sheet
from coach.ui.design.tokens import BODY_POINTS, ICON_EM, SECTION
from coach.ui.design.tokens import COUNTDOWN_PIXELS as COUNTDOWN_PIXELS

BASE_POINT_SIZE = BODY_POINTS
"""Normal text; Settings can make it 130% or 200% of this."""
TITLE_SCALE = SECTION
RELATIVE_SIZE = "relative_size"
"""Widget property: its text size as a multiple of the base size (kept by apply_theme)."""
ICON_NAME = "icon_name"
ICON_ROLE = "icon_role"
"""Button properties: its icon and the palette colour it is drawn in (kept by apply_theme)."""


def point_size(text_size: int) -> int:
    """The base font size in points for ``text_size`` percent (e.g. 200 -> 28)."""
    return round(BASE_POINT_SIZE * text_size / 100)


def resolve_scheme(app: QApplication, theme: str) -> Scheme:
    """Light or dark for the ``theme`` setting. "system" follows the platform's own
    palette as it was before the first theme was applied (asking Qt for the colour
    scheme instead would cost Home's first paint ~40 ms of enum set-up)."""
    if theme in ("light", "dark"):
        return "dark" if theme == "dark" else "light"
    if active.system_dark() is None:
        active.remember_system_dark(is_dark_palette(app.palette()))
    return "dark" if active.system_dark() else "light"


def apply_theme(app: QApplication, *, text_size: int = 100, theme: str = "system") -> None:
    """Set the base font size (``text_size`` percent), the palette (``theme``: system,
    light or dark) and the shared style sheet; headings, other relatively sized text and
    button icons follow the new size."""
    palette = PALETTES[resolve_scheme(app, theme)]
    active.set_palette(palette)
    font = app.font()
    font.setPointSize(point_size(text_size))
    app.setFont(font)
    app.setPalette(qt_palette(palette))
    app.setStyleSheet(style_sheet(palette, (assets_dir() / "ui").as_posix()))
    for widget in app.allWidgets():
        _fit_relative_size(widget)
        if isinstance(widget, QAbstractButton):
            _fit_icon(widget)


def set_relative_size(widget: QWidget, scale: float) -> None:
    """Text ``scale`` times the base size, now and after any text-size change."""
    widget.setProperty(RELATIVE_SIZE, scale)
    _fit_relative_size(widget)


def _fit_relative_size(widget: QWidget) -> None:
    scale = widget.property(RELATIVE_SIZE)
    if scale is None:
        return
    font = QFont(widget.font())
    font.setPointSizeF(QApplication.font().pointSizeF() * float(scale))
    widget.setFont(font)


def make_title(widget: QWidget, scale: float = TITLE_SCALE) -> None:
    """Make ``widget`` (usually a QLabel) a bold heading ``scale`` times the base size."""
    font = QFont(widget.font())
    font.setBold(True)
    widget.setFont(font)
    set_relative_size(widget, scale)
    widget.setProperty("role", "title")


def set_icon(button: QAbstractButton, name: str, *, primary: bool = False) -> None:
    """Give ``button`` the icon ``name`` sized to its text; ``primary`` also makes it the
    screen's one main action (filled in the brand colour)."""
    button.setProperty(ICON_NAME, name)
    set_primary(button, primary)


def set_primary(button: QAbstractButton, primary: bool) -> None:
    """Make ``button`` the screen's main action (filled) or a secondary one (outlined)."""
    button.setProperty("primary", primary)
    button.setProperty(ICON_ROLE, "on_brand" if primary else "text")
    if button.isVisible() or button.isHidden():  # polished already: polish again
        # (a button never shown yet is polished when first shown; skipping it keeps
        # QStyle's ~80 ms of Python enum set-up off Home's first paint)
        button.style().unpolish(button)
        button.style().polish(button)
    _fit_icon(button)


def _fit_icon(button: QAbstractButton) -> None:
    name = button.property(ICON_NAME)
    if name is None:
        return
    button.setIcon(icon(str(name), str(button.property(ICON_ROLE))))
    scale = button.property(RELATIVE_SIZE)
    font = QFont(QApplication.font())
    font.setPointSizeF(font.pointSizeF() * (1.0 if scale is None else float(scale)))
    side = round(QFontMetrics(font).height() * ICON_EM)
    button.setIconSize(QSize(side, side))


def is_dark(widget: QWidget) -> bool:
    """Whether the widget's palette is a dark one (window darker than text)."""
    return is_dark_palette(widget.palette())


def is_dark_palette(palette: QPalette) -> bool:
    """Whether ``palette`` is a dark one (window darker than text)."""
    window = palette.color(QPalette.ColorRole.Window).lightness()
    text = palette.color(QPalette.ColorRole.WindowText).lightness()
    return window < text
