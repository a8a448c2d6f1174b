"""Plays short WAV files with QSoundEffect, one at a time, interruptibly.

Effects are kept in a small pool per file so a repeated cue is already
decoded and starts at once. ``finished`` is reported when QSoundEffect says
so, or at the file's length plus a margin after it started, whichever comes
first: on Qt 6.11 with PulseAudio the first sound a process plays may not report
its end (``playingChanged`` stays True until ``stop()``). The margin runs from
the start, not from ``play()``: a sound that starts late (a busy sound server, a
starved process) must not be reported ended before it was reported started.
"""

from __future__ import annotations

import contextlib
from collections import OrderedDict
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QTimer, QUrl, Signal
from PySide6.QtMultimedia import QAudioDevice, QSoundEffect

from coach.speech.wav_file import wav_duration

END_MARGIN_S = 0.15


class WavPlayer(QObject):
    """One audio channel: ``play(path)`` stops whatever this channel was playing.

    Signals: ``started()`` when the sound reports it is playing, ``finished()``
    when it ended or was stopped. Never blocks: decoding happens in Qt.
    """

    started = Signal()
    finished = Signal()

    def __init__(
        self,
        *,
        device: QAudioDevice | None = None,
        pool_size: int = 48,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._device = device
        self._pool_size = pool_size
        self._pool: OrderedDict[Path, QSoundEffect] = OrderedDict()
        self._volume = 1.0
        self._current: QSoundEffect | None = None
        self._length_ms = 0
        self._end_timer = QTimer(self)
        self._end_timer.setSingleShot(True)
        self._end_timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._end_timer.timeout.connect(self._on_end)

    @property
    def busy(self) -> bool:
        """True from ``play()`` until ``finished``."""
        return self._current is not None

    def set_device(self, device: QAudioDevice | None) -> None:
        """Use ``device`` from now on (drops the decoded pool)."""
        self._device = device
        old, self._pool = self._pool, OrderedDict()
        self.stop()  # listeners may play again at once: on the new device
        for effect in old.values():
            effect.stop()
            effect.deleteLater()

    def set_volume(self, volume: float) -> None:
        """0..1; applies to the sound playing now, too."""
        self._volume = volume
        for effect in self._pool.values():
            effect.setVolume(volume)

    def preload(self, path: Path) -> None:
        """Decode ``path`` ahead of time so ``play(path)`` starts at once."""
        self._effect(path)

    def play(self, path: Path) -> None:
        """Start ``path`` now, stopping this channel's current sound."""
        self.stop()
        effect = self._effect(path)
        if effect.isPlaying():  # stale "playing" state from an earlier run
            effect.stop()
        self._current = effect
        self._length_ms = int((wav_duration(path) + END_MARGIN_S) * 1000)
        effect.play()

    def stop(self) -> None:
        """Stop at once; emits ``finished`` if something was playing."""
        effect = self._current
        if effect is None:
            return
        self._current = None
        self._end_timer.stop()
        effect.stop()
        self.finished.emit()

    def _effect(self, path: Path) -> QSoundEffect:
        effect = self._pool.get(path)
        if effect is not None:
            self._pool.move_to_end(path)
            return effect
        if self._device is not None:
            effect = QSoundEffect(self._device, self)
        else:
            effect = QSoundEffect(self)
        effect.setVolume(self._volume)
        effect.playingChanged.connect(lambda e=effect: self._on_playing_changed(e))
        effect.statusChanged.connect(lambda e=effect: self._on_status_changed(e))
        effect.setSource(QUrl.fromLocalFile(str(path)))
        self._pool[path] = effect
        self._evict()
        return effect

    def _evict(self) -> None:
        """Drop the least recently used effects beyond the pool size, never the
        one playing now."""
        for path in list(self._pool):
            if len(self._pool) <= self._pool_size:
                return
            if self._pool[path] is not self._current:
                self._pool.pop(path).deleteLater()

    def _on_playing_changed(self, effect: QSoundEffect) -> None:
        if effect is not self._current:
            return
        if effect.isPlaying():
            self._end_timer.start(self._length_ms)
            self.started.emit()
        else:
            self._on_end()

    def _on_status_changed(self, effect: QSoundEffect) -> None:
        if effect is self._current and effect.status() == QSoundEffect.Status.Error:
            self._on_end()

    def _on_end(self) -> None:
        effect = self._current
        if effect is None:
            return
        self._current = None
        self._end_timer.stop()
        with contextlib.suppress(RuntimeError):
            if effect.isPlaying():
                effect.stop()
        self.finished.emit()
