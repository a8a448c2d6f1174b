"""How a session ended, truthfully: all done, done with some steps skipped, or stopped
(issue 12), and the after-session summary."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from coach.domain.history import EventKind, SessionRecord, SessionStatus, StepOutcome
from coach.domain.routine import Routine
from coach.domain.rules import PainChange, RuleConfig, RuleMessage, meaningful_change
from coach.flow.outputs import HistoryNote
from coach.flow.plan import Plan
from coach.flow.progression import (
    LevelOffer,
    body_agreed,
    easier_after_stop,
    easy_so_far_line,
)
from coach.flow.wording import count


class Ending(StrEnum):
    """How the session ended."""

    FINISHED_ALL = "finished_all"
    FINISHED_SKIPPED = "finished_skipped"
    ALL_SKIPPED = "all_skipped"
    """Reached the end with every step skipped: nothing was done."""
    STOPPED = "stopped"


@dataclass(frozen=True, slots=True)
class SessionOutcome:
    """The ending, and how many of the session's steps were skipped."""

    ending: Ending
    skipped: int
    total: int

    @property
    def status(self) -> SessionStatus:
        """What the history records: completed when something was done and the end was
        reached; stopped otherwise (so a session of skips never counts as done)."""
        done = self.ending in (Ending.FINISHED_ALL, Ending.FINISHED_SKIPPED)
        return SessionStatus.COMPLETED if done else SessionStatus.STOPPED

    @property
    def text(self) -> str:
        """One sentence for the after-session screen."""
        if self.ending is Ending.STOPPED:
            return "Session stopped. What you did is saved."
        if self.ending is Ending.ALL_SKIPPED:
            return "Every step was skipped, so this session doesn't count as done."
        if self.ending is Ending.FINISHED_SKIPPED:
            return f"Session finished, with {self.skipped} of {count(self.total, 'step')} skipped."
        return "Session complete. Well done."


def session_outcome(*, finished: bool, steps: Sequence[StepOutcome], total: int) -> SessionOutcome:
    """``finished``: the engine reached the end (not stopped); ``steps`` every saved
    step of the session (across a resume); ``total`` the session's units of work."""
    if not finished:
        return SessionOutcome(Ending.STOPPED, steps.count(StepOutcome.SKIPPED), total)
    skipped = steps.count(StepOutcome.SKIPPED)
    completed = steps.count(StepOutcome.COMPLETED)
    not_done = max(skipped, total - completed)
    if total and not completed:
        return SessionOutcome(Ending.ALL_SKIPPED, not_done, total)
    ending = Ending.FINISHED_SKIPPED if not_done else Ending.FINISHED_ALL
    return SessionOutcome(ending, not_done, total)


@dataclass(frozen=True, slots=True)
class Summary:
    """The after-session summary lines, the offer to keep for Home, and what to record."""

    lines: tuple[str, ...]
    offer: LevelOffer | None
    notes: tuple[HistoryNote, ...] = ()


def pain_line(before: int, after: int, rules: RuleConfig) -> str:
    """Pain before and after, and whether the change is meaningful."""
    words = {
        PainChange.IMPROVED: "That is a real improvement.",
        PainChange.WORSENED: (
            "That is a real rise. Take it easier next time, "
            "and check how it feels tomorrow morning."
        ),
        PainChange.UNCHANGED: "About the same as before.",
    }[meaningful_change(before, after, rules)]
    return f"Pain before: {before}/10, after: {after}/10. {words}"


def summary(
    record: SessionRecord,
    *,
    outcome: SessionOutcome,
    stop_rule_fired: bool,
    routine: Routine,
    plan: Plan | None,
    rules: RuleConfig,
) -> Summary:
    """The summary of the finished ``record``. After a stop rule: offer the easier
    level. After an easy session with no rise: say the next level waits for
    tomorrow morning's check (see ``progression``); never both. No offer of the
    level the ``plan`` is already on (taken during the session)."""
    minutes = round(record.active_s / 60)
    length = count(minutes, "minute") if minutes else "less than a minute"
    lines: list[str] = []
    if record.pain_before is not None and record.pain_after is not None:
        lines.append(pain_line(record.pain_before, record.pain_after, rules))
    lines.append(f"You did {count(record.steps_done, 'step')}, {length} of exercise.")
    notes: list[HistoryNote] = []
    if record.spreading_symptoms:
        settle = rules.limits.nerve_settle_minutes
        lines.append(rules.text(RuleMessage.NERVE_STOP, minutes=settle))
        detail = "spreading leg symptoms after the session"
        notes.append(HistoryNote(EventKind.NERVE_SYMPTOMS, detail, record.id))
    offer = easier_after_stop(routine, record.level_id) if stop_rule_fired else None
    if offer is not None and plan is not None and plan.routine_id == routine.id:
        offer = None if offer.level_id == plan.level_id else offer
    if offer is not None:
        lines.append(offer.text + " (You can change level on Home.)")
    elif outcome.ending is not Ending.STOPPED and body_agreed(
        record, stop_rule_fired=stop_rule_fired, rules=rules
    ):
        lines.append(easy_so_far_line(routine, record.level_id))
    return Summary(tuple(line for line in lines if line), offer, tuple(notes))
