"""Nerve follow-ups before a session (docs/clinical-basis.md s.3 nerve rule, issue 11).

The pre-session answer "how far do symptoms reach" is compared with the last
session: symptoms that spread further down, or new symptoms below the knee,
switch today to the nerve-friendly routine (or stop, if that is the plan
already); spreading symptoms reported after the last session that are still
there drop nerve and stretch work and send the person to a GP or physio.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, tzinfo
from enum import StrEnum

from coach.domain.history import SessionRecord, SymptomsReach
from coach.domain.routine import ExerciseKind
from coach.domain.rules import RuleConfig, RuleMessage, nerve_follow_up

REACH_ORDER = (
    SymptomsReach.BUTTOCK,
    SymptomsReach.THIGH,
    SymptomsReach.BELOW_KNEE,
    SymptomsReach.FOOT,
)
NERVE_REACH = frozenset({SymptomsReach.BELOW_KNEE, SymptomsReach.FOOT})
"""Symptoms this far down count as nerve symptoms (docs/clinical-basis.md Q9 = C)."""

SWITCH_TEXT = (
    "Your symptoms reach further down your leg than before. Today's session uses the "
    "nerve-friendly routine instead. Please do a new check-in soon."
)


class NerveAction(StrEnum):
    """What the nerve rule does to today's session."""

    AS_PLANNED = "as_planned"
    NERVE_FRIENDLY = "nerve_friendly"
    """Switch today to the nerve-friendly routine."""
    DROP_NERVE_AND_STRETCH = "drop_nerve_and_stretch"
    """Symptoms persisted: leave out nerve and stretch work; see a GP or physio."""
    NO_SESSION = "no_session"


@dataclass(frozen=True, slots=True)
class NerveToday:
    """The nerve rule's verdict for today, and its message ("" when as planned)."""

    action: NerveAction
    message: str = ""
    dropped_kinds: frozenset[ExerciseKind] = frozenset()


def _rank(reach: SymptomsReach | None) -> int:
    return -1 if reach is None else REACH_ORDER.index(reach)


def nerve_today(
    *,
    reach: SymptomsReach | None,
    last: SessionRecord | None,
    on_nerve_friendly: bool,
    now: float,
    rules: RuleConfig,
    tz: tzinfo | None = None,
) -> NerveToday:
    """Apply the nerve rule to today's reach, given the last session (None: first one)."""
    stop = NerveToday(
        NerveAction.NO_SESSION,
        rules.text(RuleMessage.NERVE_STOP, minutes=rules.limits.nerve_settle_minutes),
    )
    if last is not None and last.spreading_symptoms and reach in NERVE_REACH:
        ended = last.ended_at if last.ended_at is not None else last.started_at
        follow = nerve_follow_up(
            lasted_minutes=max(0.0, now - ended) / 60.0,
            still_there_next_day=datetime.fromtimestamp(ended, tz).date()
            < datetime.fromtimestamp(now, tz).date(),
            config=rules,
        )
        if not follow.see_clinician:
            return stop
        return NerveToday(NerveAction.DROP_NERVE_AND_STRETCH, follow.message, follow.dropped_kinds)
    before = last.symptoms_reach if last is not None else None
    spread = before is not None and _rank(reach) > _rank(before)
    new_nerve = reach in NERVE_REACH and before not in NERVE_REACH
    if not (spread or new_nerve):
        return NerveToday(NerveAction.AS_PLANNED)
    if on_nerve_friendly:
        return stop if spread else NerveToday(NerveAction.AS_PLANNED)
    return NerveToday(NerveAction.NERVE_FRIENDLY, SWITCH_TEXT)
