"""Every command as a person runs it, in a real process: with or without a display,
piped into ``head``, pointed at a bad place. Never an abort, never a traceback."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from coach.store.demo import seed_demo_history
from coach.store.opening import open_store
from coach.system_check import display_missing
from coach.ui.app.start_words import NO_DISPLAY

DISPLAY_VARS = ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")


def run(*args: str, display: bool = True) -> subprocess.CompletedProcess[str]:
    """``rehab-coach ARGS``; offscreen, or with no display at all as on a bare server."""
    env = {k: v for k, v in os.environ.items() if k not in DISPLAY_VARS}
    if display:
        env["QT_QPA_PLATFORM"] = "offscreen"
    return subprocess.run(
        [sys.executable, "-m", "coach", *args],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        check=False,
    )


def _clean(result: subprocess.CompletedProcess[str]) -> None:
    assert result.returncode >= 0, f"killed by signal {-result.returncode}"
    assert "Traceback" not in result.stderr + result.stdout
    assert "QFontDatabase" not in result.stderr


@pytest.mark.parametrize("display", [True, False], ids=["offscreen", "no_display"])
def test_illustrations_draws_its_files_with_or_without_a_display(
    tmp_path: Path, display: bool
) -> None:
    result = run("illustrations", "--out", str(tmp_path / "out"), display=display)
    _clean(result)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "out" / "contact_sheet.png").stat().st_size > 1000
    svgs = list((tmp_path / "out").glob("*.svg"))
    assert svgs and result.stdout == f"Wrote {len(svgs) + 1} files to {tmp_path / 'out'}\n"


def test_illustrations_into_a_file_is_one_clear_line(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("")
    result = run("illustrations", "--out", str(tmp_path / "file" / "out"))
    _clean(result)
    assert result.returncode == 1
    assert (
        result.stderr
        == f"Can't write the illustrations to {tmp_path / 'file' / 'out'}: Not a directory.\n"
    )


@pytest.mark.parametrize("args", [(), ("doctor",)], ids=["app", "doctor"])
def test_no_display_is_one_line_and_exit_2(tmp_path: Path, args: tuple[str, ...]) -> None:
    result = run("--data-dir", str(tmp_path), *args, display=False)
    _clean(result)
    assert (result.returncode, result.stdout, result.stderr) == (2, "", NO_DISPLAY + "\n")
    assert not (tmp_path / "history.db").exists()


@pytest.mark.parametrize(
    ("args", "code"),
    [
        (("--help",), 0),
        (("--version",), 0),
        (("validate",), 0),
        (("history",), 2),
        (("frobnicate",), 2),
    ],
)
def test_the_other_commands_need_no_display(
    tmp_path: Path, args: tuple[str, ...], code: int
) -> None:
    result = run("--data-dir", str(tmp_path), *args, display=False)
    _clean(result)
    assert result.returncode == code, result.stderr


def test_history_csv_piped_into_head_stops_quietly(tmp_path: Path) -> None:
    with open_store(tmp_path).store as store:
        seed_demo_history(store, 3000, seed=1, end=1.7e9)  # more than a pipe holds
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    with subprocess.Popen(
        [sys.executable, "-m", "coach", "--data-dir", str(tmp_path), "history", "--csv"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
        text=True,
    ) as process:
        assert process.stdout is not None and process.stderr is not None
        assert process.stdout.readline().startswith("date,routine")
        process.stdout.close()  # what `head -1` does after its line
        stderr = process.stderr.read()
        assert process.wait(timeout=60) == 0
    assert stderr == ""


@pytest.mark.parametrize(
    ("env", "problem"),
    [
        ({}, True),
        ({"DISPLAY": ":0"}, False),
        ({"WAYLAND_DISPLAY": "wayland-0"}, False),
        ({"QT_QPA_PLATFORM": "offscreen"}, False),
        ({"QT_QPA_PLATFORM": "xcb"}, True),
        ({"QT_QPA_PLATFORM": "xcb", "WAYLAND_DISPLAY": "wayland-0"}, True),
        ({"QT_QPA_PLATFORM": "wayland", "DISPLAY": ":0"}, True),
        ({"QT_QPA_PLATFORM": "wayland-egl", "WAYLAND_DISPLAY": "w"}, False),
        ({"QT_QPA_PLATFORM": "vnc:size=800x600"}, False),
        ({"QT_QPA_PLATFORM": "xcb", "DISPLAY": ""}, True),
    ],
)
def test_display_missing_only_when_the_platform_needs_a_display_that_is_not_set(
    env: dict[str, str], problem: bool
) -> None:
    assert display_missing(env) is problem
