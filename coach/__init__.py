"""Rehab Coach: a desktop coach for home rehab of buttock and glute pain."""

from __future__ import annotations

__version__ = "0.1.0"
