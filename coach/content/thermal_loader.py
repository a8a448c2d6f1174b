"""``routines/thermal.toml`` -> ThermalConfig, or problems naming file and field."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from coach.content.errors import ContentError, Problem
from coach.content.fields import FieldReader
from coach.content.overlay import SOURCE_LANGUAGE
from coach.domain.history import ThermalKind
from coach.domain.thermal import HARD_MAX_S, ThermalConfig, ThermalRules

_RULE_KEYS = frozenset(
    {
        "name",
        "default_minutes",
        "min_minutes",
        "max_minutes",
        "skin_check_minutes",
        "lockout_minutes",
        "max_per_day",
        "warning",
        "barrier",
        "position",
        "honesty",
        "skin_check",
        "contraindications",
        "prefer_when",
        "avoid_when",
        "blocked_days_after_strain",
    }
)
_HARD_MAX_MIN = HARD_MAX_S / 60


def load_thermal(path: Path, *, language: str = SOURCE_LANGUAGE) -> ThermalConfig:
    """The ice/heat rules; ContentError listing every problem if any."""
    reader = FieldReader(path, language=language)
    data = reader.load()
    if data is None:
        raise ContentError(reader.problems)
    reader.unknown_keys(data, "", {"schema_version", "ice", "heat", "numbness"})
    config = ThermalConfig(
        ice=_rules(reader, ThermalKind.ICE, reader.table(data, "", "ice")),
        heat=_rules(reader, ThermalKind.HEAT, reader.table(data, "", "heat")),
        numbness_warning=reader.text(reader.table(data, "", "numbness"), "numbness", "warning"),
    )
    if reader.problems:
        raise ContentError(reader.problems)
    return config


def check_thermal_file(path: Path) -> list[Problem]:
    """Every problem in a thermal file (empty when it loads)."""
    try:
        load_thermal(path)
    except ContentError as error:
        return list(error.problems)
    return []


def _rules(reader: FieldReader, kind: ThermalKind, table: dict[str, Any]) -> ThermalRules:
    path = kind.value
    reader.unknown_keys(table, path, _RULE_KEYS)

    def minutes(key: str, high: float = _HARD_MAX_MIN, low: float = 1) -> float:
        return reader.number(table, path, key, low=low, high=high) * 60.0

    rules = ThermalRules(
        kind=kind,
        name=reader.text(table, path, "name"),
        default_s=minutes("default_minutes"),
        min_s=minutes("min_minutes"),
        max_s=minutes("max_minutes"),
        skin_check_s=minutes("skin_check_minutes"),
        lockout_s=minutes("lockout_minutes", high=24 * 60),
        max_per_day=reader.whole(table, path, "max_per_day", low=0, high=24),
        warning=reader.text(table, path, "warning"),
        barrier=reader.text(table, path, "barrier"),
        position=reader.text(table, path, "position"),
        honesty=reader.text(table, path, "honesty"),
        skin_check=reader.text(table, path, "skin_check"),
        contraindications=reader.texts(table, path, "contraindications"),
        prefer_when=reader.text(table, path, "prefer_when"),
        avoid_when=reader.text(table, path, "avoid_when"),
        blocked_days_after_strain=reader.whole(
            table, path, "blocked_days_after_strain", default=0, low=0, high=14
        ),
    )
    if not rules.min_s <= rules.default_s <= rules.max_s:
        reader.problem(f"{path}.default_minutes", "must be between min_minutes and max_minutes")
    if rules.skin_check_s >= rules.max_s:
        reader.problem(f"{path}.skin_check_minutes", "must come before max_minutes")
    if not rules.contraindications:
        reader.problem(f"{path}.contraindications", "needs at least one entry")
    return rules
