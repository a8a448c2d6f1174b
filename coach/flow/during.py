"""During and around a run: resuming an interrupted session, and what a "this hurts"
report leads to beyond the stop rule itself."""

from __future__ import annotations

from dataclasses import dataclass

from coach.domain.history import SessionRecord
from coach.domain.routine import Block, Routine
from coach.domain.rules import RuleConfig, StopAction, StopDecision, pain_gate
from coach.flow.plan import Plan, session_blocks
from coach.flow.progression import LevelOffer, OfferKind
from coach.flow.safety import SafetyChange, Source, suspend
from coach.flow.sides import sore_side_first

RED_FLAG_DURING = (
    "You reported symptoms during a session that can be warning signs. "
    "Answer the safety questions again before doing any more exercises."
)


def resume_blocks(
    record: SessionRecord, routine: Routine, plan: Plan | None, rules: RuleConfig
) -> tuple[Block, ...]:
    """The interrupted session's blocks, filtered as when it started."""
    pain = record.pain_before if record.pain_before is not None else 0
    restricted = plan.restricted_kinds if plan is not None else frozenset()
    blocks = session_blocks(
        routine.level(record.level_id), pain_gate(pain, rules).dropped_kinds | restricted
    )
    return sore_side_first(blocks, plan.sore_side if plan is not None else None)


@dataclass(frozen=True, slots=True)
class HurtsResult:
    """Beyond the stop rule: the easier level offered now, or a suspension."""

    advice: str = ""
    offer: LevelOffer | None = None
    """The easier level; the person may take it at once."""
    safety: SafetyChange | None = None


def after_hurts(
    decision: StopDecision,
    *,
    routine: Routine,
    level_id: str,
    plan: Plan | None,
    now: float,
    safety: str = "",
) -> HurtsResult:
    """A stop for pain: offer the easier level of the routine now, when it has one
    and the session is the ``plan``'s own. Red-flag symptoms: suspend the plan
    until a clear check-in, saying ``safety`` (the region's emergency line) too."""
    if decision.action is StopAction.STOP_RERUN_RED_FLAGS:
        change = suspend(
            message=RED_FLAG_DURING, source=Source.DURING_SESSION, now=now, safety=safety
        )
        return HurtsResult(safety=change)
    easier = routine.easier(level_id)
    own = plan is not None and (plan.routine_id, plan.level_id) == (routine.id, level_id)
    if decision.action is not StopAction.STOP_EXERCISE_OFFER_EASIER or easier is None or not own:
        return HurtsResult()
    text = f"This routine has an easier level: {easier.name}."
    return HurtsResult(text, LevelOffer(OfferKind.EASIER, easier.id, text, easier.name))
