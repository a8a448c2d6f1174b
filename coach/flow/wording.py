"""Small wording helpers for the sentences the flow writes."""

from __future__ import annotations

import math


def count(n: int, noun: str) -> str:
    """ "1 step", "3 steps" (regular plurals only)."""
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def time_left(seconds: float) -> str:
    """What a screen reader says for a countdown: "25 seconds left", "1 minute 5 seconds left"
    (whole seconds rounded up, as the countdown shows them)."""
    whole = max(0, math.ceil(seconds - 1e-9))
    minutes, rest = divmod(whole, 60)
    parts = [count(minutes, "minute")] if minutes else []
    if rest or not minutes:
        parts.append(count(rest, "second"))
    return " ".join(parts) + " left"
