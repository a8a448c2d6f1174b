"""Write ``alarm.wav``: the chime that ends an ice or heat timer (our own sound).

Three rising bell tones (C5, E5, G5), played twice, about 3 s, 44.1 kHz mono
16-bit, peak about -3 dBFS. Stdlib only, deterministic: run it again and the
file is byte-for-byte the same.

    python assets/sounds/make_alarm.py
"""

from __future__ import annotations

import math
import struct
import wave
from pathlib import Path

RATE = 44_100
PEAK = 0.7
"""Linear peak, about -3 dBFS."""
TONES_HZ = (523.25, 659.25, 783.99)
TONE_GAP_S = 0.22
RING_S = 0.9
"""How long each tone rings out (exponential decay)."""
REPEAT_GAP_S = 0.35
PARTIALS = ((1.0, 1.0), (2.0, 0.35), (3.0, 0.12))
"""(multiple of the fundamental, relative level): a soft bell timbre."""


def _tone(freq: float, seconds: float) -> list[float]:
    count = int(seconds * RATE)
    attack = int(0.006 * RATE)
    samples = []
    for n in range(count):
        t = n / RATE
        envelope = math.exp(-4.5 * t / seconds) * min(1.0, n / attack)
        value = sum(level * math.sin(2 * math.pi * freq * k * t) for k, level in PARTIALS)
        samples.append(envelope * value)
    return samples


def chime() -> list[float]:
    """The whole sound as floats in [-1, 1]."""
    phrase_s = TONE_GAP_S * (len(TONES_HZ) - 1) + RING_S
    phrase = [0.0] * int(phrase_s * RATE)
    for index, freq in enumerate(TONES_HZ):
        start = int(index * TONE_GAP_S * RATE)
        for offset, value in enumerate(_tone(freq, RING_S)):
            phrase[start + offset] += value
    gap = [0.0] * int(REPEAT_GAP_S * RATE)
    total = phrase + gap + phrase
    loudest = max(abs(v) for v in total)
    fade = int(0.01 * RATE)
    for n in range(fade):
        total[-1 - n] *= n / fade
    return [v * PEAK / loudest for v in total]


def write(path: Path) -> None:
    """Write the chime to ``path`` as 16-bit PCM WAV."""
    frames = b"".join(struct.pack("<h", round(v * 32767)) for v in chime())
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(frames)


if __name__ == "__main__":
    write(Path(__file__).with_name("alarm.wav"))
