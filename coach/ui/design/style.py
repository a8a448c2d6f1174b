"""The application style sheet, filled in from a :class:`Palette` and the tokens.

Roles (set with ``widget.setProperty("role", ...)``): ``card`` (a raised surface),
``notice``, ``danger``, ``title``, ``caption``, ``muted``, ``eyebrow`` (a small heading
over a card). Buttons: ``primary`` (the one main action, filled in the brand colour)
or plain (secondary, outlined); ``quiet`` for a borderless secondary action; ``compact``
for a small button in a row of settings; ``control`` for the session's row of big
buttons (a fixed height, so two rows of them stay on screen at 200 % text). A widget with
``questions`` (the check-in screens) gets slimmer buttons, so rows of answers fit.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette

from coach.ui.design.palette import Palette
from coach.ui.design.tokens import (
    BIG_BUTTON_HEIGHT,
    BORDER_WIDTH,
    BUTTON_RADIUS,
    CARD_RADIUS,
    FOCUS_WIDTH,
    S1,
    S2,
)

CONTROL_PAD = S1 // 2

_STYLE = """
QPushButton {
    padding: 0.45em 1.1em; min-height: 1.8em; border-radius: {button_radius}px;
    background: {raised}; color: {text}; border: {focus}px solid {border};
}
QPushButton:hover { border-color: {brand}; }
QPushButton:pressed, QPushButton:checked {
    background: {brand}; color: {on_brand}; border-color: {brand};
}
QPushButton:checked { font-weight: bold; }
QPushButton:checked:focus { border-color: {text}; }
QPushButton:disabled { color: {muted}; border-style: dashed; }
QWidget[questions="true"] QPushButton { padding: 0.3em 1em; border-width: {border_width}px; }
QWidget[questions="true"] QPushButton:focus { border-width: {focus}px; }
QWidget[questions="true"] QPushButton[answer="true"] { padding: 0.3em 0.6em; }
QPushButton[compact="true"] { padding: 0.15em 0.8em; min-height: 1.3em; }
QPushButton[control="true"] {
    padding: {control_pad}px {control_side}px; min-height: {control_height}px;
}
QPushButton[tile="true"] {
    background: {surface}; border: {border_width}px solid {border};
    border-radius: {card_radius}px; padding: 0; text-align: left; color: transparent;
}
QPushButton[tile="true"]:focus, QPushButton[tile="true"]:hover {
    border: {focus}px solid {brand}; background: {surface};
}
QPushButton[answer="true"] { min-width: 3.2em; padding: 0.3em 0.6em; }
QRadioButton[score="true"] {
    border: {border_width}px solid {border}; border-radius: {button_radius}px;
    background: {raised}; color: {text}; padding: 0.3em 0.15em; min-width: 1.2em;
}
QRadioButton[score="true"]::indicator { width: 0; height: 0; border: none; image: none; }
QRadioButton[score="true"]:checked {
    background: {brand}; color: {on_brand}; font-weight: bold; border-color: {brand};
}
QRadioButton[score="true"]:focus { border-color: {brand}; }
QPushButton:focus { border-color: {brand}; background: {brand_soft}; }
QPushButton[primary="true"] {
    background: {brand}; color: {on_brand}; border-color: {brand}; font-weight: bold;
}
QPushButton[primary="true"]:hover { border-color: {text}; }
QPushButton[primary="true"]:focus { border-color: {text}; background: {brand}; }
QPushButton[primary="true"]:disabled {
    background: {track}; color: {muted}; border-color: {border}; border-style: dashed;
}
QPushButton[quiet="true"] { border-color: transparent; background: transparent; }
QPushButton[quiet="true"]:focus, QPushButton[quiet="true"]:hover { border-color: {brand}; }
QCheckBox, QRadioButton {
    border: {focus}px solid transparent; border-radius: 4px; padding: 2px; spacing: 0.5em;
}
QCheckBox::indicator, QRadioButton::indicator { width: 1.1em; height: 1.1em; }
QCheckBox:focus, QRadioButton:focus, QSpinBox:focus, QComboBox:focus, QSlider:focus,
QTableView:focus, QListWidget:focus, QLineEdit:focus, QTabBar::tab:focus {
    border: {focus}px solid {brand};
}
QMenu { background: {surface}; color: {text}; border: 1px solid {border}; }
QMenu::item { padding: 0.25em 1.2em; }
QMenu::item:selected { background: {brand_soft}; color: {text}; }
QMenu::separator { height: 1px; background: {hairline}; margin: 0.2em 0.4em; }
QComboBox QAbstractItemView {
    background: {surface}; color: {text}; selection-background-color: {brand_soft};
    selection-color: {text};
}
QProgressBar {
    background: {track}; border: none; border-radius: 4px; color: {text};
    text-align: center; min-height: 8px; max-height: 8px;
}
QProgressBar::chunk { background: {brand}; border-radius: 4px; }
QFrame[role="card"] {
    background: {surface}; border: 1px solid {hairline}; border-radius: {card_radius}px;
}
QFrame[role="notice"] {
    background: {surface}; border-radius: {card_radius}px; padding: 6px;
    border: {border_width}px solid {brand};
}
QLabel[role="notice"] {
    background: {surface}; border-radius: {card_radius}px; padding: 8px;
    border: {border_width}px solid {caution};
}
QLabel[role="title"] { font-weight: bold; }
QLabel[role="badge"] {
    background: {brand}; color: {on_brand}; border-radius: 6px; padding: 2px 12px;
    font-weight: bold;
}
QFrame[role="picture"] { border: 1px solid {hairline}; border-radius: {card_radius}px; }
QLabel[role="caption"] { font-style: italic; color: {brand_text}; }
QLabel[role="muted"] { color: {muted}; }
QLabel[align="right"] { qproperty-alignment: 'AlignVCenter | AlignRight'; }
QLabel[role="eyebrow"] { color: {brand_text}; font-weight: bold; }
QLabel[role="done"] { color: {done_text}; font-weight: bold; }
QLabel[role="caution"] { color: {caution_text}; font-weight: bold; }
QLabel[role="alarm"] { color: {danger_text}; font-weight: bold; }
QFrame[role="danger"] {
    background: {surface}; border: {focus}px solid {danger}; border-radius: {card_radius}px;
}
QFrame[role="danger"]:focus { border-width: 6px; }
QCheckBox::indicator, QRadioButton::indicator {
    border: {border_width}px solid {text}; background: {surface};
}
QCheckBox::indicator { border-radius: 3px; }
QRadioButton::indicator { border-radius: 0.55em; }
QCheckBox::indicator:checked, QRadioButton::indicator:checked {
    background: {brand}; border-color: {brand};
}
QCheckBox::indicator:checked { image: url("{ui}/check.svg"); }
QRadioButton::indicator:checked { image: url("{ui}/dot.svg"); }
QCheckBox::indicator:disabled, QRadioButton::indicator:disabled { border-color: {muted}; }
QFrame#row QCheckBox, QFrame#row QRadioButton { border: none; }
QFrame#row QCheckBox::indicator, QFrame#row QRadioButton::indicator { width: 1.4em; height: 1.4em; }
QFrame#row QRadioButton::indicator { border-radius: 0.7em; }
QFrame#row QRadioButton[score="true"] {
    border: {border_width}px solid {border}; padding: 0.3em 0.15em; spacing: 0;
}
QFrame#row QRadioButton[score="true"]:checked, QFrame#row QRadioButton[score="true"]:focus {
    border-color: {brand};
}
QFrame#row QRadioButton[score="true"]::indicator { width: 0; height: 0; border: none; }
QFrame#row { border: {focus}px solid transparent; border-radius: 6px; }
QFrame#row[focused="true"] { border: {focus}px solid {brand}; }
QToolTip { background: {surface}; color: {text}; border: 1px solid {border}; }
"""


def style_sheet(palette: Palette, ui_assets: str) -> str:
    """The style sheet in ``palette``; ``ui_assets`` is the folder of check.svg and dot.svg."""
    values = {
        **palette.colours(),
        "ui": ui_assets,
        "focus": str(FOCUS_WIDTH),
        "border_width": str(BORDER_WIDTH),
        "card_radius": str(CARD_RADIUS),
        "button_radius": str(BUTTON_RADIUS),
        "control_pad": str(CONTROL_PAD),
        "control_side": str(S2),
        "control_height": str(BIG_BUTTON_HEIGHT - 2 * (CONTROL_PAD + FOCUS_WIDTH)),
    }
    sheet = _STYLE
    for name, value in values.items():
        sheet = sheet.replace("{" + name + "}", value)
    return sheet


def qt_palette(palette: Palette) -> QPalette:
    """A QPalette in ``palette``'s colours, for what the style sheet does not cover."""
    roles = {
        QPalette.ColorRole.Window: palette.background,
        QPalette.ColorRole.WindowText: palette.text,
        QPalette.ColorRole.Base: palette.surface,
        QPalette.ColorRole.AlternateBase: palette.raised,
        QPalette.ColorRole.Text: palette.text,
        QPalette.ColorRole.Button: palette.raised,
        QPalette.ColorRole.ButtonText: palette.text,
        QPalette.ColorRole.BrightText: palette.on_brand,
        QPalette.ColorRole.Light: palette.surface,
        QPalette.ColorRole.Midlight: palette.hairline,
        QPalette.ColorRole.Mid: palette.border,
        QPalette.ColorRole.Dark: palette.muted,
        QPalette.ColorRole.Shadow: palette.text,
        QPalette.ColorRole.Highlight: palette.brand,
        QPalette.ColorRole.HighlightedText: palette.on_brand,
        QPalette.ColorRole.Link: palette.brand_text,
        QPalette.ColorRole.PlaceholderText: palette.muted,
        QPalette.ColorRole.ToolTipBase: palette.surface,
        QPalette.ColorRole.ToolTipText: palette.text,
    }
    result = QPalette()
    for role, colour in roles.items():
        result.setColor(role, QColor(colour))
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text):
        result.setColor(QPalette.ColorGroup.Disabled, role, QColor(palette.muted))
    result.setColor(
        QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText, QColor(palette.muted)
    )
    return result
