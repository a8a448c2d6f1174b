"""Level offers wait for the body (issue 11) and the after-session summary; no Qt."""

from __future__ import annotations

from dataclasses import replace

import pytest
from flow_world import ALL_DONE, DAY, GLUTES, HOUR, NOW, RULES, TZ, glutes_summary, plan, session

from coach.domain.history import EventKind, SessionStatus
from coach.domain.rules import PainChange
from coach.engine.clock import FakeClock
from coach.flow.morning import ask_morning, morning_check
from coach.flow.outcome import summary
from coach.flow.progression import LevelOffer, OfferKind, accept, body_agreed


@pytest.mark.parametrize(
    ("changes", "stop_rule", "morning", "offered"),
    [
        ({"easy": True}, False, 2, True),
        ({"easy": True}, False, 1, True),
        ({"easy": True}, False, 3, False),  # not back to baseline next morning
        ({"easy": False}, False, 2, False),  # did not feel easy
        ({"easy": True, "after": 4}, False, 2, False),  # rose by 2 in the session
        ({"easy": True, "before": 1, "after": 2}, False, 1, False),  # a meaningful (100%) rise
        ({"easy": True, "spreading": True}, False, 2, False),  # spreading nerve symptoms
        ({"easy": True, "spreading": None}, False, 2, False),  # never answered
        ({"easy": True}, True, 2, False),  # a stop rule fired
        ({"easy": True, "status": SessionStatus.STOPPED}, False, 2, False),
        ({"easy": True, "level_id": "weeks_3_4"}, False, 2, False),  # not the plan's level
    ],
)
def test_a_harder_level_is_offered_only_when_the_body_agrees(
    changes: dict[str, object], stop_rule: bool, morning: int, offered: bool
) -> None:
    last = session(started=NOW - 20 * HOUR, **changes)  # type: ignore[arg-type]
    result = morning_check(
        plan(),
        GLUTES,
        last=last,
        morning_pain=morning,
        stop_rule_fired=stop_rule,
        rules=RULES,
    )
    assert (result.offer is not None) is offered
    if result.offer is not None:
        assert result.offer == LevelOffer(
            OfferKind.HARDER, "weeks_3_4", result.offer.text, "Weeks 3-4"
        )


@pytest.mark.parametrize(
    ("level", "morning", "level_after", "recorded"),
    [(1, 4, "weeks_1_2", True), (0, 4, "weeks_1_2", False), (1, 2, "weeks_3_4", False)],
)
def test_the_24_hour_rule_steps_the_level_down_when_the_morning_is_worse(
    level: int, morning: int, level_after: str, recorded: bool
) -> None:
    current = plan(level=level)
    last = session(started=NOW - 20 * HOUR, level_id=current.level_id)
    result = morning_check(
        current, GLUTES, last=last, morning_pain=morning, stop_rule_fired=False, rules=RULES
    )
    assert result.plan.level_id == level_after
    assert [n.kind for n in result.notes] == ([EventKind.LEVEL_CHANGE] if recorded else [])
    assert bool(result.notices) is (morning > 2)


@pytest.mark.parametrize(
    ("started_ago", "changes", "asked"),
    [
        (20 * HOUR, {}, True),
        (2 * HOUR, {}, False),  # the same calendar day
        (40 * HOUR, {}, False),  # too long ago
        (20 * HOUR, {"morning": 2}, False),  # already answered
        (20 * HOUR, {"status": SessionStatus.STOPPED}, False),
        (20 * HOUR, {"before": None}, False),
    ],
)
def test_the_morning_question_is_asked_the_day_after_a_completed_session(
    started_ago: float, changes: dict[str, object], asked: bool
) -> None:
    clock = FakeClock(NOW)
    last = session(started=clock.now() - started_ago, **changes)  # type: ignore[arg-type]
    assert ask_morning(last, now=clock.now(), tz=TZ) is asked
    assert ask_morning(None, now=clock.now(), tz=TZ) is False


@pytest.mark.parametrize(
    ("changes", "stop_rule", "easy_next", "rise", "nerve", "offer"),
    [
        ({"easy": True, "before": 2, "after": 2}, False, "Weeks 5-6", False, False, None),
        ({"easy": True, "before": 1, "after": 4}, False, "", True, False, None),
        ({"easy": True}, True, "", False, False, OfferKind.EASIER),
        ({"spreading": True}, False, "", False, True, None),
    ],
)
def test_the_summary_never_says_take_it_easier_and_move_up_together(
    changes: dict[str, object],
    stop_rule: bool,
    easy_next: str,
    rise: bool,
    nerve: bool,
    offer: OfferKind | None,
) -> None:
    result = glutes_summary(stop_rule, **changes)
    assert result.easy_next == easy_next
    assert (result.pain is not None and result.pain.change is PainChange.WORSENED) is rise
    assert ("Stop the session now" in result.nerve_text) is nerve
    assert (result.offer.kind if result.offer else None) is offer
    if result.offer is not None:
        assert result.offer.level_name == "Weeks 1-2"
    assert bool(result.notes) is bool(changes.get("spreading"))


def test_accepting_an_offer_changes_the_level_and_is_recorded() -> None:
    offer = LevelOffer(OfferKind.HARDER, "weeks_3_4", "move up")
    new_plan, note = accept(plan(), offer, GLUTES)
    assert new_plan.level_id == "weeks_3_4"
    assert note is not None and note.kind is EventKind.LEVEL_CHANGE
    stale = LevelOffer(OfferKind.HARDER, "no_such_level", "move up")
    assert accept(plan(), stale, GLUTES) == (plan(), None)


def test_an_offer_survives_being_saved_and_an_old_or_empty_one_reads_sensibly() -> None:
    offer = LevelOffer(OfferKind.EASIER, "weeks_1_2", "try easier")
    assert LevelOffer.from_json(offer.to_json()) == offer
    old = LevelOffer.from_json({"level_id": "weeks_1_2", "text": "t"})  # saved before "kind"
    assert old is not None and old.kind is OfferKind.EASIER
    assert LevelOffer.from_json({}) is None
    assert LevelOffer.from_json({"level_id": "x", "kind": "sideways"}) is None


def test_body_agreed_needs_both_scores() -> None:
    record = replace(session(started=NOW - DAY, easy=True), pain_after=None)
    assert not body_agreed(record, stop_rule_fired=False, rules=RULES)


def test_no_summary_offer_of_the_easier_level_already_taken_during_the_session() -> None:
    record = session(started=NOW, level_id="weeks_3_4")
    result = summary(
        record, outcome=ALL_DONE, stop_rule_fired=True, routine=GLUTES, plan=plan(), rules=RULES
    )
    assert result.offer is None
