"""Before a session: nerve follow-ups, the pain gate and the morning check; no Qt."""

from __future__ import annotations

import pytest
from flow_world import DAY, HOUR, NOW, ROUTINES, RULES, TZ, plan, session

from coach.domain.history import EventKind, SessionRecord, SymptomsReach
from coach.domain.routine import ExerciseKind
from coach.engine.clock import FakeClock
from coach.flow.before import BeforeAnswers, BeforeDecision, before_session
from coach.flow.nerve import NerveAction, nerve_today
from coach.flow.plan import Plan
from coach.flow.progression import LevelOffer, OfferKind

R = SymptomsReach


@pytest.mark.parametrize(
    ("reach", "last_reach", "spreading", "ago", "sciatic", "action"),
    [
        (R.BUTTOCK, R.BUTTOCK, False, DAY, False, NerveAction.AS_PLANNED),
        (None, R.THIGH, False, DAY, False, NerveAction.AS_PLANNED),  # better
        (R.THIGH, R.BUTTOCK, False, DAY, False, NerveAction.NERVE_FRIENDLY),  # spread
        (R.BELOW_KNEE, None, False, DAY, False, NerveAction.NERVE_FRIENDLY),  # new nerve signs
        (R.THIGH, R.BUTTOCK, False, DAY, True, NerveAction.NO_SESSION),  # spread on the nerve route
        (R.FOOT, R.FOOT, False, DAY, True, NerveAction.AS_PLANNED),  # as before on it
        (R.FOOT, R.FOOT, True, DAY, True, NerveAction.DROP_NERVE_AND_STRETCH),  # next day
        (R.FOOT, R.FOOT, True, 10 * 60, True, NerveAction.NO_SESSION),  # within 30 minutes
        (R.BELOW_KNEE, R.FOOT, True, 2 * HOUR, True, NerveAction.DROP_NERVE_AND_STRETCH),
        (R.BUTTOCK, R.FOOT, True, DAY, True, NerveAction.AS_PLANNED),  # settled
    ],
)
def test_the_nerve_rule_acts_on_how_far_symptoms_reach(
    reach: SymptomsReach | None,
    last_reach: SymptomsReach | None,
    spreading: bool,
    ago: float,
    sciatic: bool,
    action: NerveAction,
) -> None:
    clock = FakeClock(NOW)
    last = session(started=clock.now() - ago - 1200, reach=last_reach, spreading=spreading)
    verdict = nerve_today(
        reach=reach, last=last, on_nerve_friendly=sciatic, now=clock.now(), rules=RULES, tz=TZ
    )
    assert verdict.action is action
    assert bool(verdict.message) is (action is not NerveAction.AS_PLANNED)
    dropped = action is NerveAction.DROP_NERVE_AND_STRETCH
    assert (verdict.dropped_kinds == {ExerciseKind.NERVE, ExerciseKind.STRETCH}) is dropped


def decide(
    current: Plan,
    *,
    pain: int,
    reach: SymptomsReach | None = R.BUTTOCK,
    last: SessionRecord | None = None,
    morning: int | None = None,
) -> BeforeDecision:
    return before_session(
        plan=current,
        suspension=None,
        answers=BeforeAnswers(pain, reach, morning),
        last=last,
        last_stop_rule=False,
        routines=ROUTINES,
        rules=RULES,
        now=NOW,
        tz=TZ,
    )


@pytest.mark.parametrize(
    ("routine_id", "pain", "reach", "today", "kinds_left_out"),
    [
        ("glute_strengthening", 3, R.BUTTOCK, "glute_strengthening", set()),
        ("piriformis_relief", 6, R.BUTTOCK, "piriformis_relief", {ExerciseKind.STRENGTH}),
        ("piriformis_relief", 8, R.BUTTOCK, "gentle_only", set()),
        ("piriformis_relief", 3, R.BELOW_KNEE, "sciatic_mobility", set()),
        ("sciatic_mobility", 3, R.FOOT, "sciatic_mobility", set()),
    ],
)
def test_today_s_session_follows_the_gate_and_the_nerve_rule(
    routine_id: str,
    pain: int,
    reach: SymptomsReach,
    today: str,
    kinds_left_out: set[ExerciseKind],
) -> None:
    hardest = len(ROUTINES[routine_id].levels) - 1
    decision = decide(plan(routine_id, level=hardest), pain=pain, reach=reach)
    assert decision.session is not None
    assert decision.session.routine_id == today
    assert not {b.exercise.kind for b in decision.session.blocks} & kinds_left_out


def test_a_switch_to_the_nerve_friendly_routine_is_said_and_recorded() -> None:
    last = session(started=NOW - DAY, routine_id="piriformis_relief", reach=R.BUTTOCK)
    decision = decide(plan("piriformis_relief"), pain=3, reach=R.THIGH, last=last)
    assert decision.session is not None and decision.session.routine_id == "sciatic_mobility"
    assert decision.plan.routine_id == "piriformis_relief"  # for today only
    assert [n.key for n in decision.notices] == ["nerve_rule"]
    assert [n.kind for n in decision.notes] == [EventKind.ROUTINE_SWITCH]


def test_spreading_on_the_nerve_route_means_no_session_and_is_recorded() -> None:
    last = session(started=NOW - DAY, routine_id="sciatic_mobility", reach=R.THIGH)
    decision = decide(plan("sciatic_mobility"), pain=3, reach=R.FOOT, last=last)
    assert decision.session is None
    assert [n.kind for n in decision.notes] == [EventKind.NERVE_SYMPTOMS]
    assert "Stop the session now" in decision.notices[0].text


def test_no_session_when_nothing_suits_today() -> None:
    strain = plan("glute_strengthening", restricted_kinds=frozenset({ExerciseKind.STRENGTH}))
    decision = decide(strain, pain=3)
    assert decision.session is None
    assert [n.key for n in decision.notices] == ["nothing_today"]


def test_the_morning_score_belongs_to_the_last_session() -> None:
    last = session(started=NOW - 20 * HOUR, session_id=7)
    decision = decide(plan(), pain=2, last=last, morning=2)
    assert decision.morning_of == 7 and decision.session is not None
    assert decision.plan == plan()


@pytest.mark.parametrize(
    ("last_started", "switched"),
    [(NOW - DAY, True), (NOW - 10 * DAY, False)],  # the plan (below) was chosen 3 days ago
)
def test_a_new_check_in_is_a_new_baseline_for_spreading(
    last_started: float, switched: bool
) -> None:
    """Symptoms reaching further than in a session before this plan's check-in are not
    "spreading": the check-in has just asked about them."""
    last = session(started=last_started, routine_id="piriformis_relief", reach=R.BUTTOCK)
    decision = decide(plan("piriformis_relief"), pain=3, reach=R.THIGH, last=last)
    assert decision.session is not None
    assert (decision.session.routine_id == "sciatic_mobility") is switched


NEXT_LEVEL = LevelOffer(OfferKind.HARDER, "weeks_3_4", "move up", "Weeks 3-4")
EASIER_LEVEL = LevelOffer(OfferKind.EASIER, "weeks_1_2", "ease off", "Weeks 1-2")


@pytest.mark.parametrize(
    ("pain", "reach", "offered", "why"),
    [
        (2, R.BUTTOCK, True, "the body agrees"),
        (2, R.THIGH, False, "symptoms spread further today: the nerve rule acts"),
        (2, R.BELOW_KNEE, False, "new nerve symptoms today"),
        (6, R.BUTTOCK, False, "pain 6 today: strengthening is left out"),
        (8, R.BUTTOCK, False, "pain 8 today: gentle only"),
    ],
)
def test_a_harder_level_waits_for_no_nerve_rule_and_an_open_gate_today(
    pain: int, reach: SymptomsReach, offered: bool, why: str
) -> None:
    """An easy session and a morning back to baseline offer the next level, unless today's
    answers say the body does not agree; then a harder offer still pending is void too."""
    last = session(started=NOW - 20 * HOUR, easy=True, reach=R.BUTTOCK)
    decision = decide(plan(), pain=pain, reach=reach, last=last, morning=2)
    assert (decision.offer is not None) is offered, why
    assert (decision.kept_offer(NEXT_LEVEL) is not None) is offered, why
    assert decision.kept_offer(EASIER_LEVEL) in (EASIER_LEVEL, decision.offer), "easier stays"
