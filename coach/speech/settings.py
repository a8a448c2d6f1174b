"""User-facing speech settings: one frozen value the speaker applies live."""

from __future__ import annotations

from dataclasses import dataclass

from coach.flow.settings import MAX_RATE, MIN_RATE

__all__ = ["MAX_RATE", "MIN_RATE", "SpeechSettings"]


@dataclass(frozen=True, slots=True)
class SpeechSettings:
    """How cues sound; every field takes effect without a restart.

    ``voice_on`` speaks cues; ``beeps`` plays a beep for countdown cues instead
    of saying the number (beeps work even when ``voice_on`` is False).
    ``voice_id`` "" means the engine's default voice; ``rate`` is words per
    minute; ``volume`` is 0..1. Captions are always on and are not a setting.
    """

    voice_on: bool = True
    voice_id: str = ""
    rate: int = 160
    volume: float = 0.9
    beeps: bool = True

    def __post_init__(self) -> None:
        if not MIN_RATE <= self.rate <= MAX_RATE:
            raise ValueError(f"rate must be {MIN_RATE}..{MAX_RATE} words/min, got {self.rate}")
        if not 0.0 <= self.volume <= 1.0:
            raise ValueError(f"volume must be 0..1, got {self.volume}")
