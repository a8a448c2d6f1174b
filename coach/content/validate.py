"""``rehab-coach validate``: check routine files and report every problem at once."""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from coach.content.errors import Problem
from coach.content.fields import contained, listed
from coach.content.languages import check_languages, languages_in
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
    languages: tuple[str, ...] = ()
    """The translations checked beside the files (``i18n/<code>``)."""

    def summary(self) -> str:
        """One line for a clean run."""
        checked = f"; translations checked: {', '.join(self.languages)}" if self.languages else ""
        return (
            f"OK: {self.routines} routines, {self.exercises} exercises "
            f"in {self.files} files{checked}, no problems."
        )


def toml_files(paths: Iterable[Path]) -> list[Path]:
    """Files to check: each file as given, each folder's ``*.toml`` (sorted)."""
    files: list[Path] = []
    for path in paths:
        files += listed(path) if path.is_dir() else [path]
    return files


def _check(
    path: Path, exercises: dict[str, Exercise], special: dict[str, FileCheck]
) -> tuple[list[Problem], bool]:
    """The problems in one file, and whether it is a routine that loads."""
    if not path.exists() and not path.is_symlink():  # a dangling link: "can't be read"
        return [Problem(str(path), "(file)", "does not exist")], False
    if path.name == CUES_FILE:
        return load_cues(path)[1], False
    if path.name in special:
        return special[path.name](path), False
    routine, found = load_routine(path, exercises)
    return found, routine is not None


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
        if path.exists():
            loaded, found = contained(
                path,
                partial(load_exercises, path, known_poses=known_poses),
                lambda problem: ({}, [problem]),
            )
            exercises.update(loaded)
            if path in files:
                problems += found
    routines = 0
    for path in files:
        if path.name == EXERCISES_FILE and path.exists():
            continue
        found, is_routine = contained(
            path, partial(_check, path, exercises, special), lambda p: ([p], False)
        )
        problems += found
        routines += is_routine
    english = [f for f in files if f.is_file()]
    problems += check_languages(english)
    languages = sorted({p.name for f in {f.parent for f in english} for p in languages_in(f)})
    return Report(tuple(problems), len(files), routines, len(exercises), tuple(languages))
