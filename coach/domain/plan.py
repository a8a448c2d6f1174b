"""My plan: the routine and level a person is on, and the session built from it."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass

from coach.domain.routine import Block, ExerciseKind, Level, Routine


@dataclass(frozen=True, slots=True)
class Plan:
    """The current routine and level, chosen by triage (or by the person)."""

    routine_id: str
    level_id: str
    route: str
    chosen_at: float
    """Wall-clock time the plan was chosen: day counts for re-triage start here."""
    strain_started_at: float | None = None
    """For the acute-strain route: when the strain happened (heat is refused for 3 days)."""
    numbness: bool = False
    """The person reported numbness or pins and needles (warn against ice/heat there)."""
    restricted_kinds: frozenset[ExerciseKind] = frozenset()
    """Exercise kinds triage ruled out for this route (e.g. foam rolling after a strain)."""
    heat_allowed: bool = True
    first_pain: int | None = None
    """Pain at triage, the base for "not improving" re-check suggestions."""

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
        }

    @classmethod
    def from_json(cls, data: object) -> Plan | None:
        """The plan saved by :meth:`to_json`; None if ``data`` is not one."""
        if not isinstance(data, dict):
            return None
        try:
            strain = data.get("strain_started_at")
            first_pain = data.get("first_pain")
            return cls(
                routine_id=str(data["routine_id"]),
                level_id=str(data["level_id"]),
                route=str(data["route"]),
                chosen_at=float(data["chosen_at"]),
                strain_started_at=None if strain is None else float(strain),
                numbness=bool(data.get("numbness", False)),
                restricted_kinds=frozenset(
                    ExerciseKind(k) for k in data.get("restricted_kinds", [])
                ),
                heat_allowed=bool(data.get("heat_allowed", True)),
                first_pain=None if first_pain is None else int(first_pain),
            )
        except (KeyError, TypeError, ValueError):
            return None


def session_blocks(level: Level, dropped_kinds: Collection[ExerciseKind]) -> tuple[Block, ...]:
    """The level's blocks without the kinds today's pain gate drops."""
    return tuple(b for b in level.blocks if b.exercise.kind not in dropped_kinds)


def level_after_morning_check(routine: Routine, level_id: str, *, reduce_load: bool) -> str:
    """The level for today: one easier when the 24-hour rule says to reduce the load."""
    if not reduce_load:
        return level_id
    easier = routine.easier(level_id)
    return easier.id if easier is not None else level_id
