"""Hearing what the app says: a PulseAudio null sink and a timed recorder.

The ``pulse_sink`` fixture makes a null sink called ``cap`` the default output,
starting PulseAudio if it is not running. What worked here (Debian 12, as
root, no desktop session), and what ``.ci/pulse-null-sink`` does too::

    pulseaudio -D --exit-idle-time=-1 --disallow-exit   # root: warns, still runs
    pactl load-module module-null-sink sink_name=cap
    pactl set-default-sink cap

``--system`` is only a fallback. Qt Multimedia then lists "Null Output". Start
it before pytest: Qt reads the device list once, when Multimedia first loads.
The fixture skips (with the reason) only when PulseAudio is not installed.

``Recorder`` reads ``parec --raw`` from ``cap.monitor`` on a thread and stamps
every chunk with ``time.monotonic()``, so a recorded sample maps to the
monotonic time cues are stamped with. (A WAV written by ``parec`` cannot be
aligned: parec needs up to ~2 s before the first sample and loses its tail on
SIGTERM.)
"""

from __future__ import annotations

import array
import math
import os
import shutil
import subprocess
import threading
import time
import wave
from collections.abc import Iterator
from pathlib import Path

import pytest

SINK = "cap"
RATE = 22_050


def _pactl(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["pactl", *args], capture_output=True, text=True, timeout=10)


def _running() -> bool:
    return _pactl("info").returncode == 0


@pytest.fixture(scope="session")
def pulse_sink() -> Iterator[str]:
    """The null sink ``cap`` as the default output (PulseAudio started if needed)."""
    missing = [tool for tool in ("pulseaudio", "pactl", "parec") if shutil.which(tool) is None]
    if missing:
        pytest.skip(
            f"PulseAudio is not installed ({', '.join(missing)} missing): "
            "sudo apt-get install pulseaudio pulseaudio-utils"
        )
    started = False
    if not _running():
        for flags in (["--exit-idle-time=-1", "--disallow-exit"], ["--system", "--disallow-exit"]):
            subprocess.run(["pulseaudio", "-D", *flags], capture_output=True, timeout=20)
            for _ in range(50):
                if _running():
                    break
                time.sleep(0.1)
            if _running():
                started = True
                break
    if not _running():
        pytest.fail("PulseAudio is installed but would not start (pulseaudio -D)")
    sinks = _pactl("list", "short", "sinks").stdout.split()
    if SINK not in sinks:
        _pactl("load-module", "module-null-sink", f"sink_name={SINK}")
    _pactl("set-default-sink", SINK)
    yield SINK
    if started:
        subprocess.run(["pulseaudio", "--kill"], capture_output=True, timeout=20)


@pytest.fixture
def audio_device(pulse_sink: str, qapp: object) -> str:
    """Qt sees an output device (the null sink); skips with the reason if not."""
    from PySide6.QtMultimedia import QMediaDevices

    outputs = QMediaDevices.audioOutputs()
    if not outputs:
        pytest.skip(
            "PulseAudio started after Qt Multimedia had loaded; run .ci/pulse-null-sink "
            "before pytest"
        )
    return QMediaDevices.defaultAudioOutput().description()


QUIET_BEFORE_S = 0.3
QUIET_LEVEL = 30.0


class Recorder:
    """Records ``cap.monitor`` as mono 16-bit samples with monotonic time stamps."""

    def __init__(self) -> None:
        self._process = subprocess.Popen(
            [
                "parec",
                "-d",
                f"{SINK}.monitor",
                "--raw",
                "--format=s16le",
                f"--rate={RATE}",
                "--channels=1",
                "--latency-msec=10",
            ],
            stdout=subprocess.PIPE,
        )
        self._data = bytearray()
        self._clean_from = 0
        self._marks: list[tuple[float, int]] = []  # (arrival time, samples so far)
        self._lock = threading.Lock()
        self._thread = threading.Thread(target=self._read, daemon=True)
        self._thread.start()

    def _read(self) -> None:
        assert self._process.stdout is not None
        fd = self._process.stdout.fileno()
        while True:
            chunk = os.read(fd, 4096)
            if not chunk:
                return
            now = time.monotonic()
            with self._lock:
                self._data += chunk
                self._marks.append((now, len(self._data) // 2))

    def wait_until_flowing(self, timeout_s: float = 8.0) -> None:
        """Block until samples arrive (parec may take ~2 s to deliver the first) and the
        sink has been quiet for a moment; sound from before then is not kept, so the
        tail of an earlier test never counts as this test's speech."""
        deadline = time.monotonic() + timeout_s
        quiet = int(QUIET_BEFORE_S * RATE)
        while time.monotonic() < deadline:
            with self._lock:
                recent = array.array("h")
                recent.frombytes(bytes(self._data[-quiet * 2 :]))
                if len(self._marks) > 5 and len(recent) == quiet:
                    level = math.sqrt(sum(x * x for x in recent) / quiet)
                    if level < QUIET_LEVEL:
                        self._clean_from = len(self._data) // 2
                        return
            time.sleep(0.02)
        raise AssertionError("parec delivered no audio, or the sink never went quiet")

    def close(self) -> None:
        """Stop parec and the reader thread (idempotent)."""
        if self._process.poll() is None:
            self._process.terminate()
        self._process.wait(timeout=10)
        self._thread.join(timeout=5)
        if self._process.stdout is not None:
            self._process.stdout.close()

    def stop(self) -> tuple[array.array[int], float, float]:
        """Stop; return (samples, monotonic time of sample 0, alignment spread in s)."""
        self.close()
        samples = array.array("h")
        samples.frombytes(bytes(self._data[: len(self._data) // 2 * 2]))
        for i in range(min(self._clean_from, len(samples))):
            samples[i] = 0
        offsets = [t - n / RATE for t, n in self._marks]
        origin = min(offsets)
        return samples, origin, max(offsets) - origin


@pytest.fixture
def recorder(pulse_sink: str) -> Iterator[Recorder]:
    """A running recorder on the null sink (stopped at teardown)."""
    rec = Recorder()
    yield rec
    rec.close()


def rms(samples: array.array[int], start_s: float, end_s: float) -> float:
    """Root-mean-square level of ``samples`` between two times (s from sample 0)."""
    lo, hi = max(0, int(start_s * RATE)), min(len(samples), int(end_s * RATE))
    if hi <= lo:
        return 0.0
    window = samples[lo:hi]
    return math.sqrt(sum(x * x for x in window) / len(window))


def onset(
    samples: array.array[int], after_s: float, *, level: float = 300.0, step_s: float = 0.01
) -> float | None:
    """First time (s from sample 0) at or after ``after_s`` whose 10 ms RMS exceeds ``level``."""
    t = max(0.0, after_s)
    end = len(samples) / RATE
    while t < end:
        if rms(samples, t, t + step_s) > level:
            return t
        t += step_s
    return None


def save_wav(samples: array.array[int], path: Path) -> None:
    """Keep a recording for a person to listen to when a test fails."""
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(samples.tobytes())


@pytest.mark.audio
def test_recorder_hears_a_tone_at_the_right_time(recorder: Recorder, tmp_path: Path) -> None:
    """The harness itself: a tone played with paplay shows up when it was played."""
    tone = tmp_path / "tone.wav"
    with wave.open(str(tone), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(
            array.array(
                "h", (int(8000 * math.sin(2 * math.pi * 440 * n / RATE)) for n in range(RATE // 2))
            ).tobytes()
        )
    recorder.wait_until_flowing()
    time.sleep(0.3)
    played_at = time.monotonic()
    subprocess.run(["paplay", str(tone)], check=True, timeout=20)
    time.sleep(0.3)
    samples, origin, spread = recorder.stop()
    assert spread < 0.06, f"recording timeline not continuous (spread {spread:.3f} s)"
    heard = onset(samples, played_at - origin - 0.5)
    assert heard is not None
    # paplay needs a moment to start (0.35 s seen on a busy machine): heard after, never before
    assert -0.05 < heard - (played_at - origin) < 0.6
