"""Whether cues can be heard, and one notice for each reason they can't.

Reasons: no audio output (counted by the sound worker), the sound server away
(watched until it is back, then the sound worker restarts), and speech given
up (engine missing, no cache folder, the worker crashing). ``notice`` carries
each reason's message once, from the event loop.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QObject, QTimer, Signal

from coach.speech import fallbacks
from coach.speech.sound_client import SoundProcess
from coach.speech.sound_server import SoundServer

SERVER_WATCH_MS = 250
"""While the sound server is away, how often to look whether it is back."""


class SoundHealth(QObject):
    """The audio outputs, the sound server and the speech failure, with their notices."""

    notice = Signal(str)

    def __init__(self, sound: SoundProcess, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._sound = sound
        self._notified: set[str] = set()
        self._speech_failure: str | None = None
        self._has_device = True
        """Until the sound worker counts the outputs, assume there is one."""
        self._outputs_known = False
        self._server = SoundServer()
        self._server_watch = QTimer(self)
        self._server_watch.setInterval(SERVER_WATCH_MS)
        self._server_watch.timeout.connect(self._watch_server)

    @property
    def has_device(self) -> bool:
        """An audio output is there (assumed until the sound worker has counted)."""
        return self._has_device

    @property
    def outputs_known(self) -> bool:
        """The sound worker has counted the outputs."""
        return self._outputs_known

    @property
    def speech_failure(self) -> str | None:
        """Why speech was given up, or None."""
        return self._speech_failure

    @property
    def fallback(self) -> str | None:
        """Why cues are not heard, or None when sound works (or is switched off)."""
        if not self._has_device:
            return fallbacks.no_device_notice()
        return self._speech_failure

    def mark_outputs_known(self) -> bool:
        """The sound worker has counted the outputs; True the first time."""
        first, self._outputs_known = not self._outputs_known, True
        return first

    def set_outputs(self, count: int) -> None:
        """The sound worker's count of audio outputs: none means captions only."""
        self._has_device = count > 0
        if not self._has_device:
            self._notify(fallbacks.NO_DEVICE, fallbacks.no_device_notice())

    def can_play(self) -> bool:
        """A device, and its sound server answering (a sound started while the server
        is away takes the sound worker down with it, and it is started afresh)."""
        if not self._has_device:
            return False
        if self._server.up():
            return True
        self._notify(fallbacks.NO_SERVER, fallbacks.no_server_notice())
        self._server_watch.start()  # notes when it is back, so the settling starts then
        return False

    def fail_speech(self, kind: str, detail: str) -> None:
        """Give speech up for a ``fallbacks`` kind (engine, cache, crashes), with its notice."""
        if kind == fallbacks.NO_ENGINE:
            message = fallbacks.no_engine_notice(detail)
        elif kind == fallbacks.NO_CACHE:
            message = fallbacks.no_cache_notice(detail)
        else:
            message = fallbacks.crashed_notice(detail)
        self._speech_failure = message
        self._notify(kind, message)

    def stop(self) -> None:
        """Stop watching for the sound server."""
        self._server_watch.stop()

    def _watch_server(self) -> None:
        if self._server.up():  # back and settled: fresh effects, on a fresh connection
            self._server_watch.stop()
            self._sound.restart()

    def _notify(self, kind: str, message: str) -> None:
        """Emit ``message`` once per fallback kind, from the event loop (so a
        notice found while constructing still reaches slots connected after)."""
        if kind not in self._notified:
            self._notified.add(kind)
            QTimer.singleShot(0, self, partial(self.notice.emit, message))
