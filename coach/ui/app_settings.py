"""The person's settings: one frozen value, loaded from and saved to the store."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from coach.speech.settings import SpeechSettings

if TYPE_CHECKING:
    from coach.domain.routine import Block
    from coach.store.history import HistoryStore

GET_READY_RANGE = (3, 30)
THEMES = {"system": "Same as the desktop", "light": "Light", "dark": "Dark"}
"""Theme choices, with their names in Settings."""
TEXT_SIZES = {100: "Normal", 130: "Large", 200: "Very large (200%)"}
"""Text size choices in percent of normal, with their names in Settings."""


@dataclass(frozen=True, slots=True)
class AppSettings:
    """Speech, get-ready time and text size; all take effect without a restart."""

    speech: SpeechSettings = field(default_factory=SpeechSettings)
    get_ready_s: int = 10
    """At least this long to get into position before each exercise."""
    text_size: int = 100
    """Percent of the normal text size, one of TEXT_SIZES."""
    theme: str = "system"
    """Light or dark: one of THEMES ("system" follows the desktop)."""

    @classmethod
    def load(cls, store: HistoryStore) -> AppSettings:
        """The saved settings, with defaults for anything missing or invalid."""
        default = cls()
        speech = default.speech
        try:
            speech = SpeechSettings(
                voice_on=store.get_setting("voice_on", speech.voice_on),
                voice_id=store.get_setting("voice_id", speech.voice_id),
                rate=store.get_setting("rate", speech.rate),
                volume=store.get_setting("volume", speech.volume),
                beeps=store.get_setting("beeps", speech.beeps),
            )
        except ValueError:
            speech = default.speech
        low, high = GET_READY_RANGE
        get_ready = store.get_setting("get_ready_s", default.get_ready_s)
        was_large = store.get_setting("large_text", False)  # the older on/off setting
        text_size = store.get_setting("text_size", 130 if was_large else default.text_size)
        theme = store.get_setting("theme", default.theme)
        return cls(
            speech=speech,
            get_ready_s=min(max(get_ready, low), high),
            text_size=text_size if text_size in TEXT_SIZES else default.text_size,
            theme=theme if theme in THEMES else default.theme,
        )

    def save(self, store: HistoryStore) -> None:
        """Write every setting."""
        values: dict[str, bool | int | float | str] = {
            "voice_on": self.speech.voice_on,
            "voice_id": self.speech.voice_id,
            "rate": self.speech.rate,
            "volume": self.speech.volume,
            "beeps": self.speech.beeps,
            "get_ready_s": self.get_ready_s,
            "text_size": self.text_size,
            "theme": self.theme,
        }
        for key, value in values.items():
            store.set_setting(key, value)

    def apply_get_ready(self, blocks: tuple[Block, ...]) -> tuple[Block, ...]:
        """Blocks with at least ``get_ready_s`` to get into position."""
        return tuple(
            replace(b, dose=replace(b.dose, get_ready_s=max(b.dose.get_ready_s, self.get_ready_s)))
            for b in blocks
        )
