"""Write every pose as SVG plus one PNG contact sheet of all exercises, for review.

Needs a running QGuiApplication (fonts). Exercise names and pose pairs come
from ``routines/exercises.toml`` when it exists; otherwise each pose gets its
own cell, labelled with its id.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter

from coach import paths
from coach.figures.pose import Pose
from coach.figures.pose_loader import load_poses
from coach.figures.renderer import (
    FigureColors,
    colors_for,
    light_palette,
    paint_scene,
    render_svg,
    view_size,
)
from coach.figures.scene import build_scene

CELL_WIDTH = 300
LABEL_HEIGHT = 30
GAP = 16
COLUMNS = 3


@dataclass(frozen=True, slots=True)
class SheetEntry:
    """One cell of the sheet: a label and the poses it animates between."""

    label: str
    start: str
    end: str


def exercise_entries(exercises_toml: Path) -> list[SheetEntry]:
    """(label, start, end) for every exercise in ``exercises_toml``, in file order."""
    data = tomllib.loads(exercises_toml.read_text(encoding="utf-8"))
    entries = []
    for ex_id, ex in data.get("exercises", {}).items():
        name = ex.get("name", ex_id)
        entries.append(SheetEntry(f"{name} ({ex_id})", ex["start_pose"], ex["end_pose"]))
    return entries


def _draw_cell(
    painter: QPainter,
    x: int,
    y: int,
    entry: SheetEntry,
    poses: dict[str, Pose],
    colors: FigureColors,
) -> None:
    size = view_size(CELL_WIDTH)
    painter.setPen(colors.near)
    painter.drawText(
        QRectF(x, y, 2 * CELL_WIDTH, LABEL_HEIGHT),
        int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
        entry.label,
    )
    start, end = poses[entry.start], poses[entry.end]
    for i, t in enumerate((0.0, 1.0)):
        rect = QRectF(x + i * CELL_WIDTH, y + LABEL_HEIGHT, CELL_WIDTH, size.height())
        paint_scene(painter, rect, build_scene(start, end, t=t), colors)
        painter.setPen(QColor(colors.floor))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(rect.adjusted(0.5, 0.5, -0.5, -0.5))


def write_contact_sheet(
    path: Path, entries: list[SheetEntry], poses: dict[str, Pose], colors: FigureColors
) -> None:
    """Paint ``entries`` (start and end side by side) into a PNG at ``path``."""
    cell_w = 2 * CELL_WIDTH + GAP
    cell_h = LABEL_HEIGHT + view_size(CELL_WIDTH).height() + GAP
    rows = (len(entries) + COLUMNS - 1) // COLUMNS
    image = QImage(
        COLUMNS * cell_w + GAP, rows * cell_h + GAP, QImage.Format.Format_ARGB32_Premultiplied
    )
    image.fill(colors.background)
    painter = QPainter(image)
    font = QFont()
    font.setPixelSize(15)
    painter.setFont(font)
    for i, entry in enumerate(entries):
        col, row = i % COLUMNS, i // COLUMNS
        _draw_cell(painter, GAP + col * cell_w, GAP + row * cell_h, entry, poses, colors)
    painter.end()
    image.save(str(path))


def write_illustrations(out_dir: Path, *, pose_dir: Path | None = None) -> list[Path]:
    """One SVG per pose and ``contact_sheet.png`` in ``out_dir``; returns the files written."""
    out_dir.mkdir(parents=True, exist_ok=True)
    poses = load_poses(pose_dir or paths.assets_dir() / "poses")
    written: list[Path] = []
    for pose_id, pose in sorted(poses.items()):
        svg = out_dir / f"{pose_id}.svg"
        svg.write_text(render_svg(pose), encoding="utf-8")
        written.append(svg)
    exercises = paths.routines_dir() / "exercises.toml"
    if exercises.exists():
        entries = exercise_entries(exercises)
    else:
        entries = [SheetEntry(pose_id, pose_id, pose_id) for pose_id in sorted(poses)]
    sheet = out_dir / "contact_sheet.png"
    write_contact_sheet(sheet, entries, poses, colors_for(light_palette()))
    written.append(sheet)
    return written
