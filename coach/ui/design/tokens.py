"""Sizes: the type scale (multiples of the body text size, so the whole set follows the
text-size setting), the 8 px spacing grid, corner radii and a few fixed minimums."""

from __future__ import annotations

BODY_POINTS = 14
"""Body text at 100 %; Settings can make it 130 % or 200 %."""

# Type scale (at 100 %: 14 body, 18 lead, 24 section, 32 screen title).
LEAD = 18 / 14
SECTION = 24 / 14
SCREEN_TITLE = 32 / 14
SMALL = 12 / 14
BADGE = 10.5 / 14
"""A label on a picture (the side on the session figure): the words must fit its width."""

COUNTDOWN_PIXELS = 160
"""Height of the ice/heat countdown digits (>= 96 px: readable from 2 m); fixed, not
scaled with the text. (The session's digits fill its progress ring instead.)"""

# Spacing on an 8 px grid.
S1 = 8
S2 = 16
S3 = 24
S4 = 32
PAGE_MARGIN = S3

CARD_RADIUS = 12
BUTTON_RADIUS = 10
FOCUS_WIDTH = 3
"""Focus rings and control borders are this thick: visible from the floor."""
BORDER_WIDTH = 2

BIG_BUTTON_HEIGHT = 56
"""Home's and the player's main buttons: at least this tall (a large, easy target)."""
ICON_EM = 1.3
"""Icons on buttons are this many times the text height."""

SCORE_BUTTON = 52
"""A pain-scale score button is at least this wide and tall (more at large text)."""

FIGURE_MIN_HEIGHT = 300
"""The session figure is never shorter than this, at any text size."""
RING_SIZE = 240
"""Diameter of the session countdown ring at 100 % text."""
THUMB_HEIGHT = 112
"""Figures on routine cards: this tall at any text size (the words grow, not the pictures)."""
CHART_MIN_HEIGHT = 180
CHART_MIN_LINES = 9
"""The pain chart is at least this many lines of its text tall (its axes and legend
stay readable at 200 %), and never under CHART_MIN_HEIGHT px."""
VOICE_NAME_CHARS = 16
"""The voice list in Settings is at least this many characters wide at any text size."""
