"""The command line as a person runs it: real processes, exit codes, no tracebacks."""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from coach import __version__
from coach.app import build_parser, plain_start
from coach.paths import routines_dir

DATA = Path(__file__).parent / "data"


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-m", "coach", *args],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
        cwd=cwd,
        check=False,
    )


USUAL_STARTS = [
    [],
    ["--data-dir", "/x"],
    ["--open", "thermal"],
    ["--hidden"],
    ["--data-dir", "/x", "--open", "session", "--hidden"],
    ["--open", "session", "--open", "thermal"],
]
OTHER_ARGS = [
    ["--data-dir=/x"],
    ["--open", "later"],
    ["--data-dir"],
    ["--data-dir", "-x"],
    ["--version"],
    ["-h"],
    ["doctor"],
    ["--data-dir", "/x", "history", "--csv"],
]


@pytest.mark.parametrize("args", USUAL_STARTS)
def test_the_usual_start_reads_its_options_as_the_full_parser_does(args: list[str]) -> None:
    parsed = build_parser().parse_args(args)
    assert parsed.command is None
    assert plain_start(args) == (parsed.data_dir, parsed.open, parsed.hidden)


@pytest.mark.parametrize("args", OTHER_ARGS)
def test_anything_else_is_left_to_the_full_parser(args: list[str]) -> None:
    assert plain_start(args) is None


def test_version() -> None:
    result = run("--version")
    assert (result.returncode, result.stdout.strip()) == (0, f"rehab-coach {__version__}")


def test_validate_the_shipped_routines(tmp_path: Path) -> None:
    result = run("--data-dir", str(tmp_path), "validate")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("OK: 10 routines, 25 exercises")


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("broken_routines/syntax_error.toml", "syntax_error.toml: (syntax): not valid TOML"),
        ("broken_routines/bad_fields.toml", "bad_fields.toml: levels[0].blocks[1].seconds: is 0"),
        ("broken_routines/future_schema.toml", "future_schema.toml: schema_version: is 7"),
        ("broken_exercises", "exercises.toml: exercises.quiet_bridge.cue: missing text"),
        ("broken_exercises", "exercises.mystery_move.start_pose: unknown pose 'no_such_pose'"),
    ],
)
def test_validate_names_file_and_field_without_a_traceback(path: str, expected: str) -> None:
    result = run("validate", str(DATA / path))
    assert result.returncode == 1
    assert expected in result.stderr
    assert "Traceback" not in result.stderr + result.stdout


def test_a_broken_user_routine_is_reported_and_the_shipped_ones_still_check(tmp_path: Path) -> None:
    user = tmp_path / "routines"
    user.mkdir()
    shutil.copy(DATA / "broken_routines" / "bad_fields.toml", user)
    result = run("--data-dir", str(tmp_path), "validate")
    assert result.returncode == 1
    assert "bad_fields.toml: levels[0].blocks[0].exercise" in result.stderr
    assert str(routines_dir()) not in result.stderr


def test_missing_file_is_a_clear_problem(tmp_path: Path) -> None:
    result = run("validate", str(tmp_path / "nope.toml"))
    assert result.returncode == 1
    assert "nope.toml: (file): does not exist" in result.stderr


def test_history_csv_on_an_empty_and_a_seeded_store(tmp_path: Path) -> None:
    empty = run("--data-dir", str(tmp_path / "empty"), "history", "--csv")
    assert empty.returncode == 0
    assert empty.stdout.splitlines() == [
        "date,routine,level,duration_min,status,pain_before,pain_after,spreading,steps_done,"
        "stop_reason,note,session_id"
    ]
    from coach.store.demo import seed_demo_history
    from coach.store.opening import open_store

    with open_store(tmp_path / "seeded").store as store:
        seed_demo_history(store, 12, seed=3)
    seeded = run("--data-dir", str(tmp_path / "seeded"), "history", "--csv")
    assert seeded.returncode == 0
    assert len(seeded.stdout.splitlines()) == 13


@pytest.mark.parametrize(
    ("kind", "header"),
    [
        ("sessions", "date,routine,level,duration_min,status"),
        ("steps", "session_date,routine,level,time,exercise,side,set,unit"),
        ("ice-heat", "date,kind,planned_min,actual_min,status,skin_check,reaction"),
        ("events", "date,kind,pain,what_happened,detail,session_id"),
    ],
)
def test_history_csv_kind_lists_every_row_of_that_kind(
    tmp_path: Path, kind: str, header: str
) -> None:
    from coach.domain.history import EventKind, ThermalKind
    from coach.store.csv_export import CsvKind, write_csv
    from coach.store.demo import seed_demo_history
    from coach.store.opening import open_store

    with open_store(tmp_path).store as store:
        seed_demo_history(store, 5, seed=3)
        store.record_event(1, EventKind.STOP_RULE, "pain 7/10; stop_exercise_offer_easier: Stop.")
        ice = store.start_application(ThermalKind.ICE, planned_s=600)
        store.end_application(ice.id)
        expected = io.StringIO()
        rows = write_csv(store, expected, kind=CsvKind(kind))
    result = run("--data-dir", str(tmp_path), "history", "--csv", "--kind", kind)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(header)
    assert result.stdout == expected.getvalue()
    assert rows >= 1 and len(result.stdout.splitlines()) == rows + 1
    assert "stop_exercise_offer_easier" not in result.stdout


def test_history_csv_kind_choices_are_every_kind_and_a_wrong_one_is_refused(
    tmp_path: Path,
) -> None:
    from coach.store.csv_export import CsvKind

    wrong = run("--data-dir", str(tmp_path), "history", "--csv", "--kind", "nope")
    assert wrong.returncode == 2 and "Traceback" not in wrong.stderr
    assert "choose from " + ", ".join(repr(k.value) for k in CsvKind) in wrong.stderr


def test_unusable_data_dir_is_one_clear_line(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    result = run("--data-dir", str(blocker / "inside"), "history", "--csv")
    assert result.returncode == 1
    assert "part of that path is a file" in result.stderr
    assert "Traceback" not in result.stderr


def test_missing_system_library_prints_the_apt_line() -> None:
    from coach.system_check import APT_LINE, missing_message, missing_packages

    missing = missing_packages(
        platform="xcb", find=lambda name: None if name == "xcb-cursor" else name
    )
    assert missing == ["libxcb-cursor0"]
    message = missing_message(missing)
    assert APT_LINE in message
    readme = (Path(__file__).parents[1] / "README.md").read_text()
    assert f"    {APT_LINE}\n" in readme


@pytest.mark.parametrize(
    ("platform", "loads", "missing_library", "expected_package"),
    [
        ("xcb", False, "xcb-cursor", "libxcb-cursor0"),
        ("xcb", False, "GL", "libgl1"),
        ("offscreen", False, "fontconfig", "libfontconfig1"),
        ("xcb", True, "xcb-cursor", None),  # Qt loads: nothing to report
        ("xcb", False, None, None),  # fails, but no library to name: Qt's own error
        ("offscreen", False, "xcb-cursor", None),  # offscreen needs no X11 library
    ],
)
def test_startup_problem_names_the_package_only_when_qt_fails(
    platform: str, loads: bool, missing_library: str | None, expected_package: str | None
) -> None:
    from coach.system_check import APT_LINE, startup_problem

    tried: list[str] = []

    def qt_loads(name: str) -> bool:
        tried.append(name)
        return loads

    problem = startup_problem(
        platform=platform,
        loads=qt_loads,
        find=lambda name: None if name == missing_library else f"lib{name}.so",
    )
    assert tried == [platform]
    if expected_package is None:
        assert problem is None
    else:
        assert problem is not None
        assert f"({expected_package})" in problem
        assert APT_LINE in problem


def test_qt_and_its_xcb_plugin_load_on_this_machine() -> None:
    """The real check, with the README's packages installed (CI installs them)."""
    from coach.system_check import qt_loads, startup_problem

    assert qt_loads("xcb")
    assert qt_loads("offscreen")
    assert startup_problem(platform="xcb") is None


def test_offscreen_needs_no_x11_libraries() -> None:
    from coach.system_check import missing_packages

    x11 = {"xkbcommon-x11", "xcb-cursor", "xcb-icccm"}
    assert missing_packages(platform="offscreen", find=lambda n: None if n in x11 else n) == []
