"""The articulated body: fixed proportions and forward kinematics.

Stdlib only. A :class:`Posture` (a pose, or a blend of two) becomes a
:class:`Skeleton`: named capsules in world centimetres, floor at y = 0.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass

from coach.figures.pose import JOINTS, Pose, View, lerp, lerp_angle

Point = tuple[float, float]

TRUNK = 50.0
NECK = 8.0
HEAD_R = 11.0
UPPER_ARM = 29.0
FOREARM = 25.0
THIGH = 43.0
SHIN = 42.0
ANKLE_HEIGHT = 8.0
HIP_HALF_WIDTH = 9.0
SHOULDER_HALF_WIDTH = 17.0

LIMB_RADII: dict[str, tuple[float, float]] = {
    "upper_arm": (5.8, 4.9),
    "forearm": (4.8, 4.0),
    "thigh": (8.0, 6.0),
    "shin": (5.6, 4.2),
    "foot": (3.3, 3.3),
    "hand": (4.6, 4.0),
}

POINTS: tuple[str, ...] = (
    "head",
    "neck",
    "trunk",
    "pelvis",
    "hip",
    "shoulder",
    *(
        f"{side}_{part}"
        for side in ("near", "far")
        for part in (
            "upper_arm",
            "forearm",
            "hand",
            "elbow",
            "thigh",
            "shin",
            "knee",
            "ankle",
            "foot",
            "heel",
            "toe",
        )
    ),
)
"""Every named shape of a skeleton: anchors, contacts and bands refer to these."""


@dataclass(frozen=True, slots=True)
class Capsule:
    """A rounded limb from ``a`` (radius ``ra``) to ``b`` (radius ``rb``)."""

    a: Point
    b: Point
    ra: float
    rb: float

    def points(self) -> tuple[Point, Point]:
        """Both end points."""
        return (self.a, self.b)

    def bottom(self) -> float:
        """The lowest y this capsule reaches."""
        return min(self.a[1] - self.ra, self.b[1] - self.rb)

    def samples(self, n: int = 9) -> list[tuple[Point, float]]:
        """Centres and radii along the capsule, ends included."""
        out = []
        for i in range(n):
            s = i / (n - 1)
            out.append(
                (
                    (lerp(self.a[0], self.b[0], s), lerp(self.a[1], self.b[1], s)),
                    lerp(self.ra, self.rb, s),
                )
            )
        return out


@dataclass(frozen=True, slots=True)
class Posture:
    """Everything forward kinematics needs: a pose, or a blend of two poses."""

    trunk: float
    joints: Mapping[str, float]
    scales: Mapping[str, float]
    front: float
    """0 for a side view, 1 for a front view; blends in between."""
    anchor: str
    at: Point
    facing: int


@dataclass(frozen=True, slots=True)
class Skeleton:
    """A posed body: named capsules plus the directions the renderer needs."""

    shapes: Mapping[str, Capsule]
    trunk: float
    """Trunk direction in world degrees (already mirrored)."""
    front: float
    facing: int
    head_dir: float
    """World direction from the neck to the top of the head."""
    face_dir: float
    """World direction the face looks."""

    def point(self, name: str) -> Point:
        """The reference point of a shape: a joint, or a capsule's far end."""
        return self.shapes[name].b

    def all_points(self) -> list[tuple[Point, float]]:
        """Every capsule end with its radius: what must stay on the canvas."""
        out: list[tuple[Point, float]] = []
        for cap in self.shapes.values():
            out.append((cap.a, cap.ra))
            out.append((cap.b, cap.rb))
        return out


def posture_of(pose: Pose) -> Posture:
    """The posture a single pose describes."""
    return Posture(
        trunk=pose.placement.trunk,
        joints=dict(pose.joints),
        scales=dict(pose.foreshorten),
        front=1.0 if pose.view is View.FRONT else 0.0,
        anchor=pose.placement.anchor,
        at=pose.placement.at,
        facing=pose.facing,
    )


def blend(start: Pose, end: Pose, t: float) -> Posture:
    """The posture a fraction ``t`` (0..1, not eased here) from ``start`` to ``end``.

    Angles and foreshortening blend linearly; the body is placed so that the
    start pose's anchor point travels in a straight line between where it is
    in the two poses (a planted foot stays planted).
    """
    a, b = posture_of(start), posture_of(end)
    if t <= 0.0:
        return a
    if t >= 1.0:
        return b
    anchor = a.anchor
    pa = skeleton(a).point(anchor)
    pb = skeleton(b).point(anchor)
    joints = {j: lerp(a.joints[j], b.joints[j], t) for j in JOINTS}
    names = set(a.scales) | set(b.scales)
    scales = {s: lerp(a.scales.get(s, 1.0), b.scales.get(s, 1.0), t) for s in names}
    # Positions are world coordinates, already mirrored: undo that for `at`.
    at_world = (lerp(pa[0], pb[0], t), lerp(pa[1], pb[1], t))
    return Posture(
        trunk=lerp_angle(a.trunk, b.trunk, t),
        joints=joints,
        scales=scales,
        front=lerp(a.front, b.front, t),
        anchor=anchor,
        at=(at_world[0] * a.facing, at_world[1]),
        facing=a.facing,
    )


def _u(deg: float) -> Point:
    rad = math.radians(deg)
    return (math.cos(rad), math.sin(rad))


def _add(p: Point, d: Point, k: float = 1.0) -> Point:
    return (p[0] + d[0] * k, p[1] + d[1] * k)


def _limb_chain(
    root: Point,
    first_dir: float,
    bend: float,
    lengths: tuple[float, float],
) -> tuple[Point, Point, float]:
    mid = _add(root, _u(first_dir), lengths[0])
    second_dir = first_dir + bend
    end = _add(mid, _u(second_dir), lengths[1])
    return mid, end, second_dir


def _local_skeleton(p: Posture) -> dict[str, Capsule]:
    """Shapes for a figure facing right with the hip joint at the origin."""
    j = p.joints

    def scale(seg: str) -> float:
        return p.scales.get(seg, 1.0)

    t = p.trunk
    hip: Point = (0.0, 0.0)
    along = _u(t)
    lateral = _u(t - 90.0)
    back = _u(t + 90.0)
    shoulder = _add(hip, along, TRUNK * scale("trunk"))
    head_dir = t - j["neck"]
    neck_top = _add(shoulder, _u(head_dir), NECK)
    head_c = _add(shoulder, _u(head_dir), NECK + HEAD_R - 1.0)
    shapes: dict[str, Capsule] = {
        "hip": Capsule(hip, hip, 0.0, 0.0),
        "shoulder": Capsule(shoulder, shoulder, 0.0, 0.0),
        "pelvis": Capsule(
            _add(_add(hip, lateral, -HIP_HALF_WIDTH * p.front), back, 2.5 * (1 - p.front)),
            _add(_add(hip, lateral, HIP_HALF_WIDTH * p.front), back, 2.5 * (1 - p.front)),
            12.0,
            12.0,
        ),
        "trunk": Capsule(
            _add(hip, along, 6.0),
            _add(shoulder, along, -3.0),
            11.0 + 2.0 * p.front,
            11.5 + 3.0 * p.front,
        ),
        "neck": Capsule(shoulder, neck_top, 4.6, 4.6),
        "head": Capsule(head_c, head_c, HEAD_R, HEAD_R),
    }
    for side, sign in (("near", 1.0), ("far", -1.0)):
        # In a front view the far limbs are the mirror image of the near ones.
        mirror = sign if p.front >= 0.5 else 1.0
        s_root = _add(shoulder, lateral, sign * SHOULDER_HALF_WIDTH * p.front)
        ua_dir = t + 180.0 + mirror * j[f"{side}_shoulder"]
        elbow, wrist, fa_dir = _limb_chain(
            s_root,
            ua_dir,
            mirror * j[f"{side}_elbow"],
            (UPPER_ARM * scale(f"{side}_upper_arm"), FOREARM * scale(f"{side}_forearm")),
        )
        hand_a, hand_b = _add(wrist, _u(fa_dir), 1.5), _add(wrist, _u(fa_dir), 8.0)
        h_root = _add(hip, lateral, sign * HIP_HALF_WIDTH * p.front)
        th_dir = t + 180.0 + mirror * j[f"{side}_hip"]
        knee, ankle, sh_dir = _limb_chain(
            h_root,
            th_dir,
            -mirror * j[f"{side}_knee"],
            (THIGH * scale(f"{side}_thigh"), SHIN * scale(f"{side}_shin")),
        )
        foot_dir = sh_dir + mirror * (90.0 + j[f"{side}_ankle"])
        fwd, up = _u(foot_dir), _u(foot_dir + mirror * 90.0)
        # Seen from the front a foot points at the viewer: draw it short.
        foot = scale(f"{side}_foot")
        heel_len = (3.0 * (1 - p.front) + 1.0 * p.front) * foot
        toe_len = (16.0 * (1 - p.front) + 5.0 * p.front) * foot
        drop = ANKLE_HEIGHT - LIMB_RADII["foot"][0]
        heel = _add(_add(ankle, fwd, -heel_len), up, -drop)
        toe = _add(_add(ankle, fwd, toe_len), up, -drop)
        r = LIMB_RADII
        fr = r["foot"][0]
        shapes |= {
            f"{side}_upper_arm": Capsule(s_root, elbow, *r["upper_arm"]),
            f"{side}_forearm": Capsule(elbow, wrist, *r["forearm"]),
            f"{side}_hand": Capsule(hand_a, hand_b, *r["hand"]),
            f"{side}_elbow": Capsule(elbow, elbow, r["forearm"][0], r["forearm"][0]),
            f"{side}_thigh": Capsule(h_root, knee, *r["thigh"]),
            f"{side}_shin": Capsule(knee, ankle, *r["shin"]),
            f"{side}_knee": Capsule(knee, knee, r["shin"][0], r["shin"][0]),
            f"{side}_ankle": Capsule(ankle, ankle, r["shin"][1], r["shin"][1]),
            f"{side}_foot": Capsule(heel, toe, fr, fr),
            f"{side}_heel": Capsule(heel, heel, fr, fr),
            f"{side}_toe": Capsule(toe, toe, fr, fr),
        }
    return shapes


def skeleton(p: Posture) -> Skeleton:
    """Place the posture in the world: anchor at ``at``, mirrored if facing left."""
    local = _local_skeleton(p)
    ax, ay = local[p.anchor].b
    tx, ty = p.at[0] - ax, p.at[1] - ay
    f = p.facing

    def place(pt: Point) -> Point:
        return ((pt[0] + tx) * f, pt[1] + ty)

    shapes = {name: Capsule(place(c.a), place(c.b), c.ra, c.rb) for name, c in local.items()}
    head_dir = p.trunk - p.joints["neck"]

    def world_dir(deg: float) -> float:
        return deg if f > 0 else 180.0 - deg

    return Skeleton(
        shapes=shapes,
        trunk=world_dir(p.trunk),
        front=p.front,
        facing=f,
        head_dir=world_dir(head_dir),
        face_dir=world_dir(head_dir - 90.0),
    )
