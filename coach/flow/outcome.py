"""How a session ended, truthfully: all done, done with some steps skipped, or stopped
(issue 12), and the after-session summary, as facts: the UI words them (no English here)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from coach.domain.history import EventKind, SessionRecord, SessionStatus, StepOutcome
from coach.domain.routine import Routine
from coach.domain.rules import PainChange, RuleConfig, RuleMessage, meaningful_change
from coach.flow.outputs import HistoryNote
from coach.flow.plan import Plan
from coach.flow.progression import LevelOffer, body_agreed, easier_after_stop, easy_next_level


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
class PainBeforeAfter:
    """Pain before and after the session, and whether the change is meaningful."""

    before: int
    after: int
    change: PainChange


@dataclass(frozen=True, slots=True)
class Summary:
    """The after-session summary as facts (a screen words them in its language), the offer
    to keep for Home, and what to record.

    In order: ``pain`` (None unless both scores were given); ``steps_done`` and
    ``minutes`` of exercise; ``nerve_text`` (the rules' own message, "" unless spreading
    symptoms were reported); ``offer`` (the easier level after a stop rule) or else
    ``easy_next`` (the next level's name when an easy session's offer waits for
    tomorrow morning's check; "" otherwise)."""

    pain: PainBeforeAfter | None
    steps_done: int
    minutes: int
    nerve_text: str
    offer: LevelOffer | None
    easy_next: str = ""
    notes: tuple[HistoryNote, ...] = ()


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
    pain = None
    if record.pain_before is not None and record.pain_after is not None:
        change = meaningful_change(record.pain_before, record.pain_after, rules)
        pain = PainBeforeAfter(record.pain_before, record.pain_after, change)
    notes: list[HistoryNote] = []
    nerve_text = ""
    if record.spreading_symptoms:
        settle = rules.limits.nerve_settle_minutes
        nerve_text = rules.text(RuleMessage.NERVE_STOP, minutes=settle)
        detail = "spreading leg symptoms after the session"
        notes.append(HistoryNote(EventKind.NERVE_SYMPTOMS, detail, record.id))
    offer = easier_after_stop(routine, record.level_id) if stop_rule_fired else None
    if offer is not None and plan is not None and plan.routine_id == routine.id:
        offer = None if offer.level_id == plan.level_id else offer
    easy_next = ""
    if (
        offer is None
        and outcome.ending is not Ending.STOPPED
        and body_agreed(record, stop_rule_fired=stop_rule_fired, rules=rules)
    ):
        easy_next = easy_next_level(routine, record.level_id)
    return Summary(
        pain,
        record.steps_done,
        round(record.active_s / 60),
        nerve_text,
        offer,
        easy_next,
        tuple(notes),
    )
