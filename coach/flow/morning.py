"""The morning after: when to ask, and the 24-hour rule (docs/clinical-basis.md s.3)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, tzinfo

from coach.domain.history import SessionRecord, SessionStatus
from coach.domain.routine import Routine
from coach.domain.rules import RuleConfig, twenty_four_hour_rule
from coach.flow.outputs import HistoryNote, Notice
from coach.flow.plan import Plan
from coach.flow.progression import LevelOffer, change_level, harder_after_morning

MORNING_CHECK_WINDOW_S = 36 * 3600.0
"""Ask about the morning after the last session if it was within this long ago."""


def ask_morning(last: SessionRecord | None, *, now: float, tz: tzinfo | None = None) -> bool:
    """Ask for this morning's pain: the last session was completed on an earlier
    calendar day within the window, had a pre-session score and no morning score yet."""
    return (
        last is not None
        and last.status is SessionStatus.COMPLETED
        and last.morning_pain is None
        and last.pain_before is not None
        and now - last.started_at <= MORNING_CHECK_WINDOW_S
        and datetime.fromtimestamp(last.started_at, tz).date()
        < datetime.fromtimestamp(now, tz).date()
    )


@dataclass(frozen=True, slots=True)
class MorningResult:
    """The plan after the morning score, what to say and record, and any harder offer."""

    plan: Plan
    notices: tuple[Notice, ...] = ()
    notes: tuple[HistoryNote, ...] = ()
    offer: LevelOffer | None = None


def morning_check(
    plan: Plan,
    routine: Routine,
    *,
    last: SessionRecord,
    morning_pain: int,
    stop_rule_fired: bool,
    rules: RuleConfig,
) -> MorningResult:
    """Worse than before the last session: one level easier, and say so. Back to
    baseline after an easy session: offer the next level (see ``progression``)."""
    if last.pain_before is None:
        return MorningResult(plan)
    decision = twenty_four_hour_rule(last.pain_before, morning_pain, rules)
    if decision.reduce_load:
        easier = routine.easier(plan.level_id) if plan.routine_id == routine.id else None
        new_plan, note = (plan, None)
        if easier is not None:
            new_plan, note = change_level(plan, easier.id, "24-hour rule")
        notes = (note,) if note is not None else ()
        return MorningResult(new_plan, (Notice("24h_rule", decision.message),), notes)
    offer = harder_after_morning(
        last,
        morning_pain=morning_pain,
        plan=plan,
        routine=routine,
        stop_rule_fired=stop_rule_fired,
        rules=rules,
    )
    return MorningResult(plan, offer=offer)
