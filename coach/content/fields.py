"""Typed reads from parsed TOML tables that record problems instead of raising.

Each read names the field path, so every problem in a file is reported at
once as ``file: field.path: what is wrong``.
"""

from __future__ import annotations

import tomllib
from collections.abc import Collection, Mapping
from pathlib import Path
from typing import Any, TypeVar

from coach.content.errors import Problem

SUPPORTED_SCHEMA_VERSIONS = frozenset({1})

T = TypeVar("T")


class FieldReader:
    """Reads fields of one file, collecting a Problem for each bad or missing one."""

    def __init__(self, file: Path) -> None:
        self.file = file
        self.problems: list[Problem] = []

    def problem(self, field: str, message: str) -> None:
        """Record a problem with ``field`` of this file."""
        self.problems.append(Problem(str(self.file), field, message))

    def load(self) -> dict[str, Any] | None:
        """Parse the file and check its schema_version; None if it can't be used."""
        try:
            data = tomllib.loads(self.file.read_text(encoding="utf-8"))
        except tomllib.TOMLDecodeError as error:
            self.problem("(syntax)", f"not valid TOML: {error}")
            return None
        except (OSError, UnicodeDecodeError) as error:
            self.problem("(file)", f"can't be read: {error}")
            return None
        version = data.get("schema_version")
        if version not in SUPPORTED_SCHEMA_VERSIONS:
            supported = ", ".join(str(v) for v in sorted(SUPPORTED_SCHEMA_VERSIONS))
            self.problem("schema_version", f"is {version!r}; this app reads {supported}")
            return None
        return data

    def unknown_keys(self, table: Mapping[str, Any], path: str, known: Collection[str]) -> None:
        """Report keys of ``table`` this format does not have (usually typos)."""
        for key in table:
            if key not in known:
                self.problem(_join(path, key), "unknown field")

    def text(
        self, table: Mapping[str, Any], path: str, key: str, *, default: str | None = None
    ) -> str:
        """A non-empty string; ``default`` (if given) when the key is absent."""
        value = table.get(key, default)
        if isinstance(value, str) and (value.strip() or default == ""):
            return value.strip()
        self.problem(
            _join(path, key), "missing text" if value is None else "must be non-empty text"
        )
        return ""

    def texts(self, table: Mapping[str, Any], path: str, key: str) -> tuple[str, ...]:
        """A list of non-empty strings (absent means empty)."""
        value = table.get(key, [])
        if isinstance(value, list) and all(isinstance(v, str) and v.strip() for v in value):
            return tuple(v.strip() for v in value)
        self.problem(_join(path, key), "must be a list of non-empty texts")
        return ()

    def number(
        self,
        table: Mapping[str, Any],
        path: str,
        key: str,
        *,
        default: float | None = None,
        low: float,
        high: float,
        low_inclusive: bool = True,
    ) -> float:
        """A number within [low, high] (or (low, high] when not low_inclusive)."""
        value = table.get(key, default)
        field = _join(path, key)
        if value is None:
            self.problem(field, "missing number")
            return low
        if isinstance(value, bool) or not isinstance(value, int | float):
            self.problem(field, f"must be a number, not {value!r}")
            return low
        above_low = value >= low if low_inclusive else value > low
        if not above_low or value > high:
            bracket = "[" if low_inclusive else "("
            self.problem(field, f"is {value}; must be in {bracket}{low:g}, {high:g}]")
        return float(value)

    def whole(
        self,
        table: Mapping[str, Any],
        path: str,
        key: str,
        *,
        default: int | None = None,
        low: int,
        high: int,
    ) -> int:
        """A whole number within [low, high]."""
        value = table.get(key, default)
        field = _join(path, key)
        if isinstance(value, bool) or not isinstance(value, int):
            self.problem(
                field,
                "missing whole number"
                if value is None
                else f"must be a whole number, not {value!r}",
            )
            return low
        if not low <= value <= high:
            self.problem(field, f"is {value}; must be from {low} to {high}")
        return value

    def flag(self, table: Mapping[str, Any], path: str, key: str, *, default: bool) -> bool:
        """A true/false value."""
        value = table.get(key, default)
        if isinstance(value, bool):
            return value
        self.problem(_join(path, key), f"must be true or false, not {value!r}")
        return default

    def choice(
        self, table: Mapping[str, Any], path: str, key: str, options: Mapping[str, T]
    ) -> T | None:
        """One of ``options`` by name; None (and a problem) otherwise."""
        value = table.get(key)
        if isinstance(value, str) and value in options:
            return options[value]
        allowed = ", ".join(options)
        self.problem(_join(path, key), f"is {value!r}; must be one of: {allowed}")
        return None

    def table(self, table: Mapping[str, Any], path: str, key: str) -> dict[str, Any]:
        """A sub-table (empty, with a problem, if missing or not a table)."""
        value = table.get(key)
        if isinstance(value, dict):
            return value
        self.problem(_join(path, key), "missing table" if value is None else "must be a table")
        return {}

    def tables(self, table: Mapping[str, Any], path: str, key: str) -> list[dict[str, Any]]:
        """A non-empty array of tables (``[[key]]``)."""
        value = table.get(key)
        if isinstance(value, list) and value and all(isinstance(v, dict) for v in value):
            return value
        self.problem(_join(path, key), "needs at least one [[" + _join(path, key) + "]] table")
        return []


def _join(path: str, key: str) -> str:
    return f"{path}.{key}" if path else key
