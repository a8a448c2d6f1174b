"""Fuzz the content loaders with mutations of the shipped files.

Each case writes one mutated copy of a shipped file (bytes changed, lines
deleted, a value swapped for another type, a huge number, deep nesting, or the
file replaced by something that is not a regular file) and loads it with the
loader for that file, *without* the per-file safety net: any exception is a bug.
A loaded cue file must also fill in as the engine fills it.

``COACH_FUZZ_EXAMPLES=20000`` runs a larger campaign (see docs/reliability.md).
"""

from __future__ import annotations

import os
import re
import tempfile
from collections.abc import Callable
from pathlib import Path

from broken_files import BROKEN
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from coach.content.errors import Problem
from coach.content.loader import load_cues, load_exercises, load_routine
from coach.content.thermal_loader import check_thermal_file
from coach.content.triage_loader import check_triage_file
from coach.paths import pose_ids, routines_dir

SHIPPED = {path.name: path.read_text() for path in sorted(routines_dir().glob("*.toml"))}
EXERCISES, _ = load_exercises(routines_dir() / "exercises.toml", known_poses=pose_ids())
EXAMPLES = int(os.environ.get("COACH_FUZZ_EXAMPLES", "2000"))

VALUES = [
    "[]",
    "{}",
    '""',
    '"  "',
    '"{nam}"',
    '"{"',
    "9" * 385,
    "-" + "9" * 385,
    "1e999",
    "-inf",
    "nan",
    "1e300",
    "-1",
    "0",
    "0.0001",
    "true",
    "1979-05-27T07:32:00Z",
    "07:32:00",
    "[1, 'a', {}]",
    "{ a = { b = 1 } }",
    "[" * 40 + "]" * 40,
    "[" * 600 + "]" * 600,
    '"' + "x" * 10000 + '"',
]
ASSIGNMENT = re.compile(r"^(\s*[\w.\"-]+\s*=\s*)(.+)$", re.MULTILINE)


def _check(path: Path) -> list[Problem]:
    """Load ``path`` with its own loader; raise whatever the loader raises."""
    if path.name == "exercises.toml":
        return load_exercises(path, known_poses=pose_ids())[1]
    if path.name == "cues.toml":
        phrases, problems = load_cues(path)
        if phrases is not None:  # what the session does with them
            phrases.next_up.format(name="Bridge")
            phrases.rep.format(n=1)
            phrases.self_paced.format(reps=8)
        return problems
    if path.name == "triage.toml":
        return check_triage_file(path)
    if path.name == "thermal.toml":
        return check_thermal_file(path)
    return load_routine(path, EXERCISES)[1]


@st.composite
def mutated_text(draw: st.DrawFn, text: str) -> str | bytes:
    kind = draw(st.sampled_from(["bytes", "delete", "swap", "swap", "swap", "duplicate"]))
    if kind == "bytes":
        data = bytearray(text.encode())
        for _ in range(draw(st.integers(1, 8))):
            at = draw(st.integers(0, len(data) - 1))
            data[at : at + draw(st.integers(0, 3))] = draw(st.binary(max_size=4))
        return bytes(data)
    lines = text.splitlines()
    if kind == "delete":
        start = draw(st.integers(0, len(lines) - 1))
        del lines[start : start + draw(st.integers(1, 20))]
        return "\n".join(lines)
    if kind == "duplicate":  # a repeated key or table
        at = draw(st.integers(0, len(lines) - 1))
        return "\n".join(lines[: at + 1] + lines[at:])
    matches = list(ASSIGNMENT.finditer(text))
    for _ in range(draw(st.integers(1, 3))):
        match = draw(st.sampled_from(matches))
        value = draw(st.sampled_from(VALUES))
        text = text[: match.start(2)] + value + text[match.end(2) :]
        matches = list(ASSIGNMENT.finditer(text))
    return text


@st.composite
def cases(draw: st.DrawFn) -> tuple[str, Callable[[Path], None] | str | bytes]:
    name = draw(st.sampled_from(sorted(SHIPPED)))
    if draw(st.integers(0, 19)) == 0:
        return name, BROKEN[draw(st.sampled_from(sorted(BROKEN)))][0]
    return name, draw(mutated_text(SHIPPED[name]))


@settings(
    max_examples=EXAMPLES,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(case=cases())
def test_no_mutation_of_a_shipped_file_raises(
    case: tuple[str, Callable[[Path], None] | str | bytes],
) -> None:
    name, content = case
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / name
        if isinstance(content, bytes):
            path.write_bytes(content)
        elif isinstance(content, str):
            path.write_text(content)
        else:
            content(path)
        problems = _check(path)
    assert all(p.file == str(path) and p.field and p.message for p in problems)
