"""assets/poses/*.toml -> :class:`Pose` values; every problem names file and field.

Stdlib only. A pose file is named after its pose id and holds::

    schema_version = 1
    description = "..."          # read out to screen-reader users
    body = "lying_back"          # Body; view = "side" | "front"
    target = "glute"             # Target; target_limb = "near" | "far" | "both"
    contacts = ["pelvis", ...]   # body points that must rest on a support
    arrow = "hip"                # optional: the point the motion arrow follows
    [placement]                  # trunk direction; `anchor` point placed `at` [x, y] cm
    [joints]                     # every name in JOINTS, degrees, flexion positive
    [foreshorten]                # optional: SEGMENTS drawn shorter to suggest depth
    [[props]]                    # kind, x, size, band

Besides types and ranges, the loader checks the posed body: listed contacts
must touch a support (floor, seat, step, roller...) and nothing may sink
below the floor or leave the picture.
"""

from __future__ import annotations

import math
import tomllib
from collections.abc import Mapping
from enum import StrEnum
from pathlib import Path
from typing import Any, TypeVar

from coach.content.errors import ContentError, Problem
from coach.figures.body import POINTS, posture_of, skeleton
from coach.figures.pose import (
    JOINT_SEGMENTS,
    JOINTS,
    SEGMENTS,
    SIDE_VIEW_LIMITS,
    BandPlace,
    Body,
    Limb,
    Placement,
    Pose,
    Prop,
    PropKind,
    Target,
    View,
)
from coach.figures.props import CONTACT_TOLERANCE, MAT_DEPTH, contact_gap, place_props
from coach.figures.scene import VIEW, inside_view

SCHEMA_VERSIONS = frozenset({1})
E = TypeVar("E", bound=StrEnum)


class _Reader:
    """Typed reads from one parsed file that record a Problem instead of raising."""

    def __init__(self, file: Path) -> None:
        self.file = file
        self.problems: list[Problem] = []

    def problem(self, field: str, message: str) -> None:
        self.problems.append(Problem(str(self.file), field, message))

    def text(self, data: Mapping[str, Any], key: str, field: str) -> str:
        value = data.get(key)
        if not isinstance(value, str) or not value.strip():
            self.problem(field, "must be non-empty text")
            return ""
        return value

    def number(
        self,
        data: Mapping[str, Any],
        key: str,
        field: str,
        *,
        low: float = -math.inf,
        high: float = math.inf,
        default: float | None = None,
    ) -> float:
        value = data.get(key, default)
        if isinstance(value, bool) or not isinstance(value, int | float):
            self.problem(field, "must be a number" if key in data else "is missing")
            return 0.0 if default is None else default
        if not low <= value <= high:
            self.problem(field, f"{value} is outside {low:g}..{high:g}")
        return float(value)

    def choice(
        self, data: Mapping[str, Any], key: str, field: str, enum: type[E], default: E | None = None
    ) -> E:
        value = data.get(key)
        if value is None and default is not None:
            return default
        if isinstance(value, str) and value in enum.__members__.values():
            return enum(value)
        allowed = ", ".join(e.value for e in enum)
        what = "is missing" if value is None else f"{value!r} is not one of"
        self.problem(field, f"{what}: {allowed}")
        return default if default is not None else next(iter(enum))

    def table(self, data: Mapping[str, Any], key: str, field: str) -> dict[str, Any]:
        value = data.get(key)
        if not isinstance(value, dict):
            self.problem(field, "must be a table" if key in data else "is missing")
            return {}
        return value


def _joint_limits(joint: str, view: View, foreshorten: Mapping[str, Any]) -> tuple[float, float]:
    """Anatomical limits seen from the side; any angle in a front view or
    next to a foreshortened segment (the picture folds depth into it)."""
    side, _, kind = joint.rpartition("_")
    near_depth = any(
        foreshorten.get(f"{side}_{seg}", 1.0) != 1.0 for seg in JOINT_SEGMENTS.get(kind, ())
    )
    if view is View.FRONT or near_depth:
        return (-180.0, 180.0)
    return SIDE_VIEW_LIMITS[kind]


def _props(r: _Reader, data: Mapping[str, Any]) -> tuple[Prop, ...]:
    raw = data.get("props", [])
    if not isinstance(raw, list):
        r.problem("props", "must be an array of tables ([[props]])")
        return ()
    props: list[Prop] = []
    for i, item in enumerate(raw):
        field = f"props[{i}]"
        if not isinstance(item, dict):
            r.problem(field, "must be a table")
            continue
        kind = r.choice(item, "kind", f"{field}.kind", PropKind)
        x = r.number(item, "x", f"{field}.x", low=-120, high=120, default=0.0)
        size = r.number(item, "size", f"{field}.size", low=0, high=60, default=0.0)
        band = r.choice(item, "band", f"{field}.band", BandPlace, BandPlace.THIGHS)
        for key in item:
            if key not in ("kind", "x", "size", "band"):
                r.problem(f"{field}.{key}", "is not a prop field (kind, x, size, band)")
        props.append(Prop(kind=kind, x=x, band=band, size=size))
    return tuple(props)


def _parse(r: _Reader, pose_id: str, data: Mapping[str, Any]) -> Pose | None:
    version = data.get("schema_version")
    if version not in SCHEMA_VERSIONS:
        r.problem("schema_version", f"{version!r} is not supported (use 1)")
        return None
    view = r.choice(data, "view", "view", View, View.SIDE)
    placement = r.table(data, "placement", "placement")
    trunk = r.number(placement, "trunk", "placement.trunk", low=-180, high=360)
    anchor = placement.get("anchor")
    if anchor not in POINTS:
        r.problem("placement.anchor", f"{anchor!r} is not a body point ({', '.join(POINTS)})")
        anchor = "hip"
    at = placement.get("at")
    if not (
        isinstance(at, list)
        and len(at) == 2
        and all(isinstance(v, int | float) and not isinstance(v, bool) for v in at)
    ):
        r.problem("placement.at", "must be [x, y] in centimetres")
        at = [0.0, 0.0]
    fore_t = data.get("foreshorten", {})
    if not isinstance(fore_t, dict):
        r.problem("foreshorten", "must be a table")
        fore_t = {}
    joints_t = r.table(data, "joints", "joints")
    joints = {
        j: r.number(joints_t, j, f"joints.{j}", low=lo, high=hi)
        for j in JOINTS
        for lo, hi in [_joint_limits(j, view, fore_t)]
    }
    for key in joints_t:
        if key not in JOINTS:
            r.problem(f"joints.{key}", f"is not a joint ({', '.join(JOINTS)})")
    foreshorten = {}
    for key in fore_t:
        if key not in SEGMENTS:
            r.problem(f"foreshorten.{key}", f"is not a segment ({', '.join(SEGMENTS)})")
        else:
            foreshorten[key] = r.number(fore_t, key, f"foreshorten.{key}", low=0.2, high=1.0)
    contacts_raw = data.get("contacts", [])
    contacts: list[str] = []
    if not isinstance(contacts_raw, list):
        r.problem("contacts", "must be a list of body points")
    else:
        for i, c in enumerate(contacts_raw):
            if c not in POINTS:
                r.problem(f"contacts[{i}]", f"{c!r} is not a body point")
            else:
                contacts.append(c)
    arrow = data.get("arrow", "")
    if arrow and arrow not in POINTS:
        r.problem("arrow", f"{arrow!r} is not a body point")
        arrow = ""
    for key in data:
        if key not in _TOP_LEVEL:
            r.problem(key, f"is not a pose field ({', '.join(_TOP_LEVEL)})")
    return Pose(
        id=pose_id,
        description=r.text(data, "description", "description"),
        body=r.choice(data, "body", "body", Body),
        view=view,
        target=r.choice(data, "target", "target", Target),
        target_limb=r.choice(data, "target_limb", "target_limb", Limb, Limb.BOTH),
        placement=Placement(trunk=trunk, anchor=anchor, at=(float(at[0]), float(at[1]))),
        joints=joints,
        foreshorten=foreshorten,
        props=_props(r, data),
        contacts=tuple(contacts),
        arrow=str(arrow),
    )


_TOP_LEVEL = (
    "schema_version",
    "description",
    "body",
    "view",
    "target",
    "target_limb",
    "placement",
    "joints",
    "foreshorten",
    "contacts",
    "arrow",
    "props",
)


def check_geometry(pose: Pose) -> list[tuple[str, str]]:
    """(field, message) for every contact off its support, part below the floor or off canvas."""
    body = skeleton(posture_of(pose))
    placed = place_props(pose.props, pose.facing, body)
    out: list[tuple[str, str]] = []
    for i, name in enumerate(pose.contacts):
        g = contact_gap(body.shapes[name], placed.supports)
        if abs(g) > CONTACT_TOLERANCE:
            where = "above" if g > 0 else "sunk into"
            out.append((f"contacts[{i}]", f"{name} is {abs(g):.1f} cm {where} its support"))
    sink = max([p.size or MAT_DEPTH for p in pose.props if p.kind is PropKind.MAT], default=0.0)
    for name, cap in body.shapes.items():
        if cap.bottom() < -sink - CONTACT_TOLERANCE:
            out.append(("placement", f"{name} is {-cap.bottom():.1f} cm below the floor"))
    for p, rad in body.all_points():
        if not inside_view(p, rad):
            out.append(("placement", f"the body leaves the picture {VIEW} at {p}"))
            break
    return out


def load_pose(path: Path) -> Pose:
    """Read and check one pose file; ContentError lists every problem found."""
    r = _Reader(path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as error:
        raise ContentError([Problem(str(path), "(syntax)", f"not valid TOML: {error}")]) from None
    except (OSError, UnicodeDecodeError) as error:
        raise ContentError([Problem(str(path), "(file)", f"can't be read: {error}")]) from None
    pose = _parse(r, path.stem, data)
    if pose is not None and not r.problems:
        for field, message in check_geometry(pose):
            r.problem(field, message)
    if r.problems or pose is None:
        raise ContentError(r.problems)
    return pose


def load_poses(folder: Path) -> dict[str, Pose]:
    """Every ``*.toml`` pose in ``folder`` keyed by id; one ContentError for all problems."""
    poses: dict[str, Pose] = {}
    problems: list[Problem] = []
    for path in sorted(folder.glob("*.toml")):
        try:
            poses[path.stem] = load_pose(path)
        except ContentError as error:
            problems += error.problems
    if problems:
        raise ContentError(problems)
    return poses
