"""A drawable scene: posed body, props, target highlight and motion arrow.

Stdlib only; the renderer turns a :class:`Scene` into pixels. Every scene
shares one world box (:data:`VIEW`), so all figures are drawn at one scale.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from coach.figures.body import Capsule, Point, Skeleton, blend, posture_of, skeleton
from coach.figures.pose import Limb, Pose, Prop, Target, lerp
from coach.figures.props import PlacedProps, place_props

VIEW = (-120.0, -28.0, 240.0, 218.0)
"""World box every scene is drawn in: x, y (bottom), width, height in cm."""

ARROW_MIN_TRAVEL = 6.0
"""Motions shorter than this (cm) get no arrow."""


@dataclass(frozen=True, slots=True)
class Highlight:
    """A target area: an ellipse (capsule with equal ends) or a band along a limb."""

    layer: str
    """"far" (drawn with the far limbs) or "near" (on top of the body)."""
    capsule: Capsule


@dataclass(frozen=True, slots=True)
class Scene:
    """Everything the renderer draws for one frame."""

    body: Skeleton
    props: PlacedProps
    highlights: tuple[Highlight, ...]
    arrow: tuple[Point, ...]
    """The motion path to draw as an arrow (empty: none)."""
    facing: int
    working: str = ""
    """The leg that does the work, "near" or "far", drawn in the working colour and in
    front where the legs cross; empty when both legs work."""


def _u(deg: float) -> Point:
    rad = math.radians(deg)
    return (math.cos(rad), math.sin(rad))


def _at(p: Point, d: Point, k: float) -> Point:
    return (p[0] + d[0] * k, p[1] + d[1] * k)


def _along(cap: Capsule, s: float) -> Point:
    return (lerp(cap.a[0], cap.b[0], s), lerp(cap.a[1], cap.b[1], s))


def _highlights(body: Skeleton, target: Target, limb: Limb) -> tuple[Highlight, ...]:
    """Shapes marking the target; directions follow the (mirrored) body."""
    f = body.facing
    hip = body.point("hip")
    up = _u(body.trunk)
    # The back of the body: 90 degrees from the trunk, away from the face.
    back = _u(body.trunk + 90.0 * f)
    side = 1.0 - body.front
    out: list[Highlight] = []
    legs = ("near", "far") if limb is Limb.BOTH else (limb.value,)
    hips = ("near", "far") if limb is Limb.BOTH else (limb.value,)
    if body.front >= 0.5 and target in (Target.GLUTE, Target.GLUTE_SIDE, Target.PIRIFORMIS):
        # Seen from the front the buttock is hidden: mark the outside of the hip.
        for leg in hips:
            other = "far" if leg == "near" else "near"
            ha, hb = body.shapes[f"{leg}_thigh"].a, body.shapes[f"{other}_thigh"].a
            dx, dy = ha[0] - hb[0], ha[1] - hb[1]
            n = math.hypot(dx, dy) or 1.0
            c = _at(_at(ha, (dx / n, dy / n), 5.0), up, 5.0)
            out.append(Highlight("near", Capsule(_at(c, up, -2.0), _at(c, up, 2.0), 6.5, 6.5)))
        return tuple(out)
    if target in (Target.GLUTE, Target.SCIATIC):
        c = _at(_at(hip, back, 6.0 * side), up, 3.0)
        r = 8.5 if target is Target.GLUTE else 6.5
        out.append(Highlight("near", Capsule(_at(c, up, -2.0), _at(c, up, 2.0), r, r)))
    if target is Target.PIRIFORMIS:
        sacrum = _at(_at(hip, back, 8.0 * side), up, 9.0)
        out.append(Highlight("near", Capsule(sacrum, _at(hip, back, 1.5 * side), 4.8, 4.0)))
    if target is Target.GLUTE_SIDE:
        c = _at(hip, up, 7.0)
        out.append(Highlight("near", Capsule(_at(c, up, -2.5), _at(c, up, 2.5), 6.5, 6.5)))
    if target is Target.CORE:
        front = _u(body.trunk - 90.0 * f)
        a = _at(_at(hip, up, 12.0), front, 4.0 * side)
        b = _at(_at(hip, up, 34.0), front, 4.0 * side)
        out.append(Highlight("near", Capsule(a, b, 6.0, 6.0)))
    if target in (Target.HAMSTRING, Target.SCIATIC):
        for leg in legs:
            thigh = body.shapes[f"{leg}_thigh"]
            dx, dy = thigh.b[0] - thigh.a[0], thigh.b[1] - thigh.a[1]
            n = math.hypot(dx, dy) or 1.0
            # Posterior of the thigh: the side the knee bends towards.
            post = (dy / n * f, -dx / n * f)
            off = 3.5 * side
            a, b = _at(_along(thigh, 0.2), post, off), _at(_along(thigh, 0.88), post, off)
            r = 4.2 if target is Target.HAMSTRING else 2.6
            out.append(Highlight(leg if leg == "far" else "near", Capsule(a, b, r, r)))
    return tuple(out)


_ARROW_POINTS = ("hip", "head", *(f"{s}_{p}" for s in ("near", "far") for p in ("knee", "heel")))


def motion_arrow(start: Pose, end: Pose, *, mirrored: bool = False) -> tuple[Point, ...]:
    """The motion arrow from ``start`` to ``end`` (empty when nothing moves much)."""
    if mirrored:
        start, end = start.mirrored(), end.mirrored()
    return _arrow(start, end)


def _arrow(start: Pose, end: Pose) -> tuple[Point, ...]:
    """The path of the end pose's ``arrow`` point (else the leg, hip or head point
    that moves most), pushed out from the body and kept above the floor."""
    s0, s1 = skeleton(posture_of(start)), skeleton(posture_of(end))
    candidates = [end.arrow] if end.arrow else list(_ARROW_POINTS)
    travel = {n: math.dist(s0.point(n), s1.point(n)) for n in candidates}
    best = max(candidates, key=lambda n: (travel[n], n))
    if travel[best] < ARROW_MIN_TRAVEL:
        return ()
    path = [skeleton(blend(start, end, i / 12)).point(best) for i in range(13)]
    # Push the path sideways to whichever side leaves it clear of the body.
    (x0, y0), (x1, y1) = path[0], path[-1]
    n = math.hypot(x1 - x0, y1 - y0) or 1.0
    nx, ny = -(y1 - y0) / n, (x1 - x0) / n
    shapes = [*s0.shapes.values(), *s1.shapes.values()]
    thick = s0.shapes["pelvis" if best == "hip" else best]
    push = ARROW_GAP + max(thick.ra, thick.rb)
    sides = []
    for sign in (1.0, -1.0):
        pushed = [(x + sign * nx * push, y + sign * ny * push) for x, y in path]
        trimmed = pushed[2:-2]
        clear = min(_clearance(p, shapes) for p in trimmed)
        if min(y for _, y in trimmed) < 3.0:
            clear -= 100.0
        sides.append((clear, sign, tuple(trimmed)))
    return max(sides)[2]


ARROW_GAP = 9.0
"""How far (cm) the arrow sits from the surface of the part it follows."""


def _clearance(p: Point, shapes: list[Capsule]) -> float:
    """Distance from ``p`` to the nearest capsule surface (negative inside one)."""
    best = math.inf
    for c in shapes:
        dx, dy = c.b[0] - c.a[0], c.b[1] - c.a[1]
        length2 = dx * dx + dy * dy
        s = 0.0 if length2 == 0 else ((p[0] - c.a[0]) * dx + (p[1] - c.a[1]) * dy) / length2
        s = min(1.0, max(0.0, s))
        q = (c.a[0] + dx * s, c.a[1] + dy * s)
        best = min(best, math.dist(p, q) - lerp(c.ra, c.rb, s))
    return best


def build_scene(
    start: Pose,
    end: Pose | None = None,
    *,
    t: float = 0.0,
    mirrored: bool = False,
    arrow: tuple[Point, ...] | None = None,
) -> Scene:
    """The frame a fraction ``t`` (0..1, already eased) from ``start`` to ``end``.

    Props are the union of both poses' props (one of each kind, the start's
    wins), so a chair stays put while the figure stands up from it. ``arrow``
    is a precomputed :func:`motion_arrow` (``()`` for none; None computes it).
    """
    end = end or start
    if mirrored:
        start, end = start.mirrored(), end.mirrored()
    body = skeleton(blend(start, end, t))
    kinds = {p.kind for p in start.props}
    props: tuple[Prop, ...] = start.props + tuple(p for p in end.props if p.kind not in kinds)
    target_pose = start if t < 0.5 else end
    return Scene(
        body=body,
        props=place_props(props, start.facing, body),
        highlights=_highlights(body, target_pose.target, target_pose.target_limb),
        arrow=_arrow(start, end) if arrow is None else arrow,
        facing=start.facing,
        working=_working_leg(start, end),
    )


def _working_leg(start: Pose, end: Pose) -> str:
    """The leg that works through the whole move (so its colour never flips midway):
    the end pose's one-sided target, else the start pose's, else none."""
    for pose in (end, start):
        if pose.target_limb is not Limb.BOTH:
            return pose.target_limb.value
    return ""


def scene_points(scene: Scene) -> list[tuple[Point, float]]:
    """Every body point with its radius, plus the arrow: what must fit in :data:`VIEW`."""
    return scene.body.all_points() + [(p, 1.5) for p in scene.arrow]


View = tuple[float, float, float, float]
"""A world box: x, y (bottom), width, height in cm."""
FIT_MARGIN = 16.0
"""Room kept around the body when a picture is fitted to one exercise (cm)."""


def fitted_view(start: Pose, end: Pose, *, mirrored: bool = False) -> View:
    """The part of :data:`VIEW` one exercise uses: the body all along its move, its
    arrow and the floor under it, with a margin. Drawn into this box, a lying stretch
    fills the picture instead of a strip of it."""
    points: list[tuple[Point, float]] = []
    for t in (0.0, 0.25, 0.5, 0.75, 1.0):
        points += scene_points(build_scene(start, end, t=t, mirrored=mirrored))
    vx, vy, vw, vh = VIEW
    left = max(vx, min(p[0] - r for p, r in points) - FIT_MARGIN)
    right = min(vx + vw, max(p[0] + r for p, r in points) + FIT_MARGIN)
    bottom = max(vy, min(0.0, *(p[1] - r for p, r in points)) - FIT_MARGIN / 2)
    top = min(vy + vh, max(p[1] + r for p, r in points) + FIT_MARGIN)
    return (left, bottom, right - left, top - bottom)


def inside_view(p: Point, r: float) -> bool:
    """Whether a circle at ``p`` of radius ``r`` lies within :data:`VIEW`."""
    x, y, w, h = VIEW
    return x <= p[0] - r and p[0] + r <= x + w and y <= p[1] - r and p[1] + r <= y + h
