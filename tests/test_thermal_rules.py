"""Ice and heat limits, lock-outs and clock handling: one row per rule."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest

from coach.content.errors import ContentError
from coach.content.thermal_loader import check_thermal_file, load_thermal
from coach.domain.history import ThermalKind, ThermalRecord, ThermalStatus
from coach.domain.thermal import (
    HARD_MAX_S,
    availability,
    elapsed_s,
    planned_seconds,
    ready_again_at,
)
from coach.paths import routines_dir

CONFIG = load_thermal(routines_dir() / "thermal.toml")
NOON = datetime(2026, 11, 20, 12, 0, tzinfo=UTC).timestamp()
HOUR = 3600.0


def record(
    kind: ThermalKind, start: float, minutes: float = 15, **changes: object
) -> ThermalRecord:
    base = ThermalRecord(
        id=1,
        kind=kind,
        started_at=start,
        planned_s=minutes * 60,
        deadline=start + minutes * 60,
        ended_at=start + minutes * 60,
        actual_s=minutes * 60,
        skin_check_done=True,
        reaction="",
        status=ThermalStatus.FINISHED,
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def test_shipped_defaults_follow_the_clinical_rules() -> None:
    for rules in (CONFIG.ice, CONFIG.heat):
        assert rules.default_s == 15 * 60
        assert rules.max_s == 20 * 60
        assert rules.skin_check_s == 5 * 60
    assert CONFIG.ice.lockout_s == 2 * HOUR
    assert CONFIG.heat.max_per_day == 3
    assert CONFIG.heat.blocked_days_after_strain == 3
    assert CONFIG.ice.blocked_days_after_strain == 0


@pytest.mark.parametrize(
    ("minutes", "expected_s"),
    [(15, 900), (5, 300), (4, 300), (0, 300), (20, 1200), (21, 1200), (60, 1200), (12.5, 750)],
)
def test_planned_length_is_clamped_and_never_above_twenty_minutes(
    minutes: float, expected_s: float
) -> None:
    for rules in (CONFIG.ice, CONFIG.heat):
        assert planned_seconds(rules, minutes) == expected_s
        assert planned_seconds(rules, minutes) <= HARD_MAX_S


@pytest.mark.parametrize(
    ("kind", "history", "now", "strain", "allowed", "next_at"),
    [
        ("nothing before", [], NOON, None, True, None),
        (
            "ice 1h59 after the last ice",
            [("ice", NOON - 2 * HOUR - 14 * 60)],
            NOON,
            None,
            False,
            NOON + 60,
        ),
        (
            "ice 2h after the last ice ended",
            [("ice", NOON - 2 * HOUR - 15 * 60)],
            NOON,
            None,
            True,
            None,
        ),
        ("heat does not lock out ice", [("heat", NOON - 20 * 60)], NOON, None, True, None),
        (
            "ice while one is running",
            [("ice_running", NOON - 5 * 60)],
            NOON,
            None,
            False,
            NOON + 10 * 60,
        ),
        ("ice the day after a strain", [], NOON, NOON - 86400, True, None),
    ],
)
def test_ice_availability(
    kind: str,
    history: list[tuple[str, float]],
    now: float,
    strain: float | None,
    allowed: bool,
    next_at: float | None,
) -> None:
    records = [_from_spec(spec, start) for spec, start in history]
    result = availability(CONFIG.ice, records, now=now, strain_started_at=strain, tz=UTC)
    assert (result.allowed, result.next_allowed_at) == (allowed, next_at), kind


@pytest.mark.parametrize(
    ("case", "history", "strain", "allowed", "next_at"),
    [
        ("first heat of the day", [], None, True, None),
        ("heat 2 days after a strain", [], NOON - 2 * 86400, False, NOON + 86400),
        ("heat 3 days after a strain", [], NOON - 3 * 86400, True, None),
        (
            "heat 1 h after the last one",
            [("heat", NOON - HOUR - 15 * 60)],
            None,
            False,
            NOON + 30 * 60,
        ),
        (
            "fourth heat today",
            [("heat", NOON - 9 * HOUR), ("heat", NOON - 6 * HOUR), ("heat", NOON - 3 * HOUR)],
            None,
            False,
            NOON + 12 * HOUR,
        ),
        ("cancelled heat does not count", [("heat_cancelled", NOON - 20 * 60)], None, True, None),
    ],
)
def test_heat_availability(
    case: str,
    history: list[tuple[str, float]],
    strain: float | None,
    allowed: bool,
    next_at: float | None,
) -> None:
    records = [_from_spec(spec, start) for spec, start in history]
    result = availability(CONFIG.heat, records, now=NOON, strain_started_at=strain, tz=UTC)
    assert (result.allowed, result.next_allowed_at) == (allowed, next_at), case
    assert result.allowed or result.reason


READY_CASES = [
    # name, rules, history as (start hours from noon, status), ready again (hours from noon)
    ("nothing used", "ice", [], None),
    ("ice at noon: after its 2 h rest", "ice", [(0, "finished")], 2.25),
    ("the latest ice counts", "ice", [(-5, "finished"), (0, "finished")], 2.25),
    ("a cancelled mis-start starts no rest", "ice", [(0, "finished"), (1, "cancelled")], 2.25),
    ("none while one runs", "ice", [(0, "finished"), (3, "running")], None),
    ("heat: a third today moves it past midnight", "heat",
     [(-3, "finished"), (-1.5, "finished"), (0, "finished")], 12.0),
]  # fmt: skip


@pytest.mark.parametrize(
    ("kind", "used", "ready"), [c[1:] for c in READY_CASES], ids=[c[0] for c in READY_CASES]
)
def test_ready_again_after_the_rest_and_the_daily_cap_even_once_passed(
    kind: str, used: list[tuple[float, str]], ready: float | None
) -> None:
    """What an "ice again" reminder is timed by: the same whether asked before or after."""
    thermal_kind = ThermalKind(kind)
    history = [
        record(thermal_kind, NOON + hours * HOUR, id=i, status=ThermalStatus(status))
        for i, (hours, status) in enumerate(used)
    ]
    got = ready_again_at(CONFIG.rules(thermal_kind), history, tz=UTC)
    assert got == (None if ready is None else NOON + ready * HOUR)


def _from_spec(spec: str, start: float) -> ThermalRecord:
    kind = ThermalKind.ICE if spec.startswith("ice") else ThermalKind.HEAT
    if spec.endswith("_running"):
        return record(kind, start, ended_at=None, actual_s=None, status=ThermalStatus.RUNNING)
    if spec.endswith("_cancelled"):
        return record(kind, start, status=ThermalStatus.CANCELLED)
    return record(kind, start)


@pytest.mark.parametrize(
    ("case", "wall_passed", "mono_passed", "expected"),
    [
        ("steady", 300, 300, 300),
        ("suspend: monotonic stopped, wall moved on", 600, 60, 600),
        ("NTP stepped the wall clock back an hour", -3600 + 300, 300, 300),
        ("wall clock jumped forward past the end", 5000, 300, 900),
        ("both before the start", -10, -10, 0),
    ],
)
def test_elapsed_never_stretches_or_goes_negative(
    case: str, wall_passed: float, mono_passed: float, expected: float
) -> None:
    got = elapsed_s(
        900, started_at=NOON, now=NOON + wall_passed, started_mono=50.0, now_mono=50 + mono_passed
    )
    assert got == expected, case


def test_after_a_restart_only_the_wall_clock_counts() -> None:
    assert elapsed_s(900, started_at=NOON, now=NOON + 420) == 420
    assert elapsed_s(900, started_at=NOON, now=NOON - 50) == 0


@pytest.mark.parametrize(
    ("old", "new", "field"),
    [
        ("max_minutes = 20", "max_minutes = 25", "ice.max_minutes"),
        ("default_minutes = 15", "default_minutes = 0", "ice.default_minutes"),
        ('name = "Ice"', 'name = ""', "ice.name"),
        ("skin_check_minutes = 5", "skin_check_minutes = 20", "ice.skin_check_minutes"),
    ],
)
def test_broken_thermal_file_names_the_field(
    tmp_path: Path, old: str, new: str, field: str
) -> None:
    text = (routines_dir() / "thermal.toml").read_text()
    assert old in text
    broken = tmp_path / "thermal.toml"
    broken.write_text(text.replace(old, new, 1))
    problems = check_thermal_file(broken)
    assert field in [p.field for p in problems]
    with pytest.raises(ContentError):
        load_thermal(broken)
