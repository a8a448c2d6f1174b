"""The result of triage or of a pre-session check, and what else may be picked."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from coach.domain.routine import ExerciseKind, Routine
from coach.domain.triage.config import AdviceKey, MessageKey


class OutcomeLevel(StrEnum):
    """How serious the result is, most serious first."""

    CALL_EMERGENCY_NOW = "call_emergency_now"
    """Chest pain: call the emergency number now."""
    EMERGENCY = "emergency"
    """Go to an emergency department now."""
    URGENT = "urgent"
    """Medical advice today (or GP within days for R6)."""
    UNDER_16 = "under_16"
    """The app is for adults."""
    SOON_48H = "soon_48h"
    """GP/physio within 1-2 days; only walking, ice, heat until checked."""
    ROUTE = "route"
    """No red flag: a routine is suggested."""


@dataclass(frozen=True, slots=True)
class Outcome:
    """The result of triage or of a pre-session check.

    ``route`` is None when no exercises may be offered. ``restricted_kinds``
    and ``heat_allowed`` apply to whatever routine the person ends up doing.
    """

    level: OutcomeLevel
    message_key: MessageKey
    message: str
    route: str | None
    """The id of the suggested routine (from ``[routes]``); None: no exercises."""
    reasons: tuple[str, ...]
    """Plain sentences naming the answers that decided it."""
    reason_keys: tuple[str, ...]
    advice: tuple[str, ...] = ()
    advice_keys: tuple[AdviceKey, ...] = ()
    risk_50_plus: bool = False
    restricted_kinds: frozenset[ExerciseKind] = frozenset()
    may_choose_other: bool = False
    heat_allowed: bool = False
    rule: int | None = None
    """The routing rule (1b, 2-11) that matched; None for a red flag."""
    emergency_number: str = ""
    """The region's emergency number (or phrase) the message names, for a red flag."""

    @property
    def exercises_allowed(self) -> bool:
        """True if any routine may be offered."""
        return self.route is not None


def allowed_routines(outcome: Outcome, candidates: Iterable[Routine]) -> tuple[str, ...]:
    """Ids of the ``candidates`` the person may pick instead of the suggested routine.

    Empty when a red flag or rule 2 (pain >= 8) forbids choosing. Otherwise every
    other candidate except those built around a restricted kind (the routine file's
    ``built_around``): after a sudden strain (no foam rolling) that drops
    trigger-point release; at pain 6-7 also the strengthening routines. The
    outcome's restrictions (kinds, heat) still apply to the picked routine.
    """
    if not outcome.may_choose_other or outcome.route is None:
        return ()
    return tuple(
        r.id
        for r in candidates
        if r.id != outcome.route and r.built_around not in outcome.restricted_kinds
    )
