"""The time left in words, for screen readers ("1 minute 5 seconds left")."""

from __future__ import annotations

import math

from PySide6.QtCore import QObject

from coach.flow.wording import time_left
from coach.ui.app.translations import english_or


class TimeWords(QObject):
    """Says a countdown's value (a QObject so its words are in the translations)."""

    def time_left(self, seconds: float) -> str:
        """``seconds`` (rounded up) as minutes and seconds left, in the app's language."""
        whole = max(0, math.ceil(seconds - 1e-9))
        minutes, rest = divmod(whole, 60)
        parts = [self.tr("%n minute(s)", "", minutes)] if minutes else []
        if rest or not minutes:
            parts.append(self.tr("%n second(s)", "", rest))
        words = self.tr("{time} left").format(time=" ".join(parts))
        return english_or(words, time_left(seconds))
