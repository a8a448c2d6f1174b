"""Which paper a printed summary uses: Letter where Letter is the norm, else A4."""

from __future__ import annotations

from typing import Literal

Paper = Literal["A4", "Letter"]

LETTER_TERRITORIES = frozenset({"US", "CA"})
"""Territories (ISO 3166 codes) whose printers load Letter paper."""


def paper_for(territory: str) -> Paper:
    """The paper size for ``territory`` (e.g. "US"; "" or unknown gives A4)."""
    return "Letter" if territory.upper() in LETTER_TERRITORIES else "A4"
