"""Regenerate the countdown beeps in this folder (our own, licence-free).

Run: ``python assets/sounds/make_sounds.py``. Writes 22,050 Hz mono 16-bit
WAVs, the same format the speech worker renders, with short fades so the
beeps do not click.
"""

from __future__ import annotations

import math
import struct
import wave
from pathlib import Path

RATE = 22_050
HERE = Path(__file__).resolve().parent


def tone(freq_hz: float, seconds: float, *, level: float = 0.5, fade_s: float = 0.01) -> bytes:
    """A sine tone with linear fade-in/out, as 16-bit little-endian samples."""
    count = int(RATE * seconds)
    fade = max(1, int(RATE * fade_s))
    frames = bytearray()
    for n in range(count):
        envelope = min(1.0, n / fade, (count - 1 - n) / fade)
        sample = level * envelope * math.sin(2 * math.pi * freq_hz * n / RATE)
        frames += struct.pack("<h", int(sample * 32767))
    return bytes(frames)


def write(name: str, frames: bytes) -> Path:
    """Write ``frames`` as a mono 16-bit WAV called ``name`` next to this script."""
    path = HERE / name
    with wave.open(str(path), "wb") as wav:
        wav.setnchannels(1)
        wav.setsampwidth(2)
        wav.setframerate(RATE)
        wav.writeframes(frames)
    return path


def main() -> None:
    """Write every sound the app uses."""
    write("countdown.wav", tone(880.0, 0.15))


if __name__ == "__main__":
    main()
