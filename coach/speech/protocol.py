"""The line-based JSON protocol between the app and the synthesis worker.

One JSON object per line, UTF-8, both ways. Requests (app -> worker)::

    {"op": "render", "id": 7, "text": "Switch sides", "voice": "gmw/en",
     "rate": 160, "path": "/…/cache/speech/ab12….wav"}
    {"op": "voices", "id": 8}
    {"op": "quit"}

Replies (worker -> app); the first line is an unsolicited ``hello``::

    {"op": "hello", "ok": true, "engine": "pyttsx3-2.99/espeak/1.51",
     "default_voice": "gmw/en", "voices": [["gmw/en", "English (Great Britain)"]],
     "error": null}
    {"op": "render", "id": 7, "ok": true, "path": "/…/ab12….wav", "error": null}
    {"op": "voices", "id": 8, "ok": true, "voices": [["gmw/en", "English …"]], "error": null}

A failed ``hello`` (no engine) is followed by the worker exiting with
:data:`EXIT_NO_ENGINE`. This module is stdlib only: the worker imports it.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

EXIT_NO_ENGINE = 3

# Test seam honoured by the worker: force a pyttsx3 driver name (e.g. one that
# does not exist) to exercise the "no speech engine" fallback for real.
DRIVER_ENV = "COACH_SPEECH_DRIVER"


def encode(message: dict[str, Any]) -> bytes:
    """One protocol line (with the trailing newline)."""
    return (json.dumps(message, ensure_ascii=False, separators=(",", ":")) + "\n").encode()


def decode(line: bytes | str) -> dict[str, Any]:
    """Parse one protocol line; raises ValueError if it is not a JSON object."""
    value = json.loads(line)
    if not isinstance(value, dict):
        raise ValueError(f"protocol line is not an object: {line!r}")
    return value


def take_messages(buffer: bytearray) -> Iterator[dict[str, Any]]:
    """Remove each complete line from ``buffer`` and yield its message, skipping blank
    lines and lines that are not protocol messages; a partial last line stays."""
    while b"\n" in buffer:
        end = buffer.index(b"\n")
        line = bytes(buffer[:end])
        del buffer[: end + 1]
        if not line.strip():
            continue
        try:
            yield decode(line)
        except ValueError:
            continue
