"""The object the UI talks to: captions always, sound when it can.

``NullSpeaker`` is captions only. ``CueSpeaker`` adds speech (rendered by the
speech worker, cached on disk, played by the sound worker) and countdown beeps,
and falls back to captions only, with one notice, when the engine is missing,
the worker keeps crashing, or there is no audio output. Nothing here blocks the
GUI thread: renders and playback happen in child processes.

Timing contract: a cue plays at ``cue.due`` (``say()`` may be called early;
the speaker waits), or at once if ``due`` has passed. A cue more than
``max_late_s`` past due, or of a phase before the current one (see
``set_current_phase``), is dropped, never played late. A cue of a later phase
(the engine's end-of-session cue has ``phase_index == len(phases)``) is kept.
Cues queue behind one another on the speech channel; beeps have their own
channel and may overlap speech.

The parts: ``cue_schedule`` (which cues are still due, and in what order),
``cue_renders`` (which WAV says a cue, and asking for it) and ``sound_health``
(whether sound can be heard, and the notices when not).
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QObject

from coach.engine.clock import Clock
from coach.engine.events import Cue, CueKind
from coach.speech import fallbacks
from coach.speech.client import WorkerClient
from coach.speech.cue_renders import CueRenders
from coach.speech.cue_schedule import MAX_LATE_S, CueSchedule, QueuedCue
from coach.speech.null_speaker import TEST_PHRASE, NullSpeaker
from coach.speech.settings import SpeechSettings
from coach.speech.sound_client import SoundProcess
from coach.speech.sound_health import SoundHealth

TEST_PHASE = -1


class CueSpeaker(NullSpeaker):
    """Speaks cues through the worker, the disk cache and Qt playback.

    ``clock`` must be the clock the session engine stamps ``Cue.due`` with.
    ``sound`` is the sound worker to play through (default: one of its own, shut
    down with it). ``beep_path`` is the countdown beep WAV. ``language``
    (a code such as "de") picks the engine's best voice for it when the person
    has not chosen a voice.
    """

    def __init__(
        self,
        settings: SpeechSettings,
        *,
        cache_dir: Path,
        clock: Clock,
        beep_path: Path | None = None,
        sound: SoundProcess | None = None,
        max_late_s: float = MAX_LATE_S,
        worker_command: list[str] | None = None,
        language: str = "",
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._settings = settings
        self._clock = clock
        self._beep_path = beep_path
        self._schedule = CueSchedule(clock, max_late_s, self)
        self._playing: QueuedCue | None = None
        self._beeping: QueuedCue | None = None

        self._owns_sound = sound is None
        self._sound = sound or SoundProcess(parent=self)
        self._sound.outputs_changed.connect(self._on_outputs)
        self._health = SoundHealth(self._sound, self)
        self._health.notice.connect(self.notice)
        self._speech = self._sound.channel("speech")
        self._beeper = self._sound.channel("beep")
        for player in (self._speech, self._beeper):
            player.set_volume(settings.volume)
        self._speech.started.connect(self._on_speech_started)
        self._speech.finished.connect(self._on_speech_finished)
        self._beeper.started.connect(self._on_beep_started)
        self._beeper.finished.connect(self._on_beep_finished)

        self._client = WorkerClient(command=worker_command, parent=self)
        self._client.ready.connect(self._on_engine_ready)
        self._client.rendered.connect(self._on_rendered)
        self._client.failed.connect(self._fail_speech)
        self._renders = CueRenders(
            self._client, cache_dir, language=language, settings=lambda: self._settings
        )

        self._sound.start()
        if beep_path is not None:
            self._beeper.preload(beep_path)  # decoded before the first countdown
        try:
            self._renders.ensure_root()
        except OSError as exc:
            self._fail_speech(fallbacks.NO_CACHE, str(exc))
        if settings.voice_on and self._health.speech_failure is None:
            self._client.start()

    # -- UI-facing API --------------------------------------------------------

    def say(self, cue: Cue) -> None:
        """Caption ``cue`` now; play it at ``cue.due`` unless it is stale by then."""
        self.caption.emit(cue.text)
        if self._schedule.closed or not self._health.has_device or not cue.text.strip():
            return
        item = self._schedule.stamp(cue)
        if self._schedule.is_valid(item):
            self._schedule.at_due(item, self._start)

    def silence(self) -> None:
        """Stop speech and beeps at once; pending and queued cues are dropped."""
        self._schedule.cancel()
        self._drop_speech()
        self._beeper.stop()

    def set_current_phase(self, index: int | None) -> None:
        """Cues of phases before ``index`` are dropped from now on (a playing cue finishes)."""
        self._schedule.set_current_phase(index)

    def prerender(self, texts: Iterable[str]) -> None:
        """Render ``texts`` in the background (cues that are due go first)."""
        self._renders.set_prerender(texts)
        self._request_prerender()

    def apply_settings(self, settings: SpeechSettings) -> None:
        """Volume, voice and rate apply from the next cue."""
        old, self._settings = self._settings, settings
        self._speech.set_volume(settings.volume)
        self._beeper.set_volume(settings.volume)
        if not settings.beeps:
            self._beeper.stop()
        if not settings.voice_on:
            self._drop_speech()
            return
        if self._health.speech_failure is None:
            self._client.start()
        if (old.voice_id, old.rate, old.voice_on) != (settings.voice_id, settings.rate, True):
            self._client.drop_background()
            self._request_prerender()

    def voices(self) -> list[tuple[str, str]]:
        """The engine's voices as (id, name); empty until ``voices_changed``."""
        if self._health.speech_failure is None and not self._schedule.closed:
            self._client.start()
        return list(self._client.voices)

    def test_voice(self) -> None:
        """Interrupt and say a sample phrase now, with the current settings."""
        self.silence()
        cue = Cue(TEST_PHRASE, CueKind.INSTRUCTION, self._clock.now(), TEST_PHASE)
        self.caption.emit(cue.text)
        if self._schedule.closed or not self._health.has_device:
            return
        self._start(self._schedule.stamp(cue, test=True))

    def shutdown(self) -> None:
        """Stop sound, kill the workers' process groups; later cues only caption."""
        self.silence()
        self._health.stop()
        self._schedule.close()
        self._client.shutdown()
        if self._owns_sound:
            self._sound.shutdown()

    @property
    def fallback(self) -> str | None:
        """Why cues are not heard, or None when sound works (or is switched off)."""
        return self._health.fallback

    @property
    def worker_pid(self) -> int | None:
        """The synthesis worker's pid while it runs (diagnostics and tests)."""
        return self._client.pid

    @property
    def speech_ready(self) -> bool:
        """True while the synthesis worker is up and has said hello."""
        return self._client.is_ready

    @property
    def speech_failure(self) -> str | None:
        """Why speech was given up (engine missing, crashes), or None."""
        return self._health.speech_failure

    @property
    def engine_id(self) -> str:
        """The engine the worker reported (part of every cache key); "" until ready."""
        return self._client.engine_id

    # -- starting a cue -------------------------------------------------------

    def _start(self, item: QueuedCue) -> None:
        if not self._schedule.is_valid(item) or not self._health.can_play():
            return
        if self._wants_beep(item.cue):
            assert self._beep_path is not None
            self._beeper.stop()  # reports the previous beep finished first
            self._beeping = item
            self._beeper.play(self._beep_path)
            return
        if self._health.speech_failure is not None or not (self._settings.voice_on or item.test):
            return
        if not self._client.is_ready:
            self._renders.await_engine(item)
        elif self._renders.fetch(item):
            self._enqueue(item)

    def _wants_beep(self, cue: Cue) -> bool:
        return (
            cue.kind is CueKind.COUNTDOWN
            and self._settings.beeps
            and self._beep_path is not None
            and self._beep_path.exists()
        )

    def _enqueue(self, item: QueuedCue) -> None:
        if self._schedule.queue(item, self._playing):
            self._speech.stop()  # reports finished, which plays the queue
        else:
            self._pump()

    def _pump(self) -> None:
        if self._speech.busy:
            return
        if self._schedule.has_queued() and not self._health.can_play():
            self._schedule.drop_queued()  # late cues are worth nothing: captions showed them
            return
        queued = self._schedule.next_queued()
        if queued is not None:
            self._playing, path = queued
            self._speech.play(path)

    def _drop_speech(self) -> None:
        """Drop queued and pending cues and stop the one speaking."""
        self._schedule.drop_queued()
        self._renders.drop_pending()
        self._speech.stop()

    # -- the speech worker ----------------------------------------------------

    def _request_prerender(self) -> None:
        if self._health.speech_failure is not None:
            return
        if self._settings.voice_on and not self._schedule.closed:
            self._renders.prerender()

    def _on_engine_ready(self, _engine: str, _default_voice: str, _voices: list[object]) -> None:
        self.voices_changed.emit()
        if self._health.outputs_known:
            self.ready.emit()
        for item in self._renders.take_awaiting():
            self._start(item)
        self._request_prerender()

    def _on_rendered(self, path_text: str, ok: bool, _error: str) -> None:
        path = Path(path_text)
        items = self._renders.take_rendered(path)
        if not ok:
            return  # the caption was shown; a single bad phrase is not a fallback
        if not items and self._health.can_play():
            self._speech.preload(path)
        for item in items:
            if self._schedule.is_valid(item):
                self._enqueue(item)

    def _fail_speech(self, kind: str, detail: str) -> None:
        self._health.fail_speech(kind, detail)
        self._drop_speech()

    # -- devices and playback -------------------------------------------------

    def _on_outputs(self, count: int) -> None:
        """The sound worker's count of audio outputs: none means captions only."""
        if self._health.mark_outputs_known() and self._client.is_ready:
            self.ready.emit()  # the engine was ready first
        self._health.set_outputs(count)
        if not self._health.has_device:
            self.silence()

    def _on_speech_started(self) -> None:
        if self._playing is not None:
            self.cue_started.emit(self._playing.cue)

    def _on_speech_finished(self) -> None:
        item, self._playing = self._playing, None
        if item is not None:
            self.cue_finished.emit(item.cue)
        self._pump()

    def _on_beep_started(self) -> None:
        if self._beeping is not None:
            self.cue_started.emit(self._beeping.cue)

    def _on_beep_finished(self) -> None:
        item, self._beeping = self._beeping, None
        if item is not None:
            self.cue_finished.emit(item.cue)
