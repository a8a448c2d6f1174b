"""The routine library: shipped files load clean; broken files name file and field."""

from __future__ import annotations

import re
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from coach.content.loader import load_exercises, load_library, load_routine
from coach.domain.routine import DoseMode, Exercise, ExerciseKind, Routine
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


# --- content rules (docs/clinical-basis.md), one row each ---------------------------


def _library() -> dict[str, Routine]:
    return dict(load_library([routines_dir()]).routines)


def _exercise_ids(routine: Routine, level_id: str | None = None) -> list[str]:
    levels = [routine.level(level_id)] if level_id else list(routine.levels)
    return [block.exercise.id for level in levels for block in level.blocks]


def _texts(exercise: Exercise) -> list[str]:
    return [exercise.cue, *exercise.instructions, *exercise.cautions]


def _no_knee_hug_in_acute_strain(lib: dict[str, Routine]) -> None:
    """First 3 days after a strain: no end-range hip flexion [NHS-SPR]."""
    assert "knee_to_chest" not in _exercise_ids(lib["acute_strain"])


def _no_heat_words_in_a_no_heat_routine(lib: dict[str, Routine]) -> None:
    """The acute strain route allows no heat; none of its exercise texts may suggest it."""
    for level in lib["acute_strain"].levels:
        for block in level.blocks:
            for text in _texts(block.exercise):
                assert "heat" not in text.lower(), (block.exercise.id, text)


def _stretch_reps_2_to_4(lib: dict[str, Routine]) -> None:
    """Static stretches: 2 per side (2-4) [ACSM-flex]; trigger-point level 1 included."""
    for routine in lib.values():
        for level in routine.levels:
            for block in level.blocks:
                if block.exercise.kind is ExerciseKind.STRETCH:
                    assert 2 <= block.dose.reps <= 4, (routine.id, level.id, block.exercise.id)


def _prevention_starts_with_the_warm_up(lib: dict[str, Routine]) -> None:
    """Warm-up first: ~10 min light aerobic, then dynamic moves [NHS-inform][Behm]."""
    first = lib["prevention"].levels[0]
    assert first.id == "warm_up"
    assert first.blocks[0].exercise.kind is ExerciseKind.AEROBIC


def _floss_tempo_matches_its_text(lib: dict[str, Routine]) -> None:
    """One slide takes ~5 s [Neural-leaflets]: the text and every timer say the same."""
    floss = [
        block
        for routine in lib.values()
        for level in routine.levels
        for block in level.blocks
        if block.exercise.id == "sciatic_nerve_floss"
    ]
    assert floss
    for block in floss:
        said = [
            float(m)
            for text in _texts(block.exercise)
            for m in re.findall(r"about (\d+) seconds", text)
        ]
        assert said, "the floss text gives the seconds per slide"
        assert {block.dose.tempo_s} == set(said), (block.dose.tempo_s, said)
        assert block.dose.mode is DoseMode.TIMED_REPS
        assert "each way" not in " ".join(_texts(block.exercise))


def _placed_as_the_plans_say(lib: dict[str, Routine]) -> None:
    """Band work and sit-to-stand in weeks 3-4 [Tonley]; dynamic moves in the warm-up."""
    weeks_3_4 = _exercise_ids(lib["glute_strengthening"], "weeks_3_4")
    assert {"monster_walk", "sit_to_stand", "band_side_step", "squat"} <= set(weeks_3_4)
    assert "single_leg_sit_to_stand" in _exercise_ids(lib["glute_strengthening"], "weeks_5_6")
    assert "dynamic_hamstring_stretch" in _exercise_ids(lib["prevention"], "warm_up")
    for exercise in ("monster_walk", "dynamic_hamstring_stretch", "sit_to_stand"):
        users = {rid for rid, routine in lib.items() if exercise in _exercise_ids(routine)}
        assert users <= {"glute_strengthening", "prevention"}, (exercise, users)


UNSOURCED = ("usually improves", "about six weeks", "safe for most", "more than stretching")
DIAGNOSES = ("piriformis", "sciatic", "sciatica", "doms", "strain", "trigger")


def _no_unsourced_claims(lib: dict[str, Routine]) -> None:
    for routine in lib.values():
        for text in (routine.summary, *routine.advice):
            assert not any(claim in text.lower() for claim in UNSOURCED), (routine.id, text)


def _routes_named_by_what_they_do(lib: dict[str, Routine]) -> None:
    for routine in lib.values():
        words = set(re.findall(r"[a-z]+", routine.name.lower()))
        assert not words & set(DIAGNOSES), (routine.id, routine.name)


CONTENT_RULES = [
    _no_knee_hug_in_acute_strain,
    _no_heat_words_in_a_no_heat_routine,
    _stretch_reps_2_to_4,
    _prevention_starts_with_the_warm_up,
    _floss_tempo_matches_its_text,
    _placed_as_the_plans_say,
    _no_unsourced_claims,
    _routes_named_by_what_they_do,
]


@pytest.mark.parametrize("rule", CONTENT_RULES, ids=lambda rule: rule.__name__.strip("_"))
def test_shipped_routines_follow_the_content_rule(
    rule: Callable[[dict[str, Routine]], None],
) -> None:
    rule(_library())


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
