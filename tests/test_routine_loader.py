"""The routine library: shipped files load clean; broken files name file and field."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from coach.content.loader import load_exercises, load_library, load_routine
from coach.domain.routine import DoseMode, Exercise, ExerciseKind
from coach.paths import routines_dir

BROKEN = Path(__file__).parent / "data" / "broken_routines"


@pytest.fixture(scope="module")
def shipped_exercises() -> dict[str, Exercise]:
    exercises, problems = load_exercises(routines_dir() / "exercises.toml")
    assert problems == []
    return dict(exercises)


def test_shipped_library_loads_without_problems() -> None:
    library = load_library([routines_dir()])
    assert library.problems == ()
    assert len(library.routines) >= 10
    assert library.cues.switch == "Switch sides"


def test_every_shipped_block_respects_the_clinical_doses() -> None:
    library = load_library([routines_dir()])
    for routine in library.routines.values():
        for level in routine.levels:
            for block in level.blocks:
                dose = block.dose
                if block.exercise.kind is ExerciseKind.STRETCH and dose.mode is DoseMode.HOLD:
                    assert dose.seconds >= 30, (routine.id, block.exercise.id)
                if block.exercise.kind is ExerciseKind.NERVE:
                    assert 5 <= dose.reps <= 10, (routine.id, block.exercise.id)
                if block.exercise.kind is ExerciseKind.FOAM_ROLL:
                    assert 30 <= dose.seconds <= 120, (routine.id, block.exercise.id)


def test_sciatic_route_leaves_out_deep_stretches() -> None:
    routine = load_library([routines_dir()]).routines["sciatic_mobility"]
    used = {b.exercise.id for level in routine.levels for b in level.blocks}
    assert used.isdisjoint({"pigeon_pose", "dynamic_hamstring_stretch", "ninety_ninety_stretch"})
    assert "sciatic_nerve_floss" in used


def test_acute_strain_has_no_foam_rolling() -> None:
    routine = load_library([routines_dir()]).routines["acute_strain"]
    kinds = {b.exercise.kind for level in routine.levels for b in level.blocks}
    assert ExerciseKind.FOAM_ROLL not in kinds


def test_syntax_error_names_file_and_line(shipped_exercises: dict[str, Exercise]) -> None:
    routine, problems = load_routine(BROKEN / "syntax_error.toml", shipped_exercises)
    assert routine is None
    [problem] = problems
    assert problem.file.endswith("syntax_error.toml")
    assert "line 3" in problem.message


@pytest.mark.parametrize(
    ("field", "words"),
    [
        ("levels[0].blocks[0].exercise", "unknown exercise 'no_such_exercise'"),
        ("levels[0].blocks[1].seconds", "is 0; must be in (0, 1200]"),
        ("levels[0].blocks[2].seconds", "is 1500; must be in (0, 1200]"),
        ("levels[0].blocks[3].sides", "a per-side block needs its sides"),
        ("levels[0].blocks[4].cue", "must be non-empty text"),
    ],
)
def test_each_bad_field_is_named(
    shipped_exercises: dict[str, Exercise], field: str, words: str
) -> None:
    routine, problems = load_routine(BROKEN / "bad_fields.toml", shipped_exercises)
    assert routine is None
    matching = [p for p in problems if p.field == field]
    assert matching, [str(p) for p in problems]
    assert words in matching[0].message
    assert str(matching[0]).startswith(str(BROKEN / "bad_fields.toml") + ": " + field + ": ")


def test_all_problems_are_reported_at_once(shipped_exercises: dict[str, Exercise]) -> None:
    _, problems = load_routine(BROKEN / "bad_fields.toml", shipped_exercises)
    assert len(problems) == 5


def test_unknown_schema_version_is_refused(shipped_exercises: dict[str, Exercise]) -> None:
    _, problems = load_routine(BROKEN / "future_schema.toml", shipped_exercises)
    assert [(p.field, p.message) for p in problems] == [
        ("schema_version", "is 7; this app reads 1")
    ]


def test_missing_cue_text_in_an_exercise() -> None:
    exercises, problems = load_exercises(BROKEN.parent / "broken_exercises" / "exercises.toml")
    assert "quiet_bridge" not in exercises
    found = [(p.field, p.message) for p in problems]
    assert found == [("exercises.quiet_bridge.cue", "missing text")]


def test_unknown_pose_is_a_problem_when_poses_are_known() -> None:
    _, problems = load_exercises(routines_dir() / "exercises.toml", known_poses={"bridge_down"})
    assert any(p.field == "exercises.glute_bridge.end_pose" for p in problems)
    assert not any(p.field == "exercises.glute_bridge.start_pose" for p in problems)


def test_a_broken_user_routine_never_stops_the_others(tmp_path: Path) -> None:
    user = tmp_path / "routines"
    user.mkdir()
    shutil.copy(BROKEN / "bad_fields.toml", user)
    shutil.copy(BROKEN / "syntax_error.toml", user)
    good = (
        (routines_dir() / "doms_recovery.toml")
        .read_text()
        .replace('id = "doms_recovery"', 'id = "my_doms"')
    )
    (user / "my_doms.toml").write_text(good)
    library = load_library([routines_dir(), user])
    assert "my_doms" in library.routines
    assert "doms_recovery" in library.routines
    files = {Path(p.file).name for p in library.problems}
    assert files == {"bad_fields.toml", "syntax_error.toml"}


def test_a_user_routine_cannot_replace_a_shipped_one(tmp_path: Path) -> None:
    shutil.copy(routines_dir() / "doms_recovery.toml", tmp_path / "copy.toml")
    library = load_library([routines_dir(), tmp_path])
    assert [(Path(p.file).name, p.field) for p in library.problems] == [("copy.toml", "id")]
