"""Small wording helpers for the sentences the flow writes."""

from __future__ import annotations


def count(n: int, noun: str) -> str:
    """ "1 step", "3 steps" (regular plurals only)."""
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"
