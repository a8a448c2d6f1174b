"""A sound worker that answers late, or not at all (issue 14's rare hang under load).

Real processes: the sound worker is stopped with SIGSTOP, as a starved process or
one blocked on a busy sound server is, and let go with SIGCONT.
"""

from __future__ import annotations

import os
import signal
from pathlib import Path

import pytest
from pytestqt.exceptions import TimeoutError as WaitTimedOut
from pytestqt.qtbot import QtBot
from test_speech_pulse import audio_device, pulse_sink  # noqa: F401  (shared fixtures)
from test_speech_speaker import (  # noqa: F401  (make_speaker: the shared fixture)
    BEEP,
    WAIT_MS,
    Log,
    MakeSpeaker,
    _gone,
    cached,
    cue,
    make_speaker,
)

from coach.speech.sound_client import QUIET_MARGIN_S, START_TIMEOUT_S, SoundProcess
from coach.speech.wav_file import wav_duration

pytestmark = [pytest.mark.audio, pytest.mark.usefixtures("audio_device")]


def test_cues_due_together_both_start_when_the_sound_worker_answers_late(
    qtbot: QtBot,
    make_speaker: MakeSpeaker,  # noqa: F811 (fixture)
    tmp_path: Path,
) -> None:
    """The worker stalls longer than the first cue's length plus the quiet margin.
    It used to be given up unheard at that deadline (counted from the request), its
    late "started" dropped, and only the second cue ever started."""
    sound = SoundProcess()
    speaker = make_speaker(sound=sound)
    log = Log(speaker)
    pid = None
    try:
        with qtbot.waitSignal(speaker.ready, timeout=10_000):
            pass
        speaker.prerender(["Switch sides", "Left side"])
        qtbot.waitUntil(lambda: len(cached(tmp_path)) == 2, timeout=WAIT_MS)
        stall_s = max(wav_duration(path) for path in cached(tmp_path)) + QUIET_MARGIN_S + 0.5
        assert stall_s < START_TIMEOUT_S  # slow, not hung: it is waited for
        pid = sound.pid
        assert pid is not None
        os.kill(pid, signal.SIGSTOP)
        speaker.say(cue("Switch sides"))
        speaker.say(cue("Left side"))
        qtbot.wait(int(stall_s * 1000))  # the stall itself, not a guess at a wait
        os.kill(pid, signal.SIGCONT)
        try:
            qtbot.waitUntil(lambda: len(log.started) == 2, timeout=WAIT_MS)
        except WaitTimedOut as timeout:
            raise AssertionError(f"two cues did not both start: {log.seen(speaker)}") from timeout
        assert log.started_texts == ["Switch sides", "Left side"]
        assert sound.pid == pid  # the same worker played both
    finally:
        if pid is not None:
            os.kill(pid, signal.SIGCONT)
        speaker.shutdown()
        sound.shutdown()


def test_a_sound_worker_that_never_starts_a_sound_is_replaced(qtbot: QtBot) -> None:
    """Stopped for good: the sound ends at START_TIMEOUT_S, a fresh worker is started,
    and the next sound is heard."""
    sound = SoundProcess()
    channel = sound.channel("beep")
    events: list[str] = []
    channel.started.connect(lambda: events.append("started"))
    channel.finished.connect(lambda: events.append("finished"))
    sound.start()
    hung = sound.pid
    assert hung is not None
    try:
        with qtbot.waitSignal(sound.outputs_changed, timeout=10_000):
            pass
        os.kill(hung, signal.SIGSTOP)
        channel.play(BEEP)
        qtbot.waitUntil(
            lambda: events == ["finished"], timeout=int(START_TIMEOUT_S * 1000) + WAIT_MS
        )
        assert sound.pid not in (None, hung)
        channel.play(BEEP)
        qtbot.waitUntil(lambda: events == ["finished", "started", "finished"], timeout=WAIT_MS)
    finally:
        sound.shutdown()
        if not _gone(hung):  # the test failed before the worker was replaced
            os.kill(hung, signal.SIGKILL)
        qtbot.waitUntil(lambda: _gone(hung), timeout=WAIT_MS)
