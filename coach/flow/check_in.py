"""A check-in's result becomes the plan, or suspends it (issue 11)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from coach.domain.routine import Routine
from coach.domain.triage import Onset, Outcome, QuestionId, TriageAnswers, Where
from coach.flow.outputs import HistoryNote
from coach.flow.plan import Plan
from coach.flow.safety import Source, Suspension, clear_after_check_in, suspend
from coach.flow.sides import sore_side_of
from coach.flow.switching import RuledOut, route_choices

DAY_S = 86400.0


def symptom_onset(answers: TriageAnswers, *, now: float) -> float:
    """When the symptoms started, for the review clocks: the check-in's "about how many
    days ago" before ``now``; ``now`` when it was not asked (no pain now)."""
    days = answers.number(QuestionId.SINCE)
    return now if days is None else now - days * DAY_S


@dataclass(frozen=True, slots=True)
class CheckInResult:
    """The plan and suspension after a check-in, and what to record."""

    plan: Plan | None
    suspension: Suspension | None
    notes: tuple[HistoryNote, ...] = ()
    refused: RuledOut | None = None
    """Why the chosen routine was not allowed (the plan is unchanged); None if it was."""

    @property
    def new_plan(self) -> bool:
        """Whether the check-in chose a new plan (any pending level offer is void)."""
        return self.plan is not None and self.refused is None and self.suspension is None


def after_check_in(
    *,
    plan: Plan | None,
    suspension: Suspension | None,
    outcome: Outcome,
    answers: TriageAnswers,
    chosen: Routine | None,
    routines: Iterable[Routine],
    now: float,
) -> CheckInResult:
    """Red flag (no route): suspend the plan. Otherwise ``chosen`` (the suggested
    routine or another of ``routines`` the triage allows) becomes
    the plan and any suspension lifts; a routine the triage ruled out is refused."""
    if outcome.route is None:
        change = suspend(message=outcome.message, source=Source.CHECK_IN, now=now)
        return CheckInResult(plan, change.suspension, change.notes)
    if chosen is None:
        return CheckInResult(plan, suspension)
    choice = next((c for c in route_choices(outcome, routines) if c.route == chosen.id), None)
    if chosen.id != outcome.route and (choice is None or not choice.allowed):
        why = choice.reason if choice is not None else None
        return CheckInResult(plan, suspension, refused=why or RuledOut.NOT_OFFERED)
    cleared = clear_after_check_in(suspension, now=now)
    onset = symptom_onset(answers, now=now)
    sudden = answers.choice(QuestionId.ONSET) in (Onset.SUDDEN_RECENT, Onset.SUDDEN_OLDER)
    new = Plan(
        routine_id=chosen.id,
        level_id=chosen.levels[0].id,
        route=chosen.id,
        chosen_at=now,
        strain_started_at=onset if sudden else None,
        numbness=Where.NERVE.value in answers.selected(QuestionId.WHERE),
        restricted_kinds=outcome.restricted_kinds,
        heat_allowed=outcome.heat_allowed,
        first_pain=answers.number(QuestionId.PAIN),
        onset_at=onset,
        sore_side=sore_side_of(answers),
    )
    return CheckInResult(new, cleared.suspension, cleared.notes)
