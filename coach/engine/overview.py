"""A routine level at a glance: how many exercises, about how long, what to have ready.

Qt-free; used by Home's plan card and the routine cards.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from coach.domain.routine import Block
from coach.engine.session_plan import expand_plan, planned_seconds


@dataclass(frozen=True, slots=True)
class Overview:
    """What a level asks for: ``minutes`` is rounded up and at least 1."""

    exercises: int
    minutes: int
    equipment: tuple[str, ...]
    """Everything the exercises use, in first-use order, without repeats."""


def overview(blocks: Sequence[Block]) -> Overview:
    """The overview of a level's ``blocks``: its phases' time, self-paced reps estimated."""
    seconds = sum(planned_seconds(phase) for phase in expand_plan(blocks))
    equipment: dict[str, None] = {}
    for block in blocks:
        equipment.update(dict.fromkeys(block.exercise.equipment))
    exercises = len({block.exercise.id for block in blocks})
    return Overview(exercises, max(1, math.ceil(seconds / 60)), tuple(equipment))
