"""Key poses as plain data: joint angles, where the body is, and the props around it.

Stdlib only. Angles are degrees in the picture plane of a figure facing right
(+x) with y pointing up; the floor is y = 0 and lengths are centimetres.
Flexion is positive: a bent knee, a hip bent forward, a raised arm.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace
from enum import StrEnum


class Body(StrEnum):
    """Where the body is: what a person would call the starting position."""

    LYING_BACK = "lying_back"
    LYING_SIDE = "lying_side"
    LYING_FRONT = "lying_front"
    SEATED_CHAIR = "seated_chair"
    SEATED_FLOOR = "seated_floor"
    STANDING = "standing"
    KNEELING = "kneeling"
    LUNGE = "lunge"
    PLANK = "plank"


class View(StrEnum):
    """Which way the picture looks at the body: from its side or its front."""

    SIDE = "side"
    FRONT = "front"


class Target(StrEnum):
    """The area a pose works; the figure highlights it."""

    GLUTE = "glute"
    GLUTE_SIDE = "glute_side"
    PIRIFORMIS = "piriformis"
    HAMSTRING = "hamstring"
    SCIATIC = "sciatic"
    CORE = "core"


class Limb(StrEnum):
    """Which limb the target is on; ``near`` is the side facing the viewer."""

    NEAR = "near"
    FAR = "far"
    BOTH = "both"


class PropKind(StrEnum):
    """Things drawn with the figure."""

    MAT = "mat"
    CHAIR = "chair"
    BENCH = "bench"
    FOAM_ROLLER = "foam_roller"
    BALL = "ball"
    BAND = "band"
    WALL = "wall"
    STEP = "step"


class BandPlace(StrEnum):
    """Where a mini band goes round both legs."""

    THIGHS = "thighs"
    KNEES = "knees"
    ANKLES = "ankles"


JOINTS: tuple[str, ...] = (
    "neck",
    "near_shoulder",
    "near_elbow",
    "far_shoulder",
    "far_elbow",
    "near_hip",
    "near_knee",
    "near_ankle",
    "far_hip",
    "far_knee",
    "far_ankle",
)
"""Every joint angle a pose sets, in the order the loader reports them."""

SEGMENTS: tuple[str, ...] = (
    "trunk",
    "near_upper_arm",
    "near_forearm",
    "far_upper_arm",
    "far_forearm",
    "near_thigh",
    "near_shin",
    "far_thigh",
    "far_shin",
    "near_foot",
    "far_foot",
)
"""Segments whose drawn length a pose may shorten to suggest depth."""

JOINT_SEGMENTS: dict[str, tuple[str, ...]] = {
    "shoulder": ("upper_arm",),
    "elbow": ("upper_arm", "forearm"),
    "hip": ("thigh",),
    "knee": ("thigh", "shin"),
    "ankle": ("shin", "foot"),
}
"""The segments a joint moves; a joint next to a foreshortened segment may
take any apparent angle, since depth is folded into the picture."""

SIDE_VIEW_LIMITS: dict[str, tuple[float, float]] = {
    "neck": (-60.0, 70.0),
    "shoulder": (-90.0, 200.0),
    "elbow": (-5.0, 160.0),
    "hip": (-80.0, 160.0),
    "knee": (-5.0, 165.0),
    "ankle": (-60.0, 45.0),
}
"""What a body can do, seen from the side; keyed by joint kind (the name's last word)."""


@dataclass(frozen=True, slots=True)
class Placement:
    """Where the body is: the trunk's direction and one joint pinned to a point.

    ``trunk`` is the direction from hip to shoulder (90 = upright, 180 = lying
    with the head to the left, face up). ``anchor`` names a point of the
    skeleton (see ``coach.figures.body.POINTS``) placed at ``at``.
    """

    trunk: float
    anchor: str
    at: tuple[float, float]


@dataclass(frozen=True, slots=True)
class Prop:
    """One prop. ``x`` is its centre (a chair's: the front edge of the seat)."""

    kind: PropKind
    x: float = 0.0
    band: BandPlace = BandPlace.THIGHS
    size: float = 0.0
    """Kind-specific extent: mat half-depth, step height; 0 means the default."""


@dataclass(frozen=True, slots=True)
class Pose:
    """One key pose of the figure. ``facing`` is +1 (right) or -1 (mirrored)."""

    id: str
    description: str
    body: Body
    view: View
    target: Target
    target_limb: Limb
    placement: Placement
    joints: dict[str, float]
    foreshorten: dict[str, float]
    props: tuple[Prop, ...]
    contacts: tuple[str, ...]
    arrow: str = ""
    """The body point whose path the motion arrow follows when this is the end
    pose; empty: the leg, hip or head point that moves most."""
    facing: int = 1

    def angle(self, joint: str) -> float:
        """The angle of ``joint`` in degrees (KeyError for an unknown joint)."""
        return self.joints[joint]

    def scale(self, segment: str) -> float:
        """How much of ``segment``'s length is drawn (1 unless foreshortened)."""
        return self.foreshorten.get(segment, 1.0)

    def mirrored(self) -> Pose:
        """The same pose facing the other way (for the other side of the body)."""
        return replace(self, facing=-self.facing)


def ease_in_out(t: float) -> float:
    """Smooth 0..1 -> 0..1 with zero speed at both ends; t is clamped first."""
    t = min(1.0, max(0.0, t))
    return 0.5 - 0.5 * math.cos(math.pi * t)


def lerp(a: float, b: float, t: float) -> float:
    """The value a fraction ``t`` of the way from ``a`` to ``b``."""
    return a + (b - a) * t


def lerp_angle(a: float, b: float, t: float) -> float:
    """Interpolate two directions the short way round, in degrees."""
    delta = (b - a + 180.0) % 360.0 - 180.0
    return a + delta * t
