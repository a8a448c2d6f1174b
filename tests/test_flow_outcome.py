"""The session's truthful outcome, routine switching after a check-in, and Home; no Qt."""

from __future__ import annotations

import pytest
from flow_world import DAY, NOW, ROUTINES, RULES, TZ, Q, check_in, plan, session

from coach.domain.history import ResumableSession, SessionStatus, StepOutcome
from coach.flow.check_in import after_check_in
from coach.flow.home import build_home
from coach.flow.home_snapshot import HomeSnapshot
from coach.flow.outcome import Ending, session_outcome
from coach.flow.progression import LevelOffer, OfferKind
from coach.flow.safety import Source, Suspension
from coach.flow.switching import (
    RuledOut,
    route_choices,
)

C, S, X = StepOutcome.COMPLETED, StepOutcome.SKIPPED, StepOutcome.STOPPED
DEEP = frozenset({"deep_buttock"})


@pytest.mark.parametrize(
    ("finished", "steps", "total", "ending", "status", "skipped"),
    [
        (True, [C] * 8, 8, Ending.FINISHED_ALL, SessionStatus.COMPLETED, 0),
        (True, [C] * 5 + [S] * 3, 8, Ending.FINISHED_SKIPPED, SessionStatus.COMPLETED, 3),
        (True, [C] * 5 + [S], 8, Ending.FINISHED_SKIPPED, SessionStatus.COMPLETED, 3),
        (False, [C, C, X], 8, Ending.STOPPED, SessionStatus.STOPPED, 0),
        (False, [], 8, Ending.STOPPED, SessionStatus.STOPPED, 0),
        (True, [S] * 8, 8, Ending.ALL_SKIPPED, SessionStatus.STOPPED, 8),
        (True, [S] * 7 + [C], 8, Ending.FINISHED_SKIPPED, SessionStatus.COMPLETED, 7),
    ],
)
def test_the_outcome_says_what_really_happened(
    finished: bool,
    steps: list[StepOutcome],
    total: int,
    ending: Ending,
    status: SessionStatus,
    skipped: int,
) -> None:
    """(Its words: test_session_words.)"""
    outcome = session_outcome(finished=finished, steps=steps, total=total)
    assert (outcome.ending, outcome.status, outcome.skipped) == (ending, status, skipped)


@pytest.mark.parametrize(
    ("changes", "route", "allowed", "reason"),
    [
        ({Q.WHERE: DEEP}, "glute_strengthening", True, None),
        ({Q.WHERE: frozenset({"nerve"})}, "piriformis_relief", False, RuledOut.NERVE),
        ({Q.WHERE: frozenset({"nerve"})}, "prevention", False, RuledOut.NERVE),
        ({Q.WHERE: frozenset({"nerve"})}, "gentle_fallback", True, None),
        ({Q.ONSET: "sudden_recent"}, "glute_strengthening", False, RuledOut.ACUTE),
        ({Q.ONSET: "sudden_recent"}, "trigger_point_release", False, RuledOut.ACUTE),
        ({Q.ONSET: "sudden_recent"}, "doms_recovery", True, None),
        (
            {Q.PAIN: 6, Q.WHERE: frozenset({"deep_buttock"})},
            "glute_strengthening",
            False,
            RuledOut.CORE,
        ),
        ({Q.PAIN: 9}, "piriformis_relief", False, RuledOut.NO_CHOICE),
    ],
)
def test_switching_is_limited_to_routines_the_triage_did_not_rule_out(
    changes: dict[str, object], route: str, allowed: bool, reason: RuledOut | None
) -> None:
    outcome, answers = check_in(**changes)
    choice = next(c for c in route_choices(outcome, ROUTINES.values()) if c.route == route)
    assert (choice.allowed, choice.reason) == (allowed, reason)
    result = after_check_in(
        plan=None,
        suspension=None,
        outcome=outcome,
        answers=answers,
        chosen=ROUTINES[route],
        routines=ROUTINES.values(),
        now=NOW,
    )
    assert result.new_plan is allowed
    assert result.refused is reason


def test_a_check_in_plan_records_onset_strain_and_restrictions() -> None:
    outcome, answers = check_in(**{Q.ONSET: "sudden_recent", Q.SINCE: 2, Q.PAIN: 4})
    result = after_check_in(
        plan=None,
        suspension=None,
        outcome=outcome,
        answers=answers,
        chosen=ROUTINES[str(outcome.route)],
        routines=ROUTINES.values(),
        now=NOW,
    )
    made = result.plan
    assert made is not None and made.routine_id == "acute_strain"
    two_days_ago = NOW - 2 * 86400.0  # "about how many days ago": the strain's start
    assert (made.chosen_at, made.onset_at, made.strain_started_at) == (
        NOW,
        two_days_ago,
        two_days_ago,
    )
    assert made.first_pain == 4 and not made.heat_allowed


@pytest.mark.parametrize(
    ("level", "suspended", "offer", "title", "can_start", "shows_offer"),
    [
        (0, False, None, "Glute strengthening · Weeks 1-2", True, False),
        (1, False, "move up", "Glute strengthening · Weeks 3-4", True, True),
        (1, True, "move up", "Glute strengthening · Weeks 3-4", False, False),
    ],
)
def test_home_shows_the_plan_and_offers_only_what_is_allowed(
    level: int,
    suspended: bool,
    offer: str | None,
    title: str,
    can_start: bool,
    shows_offer: bool,
) -> None:
    snapshot = build_home(
        plan=plan(level=level),
        routine=ROUTINES["glute_strengthening"],
        recent=[],
        resumable=ResumableSession(
            session(started=NOW - DAY, status=SessionStatus.INTERRUPTED), ()
        ),
        resumable_name="Glute strengthening",
        level_offer=LevelOffer(OfferKind.HARDER, "weeks_5_6", offer) if offer else None,
        suspension=Suspension(NOW, Source.CHECK_IN, "Call 999") if suspended else None,
        thermal_status="Ice: 12:00 left",
        now=NOW,
        rules=RULES,
        tz=TZ,
    )
    assert snapshot.plan_title == title
    assert snapshot.can_start is can_start and snapshot.can_resume is can_start
    assert bool(snapshot.level_offer) is shows_offer
    assert snapshot.resume_offer is not None
    assert (
        snapshot.resume_offer.started.strftime("%a %d %b, %H:%M"),
        snapshot.resume_offer.steps,
    ) == ("Tue 03 Mar, 09:00", 0)
    assert snapshot.thermal_status == "Ice: 12:00 left"


def test_home_without_a_plan_still_says_when_exercises_are_paused() -> None:
    snapshot = build_home(
        plan=None,
        routine=None,
        recent=[],
        resumable=None,
        resumable_name="",
        level_offer=None,
        suspension=Suspension(NOW, Source.CHECK_IN, "Call 999"),
        thermal_status="",
        now=NOW,
        rules=RULES,
    )
    assert snapshot.plan_title == "" and not snapshot.can_start
    assert snapshot.suspended.startswith("Call 999")


def test_the_flow_rules_and_their_tests_run_without_qt() -> None:
    """A fresh interpreter imports every flow module and these tests: no PySide6."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    tests = Path(__file__).parent
    code = (
        "import sys, pkgutil, importlib, coach.flow\n"
        "for m in pkgutil.iter_modules(coach.flow.__path__): "
        "importlib.import_module('coach.flow.' + m.name)\n"
        "import test_flow_safety, test_flow_before, test_flow_outcome, "
        "test_flow_progression, test_flow_followups\n"
        "print(sorted(m for m in sys.modules if m.startswith('PySide6')))"
    )
    env = {**os.environ, "PYTHONPATH": str(tests.parent)}  # this checkout's coach, not another
    found = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=tests, env=env
    ).stdout.strip()
    assert found == "[]"


CARD = {"plan_title": "Glute strengthening", "plan_detail": "Bridges", "suspended": ""}


@pytest.mark.parametrize(
    ("saved", "plan_now", "suspension_now", "shown"),
    [
        ({"card": CARD, "plan": {"id": 1}, "suspension": None}, {"id": 1}, None, True),
        ({"card": CARD, "plan": {"id": 1}, "suspension": None}, {"id": 2}, None, False),
        ({"card": CARD, "plan": {"id": 1}, "suspension": None}, {"id": 1}, {"at": 1}, False),
        ({"card": {"plan_title": 3}, "plan": None, "suspension": None}, None, None, False),
        (None, None, None, False),
    ],
)
def test_the_first_paint_reuses_home_s_card_only_for_the_same_plan_and_suspension(
    saved: object, plan_now: object, suspension_now: object, shown: bool
) -> None:
    card = HomeSnapshot.first_paint(saved, plan=plan_now, suspension=suspension_now)
    assert (card is not None) is shown
    if card is not None:
        assert card.can_start and card.suggestions == () and card.resume_offer is None
