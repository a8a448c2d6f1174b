"""Speech benchmark: GUI-thread stalls and cue latency through the real CueSpeaker.

Run (an audio output is needed; headless: start the PulseAudio null sink first)::

    bash .ci/pulse-null-sink
    QT_QPA_PLATFORM=offscreen PYTHONPATH=. .venv/bin/python bench/bench_speech.py

A 5 ms QTimer on the GUI thread records the largest gap between its ticks
(a stall) while the worker starts, phrases render and cues play. Cue latency
is ``Cue.due`` to QSoundEffect reporting "playing" (``cue_started``): cues are
handed over at their due time, as the session engine does, or early with a
future ``due`` ("scheduled"). Budgets: stall < 50 ms; cached cue < 100 ms.
"""

from __future__ import annotations

import argparse
import operator
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

from PySide6.QtCore import QEventLoop, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtMultimedia import QMediaDevices

from coach.engine.clock import MonotonicClock
from coach.engine.events import Cue, CueKind
from coach.speech.settings import SpeechSettings
from coach.speech.speaker import CueSpeaker

CLOCK = MonotonicClock()
NAME = 52  # width of the first table column


class StallMeter:
    """Largest gap between 5 ms ticks on the GUI thread, per labelled window.

    Also records the most GUI-thread CPU time spent between two ticks: a gap
    with little CPU in it was the OS not scheduling us (a busy machine), a gap
    full of CPU was our own code blocking the loop.
    """

    def __init__(self) -> None:
        self._timer = QTimer()
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self._tick)
        self._last = time.perf_counter()
        self._last_cpu = time.thread_time()
        self._worst = 0.0
        self._worst_cpu = 0.0
        self.windows: dict[str, tuple[float, float]] = {}

    def _tick(self) -> None:
        now, cpu = time.perf_counter(), time.thread_time()
        self._worst = max(self._worst, now - self._last)
        self._worst_cpu = max(self._worst_cpu, cpu - self._last_cpu)
        self._last, self._last_cpu = now, cpu

    def start(self) -> None:
        self._last, self._last_cpu = time.perf_counter(), time.thread_time()
        self._timer.start(5)

    def stop(self) -> None:
        self._timer.stop()

    def window(self, label: str) -> None:
        """Close the current window under ``label`` and open the next one."""
        self._tick()
        self.windows[label] = (self._worst, self._worst_cpu)
        self._worst = self._worst_cpu = 0.0


def wait_until(done: Callable[[], bool], timeout_s: float) -> bool:
    """Run the Qt event loop until ``done()`` or the timeout."""
    loop = QEventLoop()
    poll = QTimer()
    poll.timeout.connect(lambda: loop.quit() if done() else None)
    poll.start(2)
    QTimer.singleShot(int(timeout_s * 1000), loop.quit)
    if not done():
        loop.exec()
    poll.stop()
    return done()


def wait(seconds: float) -> None:
    """Let the event loop run for ``seconds``."""
    wait_until(lambda: False, seconds)


def cue_latencies(speaker: CueSpeaker, texts: list[str], *, ahead_s: float = 0.0) -> list[float]:
    """Say each text (due now, or ``ahead_s`` from now) and time due -> playing."""
    started: dict[str, float] = {}
    finished: list[str] = []

    def on_start(cue: Cue) -> None:
        started[cue.text] = CLOCK.now() - cue.due

    speaker.cue_started.connect(on_start)
    speaker.cue_finished.connect(lambda cue: finished.append(cue.text))
    for text in texts:
        speaker.say(Cue(text, CueKind.INSTRUCTION, CLOCK.now() + ahead_s, 0))
        wait_until(partial(operator.contains, finished, text), 10.0)
        wait(0.1)
    speaker.cue_started.disconnect(on_start)
    return [started[text] for text in texts if text in started]


def row(name: str, values: list[float], budget: str = "") -> str:
    """One table row in milliseconds."""
    ms = sorted(1000 * v for v in values)
    if not ms:
        return f"| {name:<{NAME}} | {0:>3} | {'-':>6} | {'-':>6} | {'-':>6} | {budget:>6} |"
    p95 = ms[min(len(ms) - 1, round(0.95 * (len(ms) - 1)))]
    return (
        f"| {name:<{NAME}} | {len(ms):>3} | {statistics.median(ms):>6.1f} | {p95:>6.1f} "
        f"| {ms[-1]:>6.1f} | {budget:>6} |"
    )


def main() -> int:
    """Run every scenario and print the table."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--cues", type=int, default=12, help="cues per latency scenario")
    args = parser.parse_args()
    app = QGuiApplication(sys.argv[:1])
    if not QMediaDevices.audioOutputs():
        print("No audio output: run `bash .ci/pulse-null-sink` first.", file=sys.stderr)
        return 2
    device = QMediaDevices.defaultAudioOutput().description()
    stalls = StallMeter()
    texts = [f"Hold number {n}, breathe slowly" for n in range(args.cues)]
    with tempfile.TemporaryDirectory(prefix="bench-speech-") as tmp:
        stalls.start()
        spawned = CLOCK.now()
        speaker = CueSpeaker(
            SpeechSettings(beeps=False), cache_dir=Path(tmp) / "speech", clock=CLOCK
        )
        wait_until(lambda: speaker.speech_ready, 15.0)
        startup = CLOCK.now() - spawned
        stalls.window("worker start (spawn to hello)")

        uncached = cue_latencies(speaker, texts)
        stalls.window("uncached cues: render + play")
        cached = cue_latencies(speaker, texts)
        stalls.window("cached cues: play")
        scheduled = cue_latencies(speaker, texts, ahead_s=0.3)
        stalls.window("scheduled cues (said 300 ms early)")

        speaker.prerender([f"Exercise {n}: lift and lower slowly" for n in range(60)])
        during = cue_latencies(speaker, texts[:4])
        wait_until(lambda: len(list((Path(tmp) / "speech").glob("*.wav"))) >= 60 + args.cues, 30)
        stalls.window("prerender 60 phrases while cues play")

        speaker.say(Cue("Slowly lower your hips back down", CueKind.INSTRUCTION, CLOCK.now(), 0))
        wait(0.3)
        before = time.perf_counter()
        speaker.silence()
        silence_ms = 1000 * (time.perf_counter() - before)
        stalls.window("silence()")
        speaker.shutdown()
        stalls.stop()

    print(f"Speech benchmark: {device}, PySide6 Qt Multimedia, pyttsx3 worker process")
    print()
    print(f"| {'measure (ms)':<{NAME}} | {'n':>3} | median |    p95 |    max | budget |")
    print(f"|{'-' * (NAME + 2)}|{'-' * 4}:|{'-' * 7}:|{'-' * 7}:|{'-' * 7}:|{'-' * 7}:|")
    print(row("worker start (spawn to hello)", [startup]))
    print(row("cue latency, uncached (render + play)", uncached))
    print(row("cue latency, cached", cached, "100"))
    print(row("cue latency, cached, scheduled early", scheduled, "100"))
    print(row("cue latency, cached, during 60-phrase prerender", during, "100"))
    print(row("silence() call", [silence_ms / 1000]))
    print()
    print(f"| {'GUI thread, 5 ms timer (ms)':<{NAME}} | max gap | max CPU between ticks | budget |")
    print(f"|{'-' * (NAME + 2)}|{'-' * 8}:|{'-' * 22}:|{'-' * 7}:|")
    for label, (gap, cpu) in stalls.windows.items():
        print(f"| {label:<{NAME}} | {1000 * gap:>7.1f} | {1000 * cpu:>21.1f} |     50 |")
    worst_stall = max(gap for gap, _ in stalls.windows.values())
    worst_cpu = max(cpu for _, cpu in stalls.windows.values())
    worst_cached = max(cached + scheduled + during)
    del app
    ok = worst_stall < 0.05 and worst_cached < 0.1
    print()
    print(
        "PASS" if ok else "FAIL",
        f"(worst stall {1000 * worst_stall:.1f} ms, of which at most {1000 * worst_cpu:.1f} ms "
        f"GUI-thread CPU; worst cached latency {1000 * worst_cached:.1f} ms)",
    )
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
