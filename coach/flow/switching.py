"""Which routines a person may switch to after a check-in, and why the others not.

The triage suggests one routine; the person may pick another unless the
triage ruled it out (docs/clinical-basis.md s.1b): with nerve signs no routine with deep
hip stretches, after a sudden strain in its first 3 days no strengthening or
foam rolling, at pain 6-7 no routine built around strengthening or foam rolling,
and after a red flag or at pain 8+ nothing else at all.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from coach.domain.routine import ExerciseKind, Routine
from coach.domain.triage import AdviceKey, Outcome, allowed_routines

NERVE_RULED_OUT = frozenset({ExerciseKind.STRETCH})
"""Nerve signs: no deep hip stretches (pigeon, 90/90, piriformis stretches) [design]."""
ACUTE_RULED_OUT = frozenset({ExerciseKind.STRENGTH, ExerciseKind.FOAM_ROLL})
"""First 3 days after a sudden strain: no strengthening or foam rolling [NHS-SPR]."""


class RuledOut(StrEnum):
    """Why a routine may not be picked; the UI words it (e.g. NERVE: "It has deep hip
    stretches, which can make nerve symptoms worse.")."""

    NO_CHOICE = "no_choice"
    """The answers allow only the suggested routine for now."""
    NERVE = "nerve"
    """It has deep hip stretches, which can make nerve symptoms worse."""
    ACUTE = "acute"
    """It has strengthening or foam rolling, which should wait until the first 3 days
    after a sudden strain are over."""
    CORE = "core"
    """It is built around strengthening or foam rolling, which the answers rule out."""
    NOT_OFFERED = "not_offered"
    """The check-in did not offer it at all."""


@dataclass(frozen=True, slots=True)
class RouteChoice:
    """One routine other than the suggested one: whether it may be picked, and why not."""

    route: str
    allowed: bool
    reason: RuledOut | None = None


def routine_kinds(routine: Routine) -> frozenset[ExerciseKind]:
    """Every exercise kind in any of the routine's levels."""
    return frozenset(b.exercise.kind for lvl in routine.levels for b in lvl.blocks)


def route_choices(outcome: Outcome, routines: Iterable[Routine]) -> tuple[RouteChoice, ...]:
    """Every routine of ``routines`` but the suggested one, in the order given.

    The triage's own limits apply to every routine by what it is built around
    (:func:`allowed_routines`), the nerve and strain limits by what it holds.
    """
    if outcome.route is None:
        return ()
    candidates = [r for r in routines if r.id != outcome.route]
    triage_allows = set(allowed_routines(outcome, candidates))
    nerve = "where.nerve" in outcome.reason_keys
    acute = AdviceKey.ACUTE_STRAIN in outcome.advice_keys
    choices = []
    for routine in candidates:
        has = routine_kinds(routine)
        reason = None
        if not outcome.may_choose_other:
            reason = RuledOut.NO_CHOICE
        elif nerve and has & NERVE_RULED_OUT:
            reason = RuledOut.NERVE
        elif acute and has & ACUTE_RULED_OUT:
            reason = RuledOut.ACUTE
        elif routine.id not in triage_allows:
            reason = RuledOut.CORE
        choices.append(RouteChoice(routine.id, reason is None, reason))
    return tuple(choices)
