"""Pose data and the pure figure model: files validate, poses exist, frames stay on canvas."""

from __future__ import annotations

import itertools
import math
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from coach import paths
from coach.content.errors import ContentError
from coach.figures.body import blend, posture_of, skeleton
from coach.figures.pose import Pose, ease_in_out
from coach.figures.pose_loader import load_pose, load_poses
from coach.figures.scene import build_scene, inside_view, motion_arrow, scene_points

POSE_DIR = paths.assets_dir() / "poses"

EXERCISE_POSES = {
    "sciatic_nerve_floss": ("floss_knee_bent", "floss_knee_straight"),
    "figure_four_foam_roll": ("roller_figure_four_back", "roller_figure_four_forward"),
    "dynamic_hamstring_stretch": ("runners_lunge", "lunge_hamstring_straight"),
    "ninety_ninety_stretch": ("ninety_ninety_tall", "ninety_ninety_lean"),
    "clamshell": ("clamshell_closed", "clamshell_open"),
    "monster_walk": ("band_quarter_squat", "band_walk_step"),
    "glute_bridge": ("bridge_down", "bridge_up"),
    "single_leg_bridge": ("single_leg_bridge_down", "single_leg_bridge_up"),
    "band_side_step": ("band_side_together", "band_side_apart"),
    "seated_piriformis_stretch": ("chair_figure_four_tall", "chair_figure_four_lean"),
    "lying_piriformis_stretch": ("lying_figure_four", "lying_figure_four_pull"),
    "pigeon_pose": ("pigeon_tall", "pigeon_fold"),
    "squat": ("stand_tall", "squat_bottom"),
    "lunge": ("stand_tall", "lunge_bottom"),
    "leg_swing": ("leg_swing_back", "leg_swing_front"),
    "plank": ("forearm_kneel", "forearm_plank"),
    "walking": ("walk_left", "walk_right"),
    "knee_to_chest": ("back_knees_bent", "knee_hug"),
    "heel_slide": ("heel_slide_straight", "heel_slide_bent"),
    "ball_release": ("ball_sit_upright", "ball_sit_lean"),
    "sit_to_stand": ("chair_sit", "stand_tall"),
    "single_leg_sit_to_stand": ("chair_sit_one_leg", "stand_one_leg"),
    "step_down": ("step_top", "step_down_touch"),
    "rest_position": ("back_knees_bent", "back_knees_bent"),
    "prone_rest": ("lie_face_down", "lie_face_down"),
}
"""The shipped exercises and the poses their illustrations animate between."""

FRAMES = [i * 0.05 for i in range(21)]


@pytest.fixture(scope="module")
def poses() -> dict[str, Pose]:
    return load_poses(POSE_DIR)


def test_every_pose_file_validates() -> None:
    files = sorted(POSE_DIR.glob("*.toml"))
    assert files
    for path in files:
        pose = load_pose(path)
        assert pose.id == path.stem
        assert pose.description


@pytest.mark.parametrize(("exercise", "pair"), sorted(EXERCISE_POSES.items()))
def test_every_exercise_pose_exists(
    poses: dict[str, Pose], exercise: str, pair: tuple[str, str]
) -> None:
    missing = [pose_id for pose_id in pair if pose_id not in poses]
    assert not missing, f"{exercise} needs poses {missing}"


def test_exercise_library_names_only_known_poses(poses: dict[str, Pose]) -> None:
    library = paths.routines_dir() / "exercises.toml"
    if not library.exists():
        pytest.skip("routines/exercises.toml not written yet")
    data = tomllib.loads(library.read_text(encoding="utf-8"))
    unknown = [
        f"{ex_id}.{key} = {ex[key]!r}"
        for ex_id, ex in data.get("exercises", {}).items()
        for key in ("start_pose", "end_pose")
        if ex.get(key) not in poses
    ]
    assert not unknown


@pytest.mark.parametrize("mirrored", [False, True])
@pytest.mark.parametrize(("exercise", "pair"), sorted(EXERCISE_POSES.items()))
def test_every_frame_stays_on_the_canvas(
    poses: dict[str, Pose], exercise: str, pair: tuple[str, str], mirrored: bool
) -> None:
    start, end = poses[pair[0]], poses[pair[1]]
    arrow = motion_arrow(start, end, mirrored=mirrored)
    for t in FRAMES:
        scene = build_scene(start, end, t=ease_in_out(t), mirrored=mirrored, arrow=arrow)
        outside = [p for p, r in scene_points(scene) if not inside_view(p, r)]
        assert not outside, f"{exercise} at t={t}: {outside[:3]}"


@pytest.mark.parametrize(("exercise", "pair"), sorted(EXERCISE_POSES.items()))
def test_animation_is_smooth(poses: dict[str, Pose], exercise: str, pair: tuple[str, str]) -> None:
    start, end = poses[pair[0]], poses[pair[1]]
    frames = [skeleton(blend(start, end, i / 100)) for i in range(101)]
    assert frames[0] == skeleton(posture_of(start))
    assert frames[-1] == skeleton(posture_of(end))
    for a, b in itertools.pairwise(frames):
        for name, cap in a.shapes.items():
            jump = math.dist(cap.b, b.shapes[name].b)
            assert jump < 6.0, f"{exercise}: {name} jumps {jump:.1f} cm in one step"


def test_mirroring_twice_gives_the_original(poses: dict[str, Pose]) -> None:
    for pose in poses.values():
        assert pose.mirrored().mirrored() == pose
        assert pose.mirrored() != pose


def test_a_mirrored_pose_is_a_true_mirror_image(poses: dict[str, Pose]) -> None:
    for pose in poses.values():
        plain = skeleton(posture_of(pose))
        mirrored = skeleton(posture_of(pose.mirrored()))
        for name, cap in plain.shapes.items():
            other = mirrored.shapes[name]
            assert other.a == pytest.approx((-cap.a[0], cap.a[1]))
            assert other.b == pytest.approx((-cap.b[0], cap.b[1]))


def test_mirrored_scene_mirrors_props_and_arrow(poses: dict[str, Pose]) -> None:
    start, end = poses["chair_sit"], poses["stand_tall"]
    plain = build_scene(start, end, t=0.3)
    mirrored = build_scene(start, end, t=0.3, mirrored=True)
    flipped = [c for x, y in plain.arrow for c in (-x, y)]
    assert flipped == pytest.approx([c for p in mirrored.arrow for c in p])
    assert len(plain.props.behind) == len(mirrored.props.behind)


def test_every_pose_highlights_a_target(poses: dict[str, Pose]) -> None:
    for pose in poses.values():
        assert build_scene(pose).highlights, pose.id


def test_contacts_rest_on_their_supports(poses: dict[str, Pose]) -> None:
    # load_pose already rejects a floating contact; make sure standing poses list feet.
    for pose_id in ("stand_tall", "squat_bottom", "bridge_up", "chair_sit"):
        assert any("heel" in c or "foot" in c for c in poses[pose_id].contacts)


def test_the_pose_model_does_not_import_qt() -> None:
    code = (
        "import sys; import coach.figures.pose_loader, coach.figures.scene;"
        "bad = [m for m in sys.modules if m.startswith('PySide6')];"
        "assert not bad, bad"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=Path(__file__).parents[1])


# ---------------------------------------------------------------- broken files

GOOD = POSE_DIR / "bridge_up.toml"


def _broken(tmp_path: Path, old: str, new: str, name: str = "broken_pose") -> Path:
    text = GOOD.read_text(encoding="utf-8")
    assert old in text, old
    path = tmp_path / f"{name}.toml"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return path


def _fields(path: Path) -> set[str]:
    with pytest.raises(ContentError) as info:
        load_pose(path)
    for problem in info.value.problems:
        assert problem.file == str(path)
    return {p.field for p in info.value.problems}


@pytest.mark.parametrize(
    ("old", "new", "field"),
    [
        ("schema_version = 1", "schema_version = 9", "schema_version"),
        ('body = "lying_back"', 'body = "hanging"', "body"),
        ('view = "side"', 'view = "top"', "view"),
        ('target = "glute"', 'target = "elbow"', "target"),
        ("near_knee = ", "near_kneecap = ", "joints.near_knee"),
        ("near_knee = ", "near_kneecap = ", "joints.near_kneecap"),
        ("far_hip = ", 'far_hip = "bent" #', "joints.far_hip"),
        ('anchor = "near_ankle"', 'anchor = "tail"', "placement.anchor"),
        ("at = [", "at = [1, ", "placement.at"),
        ('contacts = ["trunk"', 'contacts = ["wing"', "contacts[0]"),
        ('kind = "mat"', 'kind = "trampoline"', "props[0].kind"),
        ('kind = "mat"', 'kind = "mat"\ncolour = "red"', "props[0].colour"),
        ("schema_version = 1", 'schema_version = 1\nmood = "happy"', "mood"),
    ],
)
def test_a_broken_pose_file_names_file_and_field(
    tmp_path: Path, old: str, new: str, field: str
) -> None:
    assert field in _fields(_broken(tmp_path, old, new))


def test_a_syntax_error_is_reported(tmp_path: Path) -> None:
    assert _fields(_broken(tmp_path, "[joints]", "[joints")) == {"(syntax)"}


def test_an_out_of_range_angle_is_reported(tmp_path: Path) -> None:
    text = GOOD.read_text(encoding="utf-8")
    lines = [("near_knee = 200" if ln.startswith("near_knee") else ln) for ln in text.splitlines()]
    path = tmp_path / "bent_too_far.toml"
    path.write_text("\n".join(lines), encoding="utf-8")
    assert "joints.near_knee" in _fields(path)


def test_a_contact_off_the_floor_is_reported(tmp_path: Path) -> None:
    path = _broken(tmp_path, "at = [45, 8]", "at = [45, 30]", "floating")
    fields = _fields(path)
    assert {"contacts[2]", "contacts[3]"} <= fields  # the heels float


def test_a_body_through_the_floor_is_reported(tmp_path: Path) -> None:
    path = _broken(tmp_path, "at = [45, 8]", "at = [45, -10]", "sunk")
    assert "placement" in _fields(path)


def test_every_problem_in_a_folder_is_reported_at_once(tmp_path: Path) -> None:
    _broken(tmp_path, 'body = "lying_back"', 'body = "x"', "one")
    _broken(tmp_path, 'view = "side"', 'view = "x"', "two")
    with pytest.raises(ContentError) as info:
        load_poses(tmp_path)
    files = {Path(p.file).stem for p in info.value.problems}
    assert files == {"one", "two"}
