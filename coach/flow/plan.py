"""My plan: the routine and level a person is on, where it came from, and when.

The plan is chosen by a check-in (``plan_from_check_in``) and saved by the app
as plain JSON; review clocks start at symptom onset (``review_from``).
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass

from coach.domain.routine import Block, ExerciseKind, Level, Routine
from coach.domain.side import Side


@dataclass(frozen=True, slots=True)
class Plan:
    """The current routine and level, chosen by a check-in (or by the person)."""

    routine_id: str
    level_id: str
    route: str
    chosen_at: float
    """Wall-clock time of the check-in that chose the plan."""
    strain_started_at: float | None = None
    """When a sudden strain happened (the check-in said the pain started suddenly), on
    any route: heat is refused for its first 3 days, and "not 30 % better at 2 weeks"
    is checked from it."""
    numbness: bool = False
    """The person reported numbness or pins and needles (warn against ice/heat there)."""
    restricted_kinds: frozenset[ExerciseKind] = frozenset()
    """Exercise kinds triage ruled out for this route (e.g. foam rolling after a strain)."""
    heat_allowed: bool = True
    first_pain: int | None = None
    """Pain at triage, the base for "not improving" follow-ups."""
    onset_at: float | None = None
    """When the symptoms started; None for plans saved before it was recorded."""
    sore_side: Side | None = None
    """The side that hurts (left or right), worked first; None for both or unknown."""

    @property
    def review_from(self) -> float:
        """Where review clocks start: symptom onset, else the check-in."""
        return self.onset_at if self.onset_at is not None else self.chosen_at

    def to_json(self) -> dict[str, object]:
        """Plain JSON values for the settings table."""
        return {
            "routine_id": self.routine_id,
            "level_id": self.level_id,
            "route": self.route,
            "chosen_at": self.chosen_at,
            "strain_started_at": self.strain_started_at,
            "numbness": self.numbness,
            "restricted_kinds": sorted(k.value for k in self.restricted_kinds),
            "heat_allowed": self.heat_allowed,
            "first_pain": self.first_pain,
            "onset_at": self.onset_at,
            "sore_side": None if self.sore_side is None else self.sore_side.value,
        }

    @classmethod
    def from_json(cls, data: object) -> Plan | None:
        """The plan saved by :meth:`to_json`; None if ``data`` is not one."""
        if not isinstance(data, dict):
            return None
        try:
            return cls(
                routine_id=str(data["routine_id"]),
                level_id=str(data["level_id"]),
                route=str(data["route"]),
                chosen_at=float(data["chosen_at"]),
                strain_started_at=_time(data.get("strain_started_at")),
                numbness=bool(data.get("numbness", False)),
                restricted_kinds=frozenset(
                    ExerciseKind(k) for k in data.get("restricted_kinds", [])
                ),
                heat_allowed=bool(data.get("heat_allowed", True)),
                first_pain=None if data.get("first_pain") is None else int(data["first_pain"]),
                onset_at=_time(data.get("onset_at")),
                sore_side=None if data.get("sore_side") is None else Side(data["sore_side"]),
            )
        except (KeyError, TypeError, ValueError):
            return None


def _time(value: object) -> float | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        raise TypeError(f"not a time: {value!r}")
    return float(value)


def session_blocks(level: Level, dropped_kinds: Collection[ExerciseKind]) -> tuple[Block, ...]:
    """The level's blocks without the kinds dropped today (pain gate, triage, nerve rule)."""
    return tuple(b for b in level.blocks if b.exercise.kind not in dropped_kinds)


def level_named(routine: Routine, level_id: str) -> str:
    """The level's name ("" if the routine has no such level)."""
    return next((lvl.name for lvl in routine.levels if lvl.id == level_id), "")
