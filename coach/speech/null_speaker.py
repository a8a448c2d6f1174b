"""Captions only: the speaker the app starts with, and the one it falls back to.

Imports nothing from Qt Multimedia, so the app can show its first screen
before any sound machinery loads.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QObject, Signal

from coach.engine.events import Cue
from coach.speech.settings import SpeechSettings

TEST_PHRASE = "This is your coach. Switch sides when you are ready."


class NullSpeaker(QObject):
    """Captions only: every cue becomes a ``caption``; nothing is ever heard.

    Signals: ``caption(text)`` for every cue passed to ``say``; ``notice(text)``
    once per fallback; ``voices_changed()``; ``ready()`` when speech can be
    heard; ``cue_started(cue)`` / ``cue_finished(cue)`` around playback.
    """

    caption = Signal(str)
    notice = Signal(str)
    voices_changed = Signal()
    ready = Signal()
    cue_started = Signal(Cue)
    cue_finished = Signal(Cue)

    def say(self, cue: Cue) -> None:
        """Show ``cue`` as a caption (and, in subclasses, say it at ``cue.due``)."""
        self.caption.emit(cue.text)

    def silence(self) -> None:
        """Stop the current cue at once and drop every pending one."""

    def set_current_phase(self, index: int | None) -> None:
        """Cues of earlier phases are stale from now on (None: accept all)."""

    def prerender(self, texts: Iterable[str]) -> None:
        """Prepare ``texts`` in the background so they start instantly later."""

    def apply_settings(self, settings: SpeechSettings) -> None:
        """Use ``settings`` from now on; no restart needed."""

    def voices(self) -> list[tuple[str, str]]:
        """Available voices as (id, name); may be empty until ``voices_changed``."""
        return []

    def test_voice(self) -> None:
        """Say a sample phrase with the current settings (caption only here)."""
        self.caption.emit(TEST_PHRASE)

    def shutdown(self) -> None:
        """Release processes and devices; later calls only caption."""

    @property
    def fallback(self) -> str | None:
        """Why cues are not heard, or None when sound works (or is switched off)."""
        return "Captions only."

    @property
    def worker_pid(self) -> int | None:
        """The synthesis worker's pid while it runs (diagnostics and tests)."""
        return None
