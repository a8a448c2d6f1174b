"""Typed reads from parsed TOML tables that record problems instead of raising.

Each read names the field path, so every problem in a file is reported at
once as ``file: field.path: what is wrong``.
"""

from __future__ import annotations

import string
import tomllib
from collections.abc import Callable, Collection, Mapping
from pathlib import Path
from typing import Any, TypeVar

from coach.content.errors import Problem
from coach.content.overlay import (
    SOURCE_LANGUAGE,
    apply,
    given_texts,
    mismatch,
    overlay_file,
    source_texts,
)
from coach.content.safe_read import UnreadableFile, read_small_text

SUPPORTED_SCHEMA_VERSIONS = frozenset({1})

MAX_DEPTH = 12
"""Deepest nesting of tables and arrays a data file may use (ours use 4)."""

T = TypeVar("T")


class FieldReader:
    """Reads fields of one file, collecting a Problem for each bad or missing one."""

    def __init__(self, file: Path, *, language: str = SOURCE_LANGUAGE) -> None:
        self.file = file
        self.language = language
        self.problems: list[Problem] = []
        self.translation_problems: list[Problem] = []
        """Problems with the language's texts (those texts stay English); never fatal."""

    def problem(self, field: str, message: str) -> None:
        """Record a problem with ``field`` of this file."""
        self.problems.append(Problem(str(self.file), field, message))

    def load(self) -> dict[str, Any] | None:
        """Parse the file and check its schema_version; None if it can't be used."""
        try:
            data = tomllib.loads(read_small_text(self.file))
        except UnreadableFile as error:
            self.problem("(file)", str(error))
            return None
        except tomllib.TOMLDecodeError as error:
            self.problem("(syntax)", f"not valid TOML: {error}")
            return None
        except RecursionError:
            self.problem("(syntax)", f"nested more than {MAX_DEPTH} levels deep")
            return None
        except ValueError as error:  # e.g. an integer too long to convert
            self.problem("(syntax)", f"not valid TOML: {error}")
            return None
        if _depth(data) > MAX_DEPTH:
            self.problem("(syntax)", f"nested more than {MAX_DEPTH} levels deep")
            return None
        version = data.get("schema_version")
        if (
            not isinstance(version, int)
            or isinstance(version, bool)
            or (version not in SUPPORTED_SCHEMA_VERSIONS)
        ):
            supported = ", ".join(str(v) for v in sorted(SUPPORTED_SCHEMA_VERSIONS))
            self.problem("schema_version", f"is {shown(version)}; this app reads {supported}")
            return None
        return self._translated(data)

    def _translated(self, data: dict[str, Any]) -> dict[str, Any]:
        """``data`` with this reader's language laid over it, string by string."""
        path = overlay_file(self.file, self.language)
        if path is None or not (path.exists() or path.is_symlink()):  # a dangling link: a problem
            return data
        reader = FieldReader(path)
        texts = reader.load()
        if texts is None:
            self.translation_problems += reader.problems
            return data
        given, bad = given_texts(texts)
        english = source_texts(data)
        for field in bad:
            reader.problem(".".join(field), "must be text or a list of texts")
        for field, text in given.items():
            if field in english and (why := mismatch(english[field], text)):
                reader.problem(".".join(field), f"{why}; the English is used")
        self.translation_problems += reader.problems
        return apply(data, given)

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
            self.problem(field, f"must be a number, not {shown(value)}")
            return low
        above_low = value >= low if low_inclusive else value > low
        if not above_low or not value <= high:  # NaN fails both
            bracket = "[" if low_inclusive else "("
            self.problem(field, f"is {shown(value)}; must be in {bracket}{low:g}, {high:g}]")
            return low  # in range, so later arithmetic can't overflow
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
                else f"must be a whole number, not {shown(value)}",
            )
            return low
        if not low <= value <= high:
            self.problem(field, f"is {shown(value)}; must be from {low} to {high}")
            return low  # in range, so later arithmetic can't overflow
        return value

    def flag(self, table: Mapping[str, Any], path: str, key: str, *, default: bool) -> bool:
        """A true/false value."""
        value = table.get(key, default)
        if isinstance(value, bool):
            return value
        self.problem(_join(path, key), f"must be true or false, not {shown(value)}")
        return default

    def choice(
        self, table: Mapping[str, Any], path: str, key: str, options: Mapping[str, T]
    ) -> T | None:
        """One of ``options`` by name; None (and a problem) otherwise."""
        value = table.get(key)
        if isinstance(value, str) and value in options:
            return options[value]
        allowed = ", ".join(options)
        self.problem(_join(path, key), f"is {shown(value)}; must be one of: {allowed}")
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

    def template(self, field: str, value: str, allowed: Collection[str]) -> bool:
        """Whether every ``{placeholder}`` in ``value`` is in ``allowed`` (problems if not)."""
        try:
            parts = [p for p in string.Formatter().parse(value) if p[1] is not None]
        except ValueError as error:
            self.problem(field, f"has a stray brace ({error}); write placeholders as {{name}}")
            return False
        if any(spec or conversion for _, _, spec, conversion in parts):
            self.problem(field, "write each placeholder plainly, as {name}, without : or !")
            return False
        bad = [name for _, name, _, _ in parts if name not in allowed]
        for name in bad:
            choices = ", ".join("{" + a + "}" for a in sorted(allowed))
            self.problem(field, f"unknown placeholder {{{name}}}; use one of: {choices}")
        return not bad


def contained(path: Path, load: Callable[[], T], failed: Callable[[Problem], T]) -> T:
    """``load()``; if it raises anything at all, ``failed`` with a problem naming ``path``.

    The last line of defence per file: one broken file never stops the others.
    """
    try:
        return load()
    except Exception as error:  # any failure becomes a problem for this file
        message = f"could not be loaded ({type(error).__name__}: {shown(str(error))})"
        return failed(Problem(str(path), "(file)", message))


def listed(folder: Path) -> list[Path]:
    """The ``*.toml`` files in ``folder``, sorted; empty if it can't be listed."""
    try:
        return sorted(folder.glob("*.toml"))
    except OSError:
        return []


SHOWN_CHARS = 40


def shown(value: object) -> str:
    """``repr(value)`` cut to a readable length (a file may hold huge values)."""
    try:
        text = repr(value)
    except (ValueError, RecursionError):  # an int past Python's digit limit
        return f"a {type(value).__name__} too large to show"
    return text if len(text) <= SHOWN_CHARS else text[: SHOWN_CHARS - 3] + "..."


def _depth(value: object) -> int:
    """How deeply ``value`` nests lists and dicts (iterative: never recurses)."""
    deepest = 0
    stack: list[tuple[object, int]] = [(value, 0)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, dict | list):
            deepest = max(deepest, depth + 1)
            if deepest > MAX_DEPTH:
                return deepest
            children = item.values() if isinstance(item, dict) else item
            stack.extend((child, depth + 1) for child in children)
    return deepest


def _join(path: str, key: str) -> str:
    return f"{path}.{key}" if path else key
