"""Before a session: from the plan and today's answers to today's session, or none.

Order: a suspension allows nothing; the morning score applies the 24-hour rule
(and may offer the next level); the nerve rule may switch to the nerve-friendly
routine or stop; the pain gate may switch to gentle-only or drop kinds. On a day
the nerve rule or the pain gate acts, no harder level is offered.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import tzinfo

from coach.domain.history import EventKind, SessionRecord, SymptomsReach
from coach.domain.routes import RouteRule
from coach.domain.routine import Block, Routine
from coach.domain.rules import GateLevel, RuleConfig, pain_gate
from coach.flow.morning import morning_check
from coach.flow.nerve import NerveAction, nerve_today
from coach.flow.outputs import HistoryNote, Notice
from coach.flow.plan import Plan, session_blocks
from coach.flow.progression import LevelOffer, OfferKind
from coach.flow.safety import Suspension
from coach.flow.sides import sore_side_first

NOTHING_TODAY = (
    "Nothing in this routine suits how you are today. Rest, walk if you can, "
    "and try again tomorrow."
)


@dataclass(frozen=True, slots=True)
class BeforeAnswers:
    """What the person said before the session (only once the safety check is clear)."""

    pain_now: int
    reach: SymptomsReach | None
    """How far down symptoms reach; None for "no symptoms now"."""
    morning_pain: int | None
    """Pain on the morning after the last session; None when not asked."""


@dataclass(frozen=True, slots=True)
class TodaySession:
    """The session to run: which routine and level, and its blocks."""

    routine_id: str
    level_id: str
    blocks: tuple[Block, ...]


@dataclass(frozen=True, slots=True)
class BeforeDecision:
    """Today's session (None: no session), the plan after it, and what to show,
    record and offer. ``morning_of`` is the session the morning score belongs to;
    ``withdraw_harder``: today's body does not agree with moving up (the nerve rule
    or the pain gate acted), so any harder level offered before is void too."""

    session: TodaySession | None
    plan: Plan
    notices: tuple[Notice, ...] = ()
    notes: tuple[HistoryNote, ...] = ()
    offer: LevelOffer | None = None
    morning_of: int | None = None
    withdraw_harder: bool = False

    def kept_offer(self, pending: LevelOffer | None) -> LevelOffer | None:
        """The level offer Home keeps after today: a new one, else ``pending`` unless it
        is a harder level that today's answers withdraw."""
        if self.offer is not None:
            return self.offer
        if self.withdraw_harder and pending is not None and pending.kind is OfferKind.HARDER:
            return None
        return pending


def before_session(
    *,
    plan: Plan,
    suspension: Suspension | None,
    answers: BeforeAnswers,
    last: SessionRecord | None,
    last_stop_rule: bool,
    routines: Mapping[str, Routine],
    rules: RuleConfig,
    now: float,
    tz: tzinfo | None = None,
) -> BeforeDecision:
    """Decide today's session. ``last`` is the newest recorded session and
    ``last_stop_rule`` whether a stop rule fired in it."""
    if suspension is not None:
        return BeforeDecision(None, plan, (Notice("suspended", suspension.home_text),))
    routine = routines[plan.routine_id]
    notices: list[Notice] = []
    notes: list[HistoryNote] = []
    offer: LevelOffer | None = None
    morning_of: int | None = None
    if answers.morning_pain is not None and last is not None:
        morning_of = last.id
        result = morning_check(
            plan,
            routine,
            last=last,
            morning_pain=answers.morning_pain,
            stop_rule_fired=last_stop_rule,
            rules=rules,
        )
        plan, offer = result.plan, result.offer
        notices += result.notices
        notes += result.notes
    level_id = plan.level_id
    nerve_friendly = rules.routes[RouteRule.NERVE]
    gentle = rules.routes[RouteRule.SEVERE_PAIN]
    # A check-in is a new baseline: how far symptoms reach is compared with this
    # plan's sessions only (a session before it is no sign of spreading).
    nerve = nerve_today(
        reach=answers.reach,
        last=last if last is not None and last.started_at >= plan.chosen_at else None,
        on_nerve_friendly=plan.routine_id == nerve_friendly,
        now=now,
        rules=rules,
        tz=tz,
    )
    gate = pain_gate(answers.pain_now, rules)
    # A harder level waits for the body: not on a day the nerve rule or the pain gate acts.
    withdraw = nerve.action is not NerveAction.AS_PLANNED or gate.level is not GateLevel.OPEN
    if withdraw:
        offer = None
    if nerve.message:
        notices.append(Notice("nerve_rule", nerve.message))
    if nerve.action is NerveAction.NO_SESSION:
        notes.append(HistoryNote(EventKind.NERVE_SYMPTOMS, f"no session today: {nerve.message}"))
        return BeforeDecision(None, plan, tuple(notices), tuple(notes), None, morning_of, True)
    if nerve.action is NerveAction.NERVE_FRIENDLY:
        if nerve_friendly not in routines:
            return BeforeDecision(None, plan, tuple(notices), tuple(notes), None, morning_of, True)
        routine = routines[nerve_friendly]
        level_id = routine.levels[0].id
        notes.append(HistoryNote(EventKind.ROUTINE_SWITCH, f"{routine.id} today: nerve rule"))
    if gate.level is not GateLevel.OPEN:
        notices.append(Notice("pain_gate", gate.message))
    if gate.level is GateLevel.GENTLE_ONLY and gentle in routines:
        routine = routines[gentle]
        level_id = routine.levels[0].id
    dropped = gate.dropped_kinds | plan.restricted_kinds | nerve.dropped_kinds
    blocks = sore_side_first(session_blocks(routine.level(level_id), dropped), plan.sore_side)
    if not blocks:
        notices.append(Notice("nothing_today", NOTHING_TODAY))
        return BeforeDecision(None, plan, tuple(notices), tuple(notes), offer, morning_of, withdraw)
    today = TodaySession(routine.id, level_id, blocks)
    said, noted = tuple(notices), tuple(notes)
    return BeforeDecision(today, plan, said, noted, offer, morning_of, withdraw)
