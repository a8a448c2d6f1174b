"""``rehab-coach validate``: check routine files and report every problem at once."""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from coach.content.errors import Problem
from coach.content.loader import CUES_FILE, EXERCISES_FILE, load_cues, load_exercises, load_routine
from coach.domain.routine import Exercise

FileCheck = Callable[[Path], list[Problem]]
"""Checks one special data file (triage, ice/heat) and returns its problems."""


@dataclass(frozen=True, slots=True)
class Report:
    """What validation found: problems, and counts of what was checked."""

    problems: tuple[Problem, ...]
    files: int
    routines: int
    exercises: int

    def summary(self) -> str:
        """One line for a clean run."""
        return (
            f"OK: {self.routines} routines, {self.exercises} exercises "
            f"in {self.files} files, no problems."
        )


def toml_files(paths: Iterable[Path]) -> list[Path]:
    """Files to check: each file as given, each folder's ``*.toml`` (sorted)."""
    files: list[Path] = []
    for path in paths:
        files += sorted(path.glob("*.toml")) if path.is_dir() else [path]
    return files


def validate(
    paths: Sequence[Path],
    *,
    shipped: Path,
    special: dict[str, FileCheck],
    known_poses: Collection[str] | None = None,
) -> Report:
    """Check ``paths`` (files or folders). Routines may use the shipped exercises.

    ``special`` maps a file name (``triage.toml``...) to its own checker.
    """
    files = toml_files(paths)
    problems: list[Problem] = []
    exercises: dict[str, Exercise] = {}
    library_files = [shipped / EXERCISES_FILE] + [f for f in files if f.name == EXERCISES_FILE]
    for path in dict.fromkeys(library_files):
        if path.is_file():
            loaded, found = load_exercises(path, known_poses=known_poses)
            exercises.update(loaded)
            if path in files:
                problems += found
    routines = 0
    for path in files:
        if not path.exists():
            problems.append(Problem(str(path), "(file)", "does not exist"))
        elif path.name == EXERCISES_FILE:
            continue
        elif path.name == CUES_FILE:
            problems += load_cues(path)[1]
        elif path.name in special:
            problems += special[path.name](path)
        else:
            routine, found = load_routine(path, exercises)
            problems += found
            routines += routine is not None
    return Report(tuple(problems), len(files), routines, len(exercises))
