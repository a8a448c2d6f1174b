"""Which side of the body: what a routine asks for and what history records."""

from __future__ import annotations

from enum import StrEnum


class Side(StrEnum):
    """Which side a unit of work is for."""

    LEFT = "left"
    RIGHT = "right"
    BOTH = "both"
