"""Routines as frozen data: exercises, dosed blocks and levels.

Pure data, stdlib only. The content loader builds these from TOML and
validates them; everything else only reads them.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from coach.domain.side import Side


class Position(StrEnum):
    """Where the body is for an exercise."""

    FLOOR = "floor"
    SEATED = "seated"
    STANDING = "standing"
    KNEELING = "kneeling"


class ExerciseKind(StrEnum):
    """What an exercise does; the pain gates filter on this."""

    STRETCH = "stretch"
    STRENGTH = "strength"
    NERVE = "nerve"
    FOAM_ROLL = "foam_roll"
    MOBILITY = "mobility"
    AEROBIC = "aerobic"
    REST_POSITION = "rest_position"


class DoseMode(StrEnum):
    """How one unit of work is timed.

    HOLD: a static hold of ``seconds``, repeated ``reps`` times per side.
    TIMED: a drill lasting ``seconds`` (walking, monster walk), ``reps`` rounds.
    TIMED_REPS: ``reps`` repetitions at ``tempo_s`` seconds each, one unit per set.
    SELF_PACED: ``reps`` repetitions at the person's pace; they say when done.
    """

    HOLD = "hold"
    TIMED = "timed"
    TIMED_REPS = "timed_reps"
    SELF_PACED = "self_paced"


MAX_WORK_SECONDS = 20 * 60
"""No single timed unit of work may last longer than 20 minutes."""


@dataclass(frozen=True, slots=True)
class Exercise:
    """One exercise from the library, with its plain-language instructions.

    ``start_pose`` and ``end_pose`` name poses in ``assets/poses``; the player
    animates from one to the other.
    """

    id: str
    name: str
    kind: ExerciseKind
    position: Position
    equipment: tuple[str, ...]
    target: str
    instructions: tuple[str, ...]
    cautions: tuple[str, ...]
    start_pose: str
    end_pose: str
    cue: str
    """What the voice says at get-ready: a short version of the instructions."""


@dataclass(frozen=True, slots=True)
class Dose:
    """How much of an exercise a block asks for."""

    mode: DoseMode
    reps: int
    sets: int = 1
    seconds: float = 0.0
    """HOLD and TIMED: length of one unit of work."""
    tempo_s: float = 0.0
    """TIMED_REPS: seconds per repetition."""
    per_side: bool = False
    rest_between_reps_s: float = 0.0
    rest_between_sets_s: float = 0.0
    get_ready_s: float = 8.0
    switch_s: float = 5.0
    right_first: bool = False
    """Per side: the right side first (the person's sore side), else the left."""

    @property
    def sides(self) -> tuple[Side, ...]:
        """The sides to work, in order: left then right (or right then left when
        ``right_first``), or both at once."""
        if not self.per_side:
            return (Side.BOTH,)
        return (Side.RIGHT, Side.LEFT) if self.right_first else (Side.LEFT, Side.RIGHT)

    @property
    def units_per_side(self) -> int:
        """Timed or self-paced units of work per side per set."""
        if self.mode in (DoseMode.HOLD, DoseMode.TIMED):
            return self.reps
        return 1

    @property
    def unit_seconds(self) -> float | None:
        """Length of one unit of work, or None when the person sets the pace."""
        if self.mode in (DoseMode.HOLD, DoseMode.TIMED):
            return self.seconds
        if self.mode is DoseMode.TIMED_REPS:
            return self.reps * self.tempo_s
        return None


@dataclass(frozen=True, slots=True)
class Block:
    """An exercise with the dose a routine gives it."""

    exercise: Exercise
    dose: Dose


@dataclass(frozen=True, slots=True)
class Level:
    """One level of a routine (e.g. strengthening weeks 1-2)."""

    id: str
    name: str
    blocks: tuple[Block, ...]


@dataclass(frozen=True, slots=True)
class Routine:
    """A routine the triage can suggest: a summary and one or more levels, easiest first."""

    id: str
    name: str
    summary: str
    levels: tuple[Level, ...]
    advice: tuple[str, ...] = ()
    """Plain-language advice shown with the routine (e.g. when to see a GP)."""
    built_around: ExerciseKind | None = None
    """The kind the routine is built around: it can't be picked when triage restricts it."""

    def level(self, level_id: str) -> Level:
        """The level with this id; KeyError if there is none."""
        for level in self.levels:
            if level.id == level_id:
                return level
        raise KeyError(level_id)

    def easier(self, level_id: str) -> Level | None:
        """The next easier level, or None at the easiest."""
        index = [lvl.id for lvl in self.levels].index(level_id)
        return self.levels[index - 1] if index > 0 else None

    def harder(self, level_id: str) -> Level | None:
        """The next harder level, or None at the hardest."""
        index = [lvl.id for lvl in self.levels].index(level_id)
        return self.levels[index + 1] if index + 1 < len(self.levels) else None
