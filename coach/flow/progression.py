"""Level offers: harder only when the body agrees, easier after a stop rule (issue 11).

A harder level is offered only when the person said the session felt easy,
pain did not rise in it (not by 2 points, nor meaningfully), no stop rule fired,
no spreading nerve symptoms were reported, and the next-morning check was back
to the pre-session level. So the offer comes at that morning check, never in the
same summary as "take it easier".
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from enum import StrEnum

from coach.domain.history import EventKind, SessionRecord, SessionStatus
from coach.domain.routine import Routine
from coach.domain.rules import PainChange, RuleConfig, meaningful_change
from coach.flow.outputs import HistoryNote
from coach.flow.plan import Plan


class OfferKind(StrEnum):
    """Which way an offer goes."""

    HARDER = "harder"
    EASIER = "easier"


@dataclass(frozen=True, slots=True)
class LevelOffer:
    """A level Home offers to change to, and the sentence that says why."""

    kind: OfferKind
    level_id: str
    text: str
    """In English, for the record; screens word the offer from ``kind`` and ``level_name``."""
    level_name: str = ""
    """The offered level's name, in the content's language ("" in offers saved before it)."""

    def to_json(self) -> dict[str, str]:
        """Plain JSON values for the settings table."""
        return {
            "kind": self.kind.value,
            "level_id": self.level_id,
            "text": self.text,
            "level_name": self.level_name,
        }

    @classmethod
    def from_json(cls, data: object) -> LevelOffer | None:
        """The offer saved by :meth:`to_json`; None if ``data`` is not one (or empty)."""
        if not isinstance(data, dict) or not data.get("level_id"):
            return None
        try:
            kind = OfferKind(data.get("kind", OfferKind.EASIER.value))
            name = str(data.get("level_name", ""))
            return cls(kind, str(data["level_id"]), str(data.get("text", "")), name)
        except ValueError:
            return None


def body_agreed(record: SessionRecord, *, stop_rule_fired: bool, rules: RuleConfig) -> bool:
    """Everything but the next morning: finished, felt easy, pain did not rise,
    no stop rule, and "no" to spreading leg symptoms."""
    before, after = record.pain_before, record.pain_after
    if before is None or after is None:
        return False
    return (
        record.status is SessionStatus.COMPLETED
        and record.rated_easy is True
        and record.spreading_symptoms is False
        and not stop_rule_fired
        and after - before < rules.limits.rise_stop
        and meaningful_change(before, after, rules) is not PainChange.WORSENED
    )


def harder_after_morning(
    record: SessionRecord,
    *,
    morning_pain: int,
    plan: Plan,
    routine: Routine,
    stop_rule_fired: bool,
    rules: RuleConfig,
) -> LevelOffer | None:
    """The next level, if the plan's last session went easily and the next morning
    was back to its pre-session pain; else None."""
    if record.routine_id != plan.routine_id or record.level_id != plan.level_id:
        return None
    if not body_agreed(record, stop_rule_fired=stop_rule_fired, rules=rules):
        return None
    if record.pain_before is None or morning_pain > record.pain_before:
        return None
    target = routine.harder(plan.level_id)
    if target is None:
        return None
    text = (
        "Your last session felt easy and your pain was back to normal the next morning. "
        f"You can move up to: {target.name}."
    )
    return LevelOffer(OfferKind.HARDER, target.id, text, target.name)


def easier_after_stop(routine: Routine, level_id: str) -> LevelOffer | None:
    """After a stop rule: the easier level, when the routine has one."""
    target = routine.easier(level_id)
    if target is None:
        return None
    text = f"A stop rule was triggered. Next time, try the easier level: {target.name}."
    return LevelOffer(OfferKind.EASIER, target.id, text, target.name)


def easy_next_level(routine: Routine, level_id: str) -> str:
    """After an easy session: the name of the level the morning check may offer ("" if
    none). The summary says the offer waits for the morning."""
    target = routine.harder(level_id)
    return "" if target is None else target.name


def accept(
    plan: Plan, offer: LevelOffer, routine: Routine, *, where: str = "on Home"
) -> tuple[Plan, HistoryNote | None]:
    """The plan at the offered level, and the change to record (None if it no longer fits)."""
    if plan.routine_id != routine.id or offer.level_id not in {lvl.id for lvl in routine.levels}:
        return plan, None
    return change_level(plan, offer.level_id, f"{offer.kind.value} level accepted {where}")


def change_level(plan: Plan, level_id: str, why: str) -> tuple[Plan, HistoryNote | None]:
    """The plan at ``level_id`` and the LEVEL_CHANGE to record (None if unchanged)."""
    if level_id == plan.level_id:
        return plan, None
    note = HistoryNote(EventKind.LEVEL_CHANGE, f"{plan.level_id} -> {level_id}: {why}")
    return replace(plan, level_id=level_id), note
