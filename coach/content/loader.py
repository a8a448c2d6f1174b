"""Routine library: ``routines/*.toml`` -> domain objects, or problems naming file and field.

Special files: ``exercises.toml`` (the exercise library) and ``cues.toml``
(generic phrases). Files named in ``NOT_ROUTINES`` belong to other loaders.
Every other ``*.toml`` is a routine. A broken routine never stops the others.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass, field, fields
from functools import partial
from pathlib import Path
from typing import Any

from coach.content.errors import Problem
from coach.content.fields import FieldReader, contained, listed, shown
from coach.content.overlay import SOURCE_LANGUAGE
from coach.domain.routine import (
    MAX_WORK_SECONDS,
    Block,
    Dose,
    DoseMode,
    Exercise,
    ExerciseKind,
    Level,
    Position,
    Routine,
)
from coach.engine.cues import PLACEHOLDERS, CuePhrases

EXERCISES_FILE = "exercises.toml"
CUES_FILE = "cues.toml"
NOT_ROUTINES = frozenset({EXERCISES_FILE, CUES_FILE, "triage.toml", "thermal.toml"})

_EXERCISE_KEYS = frozenset(
    {
        "name",
        "kind",
        "position",
        "equipment",
        "target",
        "start_pose",
        "end_pose",
        "cue",
        "instructions",
        "cautions",
    }
)
_ROUTINE_KEYS = frozenset(
    {"schema_version", "id", "name", "summary", "advice", "built_around", "levels"}
)
_LEVEL_KEYS = frozenset({"id", "name", "blocks"})
_BLOCK_KEYS = frozenset(
    {
        "exercise",
        "mode",
        "seconds",
        "reps",
        "sets",
        "tempo_s",
        "per_side",
        "sides",
        "rest_between_reps_s",
        "rest_between_sets_s",
        "get_ready_s",
        "switch_s",
        "cue",
    }
)
_MAX_REST_S = 600.0
_MAX_GET_READY_S = 120.0


@dataclass(frozen=True, slots=True)
class Library:
    """Everything that loaded, plus every problem found on the way."""

    exercises: Mapping[str, Exercise]
    routines: Mapping[str, Routine]
    cues: CuePhrases
    problems: tuple[Problem, ...]
    files: Mapping[str, Path] = field(default_factory=dict)
    """Routine id -> the file it came from (so a folder's own routines can be told apart)."""

    def routines_from(self, folder: Path) -> frozenset[str]:
        """Ids of the routines loaded from ``folder``."""
        return frozenset(i for i, path in self.files.items() if path.parent == folder)


def load_library(
    folders: Iterable[Path],
    *,
    known_poses: Collection[str] | None = None,
    language: str = SOURCE_LANGUAGE,
) -> Library:
    """Load the exercise library, cue phrases and routines from ``folders`` in order.

    Later folders (the user's) may add exercises and routines; a routine id
    already taken is reported, not replaced. ``known_poses`` (when given)
    makes an unknown pose id a problem. Texts are in ``language`` where a
    folder has them (``i18n/<language>/``), English otherwise.
    """
    folders = [f for f in folders if _is_dir(f)]
    problems: list[Problem] = []
    exercises: dict[str, Exercise] = {}
    cues = CuePhrases()
    for folder in folders:
        files = {path.name: path for path in listed(folder)}
        if exercise_file := files.get(EXERCISES_FILE):
            loaded, found = contained(
                exercise_file,
                partial(load_exercises, exercise_file, known_poses=known_poses, language=language),
                lambda problem: ({}, [problem]),
            )
            exercises.update({k: v for k, v in loaded.items() if k not in exercises})
            problems += found
        if cue_file := files.get(CUES_FILE):
            loaded_cues, found = contained(
                cue_file, partial(load_cues, cue_file, language=language), _nothing_but
            )
            cues = loaded_cues or cues
            problems += found
    routines: dict[str, Routine] = {}
    routine_files: dict[str, Path] = {}
    for folder in folders:
        for path in listed(folder):
            if path.name in NOT_ROUTINES:
                continue
            routine, found = contained(
                path, partial(load_routine, path, exercises, language=language), _nothing_but
            )
            problems += found
            if routine is None:
                continue
            if routine.id in routines:
                problems.append(
                    Problem(str(path), "id", f"{routine.id!r} is already used by another routine")
                )
                continue
            routines[routine.id] = routine
            routine_files[routine.id] = path
    return Library(exercises, routines, cues, tuple(problems), routine_files)


def _is_dir(path: Path) -> bool:
    try:
        return path.is_dir()
    except OSError:  # e.g. no permission to look
        return False


def _nothing_but(problem: Problem) -> tuple[None, list[Problem]]:
    return None, [problem]


def load_exercises(
    path: Path, *, known_poses: Collection[str] | None = None, language: str = SOURCE_LANGUAGE
) -> tuple[dict[str, Exercise], list[Problem]]:
    """Parse an exercise library file; only faultless exercises are returned."""
    reader = FieldReader(path, language=language)
    data = reader.load()
    if data is None:
        return {}, reader.problems
    reader.unknown_keys(data, "", {"schema_version", "exercises"})
    exercises: dict[str, Exercise] = {}
    for exercise_id, table in reader.table(data, "", "exercises").items():
        before = len(reader.problems)
        exercise = _exercise(reader, exercise_id, table, known_poses)
        if exercise is not None and len(reader.problems) == before:
            exercises[exercise_id] = exercise
    return exercises, reader.problems + reader.translation_problems


def _exercise(
    reader: FieldReader, exercise_id: str, table: Any, known_poses: Collection[str] | None
) -> Exercise | None:
    path = f"exercises.{exercise_id}"
    if not isinstance(table, dict):
        reader.problem(path, "must be a table")
        return None
    reader.unknown_keys(table, path, _EXERCISE_KEYS)
    kind = reader.choice(table, path, "kind", {k.value: k for k in ExerciseKind})
    position = reader.choice(table, path, "position", {p.value: p for p in Position})
    poses = {key: reader.text(table, path, key) for key in ("start_pose", "end_pose")}
    if known_poses is not None:
        for key, pose in poses.items():
            if pose and pose not in known_poses:
                reader.problem(f"{path}.{key}", f"unknown pose {pose!r}")
    exercise = Exercise(
        id=exercise_id,
        name=reader.text(table, path, "name"),
        kind=kind or ExerciseKind.MOBILITY,
        position=position or Position.FLOOR,
        equipment=reader.texts(table, path, "equipment"),
        target=reader.text(table, path, "target"),
        instructions=reader.texts(table, path, "instructions"),
        cautions=reader.texts(table, path, "cautions"),
        start_pose=poses["start_pose"],
        end_pose=poses["end_pose"],
        cue=reader.text(table, path, "cue"),
    )
    if not exercise.instructions:
        reader.problem(f"{path}.instructions", "needs at least one instruction")
    return exercise


def load_cues(
    path: Path, *, language: str = SOURCE_LANGUAGE
) -> tuple[CuePhrases | None, list[Problem]]:
    """Parse the generic cue phrases; every phrase must be present and non-empty."""
    reader = FieldReader(path, language=language)
    data = reader.load()
    if data is None:
        return None, reader.problems
    reader.unknown_keys(data, "", {"schema_version", "cues"})
    table = reader.table(data, "", "cues")
    names = [f.name for f in fields(CuePhrases)]
    reader.unknown_keys(table, "cues", names)
    values: dict[str, Any] = {}
    for name in names:
        if name == "countdown":
            values[name] = reader.texts(table, "cues", name)
            if not values[name]:
                reader.problem("cues.countdown", "needs at least one entry")
        else:
            values[name] = reader.text(table, "cues", name)
            if name in PLACEHOLDERS and values[name]:
                reader.template(f"cues.{name}", values[name], PLACEHOLDERS[name])
    if reader.problems:
        return None, reader.problems
    return CuePhrases(**values), reader.translation_problems


def load_routine(
    path: Path, exercises: Mapping[str, Exercise], *, language: str = SOURCE_LANGUAGE
) -> tuple[Routine | None, list[Problem]]:
    """Parse one routine file; None and the problems if anything is wrong.

    A routine that loads comes with its translation's problems (texts left English).
    """
    reader = FieldReader(path, language=language)
    data = reader.load()
    if data is None:
        return None, reader.problems
    reader.unknown_keys(data, "", _ROUTINE_KEYS)
    levels = tuple(
        _level(reader, f"levels[{i}]", table, exercises)
        for i, table in enumerate(reader.tables(data, "", "levels"))
    )
    level_ids = [level.id for level in levels]
    for i, level_id in enumerate(level_ids):
        if level_ids.index(level_id) != i:
            reader.problem(f"levels[{i}].id", f"{level_id!r} is used by an earlier level")
    routine = Routine(
        id=reader.text(data, "", "id"),
        name=reader.text(data, "", "name"),
        summary=reader.text(data, "", "summary"),
        levels=levels,
        advice=reader.texts(data, "", "advice"),
        built_around=_built_around(reader, data),
    )
    if reader.problems:
        return None, reader.problems
    return routine, reader.translation_problems


def _built_around(reader: FieldReader, data: Mapping[str, Any]) -> ExerciseKind | None:
    """The optional ``built_around`` exercise kind (the picker hides the routine when
    triage restricts that kind)."""
    if "built_around" not in data:
        return None
    return reader.choice(data, "", "built_around", {k.value: k for k in ExerciseKind})


def _level(
    reader: FieldReader, path: str, table: dict[str, Any], exercises: Mapping[str, Exercise]
) -> Level:
    reader.unknown_keys(table, path, _LEVEL_KEYS)
    blocks = tuple(
        block
        for i, block_table in enumerate(reader.tables(table, path, "blocks"))
        if (block := _block(reader, f"{path}.blocks[{i}]", block_table, exercises)) is not None
    )
    return Level(
        id=reader.text(table, path, "id"), name=reader.text(table, path, "name"), blocks=blocks
    )


def _block(
    reader: FieldReader, path: str, table: dict[str, Any], exercises: Mapping[str, Exercise]
) -> Block | None:
    reader.unknown_keys(table, path, _BLOCK_KEYS)
    exercise_id = reader.text(table, path, "exercise")
    exercise = exercises.get(exercise_id)
    if exercise_id and exercise is None:
        reader.problem(f"{path}.exercise", f"unknown exercise {exercise_id!r}")
    mode = reader.choice(table, path, "mode", {m.value: m for m in DoseMode})
    if "cue" in table:
        cue = reader.text(table, path, "cue")
        exercise = exercise and _with_cue(exercise, cue)
    dose = _dose(reader, path, table, mode)
    if exercise is None or dose is None:
        return None
    return Block(exercise=exercise, dose=dose)


def _with_cue(exercise: Exercise, cue: str) -> Exercise:
    """The exercise with the block's own get-ready cue."""
    values = {f.name: getattr(exercise, f.name) for f in fields(Exercise)}
    return Exercise(**{**values, "cue": cue})


def _dose(
    reader: FieldReader, path: str, table: dict[str, Any], mode: DoseMode | None
) -> Dose | None:
    reps = reader.whole(table, path, "reps", low=1, high=100)
    sets = reader.whole(table, path, "sets", default=1, low=1, high=10)
    seconds = tempo = 0.0
    if mode in (DoseMode.HOLD, DoseMode.TIMED):
        seconds = reader.number(
            table, path, "seconds", low=0, high=MAX_WORK_SECONDS, low_inclusive=False
        )
    elif mode is DoseMode.TIMED_REPS:
        tempo = reader.number(table, path, "tempo_s", low=0, high=60, low_inclusive=False)
        if reps * tempo > MAX_WORK_SECONDS:
            reader.problem(
                f"{path}.tempo_s", f"{reps} reps x {tempo:g} s is longer than 20 minutes"
            )
    for key in ("seconds", "tempo_s"):
        if key in table and not (
            (key == "seconds" and mode in (DoseMode.HOLD, DoseMode.TIMED))
            or (key == "tempo_s" and mode is DoseMode.TIMED_REPS)
        ):
            reader.problem(f"{path}.{key}", f"does not apply to mode {mode.value if mode else '?'}")
    dose = Dose(
        mode=mode or DoseMode.HOLD,
        reps=reps,
        sets=sets,
        seconds=seconds,
        tempo_s=tempo,
        per_side=_per_side(reader, path, table),
        rest_between_reps_s=reader.number(
            table, path, "rest_between_reps_s", default=0, low=0, high=_MAX_REST_S
        ),
        rest_between_sets_s=reader.number(
            table, path, "rest_between_sets_s", default=0, low=0, high=_MAX_REST_S
        ),
        get_ready_s=reader.number(
            table, path, "get_ready_s", default=8, low=0, high=_MAX_GET_READY_S
        ),
        switch_s=reader.number(table, path, "switch_s", default=5, low=0, high=_MAX_REST_S),
    )
    return dose if mode is not None else None


def _per_side(reader: FieldReader, path: str, table: dict[str, Any]) -> bool:
    """``per_side = true`` or the long form ``sides = ["left", "right"]``."""
    if "sides" not in table:
        return reader.flag(table, path, "per_side", default=False)
    sides = table["sides"]
    if sides == ["left", "right"]:
        return True
    if sides == ["both"]:
        return False
    if sides == []:
        reader.problem(f"{path}.sides", 'a per-side block needs its sides: ["left", "right"]')
    else:
        reader.problem(f"{path}.sides", f'is {shown(sides)}; must be ["left", "right"] or ["both"]')
    return False
