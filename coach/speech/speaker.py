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
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QTimer

from coach.engine.clock import Clock
from coach.engine.events import Cue, CueKind
from coach.speech import fallbacks
from coach.speech.cache import CueCache
from coach.speech.client import RenderRequest, WorkerClient
from coach.speech.null_speaker import TEST_PHRASE, NullSpeaker
from coach.speech.settings import SpeechSettings
from coach.speech.sound_client import SoundProcess
from coach.speech.sound_server import SoundServer
from coach.speech.voice_choice import best_voice

MAX_LATE_S = 1.5
"""A timing cue (count, "Hold", "Halfway") later than this is dropped, not said late."""
SERVER_WATCH_MS = 250
"""While the sound server is away, how often to look whether it is back."""
TIMED_KINDS = frozenset(
    {CueKind.START, CueKind.COUNTDOWN, CueKind.HALFWAY, CueKind.TEN_LEFT, CueKind.REP}
)
"""Cues whose moment matters more than their words."""
TEST_PHASE = -1


@dataclass(slots=True)
class _Item:
    """A cue on its way to the speaker; ``generation`` ties it to one silence() epoch."""

    cue: Cue
    generation: int
    test: bool = False
    path: Path | None = None


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
        self._language = language
        self._clock = clock
        self._cache = CueCache(cache_dir)
        self._beep_path = beep_path
        self._max_late_s = max_late_s
        self._current_phase: int | None = None
        self._generation = 0
        self._shut_down = False
        self._queue: deque[_Item] = deque()
        self._playing: _Item | None = None
        self._beeping: _Item | None = None
        self._waiting: dict[Path, list[_Item]] = {}
        self._awaiting_engine: list[_Item] = []
        self._timers: set[QTimer] = set()
        self._prerender_texts: list[str] = []
        self._notified: set[str] = set()
        self._speech_failure: str | None = None
        self._has_device = True
        """Until the sound worker counts the outputs, assume there is one."""
        self._outputs_known = False
        self._server = SoundServer()
        self._server_watch = QTimer(self)
        self._server_watch.setInterval(SERVER_WATCH_MS)
        self._server_watch.timeout.connect(self._watch_server)

        self._owns_sound = sound is None
        self._sound = sound or SoundProcess(parent=self)
        self._sound.outputs_changed.connect(self._on_outputs)
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
        self._client.failed.connect(self._on_engine_failed)

        self._sound.start()
        if beep_path is not None:
            self._beeper.preload(beep_path)  # decoded before the first countdown
        try:
            self._cache.ensure_root()
        except OSError as exc:
            self._fail_speech(fallbacks.NO_CACHE, str(exc))
        if settings.voice_on and self._speech_failure is None:
            self._client.start()

    # -- UI-facing API --------------------------------------------------------

    def say(self, cue: Cue) -> None:
        """Caption ``cue`` now; play it at ``cue.due`` unless it is stale by then."""
        self.caption.emit(cue.text)
        if self._shut_down or not self._has_device or not cue.text.strip():
            return
        item = _Item(cue, self._generation)
        if not self._is_valid(item):
            return
        delay_ms = int((cue.due - self._clock.now()) * 1000)
        if delay_ms > 5:
            self._start_later(item, delay_ms)
        else:
            self._start(item)

    def silence(self) -> None:
        """Stop speech and beeps at once; pending and queued cues are dropped."""
        self._generation += 1
        for timer in self._timers:
            timer.stop()
            timer.deleteLater()
        self._timers.clear()
        self._queue.clear()
        self._waiting.clear()
        self._awaiting_engine.clear()
        self._speech.stop()
        self._beeper.stop()

    def set_current_phase(self, index: int | None) -> None:
        """Cues of phases before ``index`` are dropped from now on (a playing cue finishes)."""
        self._current_phase = index
        self._queue = deque(item for item in self._queue if self._is_valid(item))

    def prerender(self, texts: Iterable[str]) -> None:
        """Render ``texts`` in the background (cues that are due go first)."""
        self._prerender_texts = list(dict.fromkeys(t for t in texts if t.strip()))
        self._request_prerender()

    def apply_settings(self, settings: SpeechSettings) -> None:
        """Volume, voice and rate apply from the next cue."""
        old, self._settings = self._settings, settings
        self._speech.set_volume(settings.volume)
        self._beeper.set_volume(settings.volume)
        if not settings.beeps:
            self._beeper.stop()
        if not settings.voice_on:
            self._queue.clear()
            self._waiting.clear()
            self._awaiting_engine.clear()
            self._speech.stop()
            return
        if self._speech_failure is None:
            self._client.start()
        if (old.voice_id, old.rate, old.voice_on) != (settings.voice_id, settings.rate, True):
            self._client.drop_background()
            self._request_prerender()

    def voices(self) -> list[tuple[str, str]]:
        """The engine's voices as (id, name); empty until ``voices_changed``."""
        if self._speech_failure is None and not self._shut_down:
            self._client.start()
        return list(self._client.voices)

    def test_voice(self) -> None:
        """Interrupt and say a sample phrase now, with the current settings."""
        self.silence()
        cue = Cue(TEST_PHRASE, CueKind.INSTRUCTION, self._clock.now(), TEST_PHASE)
        self.caption.emit(cue.text)
        if self._shut_down or not self._has_device:
            return
        self._start(_Item(cue, self._generation, test=True))

    def shutdown(self) -> None:
        """Stop sound, kill the workers' process groups; later cues only caption."""
        self.silence()
        self._server_watch.stop()
        self._shut_down = True
        self._client.shutdown()
        if self._owns_sound:
            self._sound.shutdown()

    @property
    def fallback(self) -> str | None:
        """Why cues are not heard, or None when sound works (or is switched off)."""
        if not self._has_device:
            return fallbacks.no_device_notice()
        return self._speech_failure

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
        return self._speech_failure

    @property
    def engine_id(self) -> str:
        """The engine the worker reported (part of every cache key); "" until ready."""
        return self._client.engine_id

    # -- scheduling -----------------------------------------------------------

    def _is_valid(self, item: _Item) -> bool:
        if item.generation != self._generation or self._shut_down:
            return False
        if item.test:
            return True
        cue = item.cue
        if self._current_phase is not None and cue.phase_index < self._current_phase:
            return False
        if cue.kind not in TIMED_KINDS:
            return True  # words for the step in hand still help, even a little late
        return self._clock.now() - cue.due <= self._max_late_s

    def _start_later(self, item: _Item, delay_ms: int) -> None:
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setTimerType(Qt.TimerType.PreciseTimer)
        timer.timeout.connect(lambda: self._on_timer(timer, item))
        self._timers.add(timer)
        timer.start(delay_ms)

    def _on_timer(self, timer: QTimer, item: _Item) -> None:
        self._timers.discard(timer)
        timer.deleteLater()
        self._start(item)

    def _can_play(self) -> bool:
        """A device, and its sound server answering (a sound started while the server
        is away takes the sound worker down with it, and it is started afresh)."""
        if not self._has_device:
            return False
        if self._server.up():
            return True
        self._notify(fallbacks.NO_SERVER, fallbacks.no_server_notice())
        self._server_watch.start()  # notes when it is back, so the settling starts then
        return False

    def _watch_server(self) -> None:
        if self._server.up():  # back and settled: fresh effects, on a fresh connection
            self._server_watch.stop()
            self._sound.restart()

    def _start(self, item: _Item) -> None:
        if not self._is_valid(item) or not self._can_play():
            return
        if self._wants_beep(item.cue):
            assert self._beep_path is not None
            self._beeper.stop()  # reports the previous beep finished first
            self._beeping = item
            self._beeper.play(self._beep_path)
            return
        if self._speech_failure is not None or not (self._settings.voice_on or item.test):
            return
        if not self._client.is_ready:
            self._awaiting_engine.append(item)
            self._client.start()
            return
        path = self._path_for(item.cue.text)
        item.path = path
        if path.exists():
            self._enqueue(item)
            return
        self._waiting.setdefault(path, []).append(item)
        self._client.render(self._request(item.cue.text, path), urgent=True)

    def _wants_beep(self, cue: Cue) -> bool:
        return (
            cue.kind is CueKind.COUNTDOWN
            and self._settings.beeps
            and self._beep_path is not None
            and self._beep_path.exists()
        )

    def _enqueue(self, item: _Item) -> None:
        playing = self._playing
        if (
            item.cue.kind in TIMED_KINDS
            and playing is not None
            and playing.cue.kind not in TIMED_KINDS
            and not playing.test
        ):
            # "Hold" or a count must land on time: it cuts a long announcement short.
            self._queue.appendleft(item)
            self._speech.stop()  # reports finished, which plays the queue
            return
        self._queue.append(item)
        self._pump()

    def _pump(self) -> None:
        if self._speech.busy:
            return
        if self._queue and not self._can_play():
            self._queue.clear()  # late cues are worth nothing: captions showed them
            return
        while self._queue:
            item = self._queue.popleft()
            if self._is_valid(item) and item.path is not None:
                self._playing = item
                self._speech.play(item.path)
                return

    # -- rendering ------------------------------------------------------------

    def _voice(self) -> str:
        wanted = self._settings.voice_id
        if wanted and any(vid == wanted for vid, _ in self._client.voices):
            return wanted
        return best_voice(self._client.voices, self._language, default=self._client.default_voice)

    def _path_for(self, text: str) -> Path:
        return self._cache.path_for(
            text=text, voice=self._voice(), rate=self._settings.rate, engine=self._client.engine_id
        )

    def _request(self, text: str, path: Path) -> RenderRequest:
        return RenderRequest(text=text, voice=self._voice(), rate=self._settings.rate, path=path)

    def _request_prerender(self) -> None:
        if not self._prerender_texts or self._speech_failure is not None:
            return
        if not self._settings.voice_on or self._shut_down:
            return
        if not self._client.is_ready:
            self._client.start()
            return  # _on_engine_ready comes back here
        for text in self._prerender_texts:
            path = self._path_for(text)
            if not path.exists():
                self._client.render(self._request(text, path), urgent=False)

    def _on_engine_ready(self, _engine: str, _default_voice: str, _voices: list[object]) -> None:
        self.voices_changed.emit()
        if self._outputs_known:
            self.ready.emit()
        pending, self._awaiting_engine = self._awaiting_engine, []
        for item in pending:
            self._start(item)
        self._request_prerender()

    def _on_rendered(self, path_text: str, ok: bool, _error: str) -> None:
        path = Path(path_text)
        items = self._waiting.pop(path, [])
        if not ok:
            return  # the caption was shown; a single bad phrase is not a fallback
        if not items and self._can_play():
            self._speech.preload(path)
        for item in items:
            if self._is_valid(item):
                self._enqueue(item)

    def _on_engine_failed(self, kind: str, detail: str) -> None:
        self._fail_speech(kind, detail)

    def _fail_speech(self, kind: str, detail: str) -> None:
        if kind == fallbacks.NO_ENGINE:
            message = fallbacks.no_engine_notice(detail)
        elif kind == fallbacks.NO_CACHE:
            message = fallbacks.no_cache_notice(detail)
        else:
            message = fallbacks.crashed_notice(detail)
        self._speech_failure = message
        self._queue.clear()
        self._waiting.clear()
        self._awaiting_engine.clear()
        self._speech.stop()
        self._notify(kind, message)

    def _notify(self, kind: str, message: str) -> None:
        """Emit ``message`` once per fallback kind, from the event loop (so a
        notice found while constructing still reaches slots connected after)."""
        if kind not in self._notified:
            self._notified.add(kind)
            QTimer.singleShot(0, self, partial(self.notice.emit, message))

    # -- devices and playback -------------------------------------------------

    def _on_outputs(self, count: int) -> None:
        """The sound worker's count of audio outputs: none means captions only."""
        first, self._outputs_known = not self._outputs_known, True
        if first and self._client.is_ready:
            self.ready.emit()  # the engine was ready first
        self._has_device = count > 0
        if not self._has_device:
            self.silence()
            self._notify(fallbacks.NO_DEVICE, fallbacks.no_device_notice())

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
