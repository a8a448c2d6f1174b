"""No file, however broken or strange, stops the loader: each becomes a problem
naming the file and field, and every other file still loads."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from broken_files import BROKEN
from coach_process import start_and_stop

from coach.content.loader import load_cues, load_library
from coach.content.safe_read import UnreadableFile, read_small_text
from coach.paths import pose_ids, routines_dir
from coach.store.datadir import USER_ROUTINES


@pytest.mark.parametrize("name", sorted(BROKEN))
def test_a_broken_user_file_is_one_problem_and_the_shipped_routines_still_load(
    tmp_path: Path, name: str
) -> None:
    make, expected = BROKEN[name]
    make(tmp_path / "x.toml")
    library = load_library([routines_dir(), tmp_path], known_poses=pose_ids())
    assert len(library.routines) == 10
    assert [str(p) for p in library.problems] == [
        p for p in (str(p) for p in library.problems) if p.startswith(f"{tmp_path / 'x.toml'}: ")
    ]
    assert any(expected in str(p) for p in library.problems), library.problems
    assert not any("could not be loaded" in str(p) for p in library.problems)


@pytest.mark.parametrize("name", sorted(BROKEN))
def test_validate_any_file_exits_1_with_file_field_message(tmp_path: Path, name: str) -> None:
    make, expected = BROKEN[name]
    make(tmp_path / "x.toml")
    result = subprocess.run(
        [sys.executable, "-m", "coach", "validate", str(tmp_path)],  # the folder, as people do
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        check=False,
    )
    assert result.returncode == 1
    assert f"{tmp_path / 'x.toml'}: " in result.stderr
    assert expected in result.stderr
    assert "Traceback" not in result.stderr + result.stdout


def test_read_small_text_refuses_a_fifo_without_blocking(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe.toml")  # a blocking open would hang this test for good
    with pytest.raises(UnreadableFile, match="not a regular file"):
        read_small_text(tmp_path / "pipe.toml")


def test_read_small_text_reads_up_to_the_cap(tmp_path: Path) -> None:
    (tmp_path / "a.toml").write_text("x" * 100)
    assert read_small_text(tmp_path / "a.toml", limit=100) == "x" * 100
    with pytest.raises(UnreadableFile, match="larger than"):
        read_small_text(tmp_path / "a.toml", limit=99)


@pytest.mark.parametrize(
    ("phrase", "value", "expected"),
    [
        (
            "next_up",
            "Next up: {nam}",
            "cues.next_up: unknown placeholder {nam}; use one of: {name}",
        ),
        ("rep", "{n} {reps}", "cues.rep: unknown placeholder {reps}; use one of: {n}"),
        ("self_paced", "Do {reps:d} reps", "cues.self_paced: write each placeholder plainly"),
        ("next_up", "Next up: {name", "cues.next_up: has a stray brace"),
        ("rep", "{n.real}", "cues.rep: unknown placeholder {n.real}"),
    ],
)
def test_cue_placeholders_are_checked(
    tmp_path: Path, phrase: str, value: str, expected: str
) -> None:
    shipped = (routines_dir() / "cues.toml").read_text()
    lines = [
        f'{phrase} = "{value}"' if ln.startswith(f"{phrase} =") else ln
        for ln in shipped.splitlines()
    ]
    (tmp_path / "cues.toml").write_text("\n".join(lines))
    phrases, problems = load_cues(tmp_path / "cues.toml")
    assert phrases is None
    assert [p for p in map(str, problems) if expected in p], problems
    library = load_library([routines_dir(), tmp_path])
    assert library.cues.next_up.format(name="Bridge") == "Next up: Bridge"  # shipped kept


def test_the_shipped_cues_fill_in_as_the_engine_fills_them() -> None:
    phrases, problems = load_cues(routines_dir() / "cues.toml")
    assert problems == [] and phrases is not None
    assert phrases.next_up.format(name="Bridge") == "Next up: Bridge"
    assert phrases.rep.format(n=3) == "3"
    assert phrases.self_paced.format(reps=8).startswith("Do 8")


def test_the_app_starts_with_every_kind_of_broken_user_file(tmp_path: Path) -> None:
    """The real app, with each broken file in the person's routine folder (a FIFO,
    a link to /dev/zero, huge numbers, deep nesting...), finishes starting."""
    folder = tmp_path / USER_ROUTINES
    folder.mkdir()
    for name, (make, _) in BROKEN.items():
        make(folder / f"{name}.toml")
    assert "Traceback" not in start_and_stop(tmp_path)
