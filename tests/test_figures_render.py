"""Drawing the figure: deterministic SVG, the contact sheet and the player's FigureView."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from coach import paths
from coach.figures.contact_sheet import write_illustrations
from coach.figures.pose import Pose
from coach.figures.pose_loader import load_poses
from coach.figures.renderer import (
    colors_for,
    dark_palette,
    light_palette,
    render_image,
    render_svg,
    view_size,
)
from coach.figures.scene import build_scene
from coach.ui.widgets.figure_view import NO_PICTURE, FigureView


@pytest.fixture(scope="module")
def poses() -> dict[str, Pose]:
    return load_poses(paths.assets_dir() / "poses")


def _ink(image: QImage, background: QColor) -> int:
    """How many sampled pixels differ from the background."""
    step = 3
    return sum(
        image.pixelColor(x, y) != background
        for x in range(0, image.width(), step)
        for y in range(0, image.height(), step)
    )


def test_svg_is_deterministic(qapp: QApplication, poses: dict[str, Pose]) -> None:
    for pose_id in ("bridge_up", "clamshell_open", "chair_figure_four_lean"):
        first = render_svg(poses[pose_id], mirrored=True)
        assert first == render_svg(poses[pose_id], mirrored=True)
        assert "<svg" in first
        assert f"<title>{pose_id}</title>" in first
        assert "Generated" not in first


def test_svg_of_a_move_has_an_arrow_and_differs_when_mirrored(
    qapp: QApplication, poses: dict[str, Pose]
) -> None:
    start, end = poses["bridge_down"], poses["bridge_up"]
    assert render_svg(start, end) != render_svg(start)
    assert render_svg(start, end) != render_svg(start, end, mirrored=True)


def test_render_keeps_the_aspect_ratio_at_any_size(
    qapp: QApplication, poses: dict[str, Pose]
) -> None:
    colors = colors_for(light_palette())
    scene = build_scene(poses["stand_tall"])
    for width in (120, 400, 1200):
        image = render_image(scene, view_size(width), colors)
        assert image.width() == width
        assert _ink(image, colors.background) > 0


def test_dark_palette_draws_light_on_dark(qapp: QApplication, poses: dict[str, Pose]) -> None:
    light, dark = colors_for(light_palette()), colors_for(dark_palette())
    assert dark.background.lightnessF() < 0.3 < dark.near.lightnessF()
    assert light.near.lightnessF() < light.far.lightnessF() < light.background.lightnessF()
    assert dark.near.lightnessF() > dark.far.lightnessF() > dark.background.lightnessF()


def test_write_illustrations(qapp: QApplication, poses: dict[str, Pose], tmp_path: Path) -> None:
    written = write_illustrations(tmp_path)
    svgs = [p for p in written if p.suffix == ".svg"]
    assert {p.stem for p in svgs} == set(poses)
    sheet = tmp_path / "contact_sheet.png"
    assert sheet in written
    image = QImage(str(sheet))
    assert image.width() > 1000 and image.height() > 1000


# ---------------------------------------------------------------- FigureView


@pytest.fixture
def view(qtbot: QtBot, poses: dict[str, Pose]) -> FigureView:
    widget = FigureView(poses)
    qtbot.addWidget(widget)
    widget.resize(480, widget.heightForWidth(480))
    return widget


def test_figure_view_is_described_for_screen_readers(view: FigureView) -> None:
    assert view.accessibleName() == "Exercise illustration"
    assert view.accessibleDescription() == NO_PICTURE
    view.show_exercise("bridge_down", "bridge_up", mirrored=False)
    assert "lift" in view.accessibleDescription().lower()
    view.show_exercise("bridge_down", "bridge_up", mirrored=True)
    assert "other side" in view.accessibleDescription()


def test_figure_view_draws_the_motion(view: FigureView) -> None:
    view.show_exercise("back_knees_bent", "knee_hug", mirrored=False)
    start = view.grab().toImage()
    view.set_motion(1.0)
    end = view.grab().toImage()
    view.set_motion(0.0)
    again = view.grab().toImage()
    background = colors_for(view.palette()).background
    assert _ink(start, background) > 100
    assert start != end
    assert start == again


def test_set_motion_eases_and_clamps(view: FigureView) -> None:
    view.show_exercise("stand_tall", "squat_bottom", mirrored=False)
    view.set_motion(0.5)
    assert view.motion() == pytest.approx(0.5)
    view.set_motion(0.1)
    assert 0.0 < view.motion() < 0.1
    view.set_motion(3.0)
    assert view.motion() == 1.0
    view.set_motion(-1.0)
    assert view.motion() == 0.0


def test_mirrored_view_is_a_mirror_image(view: FigureView) -> None:
    view.show_exercise("clamshell_closed", "clamshell_open", mirrored=False)
    view.set_motion(0.4)
    plain = view.grab().toImage()
    view.show_exercise("clamshell_closed", "clamshell_open", mirrored=True)
    view.set_motion(0.4)
    mirrored = view.grab().toImage()
    flipped = mirrored.flipped(Qt.Orientation.Horizontal)
    differing = sum(
        plain.pixelColor(x, y) != flipped.pixelColor(x, y)
        for x in range(0, plain.width(), 2)
        for y in range(0, plain.height(), 2)
    )
    # Anti-aliasing differs by a pixel here and there; the picture does not.
    assert differing < plain.width() * plain.height() / 4 * 0.01


def test_figure_view_follows_the_palette(view: FigureView) -> None:
    view.show_exercise("stand_tall", "squat_bottom", mirrored=False)
    view.setPalette(dark_palette())
    corner = view.grab().toImage().pixelColor(2, 2)
    assert corner.lightnessF() < 0.3
    view.setPalette(light_palette())
    assert view.grab().toImage().pixelColor(2, 2).lightnessF() > 0.8


def test_figure_view_owns_no_timer(view: FigureView) -> None:
    view.show_exercise("walk_left", "walk_right", mirrored=False)
    for step in range(5):
        view.set_motion(step / 4)
    assert view.findChildren(QTimer) == []


def test_unknown_pose_shows_an_empty_picture(view: FigureView) -> None:
    view.show_exercise("no_such_pose", "bridge_up", mirrored=False)
    assert view.accessibleDescription() == NO_PICTURE
    view.set_motion(0.5)
    image = view.grab().toImage()
    assert _ink(image, colors_for(view.palette()).background) == 0


def test_figure_view_prefers_the_pictures_aspect_but_takes_any_height(
    view: FigureView,
) -> None:
    hint = view.sizeHint()
    assert hint.height() == pytest.approx(hint.width() * 218 / 240, abs=1)
    assert not view.hasHeightForWidth()  # letterboxed inside whatever it is given
