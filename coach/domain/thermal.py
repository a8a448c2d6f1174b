"""Ice and heat rules: durations, the 20-minute cap, lock-outs and who should not use them.

Pure functions over :class:`ThermalRules` (loaded from ``routines/thermal.toml``)
and the application history. Times are wall-clock epoch seconds unless named
``*_mono`` (monotonic).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta, tzinfo
from enum import StrEnum

from coach.domain.history import ThermalKind, ThermalRecord, ThermalStatus

HARD_MAX_S = 20 * 60
"""No ice or heat application may ever run longer than this."""
RUNNING_TEXT = "Another ice or heat timer is running."


@dataclass(frozen=True, slots=True)
class ThermalRules:
    """The rules and texts for one of ice or heat."""

    kind: ThermalKind
    name: str
    default_s: float
    min_s: float
    max_s: float
    skin_check_s: float
    lockout_s: float
    max_per_day: int
    """0 means no daily cap."""
    warning: str
    barrier: str
    position: str
    honesty: str
    skin_check: str
    contraindications: tuple[str, ...]
    prefer_when: str
    avoid_when: str
    blocked_days_after_strain: int = 0


@dataclass(frozen=True, slots=True)
class ThermalConfig:
    """Rules for both kinds plus the warning for people with numb areas."""

    ice: ThermalRules
    heat: ThermalRules
    numbness_warning: str

    def rules(self, kind: ThermalKind) -> ThermalRules:
        """The rules for ``kind``."""
        return self.ice if kind is ThermalKind.ICE else self.heat


class Refusal(StrEnum):
    """Why an application may not start: screens word it in their language from this."""

    RUNNING = "running"
    """Another application is running."""
    CHECKLIST = "checklist"
    """The advice was not read and ticked."""
    AFTER_STRAIN = "after_strain"
    """Too soon after a sudden strain (``reason`` is the rules' own, translated text)."""
    SKIN_REST = "skin_rest"
    """The lock-out after the last one of this kind."""
    DAILY_CAP = "daily_cap"
    """The most advised per day (``limit``) is reached."""


@dataclass(frozen=True, slots=True)
class Availability:
    """Whether an application may start now; if not, why (``refusal``, and ``reason`` in
    English or the rules' text) and from when."""

    allowed: bool
    reason: str = ""
    next_allowed_at: float | None = None
    refusal: Refusal | None = None
    limit: int = 0
    """For DAILY_CAP: the most advised per day."""


def planned_seconds(rules: ThermalRules, minutes: float) -> float:
    """The length to run for a requested ``minutes``: within [min, max] and never above 20 min."""
    seconds = min(max(minutes * 60.0, rules.min_s), rules.max_s, HARD_MAX_S)
    return float(seconds)


def availability(
    rules: ThermalRules,
    history: Iterable[ThermalRecord],
    *,
    now: float,
    strain_started_at: float | None = None,
    tz: tzinfo | None = None,
) -> Availability:
    """May a new application of ``rules.kind`` start at ``now``?

    Refused while another is running, during the lock-out after the last one,
    past the daily cap, and (for heat) in the first days after a sudden strain.
    """
    mine = [r for r in history if r.kind is rules.kind and r.status is not ThermalStatus.CANCELLED]
    running = [r for r in history if r.status is ThermalStatus.RUNNING and r.deadline > now]
    if running:
        return Availability(False, RUNNING_TEXT, running[0].deadline, refusal=Refusal.RUNNING)
    if strain_started_at is not None and rules.blocked_days_after_strain > 0:
        until = strain_started_at + rules.blocked_days_after_strain * 86400.0
        if now < until:
            return Availability(False, rules.avoid_when, until, refusal=Refusal.AFTER_STRAIN)
    ended = [r.ended_at if r.ended_at is not None else r.deadline for r in mine]
    if ended:
        until = max(ended) + rules.lockout_s
        if now < until:
            return Availability(
                False,
                f"Give your skin a rest before the next {rules.name.lower()}.",
                until,
                refusal=Refusal.SKIN_REST,
            )
    if rules.max_per_day:
        today = [r for r in mine if _same_day(r.started_at, now, tz)]
        if len(today) >= rules.max_per_day:
            midnight = _next_midnight(now, tz)
            return Availability(
                False,
                f"That is {rules.max_per_day} times today, the most advised.",
                midnight,
                refusal=Refusal.DAILY_CAP,
                limit=rules.max_per_day,
            )
    return Availability(True)


def ready_again_at(
    rules: ThermalRules, history: Iterable[ThermalRecord], *, tz: tzinfo | None = None
) -> float | None:
    """When ``rules.kind`` may next be used after its latest finished application: the end
    of the skin rest, moved past a reached daily cap. The time may have passed already;
    None while one of this kind runs, or if none finished (cancelled ones do not count)."""
    mine = [r for r in history if r.kind is rules.kind]
    if any(r.status is ThermalStatus.RUNNING for r in mine):
        return None
    ended = [
        r.ended_at if r.ended_at is not None else r.deadline
        for r in mine
        if r.status is ThermalStatus.FINISHED
    ]
    if not ended:
        return None
    rested = max(ended) + rules.lockout_s
    then = availability(rules, mine, now=rested, tz=tz)
    return rested if then.next_allowed_at is None else max(rested, then.next_allowed_at)


def elapsed_s(
    planned_s: float,
    *,
    started_at: float,
    now: float,
    started_mono: float | None = None,
    now_mono: float | None = None,
) -> float:
    """Seconds of an application that have passed, in [0, planned_s].

    With both clocks, the larger reading wins: suspend stops the monotonic
    clock (the wall clock is right), a backward wall-clock jump (NTP) is
    caught by the monotonic one. Either way the countdown never stretches or
    goes negative, and a forward jump can only end it early.
    """
    passed = now - started_at
    if started_mono is not None and now_mono is not None:
        passed = max(passed, now_mono - started_mono)
    return min(max(passed, 0.0), planned_s)


def skin_check_due(rules: ThermalRules, record: ThermalRecord, elapsed: float) -> bool:
    """True once the skin-check time has passed and the check is not yet done."""
    return not record.skin_check_done and elapsed >= rules.skin_check_s


def _same_day(a: float, b: float, tz: tzinfo | None) -> bool:
    return datetime.fromtimestamp(a, tz).date() == datetime.fromtimestamp(b, tz).date()


def _next_midnight(now: float, tz: tzinfo | None) -> float:
    today = datetime.fromtimestamp(now, tz).date()
    midnight = datetime.combine(today + timedelta(days=1), datetime.min.time(), tz)
    return midnight.timestamp()
