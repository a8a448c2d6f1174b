"""Home's dashboard facts: this week, the streak, the pain trend and what the plan's
session takes (pure, no Qt), and the routine overview they come from."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

import pytest
from flow_world import DAY, NOW, ROUTINES, session

from coach.domain.routine import Block, Dose, DoseMode
from coach.domain.rules import DEFAULT_RULES
from coach.engine.overview import overview
from coach.engine.session_plan import SELF_PACED_REP_S
from coach.flow.home import build_home
from coach.flow.home_snapshot import HomeSnapshot
from coach.flow.plan import Plan

TODAY = datetime.fromtimestamp(NOW, UTC).date()


def _state(days_ago_with_pain: list[tuple[float, int]]) -> HomeSnapshot:
    routine = ROUTINES["piriformis_relief"]
    plan = Plan(routine.id, routine.levels[0].id, routine.id, chosen_at=NOW - 40 * DAY)
    recent = [
        session(started=NOW - days * DAY, before=pain, routine_id=routine.id, session_id=k)
        for k, (days, pain) in enumerate(sorted(days_ago_with_pain))
    ]
    return build_home(
        plan=plan,
        routine=routine,
        recent=recent,
        resumable=None,
        resumable_name="",
        level_offer=None,
        suspension=None,
        thermal_status="",
        now=NOW,
        rules=DEFAULT_RULES,
        tz=UTC,
    )


@pytest.mark.parametrize(
    ("days_ago", "done_today", "streak"),
    [
        ([], False, 0),
        ([0.1], True, 1),
        ([1.0, 2.0], False, 2),  # today not over: yesterday's streak still counts
        ([0.1, 1.0, 2.0], True, 3),
        ([0.1, 2.0], True, 1),
    ],
)
def test_today_and_streak(days_ago: list[float], done_today: bool, streak: int) -> None:
    state = _state([(d, 4) for d in days_ago])
    assert (state.done_today, state.streak, state.today) == (done_today, streak, TODAY)


def test_week_runs_monday_to_sunday_and_marks_done_days() -> None:
    state = _state([(0.1, 4), (1.0, 5), (9.0, 6)])
    days = [day for day, _ in state.week]
    assert days[0].weekday() == 0 and days == [days[0] + timedelta(k) for k in range(7)]
    assert TODAY in days
    done = {day for day, ok in state.week if ok}
    yesterday = TODAY - timedelta(days=1)
    assert done == {TODAY} | ({yesterday} if yesterday in days else set())


def test_pain_trend_is_oldest_first_and_plan_facts_name_the_session() -> None:
    state = _state([(3.0, 6), (2.0, 5), (1.0, 3)])
    assert state.pain_trend == (6.0, 5.0, 3.0)
    assert state.sessions_done == 3
    assert state.plan_facts is not None
    assert state.plan_facts.exercises == len(state.plan_exercises)
    assert "Lying figure-four stretch" in state.plan_exercises


def _block(mode: DoseMode, **dose: float) -> Block:
    exercise = ROUTINES["piriformis_relief"].levels[0].blocks[0].exercise
    return Block(exercise, Dose(mode=mode, get_ready_s=0, switch_s=0, **dose))  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("dose", "minutes"),
    [
        ({"reps": 2, "seconds": 30}, 1),  # two 30 s holds
        ({"reps": 4, "seconds": 30}, 2),
        ({"reps": 3, "seconds": 30, "per_side": True}, 3),  # both sides
        ({"reps": 2, "seconds": 30, "rest_between_reps_s": 31}, 2),  # rest counts
    ],
)
def test_overview_minutes_round_up(dose: dict[str, float], minutes: int) -> None:
    assert overview([_block(DoseMode.HOLD, **dose)]).minutes == minutes


def test_overview_estimates_self_paced_reps_and_lists_equipment_once() -> None:
    reps = _block(DoseMode.SELF_PACED, reps=30)
    facts = overview([reps, reps])
    assert facts.minutes == -(-2 * 30 * SELF_PACED_REP_S // 60)
    assert facts.exercises == 1
    assert facts.equipment == reps.exercise.equipment
    bare = replace(reps, exercise=replace(reps.exercise, equipment=()))
    assert overview([bare]).equipment == ()


def test_week_is_seven_days() -> None:
    assert len(_state([]).week) == 7
    assert isinstance(_state([]).week[0][0], date)
