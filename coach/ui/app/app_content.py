"""The content the app reads in its second start stage, as the person meets it:
problems in their own routine files told in a few lines, and every pose that loads
(a broken pose file leaves only its picture blank)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from coach.content.errors import ContentError, Problem

if TYPE_CHECKING:
    from coach.figures.pose import Pose

SHOWN_PROBLEMS = 10


def problems_notice(problems: Sequence[Problem]) -> str:
    """The routine-file problems in a few lines: file name, field, what is wrong."""
    lines = [f"{Path(p.file).name}: {p.field}: {p.message}" for p in problems[:SHOWN_PROBLEMS]]
    translate = QCoreApplication.translate
    if len(problems) > SHOWN_PROBLEMS:
        more = translate("AppContent", "... and {n} more.")
        lines.append(more.format(n=len(problems) - SHOWN_PROBLEMS))
    head = translate(
        "AppContent",
        "Some of your own routine files have problems ({n}), so those routines "
        "were left out. 'rehab-coach validate' lists them all:",
    ).format(n=len(problems))
    return "\n".join([head, *lines])


def usable_poses(folder: Path) -> tuple[dict[str, Pose], list[Problem]]:
    """Every pose that loads; a broken pose file leaves only its picture blank."""
    from coach.figures.pose_loader import load_pose, load_poses

    try:
        return load_poses(folder), []
    except ContentError as error:
        poses: dict[str, Pose] = {}
        for path in sorted(folder.glob("*.toml")):
            try:
                poses[path.stem] = load_pose(path)
            except ContentError:
                continue
        return poses, list(error.problems)
