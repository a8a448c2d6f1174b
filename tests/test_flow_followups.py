"""Timed follow-ups for every route, counted from symptom onset; one "trending up"; no Qt."""

from __future__ import annotations

import pytest
from flow_world import DAY, NOW, ROUTINES, RULES, TZ, Q, check_in, plan, session

from coach.engine.clock import FakeClock
from coach.flow.check_in import after_check_in
from coach.flow.followups import days_since_onset, due_follow_ups

ANY = "any"


@pytest.mark.parametrize(
    ("route", "days", "first", "latest", "expected"),
    [
        ("doms_recovery", 6, 4, 2, []),
        ("doms_recovery", 7, 4, 2, ["still sore after 7 days"]),
        ("doms_recovery", 7, 4, 0, []),
        ("acute_strain", 2, 5, 5, []),
        ("acute_strain", 3, 5, 5, ["first 3 days"]),
        ("piriformis_relief", 14, 6, 5, ["not clearly better after 14 days"]),
        ("piriformis_relief", 14, 6, 3, []),
        ("sciatic_mobility", 5, 3, 5, ["not getting better, or are getting worse"]),
        ("sciatic_mobility", 21, 4, 4, ["not getting better"]),
        ("sciatic_mobility", 21, 4, 2, []),
        ("gentle_only", 2, 8, 8, ["isn't easing after 2 days"]),
        ("gentle_fallback", 14, 4, 4, ["isn't better after 14 days"]),
        ("sitting_bone_strength", 13, 4, 4, []),
        ("sitting_bone_strength", 14, 4, 1, ["checked by a physio"]),
        ("glute_strengthening", 60, 4, 4, []),
        ("prevention", 60, 0, 0, []),
        ("trigger_point_release", 60, 4, 4, []),
    ],
)
def test_each_route_has_its_follow_up_when_due(
    route: str, days: int, first: int, latest: int, expected: list[str]
) -> None:
    clock = FakeClock(NOW)
    current = plan(route, first_pain=first, chosen_at=clock.now(), onset_at=clock.now())
    clock.advance(days * DAY)
    recent = [session(started=clock.now() - 3600, routine_id=route, before=latest)]
    found = due_follow_ups(current, recent, now=clock.now(), rules=RULES, tz=TZ)
    assert len(found) == len(expected), found
    for sentence, part in zip(found, expected, strict=True):
        assert part in sentence and "{" not in sentence


@pytest.mark.parametrize(
    ("hours_after_check_in", "expected"),
    [
        (0, []),  # just checked in: "answer the questions again" would make no sense
        (23, []),
        (24, ["not clearly better after 15 days"]),
    ],
)
def test_no_follow_up_on_the_day_of_the_check_in(
    hours_after_check_in: int, expected: list[str]
) -> None:
    clock = FakeClock(NOW)
    current = plan(
        "piriformis_relief", first_pain=5, chosen_at=clock.now(), onset_at=clock.now() - 14 * DAY
    )
    clock.advance(hours_after_check_in * 3600)
    recent = [session(started=clock.now() - 60, routine_id="piriformis_relief", before=5)]
    found = due_follow_ups(current, recent, now=clock.now(), rules=RULES, tz=TZ)
    assert [part for part in expected if any(part in f for f in found)] == expected
    assert len(found) == len(expected), found


def test_review_clocks_start_at_symptom_onset_not_at_the_check_in() -> None:
    clock = FakeClock(NOW)
    sore_since = clock.now() - 4 * DAY  # sore for 4 days before the check-in
    current = plan("doms_recovery", chosen_at=clock.now(), onset_at=sore_since, first_pain=4)
    clock.advance(3 * DAY)  # day 7 of the soreness, day 3 of the plan
    assert days_since_onset(current, clock.now()) == 7
    recent = [session(started=clock.now() - 3600, routine_id="doms_recovery", before=3)]
    assert due_follow_ups(current, recent, now=clock.now(), rules=RULES, tz=TZ)
    unknown_onset = plan("doms_recovery", chosen_at=NOW, first_pain=4)
    assert days_since_onset(unknown_onset, clock.now()) == 3


@pytest.mark.parametrize(
    ("weekly", "trending"),
    [
        ([2, 3, 4], True),  # three weeks in a row, each higher
        ([2, 2, 4], False),  # not every week rose
        ([4, 3, 2], False),
        ([2, None, 4], False),  # a week with no score breaks "week on week"
        ([3, 4], False),  # only two weeks
    ],
)
def test_pain_trending_up_week_on_week_on_any_route(
    weekly: list[int | None], trending: bool
) -> None:
    recent = [
        session(started=NOW - (len(weekly) - 1 - i) * 7 * DAY, session_id=i + 1, before=pain)
        for i, pain in enumerate(weekly)
        if pain is not None
    ][::-1]
    current = plan("glute_strengthening", first_pain=2, chosen_at=NOW - 30 * DAY)
    found = due_follow_ups(current, recent, now=NOW, rules=RULES, tz=TZ)
    assert any("week after week" in s for s in found) is trending


def test_no_pain_score_yet_means_no_follow_up() -> None:
    current = plan("doms_recovery", first_pain=None, chosen_at=NOW - 30 * DAY)
    assert due_follow_ups(current, [], now=NOW, rules=RULES, tz=TZ) == ()


@pytest.mark.parametrize(("days_ago", "onset_days"), [(0, 0), (6, 6), (30, 30)])
def test_the_check_ins_since_when_answer_sets_the_onset(days_ago: int, onset_days: int) -> None:
    """ "About how many days ago did it start?" is where the review clocks begin."""
    from coach.domain.triage import QuestionId, TriageAnswers
    from coach.flow.check_in import symptom_onset

    answers = TriageAnswers({QuestionId.SINCE: days_ago})
    assert (NOW - symptom_onset(answers, now=NOW)) / 86400.0 == onset_days
    assert symptom_onset(TriageAnswers(), now=NOW) == NOW  # not asked: the check-in time


@pytest.mark.parametrize(
    ("route", "days", "first", "latest", "due"),
    [
        ("glute_strengthening", 13, 5, 5, False),
        ("glute_strengthening", 14, 5, 5, True),  # a strain re-routed after 72 h
        ("glute_strengthening", 14, 5, 3, False),  # 40 % better
        ("trigger_point_release", 14, 4, 4, True),
        ("piriformis_relief", 14, 6, 5, True),  # once, not twice
    ],
)
def test_a_strain_not_30_percent_better_at_2_weeks_on_any_route(
    route: str, days: int, first: int, latest: int, due: bool
) -> None:
    """A sudden start is a strain wherever the check-in after its first 3 days sent it."""
    outcome, answers = check_in(**{Q.ONSET: "sudden_older", Q.SINCE: 0, Q.PAIN: first})
    made = after_check_in(
        plan=None,
        suspension=None,
        outcome=outcome,
        answers=answers,
        chosen=ROUTINES[route],
        routines=ROUTINES.values(),
        now=NOW,
    ).plan
    assert made is not None and made.strain_started_at == NOW
    clock = FakeClock(NOW)
    clock.advance(days * DAY)
    recent = [session(started=clock.now() - 3600, routine_id=route, before=latest)]
    found = due_follow_ups(made, recent, now=clock.now(), rules=RULES, tz=TZ)
    assert [f for f in found if "not clearly better after 14 days" in f] == (
        [found[0]] if due else []
    )
