"""The person's sore side: worked first, and named as "your sore side" (issue 12).

Stdlib only. The check-in asks which side hurts; left or right makes per-side
exercises start there and speak of "your sore side" and "your other side".
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from coach.domain.routine import Block
from coach.domain.side import Side
from coach.domain.triage import PainSide, QuestionId, TriageAnswers
from coach.engine.cues import CuePhrases


def sore_side_of(answers: TriageAnswers) -> Side | None:
    """The side the check-in says hurts; None for both sides or not asked."""
    chosen = answers.choice(QuestionId.SIDE)
    if chosen == PainSide.LEFT:
        return Side.LEFT
    return Side.RIGHT if chosen == PainSide.RIGHT else None


def sore_side_first(blocks: Sequence[Block], sore: Side | None) -> tuple[Block, ...]:
    """``blocks`` with every per-side exercise starting on the sore side."""
    right_first = sore is Side.RIGHT
    return tuple(
        replace(b, dose=replace(b.dose, right_first=right_first)) if b.dose.per_side else b
        for b in blocks
    )


def side_phrases(phrases: CuePhrases, sore: Side | None) -> CuePhrases:
    """The spoken side cues: "Your sore side" / "Your other side" when a side is sore."""
    if sore is Side.LEFT:
        return replace(phrases, left=phrases.sore_side, right=phrases.other_side)
    if sore is Side.RIGHT:
        return replace(phrases, left=phrases.other_side, right=phrases.sore_side)
    return phrases


def side_words(side: Side, sore: Side | None, phrases: CuePhrases) -> str:
    """What the screen calls ``side``, in ``phrases``' language: "Your sore side" or
    "Your other side" when a side is sore (the figure shows which it is), else "Left
    side" or "Right side"; "" for both sides at once."""
    if side is Side.BOTH:
        return ""
    if sore is None or sore is Side.BOTH:
        return phrases.left if side is Side.LEFT else phrases.right
    return phrases.sore_side if side is sore else phrases.other_side
