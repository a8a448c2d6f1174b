"""Pain gates, stop rules and re-triage triggers (docs/clinical-basis.md sections 3 and 4).

Pure functions the UI calls before, during and after sessions; each decision
carries a plain-language message. Numbers come from :class:`SessionLimits` and
:class:`ReviewDays` (defaults equal docs/clinical-basis.md; ``routines/triage.toml``
overrides them); the words come from ``RuleConfig.messages`` (loaded from the
same file), as do the routine ids of ``RuleConfig.routes``. A bare
``RuleConfig()`` renders each message as its key (tests use this). Stdlib only.
"""

from __future__ import annotations

import string
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from types import MappingProxyType

from coach.domain.routes import RouteRule, RouteTable, placeholder_routes
from coach.domain.routine import ExerciseKind

PAIN_MIN = 0
PAIN_MAX = 10


@dataclass(frozen=True, slots=True)
class SessionLimits:
    """Pain numbers for gates and stop rules; defaults from docs/clinical-basis.md s.3-4."""

    gentle_only_from: int = 8
    """Pain at or above this: gentle only (rule 2)."""
    restrict_from: int = 6
    """Pain at or above this (and below gentle_only_from): no strength or foam rolling."""
    session_max: int = 5
    """During a session pain may reach this, not more [PMM]."""
    rise_stop: int = 2
    """A rise of this many points over the pre-session score stops the exercise [PMM]."""
    meaningful_points: int = 2
    """A change of this many points is meaningful [Ostelo][Farrar]."""
    meaningful_fraction: float = 0.30
    """...or a change of this fraction of the starting score."""
    trend_rises: int = 2
    """Week-on-week rises in a row that count as "trending up" [design]."""
    nerve_settle_minutes: int = 30
    """Nerve symptoms lasting longer than this need a GP/physio [design]."""


@dataclass(frozen=True, slots=True)
class ReviewDays:
    """When a route is reviewed (days since it started); docs/clinical-basis.md s.1b and s.4."""

    acute_strain: int = 3
    """First 72 h over: re-route as "sudden start, more than 3 days ago"."""
    doms: int = 7
    """Still sore after this: probably not DOMS."""
    gentle_only: int = 2
    """Pain >= 8 not easing in 24-48 h: contact a GP."""
    strain_or_piriformis: int = 14
    """Not 30% better by now: re-triage [design]."""
    sciatic: int = 21
    """Sciatica not improving after "a few weeks" [NHS-SCI][design]."""
    fallback: int = 14
    """Gentle fallback not better in 2 weeks: see a GP/physio [design]."""
    sitting_bone: int = 14
    """Sitting-bone pain: remind about the physio assessment rule 8 suggests [design]."""


class RuleMessage(StrEnum):
    """Keys of the plain-language messages in ``[rule_messages]`` of triage.toml."""

    GATE_OPEN = "gate_open"
    GATE_RESTRICTED = "gate_restricted"
    GATE_GENTLE_ONLY = "gate_gentle_only"
    CONTINUE = "continue"
    PAIN_TOO_HIGH = "pain_too_high"
    PAIN_ROSE = "pain_rose"
    NERVE_STOP = "nerve_stop"
    RED_FLAG_STOP = "red_flag_stop"
    LOAD_OK = "load_ok"
    LOAD_REDUCE = "load_reduce"
    NERVE_SETTLED = "nerve_settled"
    NERVE_PERSISTS = "nerve_persists"
    ASK_NERVE = "ask_nerve"
    ASK_RED_FLAGS = "ask_red_flags"
    RETRIAGE_ACUTE_OVER = "retriage_acute_over"
    RETRIAGE_DOMS = "retriage_doms"
    RETRIAGE_NOT_IMPROVING = "retriage_not_improving"
    RETRIAGE_SCIATIC = "retriage_sciatic"
    RETRIAGE_GENTLE_ONLY = "retriage_gentle_only"
    RETRIAGE_FALLBACK = "retriage_fallback"
    RETRIAGE_SITTING_BONE = "retriage_sitting_bone"
    RETRIAGE_TRENDING_UP = "retriage_trending_up"


RULE_PLACEHOLDERS = frozenset(
    {"pain", "pre_pain", "pain_now", "morning_pain", "rise", "session_max", "days", "minutes"}
)
"""Names a rule message may use in ``{braces}``."""


@dataclass(frozen=True, slots=True)
class RuleConfig:
    """Numbers and words for the session rules."""

    limits: SessionLimits = SessionLimits()
    days: ReviewDays = ReviewDays()
    messages: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    routes: RouteTable = field(default_factory=placeholder_routes)
    """Which routine each routing rule leads to (``[routes]`` of triage.toml)."""

    def text(self, key: RuleMessage, **values: object) -> str:
        """The message for ``key`` with ``{placeholders}`` filled; the key if it has no text."""
        return render(self.messages.get(key, key), values)


DEFAULT_RULES = RuleConfig()


def render(template: str, values: Mapping[str, object]) -> str:
    """Fill ``{name}`` placeholders; unknown names are left as written."""
    out: list[str] = []
    for literal, name, _spec, _conv in string.Formatter().parse(template):
        out.append(literal)
        if name is not None:
            out.append(str(values[name]) if name in values else "{" + name + "}")
    return "".join(out)


def _check_pain(value: float, name: str) -> None:
    if not PAIN_MIN <= value <= PAIN_MAX:
        raise ValueError(f"{name} must be from {PAIN_MIN} to {PAIN_MAX}, not {value}")


# --- pain gate ----------------------------------------------------------------


class GateLevel(StrEnum):
    """What the pain score allows today."""

    OPEN = "open"
    RESTRICTED = "restricted"
    GENTLE_ONLY = "gentle_only"


GENTLE_KINDS = frozenset({ExerciseKind.AEROBIC, ExerciseKind.REST_POSITION})
"""What "gentle only" keeps: walking and comfortable positions."""
RESTRICTED_KINDS = frozenset({ExerciseKind.STRENGTH, ExerciseKind.FOAM_ROLL})
"""What pain 6-7 drops: strengthening and foam rolling."""


@dataclass(frozen=True, slots=True)
class PainGate:
    """The gate for one pain score: which exercise kinds to drop, and why."""

    level: GateLevel
    dropped_kinds: frozenset[ExerciseKind]
    message: str


def pain_gate(pain: int, config: RuleConfig = DEFAULT_RULES) -> PainGate:
    """>= 8: gentle only (drop all but walking/positions); 6-7: drop strength and foam rolling."""
    _check_pain(pain, "pain")
    limits = config.limits
    if pain >= limits.gentle_only_from:
        dropped = frozenset(ExerciseKind) - GENTLE_KINDS
        return PainGate(
            GateLevel.GENTLE_ONLY, dropped, config.text(RuleMessage.GATE_GENTLE_ONLY, pain=pain)
        )
    if pain >= limits.restrict_from:
        return PainGate(
            GateLevel.RESTRICTED,
            RESTRICTED_KINDS,
            config.text(RuleMessage.GATE_RESTRICTED, pain=pain),
        )
    return PainGate(GateLevel.OPEN, frozenset(), config.text(RuleMessage.GATE_OPEN, pain=pain))


# --- during a session ---------------------------------------------------------


class StopAction(StrEnum):
    """What the session must do now, most serious last."""

    CONTINUE = "continue"
    STOP_EXERCISE_OFFER_EASIER = "stop_exercise_offer_easier"
    STOP_SESSION_NERVE = "stop_session_nerve"
    STOP_RERUN_RED_FLAGS = "stop_rerun_red_flags"


@dataclass(frozen=True, slots=True)
class StopDecision:
    """What to do after a pain/symptom check during a session."""

    action: StopAction
    message: str

    @property
    def stops(self) -> bool:
        """True unless the person may carry on as planned."""
        return self.action is not StopAction.CONTINUE


def check_during_session(
    pre_pain: int,
    pain_now: int,
    *,
    nerve_symptoms: bool,
    red_flag_symptoms: bool,
    config: RuleConfig = DEFAULT_RULES,
) -> StopDecision:
    """Apply the stop rules, most serious first.

    ``red_flag_symptoms``: saddle numbness, bladder/bowel change, both-leg
    symptoms or a sudden pop -> stop and re-run the red flags.
    ``nerve_symptoms``: tingling/numbness appears, symptoms move further down
    the leg, or new weakness -> stop the session.
    Pain above ``session_max`` or ``rise_stop``+ points over ``pre_pain`` ->
    stop this exercise and offer an easier level.
    """
    _check_pain(pre_pain, "pre_pain")
    _check_pain(pain_now, "pain_now")
    limits = config.limits
    if red_flag_symptoms:
        return StopDecision(StopAction.STOP_RERUN_RED_FLAGS, config.text(RuleMessage.RED_FLAG_STOP))
    if nerve_symptoms:
        return StopDecision(
            StopAction.STOP_SESSION_NERVE,
            config.text(RuleMessage.NERVE_STOP, minutes=limits.nerve_settle_minutes),
        )
    values = {
        "pre_pain": pre_pain,
        "pain_now": pain_now,
        "rise": pain_now - pre_pain,
        "session_max": limits.session_max,
    }
    if pain_now > limits.session_max:
        return StopDecision(
            StopAction.STOP_EXERCISE_OFFER_EASIER, config.text(RuleMessage.PAIN_TOO_HIGH, **values)
        )
    if pain_now - pre_pain >= limits.rise_stop:
        return StopDecision(
            StopAction.STOP_EXERCISE_OFFER_EASIER, config.text(RuleMessage.PAIN_ROSE, **values)
        )
    return StopDecision(StopAction.CONTINUE, config.text(RuleMessage.CONTINUE, **values))


@dataclass(frozen=True, slots=True)
class NerveFollowUp:
    """After a nerve stop: whether to drop nerve/stretch work and see a clinician."""

    see_clinician: bool
    dropped_kinds: frozenset[ExerciseKind]
    message: str


def nerve_follow_up(
    *, lasted_minutes: float, still_there_next_day: bool, config: RuleConfig = DEFAULT_RULES
) -> NerveFollowUp:
    """Symptoms lasting > ``nerve_settle_minutes`` or still there next day: drop nerve
    and stretch work and see a GP/physio; otherwise carry on as before."""
    minutes = config.limits.nerve_settle_minutes
    if still_there_next_day or lasted_minutes > minutes:
        return NerveFollowUp(
            True,
            frozenset({ExerciseKind.NERVE, ExerciseKind.STRETCH}),
            config.text(RuleMessage.NERVE_PERSISTS, minutes=minutes),
        )
    return NerveFollowUp(
        False, frozenset(), config.text(RuleMessage.NERVE_SETTLED, minutes=minutes)
    )


# --- after a session ----------------------------------------------------------


@dataclass(frozen=True, slots=True)
class LoadDecision:
    """The 24-hour rule's verdict for the next session."""

    reduce_load: bool
    message: str


def twenty_four_hour_rule(
    pre_pain_last_session: int, morning_pain: int, config: RuleConfig = DEFAULT_RULES
) -> LoadDecision:
    """Reduce the load if next-morning pain is above the last pre-session score."""
    _check_pain(pre_pain_last_session, "pre_pain_last_session")
    _check_pain(morning_pain, "morning_pain")
    values = {"pre_pain": pre_pain_last_session, "morning_pain": morning_pain}
    if morning_pain > pre_pain_last_session:
        return LoadDecision(True, config.text(RuleMessage.LOAD_REDUCE, **values))
    return LoadDecision(False, config.text(RuleMessage.LOAD_OK, **values))


class PainChange(StrEnum):
    """Whether a change between two scores is meaningful, and which way."""

    IMPROVED = "improved"
    UNCHANGED = "unchanged"
    WORSENED = "worsened"


def meaningful_change(
    before: float, after: float, config: RuleConfig = DEFAULT_RULES
) -> PainChange:
    """IMPROVED/WORSENED when the scores differ by ``meaningful_points`` or by
    ``meaningful_fraction`` of ``before`` (2 points or 30%); else UNCHANGED."""
    _check_pain(before, "before")
    _check_pain(after, "after")
    limits = config.limits
    diff = after - before
    if diff == 0:
        return PainChange.UNCHANGED
    big = abs(diff) >= limits.meaningful_points or (
        before > 0 and abs(diff) >= limits.meaningful_fraction * before
    )
    if not big:
        return PainChange.UNCHANGED
    return PainChange.WORSENED if diff > 0 else PainChange.IMPROVED


# --- re-triage ----------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class RetriageReason:
    """One reason to answer the questions again or see a clinician."""

    code: RuleMessage
    message: str


def retriage_reasons(
    route: str,
    *,
    days_since_start: int,
    first_pain: int,
    latest_pain: int,
    trending_up: bool = False,
    strain: bool = False,
    config: RuleConfig = DEFAULT_RULES,
) -> list[RetriageReason]:
    """Why the plan's routine should be reviewed now (empty: carry on).

    ``route`` (the plan's routine id) is matched to its rule via ``config.routes``;
    ``days_since_start`` counts from symptom onset; ``first_pain`` is the pain at
    the start, ``latest_pain`` the newest score, ``trending_up``
    :func:`coach.domain.progress.pain_trending_up`; ``strain``: the pain started
    suddenly (a strain, on whatever route it was re-routed to after 72 h). Triggers
    (docs/clinical-basis.md s.1b rules 4-5 and 8, s.4): acute strain after 72 h; DOMS
    still sore at day 7; strain/piriformis not 30% better at 2 weeks; sciatica worse, or not better
    after a few weeks; gentle-only not easing in 48 h; fallback not better in
    2 weeks; sitting-bone pain: the physio assessment; any route trending up.
    """
    _check_pain(first_pain, "first_pain")
    _check_pain(latest_pain, "latest_pain")
    days = config.days
    change = meaningful_change(first_pain, latest_pain, config)

    def via(*rules: RouteRule) -> bool:
        return any(config.routes[rule] == route for rule in rules)

    found: list[RuleMessage] = []
    if via(RouteRule.SUDDEN_STRAIN) and days_since_start >= days.acute_strain:
        found.append(RuleMessage.RETRIAGE_ACUTE_OVER)
    if via(RouteRule.AFTER_WORKOUT) and days_since_start >= days.doms and latest_pain > 0:
        found.append(RuleMessage.RETRIAGE_DOMS)
    if (
        (strain or via(RouteRule.SUDDEN_STRAIN, RouteRule.DEEP_BUTTOCK))
        and days_since_start >= days.strain_or_piriformis
        and first_pain - latest_pain < config.limits.meaningful_fraction * first_pain
    ):
        found.append(RuleMessage.RETRIAGE_NOT_IMPROVING)
    if via(RouteRule.NERVE) and (
        change is PainChange.WORSENED
        or (days_since_start >= days.sciatic and change is not PainChange.IMPROVED)
    ):
        found.append(RuleMessage.RETRIAGE_SCIATIC)
    if (
        via(RouteRule.SEVERE_PAIN, RouteRule.WEAK_LEG)
        and days_since_start >= days.gentle_only
        and change is not PainChange.IMPROVED
    ):
        found.append(RuleMessage.RETRIAGE_GENTLE_ONLY)
    if (
        via(RouteRule.NO_CLEAR_MATCH)
        and days_since_start >= days.fallback
        and change is not PainChange.IMPROVED
    ):
        found.append(RuleMessage.RETRIAGE_FALLBACK)
    if via(RouteRule.SITTING_BONE) and days_since_start >= days.sitting_bone:
        found.append(RuleMessage.RETRIAGE_SITTING_BONE)
    if trending_up:
        found.append(RuleMessage.RETRIAGE_TRENDING_UP)
    return [
        RetriageReason(code, config.text(code, days=days_since_start, pain=latest_pain))
        for code in found
    ]
