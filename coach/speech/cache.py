"""Disk cache of rendered cue phrases, keyed by text, voice, rate and engine."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

PRIVATE_DIR_MODE = 0o700
KEY_VERSION = 2  # bump when rendering changes (2: trailing silence trimmed)


def speech_cache_dir(data_dir: Path) -> Path:
    """Where rendered cues live inside the app's data folder."""
    return data_dir / "cache" / "speech"


class CueCache:
    """Maps a phrase and its rendering settings to a WAV path under ``root``.

    The worker writes each file atomically (temp file + rename), so a path
    that exists is a complete rendering. Changing voice, rate or engine gives
    a new key, never a stale sound.
    """

    def __init__(self, root: Path) -> None:
        self.root = root

    def path_for(self, *, text: str, voice: str, rate: int, engine: str) -> Path:
        """Where the rendering of ``text`` with these settings lives (may not exist)."""
        blob = json.dumps([KEY_VERSION, engine, voice, rate, text], ensure_ascii=False)
        digest = hashlib.sha256(blob.encode()).hexdigest()[:32]
        return self.root / f"{digest}.wav"

    def ensure_root(self) -> None:
        """Create the cache directory (and parents) if missing, readable only by its owner."""
        self.root.parent.parent.mkdir(mode=PRIVATE_DIR_MODE, parents=True, exist_ok=True)
        for folder in (self.root.parent, self.root):
            folder.mkdir(mode=PRIVATE_DIR_MODE, exist_ok=True)
