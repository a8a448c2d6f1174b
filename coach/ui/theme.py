"""Look and feel: big type readable from two metres, a visible focus ring,
light/dark following the system palette (check boxes and radio buttons are drawn
here, with our own marks in assets/ui, so they read in dark mode too).
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from coach.paths import assets_dir

BASE_POINT_SIZE = 14
"""Normal text; Settings can make it 130% or 200% of this."""
TITLE_SCALE = 1.7
RELATIVE_SIZE = "relative_size"
"""Widget property: its text size as a multiple of the base size (kept by apply_theme)."""
COUNTDOWN_PIXELS = 160
"""Height of the session countdown digits; readable from 2 m (>= 96 px)."""

_STYLE = """
QPushButton {
    padding: 0.45em 1.1em; min-height: 1.8em; border-radius: 6px;
    background: palette(button); color: palette(button-text); border: 3px solid palette(mid);
}
QPushButton:hover { border-color: palette(dark); }
QPushButton:pressed, QPushButton:checked {
    background: palette(highlight); color: palette(highlighted-text);
    border-color: palette(highlight);
}
QPushButton:disabled { color: palette(mid); border-style: dashed; }
QPushButton:focus { border-color: palette(highlight); }
QCheckBox, QRadioButton {
    border: 3px solid transparent; border-radius: 4px; padding: 2px; spacing: 0.5em;
}
QCheckBox::indicator, QRadioButton::indicator { width: 1.1em; height: 1.1em; }
QCheckBox:focus, QRadioButton:focus, QSpinBox:focus, QComboBox:focus, QSlider:focus,
QTableView:focus, QListWidget:focus, QLineEdit:focus, QTabBar::tab:focus {
    border: 3px solid palette(highlight);
}
QFrame[role="notice"] { border-radius: 6px; padding: 6px; border: 2px solid palette(highlight); }
QLabel[role="title"] { font-weight: bold; }
QLabel[role="caption"] { font-style: italic; }
QFrame[role="danger"] { border: 3px solid #c62828; border-radius: 8px; }
QFrame[role="danger"]:focus { border-width: 6px; }
QCheckBox::indicator, QRadioButton::indicator {
    border: 2px solid palette(window-text); background: palette(base);
}
QCheckBox::indicator { border-radius: 3px; }
QRadioButton::indicator { border-radius: 0.55em; }
QCheckBox::indicator:checked, QRadioButton::indicator:checked {
    background: palette(highlight); border-color: palette(highlight);
}
QCheckBox::indicator:checked { image: url("{ui}/check.svg"); }
QRadioButton::indicator:checked { image: url("{ui}/dot.svg"); }
QCheckBox::indicator:disabled, QRadioButton::indicator:disabled { border-color: palette(mid); }
QFrame#row QCheckBox, QFrame#row QRadioButton { border: none; }
QFrame#row QCheckBox::indicator, QFrame#row QRadioButton::indicator { width: 1.4em; height: 1.4em; }
QFrame#row QRadioButton::indicator { border-radius: 0.7em; }
QFrame#row { border: 3px solid transparent; border-radius: 6px; }
QFrame#row[focused="true"] { border: 3px solid palette(highlight); }
"""


def point_size(text_size: int) -> int:
    """The base font size in points for ``text_size`` percent (e.g. 200 -> 28)."""
    return round(BASE_POINT_SIZE * text_size / 100)


def apply_theme(app: QApplication, *, text_size: int = 100) -> None:
    """Set the base font size (``text_size`` percent) and the shared style sheet;
    headings and other relatively sized text follow the new size."""
    font = app.font()
    font.setPointSize(point_size(text_size))
    app.setFont(font)
    app.setStyleSheet(_STYLE.replace("{ui}", (assets_dir() / "ui").as_posix()))
    for widget in app.allWidgets():
        _fit_relative_size(widget)


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


def is_dark(widget: QWidget) -> bool:
    """Whether the widget's palette is a dark one (window darker than text)."""
    palette = widget.palette()
    window = palette.color(QPalette.ColorRole.Window).lightness()
    text = palette.color(QPalette.ColorRole.WindowText).lightness()
    return window < text
