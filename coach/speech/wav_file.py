"""How long a WAV file plays, from its header. Stdlib only."""

from __future__ import annotations

import wave
from pathlib import Path

UNKNOWN_LENGTH_S = 5.0
"""What an unreadable file counts as."""


def wav_duration(path: Path) -> float:
    """Length of a WAV file in seconds (reads only the header)."""
    try:
        with wave.open(str(path), "rb") as wav:
            return wav.getnframes() / float(wav.getframerate() or 1)
    except (OSError, EOFError, wave.Error):
        return UNKNOWN_LENGTH_S
