"""``rehab-coach doctor``: check what the app needs and say how to fix it.

Exit status: 1 when something the app cannot run without is missing (the Qt
platform plugin, a writable data folder), or when ``--speak`` was asked for
and the test phrase could not be heard; otherwise 0. A missing speech engine
or audio output is a WARN line with its fix and exits 0: the app still works,
with captions only.

``--speak`` says a test phrase through exactly the app's path: the synthesis
worker renders it into the data folder's speech cache and Qt Multimedia plays
it; the doctor waits until it has finished.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TextIO

from coach.store.private_files import make_private_dir
from coach.system_check import missing_packages

OK, WARN, FAIL = "OK", "WARN", "FAIL"
ENGINE_TIMEOUT_S = 15.0
SPEAK_TIMEOUT_S = 20.0

_QT_PROBE = (
    "from PySide6.QtGui import QGuiApplication\n"
    "app = QGuiApplication(['rehab-coach-doctor'])\n"
    "print(app.platformName())\n"
)


class _Report:
    """Prints aligned status lines and remembers the worst of them."""

    def __init__(self, out: TextIO) -> None:
        self._out = out
        self.failures = 0
        self.warnings = 0

    def line(self, status: str, what: str, fix: str = "") -> None:
        self.failures += status == FAIL
        self.warnings += status == WARN
        self._out.write(f"{status:<5} {what}\n")
        if fix:
            self._out.write(f"      fix: {fix}\n")
        self._out.flush()


def run_doctor(*, data_dir: Path, speak: bool, out: TextIO) -> int:
    """Check Qt, the data folder, audio output and speech; return the exit status."""
    report = _Report(out)
    out.write("Rehab Coach doctor\n")
    qt_ok = _check_qt(report)
    _check_data_dir(report, data_dir)
    app = _ensure_application(gui=qt_ok)
    has_output = _check_audio(report)
    _check_speech(report, data_dir=data_dir, speak=speak, has_output=has_output)
    del app
    verdict = "not ready" if report.failures else "ready"
    out.write(f"Result: {verdict} ({report.failures} failed, {report.warnings} warnings)\n")
    return 1 if report.failures else 0


# -- Qt ---------------------------------------------------------------------


def _check_qt(report: _Report) -> bool:
    platform = os.environ.get("QT_QPA_PLATFORM", "xcb" if sys.platform.startswith("linux") else "")
    missing = missing_packages(platform=platform)
    if missing:
        report.line(
            FAIL,
            f"Qt platform plugin '{platform}': missing libraries",
            f"sudo apt-get install -y {' '.join(missing)}",
        )
        return False
    ok, detail = _probe_qt()
    if ok:
        report.line(OK, f"Qt platform plugin: {detail}")
    else:
        report.line(
            FAIL,
            f"Qt platform plugin '{platform or 'default'}' did not load: {detail}",
            "run it inside a desktop session (DISPLAY or WAYLAND_DISPLAY set); "
            "for a headless check set QT_QPA_PLATFORM=offscreen",
        )
    return ok


def _probe_qt() -> tuple[bool, str]:
    """Create a QGuiApplication where a failure cannot abort the doctor itself."""
    from PySide6.QtGui import QGuiApplication

    existing = QGuiApplication.instance()
    if isinstance(existing, QGuiApplication):
        return True, QGuiApplication.platformName()
    if getattr(sys, "frozen", False):  # no interpreter to probe with: try in-process
        app = QGuiApplication(["rehab-coach-doctor"])
        name = app.platformName()
        del app
        return True, name
    try:
        probe = subprocess.run(
            [sys.executable, "-c", _QT_PROBE],
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        return False, str(exc)
    if probe.returncode == 0 and probe.stdout.strip():
        return True, probe.stdout.strip().splitlines()[-1]
    lines = [ln.strip() for ln in probe.stderr.splitlines() if ln.strip()]
    telling = [ln for ln in lines if "could not" in ln.lower()] or lines[-1:]
    return False, telling[0] if telling else f"exit status {probe.returncode}"


def _ensure_application(*, gui: bool) -> object:
    """The running Q(Gui)Application, or a new one for the doctor's own checks."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QGuiApplication

    existing = QCoreApplication.instance()
    if existing is not None:
        return existing
    return QGuiApplication(["rehab-coach-doctor"]) if gui else QCoreApplication(["doctor"])


# -- data folder --------------------------------------------------------------


def _check_data_dir(report: _Report, data_dir: Path) -> bool:
    try:
        make_private_dir(data_dir)  # 0700, as the app makes it
        with tempfile.NamedTemporaryFile(dir=data_dir, prefix=".doctor-", delete=True) as probe:
            probe.write(b"ok")
            probe.flush()
    except OSError as exc:
        report.line(
            FAIL,
            f"Data folder not writable: {data_dir} ({exc.strerror or exc})",
            f"choose another with --data-dir, or fix permissions: chmod u+rwx '{data_dir}'",
        )
        return False
    report.line(OK, f"Data folder writable: {data_dir}")
    return True


# -- audio and speech -----------------------------------------------------------


def _check_audio(report: _Report) -> bool:
    from PySide6.QtMultimedia import QMediaDevices

    from coach.speech.fallbacks import AUDIO_APT

    outputs = QMediaDevices.audioOutputs()
    if not outputs:
        report.line(
            WARN,
            "Audio output: none found; spoken cues and beeps are off, captions still work",
            f"{AUDIO_APT} (or pipewire-pulse), then log in again",
        )
        return False
    default = QMediaDevices.defaultAudioOutput()
    names = ", ".join(d.description() for d in outputs)
    report.line(OK, f"Audio output: {default.description()} (all: {names})")
    return True


def _check_speech(report: _Report, *, data_dir: Path, speak: bool, has_output: bool) -> None:
    from coach.engine.clock import MonotonicClock
    from coach.engine.events import Cue
    from coach.speech.cache import speech_cache_dir
    from coach.speech.fallbacks import engine_fix
    from coach.speech.settings import SpeechSettings
    from coach.speech.speaker import CueSpeaker

    clock = MonotonicClock()
    speaker = CueSpeaker(SpeechSettings(), cache_dir=speech_cache_dir(data_dir), clock=clock)
    try:
        _wait(lambda: speaker.speech_ready or speaker.speech_failure is not None, ENGINE_TIMEOUT_S)
        if not speaker.speech_ready:
            detail = speaker.speech_failure or "the speech worker did not answer in time"
            fix = "" if speaker.speech_failure and engine_fix() not in detail else engine_fix()
            report.line(WARN, f"Speech engine: {detail}", fix)
            if speak:
                report.line(FAIL, "Test phrase: not said (no speech engine)")
            return
        voices = speaker.voices()
        report.line(OK, f"Speech engine: {speaker.engine_id}, {len(voices)} voices")
        if not speak:
            return
        if not has_output:
            report.line(FAIL, "Test phrase: not said (no audio output)")
            return
        started: list[float] = []
        finished: list[Cue] = []
        speaker.cue_started.connect(lambda _cue: started.append(clock.now()))
        speaker.cue_finished.connect(finished.append)
        asked = clock.now()
        speaker.test_voice()
        _wait(lambda: bool(finished), SPEAK_TIMEOUT_S)
        if started and finished:
            report.line(
                OK,
                f"Test phrase said: '{finished[0].text}' "
                f"(sound started {1000 * (started[0] - asked):.0f} ms after the request)",
            )
        else:
            report.line(FAIL, "Test phrase: playback did not start", "check the audio output")
    finally:
        speaker.shutdown()


def _wait(done: Callable[[], bool], timeout_s: float) -> None:
    """Run the Qt event loop until ``done()`` or the timeout (CLI only)."""
    from PySide6.QtCore import QCoreApplication, QEventLoop

    deadline = time.monotonic() + timeout_s
    while not done() and time.monotonic() < deadline:
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
        time.sleep(0.005)
