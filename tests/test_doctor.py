"""``rehab-coach doctor``: what it reports, the fixes it names, its exit status."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from test_speech_pulse import audio_device, pulse_sink  # noqa: F401  (shared fixtures)

from coach.doctor import run_doctor
from coach.speech.protocol import DRIVER_ENV

ROOT = Path(__file__).resolve().parent.parent


def doctor(data_dir: Path, *, speak: bool = False) -> tuple[int, str]:
    out = io.StringIO()
    code = run_doctor(data_dir=data_dir, speak=speak, out=out)
    return code, out.getvalue()


def test_healthy_machine_reports_ok_and_exits_zero(qtbot: QtBot, tmp_path: Path) -> None:
    code, text = doctor(tmp_path / "data")
    assert code == 0, text
    assert "OK    Qt platform plugin: offscreen" in text
    assert f"OK    Data folder writable: {tmp_path / 'data'}" in text
    assert "OK    Speech engine: pyttsx3-" in text
    assert "Audio output:" in text
    assert text.rstrip().splitlines()[-1].startswith("Result: ready")


def test_unwritable_data_folder_fails(qtbot: QtBot, tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the data folder should be")
    code, text = doctor(blocker / "data")
    assert code == 1
    assert "FAIL  Data folder not writable" in text and "fix: " in text


def test_missing_speech_engine_is_a_warning_with_the_apt_line(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(DRIVER_ENV, "no_such_driver")
    code, text = doctor(tmp_path)
    assert code == 0, text
    assert "WARN  Speech engine:" in text
    assert "      fix: sudo apt-get install libespeak-ng1" in text


def test_missing_speech_engine_fails_speak(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(DRIVER_ENV, "no_such_driver")
    code, text = doctor(tmp_path, speak=True)
    assert code == 1
    assert "FAIL  Test phrase: not said (no speech engine)" in text


@pytest.mark.audio
@pytest.mark.usefixtures("audio_device")
def test_speak_says_the_phrase_through_the_apps_own_path(qtbot: QtBot, tmp_path: Path) -> None:
    code, text = doctor(tmp_path, speak=True)
    assert code == 0, text
    assert "OK    Test phrase said:" in text
    assert list((tmp_path / "cache" / "speech").glob("*.wav")), "not rendered into the cache"


def _cli(tmp_path: Path, **env: str) -> subprocess.CompletedProcess[str]:
    full_env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    return subprocess.run(
        [sys.executable, "-m", "coach", "--data-dir", str(tmp_path), "doctor"],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
        env=full_env | env,
        check=False,
    )


def test_cli_probes_qt_in_a_child_process(tmp_path: Path) -> None:
    done = _cli(tmp_path, QT_QPA_PLATFORM="offscreen")
    assert done.returncode == 0, done.stdout + done.stderr
    assert "OK    Qt platform plugin: offscreen" in done.stdout


def test_cli_without_a_display_says_how_to_run_it_instead_of_aborting(tmp_path: Path) -> None:
    from coach.ui.app.start_words import NO_DISPLAY

    done = _cli(tmp_path, QT_QPA_PLATFORM="xcb")
    assert (done.returncode, done.stdout, done.stderr) == (2, "", NO_DISPLAY + "\n")


def test_cli_with_a_display_that_is_not_there_fails_the_qt_line(tmp_path: Path) -> None:
    done = _cli(tmp_path, QT_QPA_PLATFORM="xcb", DISPLAY=":87")  # no X server on :87
    assert done.returncode == 1, done.stdout + done.stderr
    assert "FAIL  Qt platform plugin 'xcb'" in done.stdout
    assert "Result: not ready" in done.stdout
