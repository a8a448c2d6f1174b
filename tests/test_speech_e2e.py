"""End to end: a real session's cues, heard on a PulseAudio null sink.

Drives a real ``SessionEngine`` (a 3 s hold) through the real ``CueSpeaker``
(worker process, disk cache, QSoundEffect) and checks the recording: speech
energy starts near each cue's due time, and stops when ``silence()`` is called.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from pytestqt.qtbot import QtBot
from test_speech_pulse import (  # fixtures are shared by import
    Recorder,
    audio_device,  # noqa: F401
    onset,
    pulse_sink,  # noqa: F401
    recorder,  # noqa: F401
    rms,
    save_wav,
)

from coach.domain.routine import Block, Dose, DoseMode, Exercise, ExerciseKind, Position
from coach.engine.clock import MonotonicClock
from coach.engine.cues import CuePhrases
from coach.engine.events import Cue, CueKind, Event, PhaseStarted, SessionEnded
from coach.engine.session import SessionEngine
from coach.speech.settings import SpeechSettings
from coach.speech.speaker import CueSpeaker

pytestmark = [pytest.mark.audio, pytest.mark.slow]

SPEECH_LEVEL = 300.0  # 10 ms RMS; silence on the null sink is exactly 0
MAX_ONSET_DELAY_S = 0.10  # cached cues: audible within 100 ms of due (measured 20-60 ms)
ALIGNMENT_S = 0.08  # how far the recording's time line may be off (its chunk stamps spread)


def _bridge() -> Block:
    exercise = Exercise(
        id="bridge",
        name="Bridge",
        kind=ExerciseKind.STRENGTH,
        position=Position.FLOOR,
        equipment=(),
        target="glutes",
        instructions=("Lie on your back.",),
        cautions=(),
        start_pose="supine",
        end_pose="bridge",
        cue="",
    )
    dose = Dose(mode=DoseMode.HOLD, reps=1, seconds=3.0, get_ready_s=3.0)
    return Block(exercise=exercise, dose=dose)


@pytest.fixture
def speaker(
    qtbot: QtBot,
    tmp_path: Path,
    audio_device: str,  # noqa: F811
) -> Iterator[CueSpeaker]:
    """A real speaker on the null sink, with its worker ready."""
    clock = MonotonicClock()
    speech = CueSpeaker(
        SpeechSettings(beeps=False, volume=1.0), cache_dir=tmp_path / "cache", clock=clock
    )
    with qtbot.waitSignal(speech.ready, timeout=15_000):
        pass
    yield speech
    pid = speech.worker_pid
    speech.shutdown()
    assert speech.worker_pid is None and pid is not None


class _Driver:
    """What the session controller does: tick at each deadline, hand events on."""

    def __init__(self, engine: SessionEngine, speaker: CueSpeaker, clock: MonotonicClock) -> None:
        self.engine, self.speaker, self.clock = engine, speaker, clock
        self.cues: list[Cue] = []
        self.ended = False
        self.timer = QTimer()
        self.timer.setSingleShot(True)
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.timeout.connect(self.tick)

    def start(self) -> None:
        self.handle(self.engine.start(self.clock.now()))

    def tick(self) -> None:
        self.handle(self.engine.tick(self.clock.now()))

    def handle(self, events: list[Event]) -> None:
        for event in events:
            if isinstance(event, PhaseStarted):
                self.speaker.set_current_phase(event.phase.index)
            elif isinstance(event, Cue):
                self.cues.append(event)
                self.speaker.say(event)
            elif isinstance(event, SessionEnded):
                self.speaker.set_current_phase(None)
                self.ended = True
        wait = self.engine.time_to_next_deadline(self.clock.now())
        if wait is not None:
            self.timer.start(max(1, int(wait * 1000) + 1))


def test_session_cues_are_heard_on_time_and_silence_cuts_them(
    qtbot: QtBot,
    speaker: CueSpeaker,
    recorder: Recorder,  # noqa: F811
    tmp_path: Path,
) -> None:
    phrases = CuePhrases(countdown=())
    engine = SessionEngine([_bridge()], cues=phrases)
    clock = MonotonicClock()
    texts = ["Next up: Bridge", phrases.hold, phrases.complete]
    speaker.prerender(texts)
    qtbot.waitUntil(
        lambda: len(list((tmp_path / "cache").glob("*.wav"))) == len(texts), timeout=10_000
    )
    recorder.wait_until_flowing()
    qtbot.wait(300)

    started: list[tuple[Cue, float]] = []
    speaker.cue_started.connect(lambda cue: started.append((cue, clock.now())))
    driver = _Driver(engine, speaker, clock)
    driver.start()
    qtbot.waitUntil(lambda: driver.ended, timeout=10_000)
    qtbot.waitUntil(lambda: len(started) == 3, timeout=3_000)
    qtbot.wait(400)  # into "Session complete. Well done." (about 2 s long)
    silenced_at = clock.now()
    speaker.silence()
    qtbot.wait(1000)
    samples, origin, spread = recorder.stop()
    save_wav(samples, tmp_path / "heard.wav")

    assert spread < 0.06, f"recording timeline not continuous (spread {spread:.3f} s)"
    assert [c.text for c in driver.cues] == texts
    assert [c.text for c, _ in started] == texts
    for cue in driver.cues:
        due = cue.due - origin
        heard = onset(samples, due - 0.3, level=SPEECH_LEVEL)
        assert heard is not None, f"{cue.text!r} never heard"
        assert -ALIGNMENT_S < heard - due < MAX_ONSET_DELAY_S, (
            f"{cue.text!r} heard {heard - due:+.3f} s from its due time (see {tmp_path})"
        )
    cut = silenced_at - origin
    assert rms(samples, cut - 0.3, cut - 0.05) > SPEECH_LEVEL, "the end cue was not playing"
    assert rms(samples, cut + 0.1, cut + 0.9) < 30, "sound went on after silence()"


def test_volume_applies_to_the_next_cue_without_restart(
    qtbot: QtBot,
    speaker: CueSpeaker,
    recorder: Recorder,  # noqa: F811
    tmp_path: Path,
) -> None:
    clock = MonotonicClock()
    recorder.wait_until_flowing()
    finished: list[Cue] = []
    speaker.cue_finished.connect(finished.append)
    loud_at = clock.now() + 0.3
    speaker.say(Cue("Switch sides", CueKind.SWITCH, loud_at, 0))
    qtbot.waitUntil(lambda: len(finished) == 1, timeout=5_000)
    speaker.apply_settings(SpeechSettings(beeps=False, volume=0.25))
    quiet_at = clock.now() + 0.3
    speaker.say(Cue("Switch sides", CueKind.SWITCH, quiet_at, 0))
    qtbot.waitUntil(lambda: len(finished) == 2, timeout=5_000)
    qtbot.wait(200)
    samples, origin, _ = recorder.stop()
    save_wav(samples, tmp_path / "volume.wav")

    loud = rms(samples, loud_at - origin, loud_at - origin + 0.9)
    quiet = rms(samples, quiet_at - origin, quiet_at - origin + 0.9)
    assert loud > SPEECH_LEVEL
    assert 0.1 < quiet / loud < 0.7, f"volume 0.25 gave a level ratio of {quiet / loud:.2f}"
