"""The palette, light and dark: one calm brand teal, warm sand / deep slate grounds,
and three semantic colours (safety red, caution amber, done green). Plain data, no Qt,
so the contrast test can check every pair that is drawn on screen.
"""

from __future__ import annotations

from typing import Literal, NamedTuple

Scheme = Literal["light", "dark"]


class Palette(NamedTuple):
    """Named colours as ``#rrggbb``. ``on_x`` is text drawn on a fill of ``x``.
    (A NamedTuple: a 25-field frozen dataclass costs Home's first paint ~5 ms to define.)"""

    background: str
    surface: str
    """Cards and inputs: one step off the background."""
    raised: str
    """Secondary buttons."""
    text: str
    muted: str
    """Secondary text (details, hints) on background and surface."""
    border: str
    """Control borders: at least 3:1 against background, surface and raised."""
    hairline: str
    """The soft 1 px edge of a card (decorative, not a control)."""
    brand: str
    """Primary buttons, the progress ring, focus rings."""
    on_brand: str
    brand_text: str
    """Brand-coloured text and marks on background or surface."""
    brand_soft: str
    """A tint of the brand behind selected or highlighted areas."""
    danger: str
    on_danger: str
    danger_text: str
    caution: str
    caution_text: str
    done: str
    on_done: str
    done_text: str
    track: str
    """The unfilled part of rings, bars and week-strip days."""
    series_before: str
    series_after: str
    """Pain before / after in charts (Okabe-Ito: told apart with colour-blindness)."""

    def colours(self) -> dict[str, str]:
        """Every colour by name."""
        return dict(self._asdict())


LIGHT = Palette(
    background="#f4efe6",
    surface="#fffcf7",
    raised="#fbf7f0",
    text="#1d2329",
    muted="#545a61",
    border="#837c70",
    hairline="#ddd4c5",
    brand="#1f7a8c",
    on_brand="#ffffff",
    brand_text="#17606e",
    brand_soft="#dcecee",
    danger="#c0392b",
    on_danger="#ffffff",
    danger_text="#a93226",
    caution="#b7791f",
    caution_text="#85570f",
    done="#2e7d32",
    on_done="#ffffff",
    done_text="#256b29",
    track="#e3dbcd",
    series_before="#0067a5",
    series_after="#c25e00",
)

DARK = Palette(
    background="#1e2a32",
    surface="#26353f",
    raised="#2e3f4b",
    text="#eef1f3",
    muted="#b1bcc4",
    border="#8597a3",
    hairline="#3a4c58",
    brand="#5cbccb",
    on_brand="#0e1a20",
    brand_text="#7fcfdb",
    brand_soft="#24505a",
    danger="#ef8a7e",
    on_danger="#1a0d0b",
    danger_text="#f4a398",
    caution="#e3ac4f",
    caution_text="#ebbd6f",
    done="#72c476",
    on_done="#0d1a0e",
    done_text="#8ed391",
    track="#3a4c58",
    series_before="#56b4e9",
    series_after="#f0a030",
)

PALETTES: dict[Scheme, Palette] = {"light": LIGHT, "dark": DARK}


def relative_luminance(colour: str) -> float:
    """WCAG 2 relative luminance of ``#rrggbb``."""
    channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    red, green, blue = linear
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def contrast(a: str, b: str) -> float:
    """WCAG 2 contrast ratio between two ``#rrggbb`` colours (1 to 21)."""
    high, low = sorted((relative_luminance(a), relative_luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


TEXT_PAIRS = (
    ("text", "background"),
    ("text", "surface"),
    ("text", "raised"),
    ("muted", "background"),
    ("muted", "surface"),
    ("on_brand", "brand"),
    ("brand_text", "background"),
    ("brand_text", "surface"),
    ("text", "brand_soft"),
    ("on_danger", "danger"),
    ("danger_text", "background"),
    ("danger_text", "surface"),
    ("caution_text", "background"),
    ("caution_text", "surface"),
    ("on_done", "done"),
    ("done_text", "background"),
    ("done_text", "surface"),
)
"""(text, ground) pairs drawn on screen: each needs 4.5:1 (WCAG AA)."""

CONTROL_PAIRS = (
    ("border", "background"),
    ("border", "surface"),
    ("border", "raised"),
    ("brand", "background"),
    ("brand", "surface"),
    ("brand", "raised"),
    ("danger", "background"),
    ("danger", "surface"),
    ("done", "surface"),
    ("done", "track"),
    ("caution", "surface"),
    ("series_before", "background"),
    ("series_after", "background"),
    ("series_before", "surface"),
    ("series_after", "surface"),
)
"""(control edge or focus ring or mark, ground) pairs: each needs 3:1 (WCAG AA 1.4.11)."""
