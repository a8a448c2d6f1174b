"""Which routine each routing rule leads to: data (``[routes]`` in triage.toml), not code.

The rules themselves (which answers lead where) are code in
``coach.domain.triage``; the routine each one names is a routine file's id, so
a routine added as a file can be reached by pointing a rule at it.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum
from types import MappingProxyType


class RouteRule(StrEnum):
    """The outcomes that lead to a routine (docs/clinical-basis.md 1a-1b); keys of ``[routes]``."""

    SEVERE_PAIN = "severe_pain"
    """Rule 2: pain 8 or more (also the day's pain gate before a session)."""
    WEAK_LEG = "weak_leg"
    """R3: one leg weak but not getting weaker; gentle only until checked."""
    NERVE = "nerve"
    """Rule 3: symptoms below the knee, pins and needles, numbness."""
    SUDDEN_STRAIN = "sudden_strain"
    """Rule 4: sudden sharp pain in the last 3 days."""
    AFTER_WORKOUT = "after_workout"
    """Rule 5: soreness after a workout, across the worked muscles."""
    DEEP_BUTTOCK = "deep_buttock"
    """Rule 6."""
    KNOTS = "knots"
    """Rule 7."""
    SITTING_BONE = "sitting_bone"
    """Rule 8."""
    LONG_STANDING = "long_standing"
    """Rule 9: sudden start over 3 days ago, or built up over weeks, with low pain."""
    PREVENTION = "prevention"
    """Rule 10: no pain now."""
    NO_CLEAR_MATCH = "no_clear_match"
    """Rule 11."""


RouteTable = Mapping[RouteRule, str]
"""Rule -> the id of the routine it leads to."""


def placeholder_routes() -> RouteTable:
    """Each rule leading to a routine named after the rule: what a bare config uses
    (tests of the decisions); the loader reads the real ids from triage.toml."""
    return MappingProxyType({rule: rule.value for rule in RouteRule})
