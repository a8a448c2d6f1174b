"""Prop geometry: what to draw for each prop and which surfaces hold the body up.

Stdlib only. World centimetres, floor at y = 0, already mirrored.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from enum import StrEnum

from coach.figures.body import Capsule, Point, Skeleton
from coach.figures.pose import BandPlace, Prop, PropKind, lerp

SEAT_HEIGHT = 46.0
SEAT_DEPTH = 42.0
ROLLER_R = 7.5
BALL_R = 5.0
STEP_HEIGHT = 18.0
STEP_HALF_WIDTH = 22.0
MAT_DEPTH = 2.5
WALL_HALF_WIDTH = 26.0
WALL_HEIGHT = 185.0
CONTACT_TOLERANCE = 2.5
"""How far (cm) a contact may float above or sink into its support."""


class Ink(StrEnum):
    """How the renderer paints a primitive."""

    MAT = "mat"
    WALL = "wall"
    PROP = "prop"
    PROP_EDGE = "prop_edge"
    BAND = "band"


@dataclass(frozen=True, slots=True)
class Box:
    """An axis-aligned rounded rectangle, ``y`` its bottom edge."""

    ink: Ink
    x: float
    y: float
    w: float
    h: float
    round: float = 2.0


@dataclass(frozen=True, slots=True)
class Disc:
    """A circle."""

    ink: Ink
    c: Point
    r: float


@dataclass(frozen=True, slots=True)
class Loop:
    """A band drawn as an outline round a capsule."""

    ink: Ink
    capsule: Capsule


Primitive = Box | Disc | Loop


@dataclass(frozen=True, slots=True)
class Ledge:
    """A flat support at height ``y`` from ``x0`` to ``x1``; ``depth`` lets parts sink in."""

    y: float
    x0: float
    x1: float
    depth: float = 0.0


@dataclass(frozen=True, slots=True)
class Ball:
    """A round support (foam roller end, massage ball)."""

    c: Point
    r: float


Support = Ledge | Ball


@dataclass(frozen=True, slots=True)
class PlacedProps:
    """Props ready to draw: behind the figure, in front of it, and what they hold up."""

    behind: tuple[Primitive, ...]
    middle: tuple[Primitive, ...]
    """Drawn over the trunk, under the near limbs (a ball under the near buttock)."""
    front: tuple[Primitive, ...]
    supports: tuple[Support, ...]


def _chair(prop: Prop, f: int, backrest: bool) -> tuple[list[Primitive], list[Support]]:
    front_x = prop.x * f
    back_x = front_x - SEAT_DEPTH * f
    x0, x1 = min(front_x, back_x), max(front_x, back_x)
    seat = SEAT_HEIGHT - 4.0
    prims: list[Primitive] = [
        Box(Ink.PROP, x0, seat, x1 - x0, 4.0, 1.5),
        Box(Ink.PROP, front_x - 3.0 * f - 1.5, 0.0, 3.0, seat, 1.0),
        Box(Ink.PROP, back_x + 3.0 * f - 1.5, 0.0, 3.0, seat, 1.0),
    ]
    if backrest:
        prims.append(Box(Ink.PROP, back_x + 1.0 * f - 1.5, seat, 3.0, 46.0, 1.0))
        prims.append(Box(Ink.PROP, back_x + 1.0 * f - 2.5, seat + 26.0, 5.0, 18.0, 2.0))
    return prims, [Ledge(SEAT_HEIGHT, x0, x1)]


def place_props(props: tuple[Prop, ...], facing: int, body: Skeleton) -> PlacedProps:
    """Geometry for ``props`` around ``body``; the floor is always a support."""
    f = facing
    behind: list[Primitive] = []
    middle: list[Primitive] = []
    front: list[Primitive] = []
    supports: list[Support] = [Ledge(0.0, -math.inf, math.inf)]
    xs = [p[0] for p, _ in body.all_points()]
    for prop in props:
        x = prop.x * f
        if prop.kind is PropKind.MAT:
            depth = prop.size or MAT_DEPTH
            x0, x1 = min(xs) - 10.0, max(xs) + 10.0
            behind.insert(0, Box(Ink.MAT, x0, -depth, x1 - x0, depth, min(depth, 3.0)))
            supports.append(Ledge(0.0, x0, x1, depth))
        elif prop.kind in (PropKind.CHAIR, PropKind.BENCH):
            prims, sups = _chair(prop, f, prop.kind is PropKind.CHAIR)
            behind += prims
            supports += sups
        elif prop.kind is PropKind.FOAM_ROLLER:
            r = prop.size or ROLLER_R
            middle += [Disc(Ink.PROP, (x, r), r), Disc(Ink.PROP_EDGE, (x, r), r * 0.45)]
            supports.append(Ball((x, r), r))
        elif prop.kind is PropKind.BALL:
            r = prop.size or BALL_R
            middle.append(Disc(Ink.PROP_EDGE, (x, r), r))
            supports.append(Ball((x, r), r))
        elif prop.kind is PropKind.STEP:
            h = prop.size or STEP_HEIGHT
            behind.append(Box(Ink.PROP, x - STEP_HALF_WIDTH, 0.0, 2 * STEP_HALF_WIDTH, h, 2.0))
            supports.append(Ledge(h, x - STEP_HALF_WIDTH, x + STEP_HALF_WIDTH))
        elif prop.kind is PropKind.WALL:
            w = prop.size or WALL_HALF_WIDTH
            behind.insert(0, Box(Ink.WALL, x - w, 0.0, 2 * w, WALL_HEIGHT, 3.0))
        elif prop.kind is PropKind.BAND:
            front.append(Loop(Ink.BAND, band_capsule(body, prop.band)))
    return PlacedProps(tuple(behind), tuple(middle), tuple(front), tuple(supports))


def band_capsule(body: Skeleton, place: BandPlace) -> Capsule:
    """The loop a mini band makes round both legs at ``place``."""
    if place is BandPlace.ANKLES:
        seg, s = "shin", 0.78
    elif place is BandPlace.KNEES:
        seg, s = "thigh", 0.85
    else:
        seg, s = "thigh", 0.6
    pts = []
    for side in ("near", "far"):
        cap = body.shapes[f"{side}_{seg}"]
        pts.append((lerp(cap.a[0], cap.b[0], s), lerp(cap.a[1], cap.b[1], s)))
    r = 7.5 if seg == "thigh" else 5.5
    return Capsule(pts[0], pts[1], r, r)


def gap(shape: Capsule, support: Support) -> float:
    """Distance from ``shape``'s surface to ``support`` (negative: sunk into it)."""
    best = math.inf
    for (px, py), r in shape.samples():
        if isinstance(support, Ball):
            d = math.hypot(px - support.c[0], py - support.c[1]) - r - support.r
        else:
            if px + r < support.x0 or px - r > support.x1:
                continue
            bottom = py - r
            d = bottom - support.y
            if support.depth and -support.depth - CONTACT_TOLERANCE <= d <= 0.0:
                d = 0.0
        best = min(best, d)
    return best


def contact_gap(shape: Capsule, supports: tuple[Support, ...]) -> float:
    """The gap to the nearest support, by absolute size."""
    gaps = [gap(shape, s) for s in supports]
    return min(gaps, key=abs)
