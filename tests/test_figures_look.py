"""Figures that read at a glance: the working leg in the working colour and in front
where the legs cross, and each exercise drawn as large as its picture allows."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QApplication

from coach import paths
from coach.figures.pose import Pose
from coach.figures.pose_loader import load_poses
from coach.figures.renderer import colors_for, dark_palette, light_palette, paint_scene
from coach.figures.scene import VIEW, build_scene, fitted_view, scene_points

CROSSING = ("lying_figure_four_pull", "chair_figure_four_tall", "pigeon_tall", "ninety_ninety_tall")


@pytest.fixture(scope="module")
def poses() -> dict[str, Pose]:
    return load_poses(paths.assets_dir() / "poses")


def _draw(pose: Pose, *, dark: bool) -> tuple[QImage, QColor]:
    colors = colors_for(dark_palette() if dark else light_palette())
    image = QImage(QSize(480, 330), QImage.Format.Format_ARGB32)
    image.fill(colors.background)
    painter = QPainter(image)
    paint_scene(
        painter,
        QRectF(0, 0, 480, 330),
        build_scene(pose, pose, arrow=()),
        colors,
        view=fitted_view(pose, pose),
    )
    painter.end()
    return image, colors.working


def _count(image: QImage, colour: QColor) -> int:
    return sum(
        image.pixelColor(x, y).rgb() == colour.rgb()
        for x in range(0, image.width(), 2)
        for y in range(0, image.height(), 2)
    )


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
@pytest.mark.parametrize("pose_id", CROSSING)
def test_working_leg_of_a_crossed_pose_is_in_the_working_colour(
    qapp: QApplication, poses: dict[str, Pose], pose_id: str, dark: bool
) -> None:
    image, working = _draw(poses[pose_id], dark=dark)
    assert _count(image, working) > 300  # a whole leg, not a speck


def test_both_legs_working_draws_no_working_colour(
    qapp: QApplication, poses: dict[str, Pose]
) -> None:
    image, working = _draw(poses["bridge_up"], dark=False)
    assert _count(image, working) == 0


def test_fitted_view_holds_the_whole_move_inside_the_shared_box(poses: dict[str, Pose]) -> None:
    vx, vy, vw, vh = VIEW
    for pose in poses.values():
        x, y, w, h = fitted_view(pose, pose)
        assert vx <= x and vy <= y and x + w <= vx + vw + 1e-9 and y + h <= vy + vh + 1e-9
        assert y <= 0.0  # the floor is in the picture
        for (px, py), r in scene_points(build_scene(pose, pose, arrow=())):
            assert x <= px - r and px + r <= x + w and py + r <= y + h, pose.id


def test_a_lying_pose_is_drawn_larger_than_in_the_shared_box(poses: dict[str, Pose]) -> None:
    pose = poses["lying_figure_four"]
    _, _, w, h = fitted_view(pose, pose)
    area = (480, 330)
    fitted = min(area[0] / w, area[1] / h)
    shared = min(area[0] / VIEW[2], area[1] / VIEW[3])
    assert fitted > 1.2 * shared


def test_the_working_leg_keeps_its_colour_through_the_move(poses: dict[str, Pose]) -> None:
    start, end = poses["back_knees_bent"], poses["knee_hug"]  # both legs, then one
    assert {build_scene(start, end, t=t).working for t in (0.0, 0.4, 0.6, 1.0)} == {"near"}
    both = poses["bridge_down"], poses["bridge_up"]
    assert build_scene(*both, t=0.7).working == ""
