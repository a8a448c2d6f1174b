"""What Home suggests, worked out from the plan and the history (pure, no Qt)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from coach.content.loader import load_library
from coach.content.triage_loader import load_triage
from coach.domain.history import SessionRecord, SessionStatus
from coach.domain.plan import Plan
from coach.paths import routines_dir
from coach.ui.home_state import DAY_S, build_home_state

ROUTINES = load_library([routines_dir()]).routines
RULES = load_triage(routines_dir() / "triage.toml").rules
NOW = 1_763_800_000.0


def session(days_ago: float, pain_before: int) -> SessionRecord:
    started = NOW - days_ago * DAY_S
    return SessionRecord(
        id=int(days_ago * 10) + 1,
        routine_id="doms_recovery",
        level_id="light",
        route="doms_recovery",
        started_at=started,
        ended_at=started + 600,
        status=SessionStatus.COMPLETED,
        stop_reason=None,
        pain_before=pain_before,
        pain_after=None,
        symptoms_reach=None,
        spreading_symptoms=None,
        rated_easy=None,
        morning_pain=None,
        morning_pain_at=None,
        steps_done=5,
        active_s=600,
    )


@pytest.mark.parametrize(
    ("route", "days", "first", "latest", "expect_suggestion"),
    [
        ("doms_recovery", 3, 4, 3, False),
        ("doms_recovery", 7, 4, 2, True),  # still sore on day 7: probably not DOMS
        ("doms_recovery", 7, 4, 0, False),
        ("acute_strain", 3, 5, 4, True),  # 72 h are up: re-route
        ("piriformis_relief", 14, 6, 5, True),  # not 30% better at 2 weeks
        ("piriformis_relief", 14, 6, 3, False),
    ],
)
def test_recheck_suggestions_follow_the_clinical_triggers(
    route: str, days: int, first: int, latest: int, expect_suggestion: bool
) -> None:
    routine = ROUTINES[route]
    plan = Plan(
        routine.id, routine.levels[0].id, route, chosen_at=NOW - days * DAY_S, first_pain=first
    )
    recent = [replace(session(0.5, latest), routine_id=route, route=route)]
    state = build_home_state(
        plan=plan,
        routines=ROUTINES,
        recent=recent,
        resumable=None,
        level_offer="",
        thermal_status="",
        now=NOW,
        rules=RULES,
    )
    assert bool(state.suggestions) is expect_suggestion, state.suggestions
    assert all(s and "{" not in s for s in state.suggestions)


def test_no_plan_means_no_routine_on_home() -> None:
    state = build_home_state(
        plan=None,
        routines=ROUTINES,
        recent=[],
        resumable=None,
        level_offer="",
        thermal_status="Ice: 12:00 left",
        now=NOW,
    )
    assert state.plan_title == "" and state.thermal_status == "Ice: 12:00 left"


def test_a_routine_with_levels_names_the_level() -> None:
    plan = Plan("glute_strengthening", "weeks_3_4", "glute_strengthening", chosen_at=NOW)
    state = build_home_state(
        plan=plan,
        routines=ROUTINES,
        recent=[],
        resumable=None,
        level_offer="",
        thermal_status="",
        now=NOW,
    )
    assert state.plan_title == "Glute strengthening · Weeks 3-4"
