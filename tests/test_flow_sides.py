"""The sore side: asked at the check-in, worked first, named on screen and in the cues
(table-driven, Qt-free)."""

from __future__ import annotations

import pytest
from flow_world import CLEAR, ROUTINES, Q

from coach.domain.side import Side
from coach.domain.triage import TriageAnswers
from coach.engine.cues import CuePhrases
from coach.engine.events import PhaseKind
from coach.engine.session_plan import expand_plan
from coach.flow.plan import Plan
from coach.flow.sides import side_phrases, side_words, sore_side_first, sore_side_of

BLOCKS = ROUTINES["piriformis_relief"].levels[0].blocks


@pytest.mark.parametrize(
    ("answer", "sore"), [("left", Side.LEFT), ("right", Side.RIGHT), ("both", None)]
)
def test_the_check_ins_side_is_the_sore_side(answer: str, sore: Side | None) -> None:
    assert sore_side_of(TriageAnswers({**CLEAR, Q.SIDE: answer})) is sore


def test_no_side_answer_means_no_sore_side() -> None:
    answers = TriageAnswers({k: v for k, v in CLEAR.items() if k != Q.SIDE})
    assert sore_side_of(answers) is None


@pytest.mark.parametrize(
    ("sore", "first"), [(None, Side.LEFT), (Side.LEFT, Side.LEFT), (Side.RIGHT, Side.RIGHT)]
)
def test_per_side_exercises_start_on_the_sore_side(sore: Side | None, first: Side) -> None:
    blocks = sore_side_first(BLOCKS, sore)
    work = [p for p in expand_plan(blocks) if p.kind is PhaseKind.WORK]
    per_side = [p for p in work if p.side is not Side.BOTH]
    assert per_side and per_side[0].side is first
    both = [b for b in blocks if not b.dose.per_side]
    assert all(b.dose.sides == (Side.BOTH,) for b in both)  # untouched
    assert len(work) == len([p for p in expand_plan(BLOCKS) if p.kind is PhaseKind.WORK])


@pytest.mark.parametrize(
    ("side", "sore", "words"),
    [
        (Side.LEFT, None, "Left side"),
        (Side.RIGHT, None, "Right side"),
        (Side.BOTH, Side.LEFT, ""),
        (Side.LEFT, Side.LEFT, "Your sore side"),
        (Side.RIGHT, Side.LEFT, "Your other side"),
        (Side.RIGHT, Side.RIGHT, "Your sore side"),
        (Side.LEFT, Side.RIGHT, "Your other side"),
    ],
)
def test_what_the_screen_calls_each_side(side: Side, sore: Side | None, words: str) -> None:
    assert side_words(side, sore, CuePhrases()) == words


@pytest.mark.parametrize(
    ("sore", "left", "right"),
    [
        (None, "Left side", "Right side"),
        (Side.LEFT, "Your sore side", "Your other side"),
        (Side.RIGHT, "Your other side", "Your sore side"),
    ],
)
def test_what_the_voice_calls_each_side(sore: Side | None, left: str, right: str) -> None:
    phrases = side_phrases(CuePhrases(), sore)
    assert (phrases.left, phrases.right) == (left, right)


def test_the_plan_keeps_the_sore_side() -> None:
    plan = Plan("piriformis_relief", "stretch", "piriformis_relief", 0.0, sore_side=Side.RIGHT)
    assert Plan.from_json(plan.to_json()) == plan
    old = {k: v for k, v in plan.to_json().items() if k != "sore_side"}
    restored = Plan.from_json(old)
    assert restored is not None and restored.sore_side is None
