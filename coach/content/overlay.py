"""Per-language texts laid over an English data file, string by string.

A language's file is ``<folder>/i18n/<lang>/<name>.toml`` beside ``<folder>/<name>.toml``.
It holds only the translatable texts, at the same paths as in the English file;
an array of tables (``[[levels]]``, ``[[levels.blocks]]``, ``[[pain_anchors]]``) is
written as a table keyed by each element's ``id``, or by its position (from 0)
when it has none: ``[levels.weeks_3_4.blocks.2]``.

A text is translatable when it is a string, or a list of strings, with a letter
outside its ``{placeholders}``, and is not an id-like field (``NOT_TEXT_KEYS``) or
under a table of ids (``NOT_TEXT_SECTIONS``, ``NOT_TEXT_FIELDS``). A translation is used only if its
placeholders (and list length) match the English; otherwise the English stays.
"""

from __future__ import annotations

import copy
import string
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

Text = str | tuple[str, ...]
"""One translatable value: a string or a list of strings."""
TextPath = tuple[str, ...]

I18N_DIR = "i18n"
SOURCE_LANGUAGE = "en"
NOT_TEXT_KEYS = frozenset(
    {
        "schema_version",
        "id",
        "kind",
        "exercise",
        "mode",
        "start_pose",
        "end_pose",
        "built_around",
        "sides",
    }
)
NOT_TEXT_SECTIONS = frozenset({"routes", "thresholds", "pain_limits", "review_days"})
NOT_TEXT_FIELDS = frozenset({("exercises", "position")})
"""(top-level table, key) pairs that are ids there: an exercise's position is a choice."""


def overlay_file(path: Path, language: str) -> Path | None:
    """Where ``language``'s texts for English file ``path`` live (None for English)."""
    if language == SOURCE_LANGUAGE or not language:
        return None
    return path.parent / I18N_DIR / language / path.name


def is_text(value: object) -> bool:
    """Whether ``value`` is words to translate (not an id, number or "{n}")."""
    if isinstance(value, list):
        return bool(value) and all(isinstance(v, str) for v in value) and any(map(is_text, value))
    if not isinstance(value, str):
        return False
    try:
        literal = "".join(part[0] for part in string.Formatter().parse(value))
    except ValueError:
        literal = value
    return any(c.isalpha() for c in literal)


def source_texts(data: Mapping[str, Any]) -> dict[TextPath, Text]:
    """Every translatable text of an English file, by path."""
    return {path: _frozen(value) for path, value, _, _ in _slots(data)}


def given_texts(data: Mapping[str, Any]) -> tuple[dict[TextPath, Text], list[TextPath]]:
    """The texts of a language file by path, and the paths whose value is not text."""
    found: dict[TextPath, Text] = {}
    bad: list[TextPath] = []
    stack: list[tuple[TextPath, Mapping[str, Any]]] = [((), data)]
    while stack:
        prefix, table = stack.pop()
        for key, value in table.items():
            path = (*prefix, str(key))
            if path == ("schema_version",):
                continue
            if isinstance(value, dict):
                stack.append((path, value))
            elif isinstance(value, str) or (
                isinstance(value, list) and all(isinstance(v, str) for v in value)
            ):
                found[path] = _frozen(value)
            else:
                bad.append(path)
    return found, bad


def mismatch(english: Text, translated: Text) -> str:
    """Why ``translated`` can't stand for ``english`` ("" when it can)."""
    if isinstance(english, str) != isinstance(translated, str):
        return "must be " + ("text" if isinstance(english, str) else "a list of texts")
    pairs: list[tuple[str, str]]
    if isinstance(english, tuple) and isinstance(translated, tuple):
        if len(english) != len(translated):
            return f"has {len(translated)} entries; the English has {len(english)}"
        pairs = list(zip(english, translated, strict=True))
    else:
        pairs = [(str(english), str(translated))]
    for source, text in pairs:
        if not text.strip():
            return "must be non-empty text"
        want, got = _placeholders(source), _placeholders(text)
        if got is None:
            return "has a stray brace; write placeholders as {name}"
        if want != got:
            shown_want = ", ".join("{" + p + "}" for p in sorted(want or ())) or "none"
            return f"placeholders differ from the English (which has: {shown_want})"
    return ""


def apply(data: Mapping[str, Any], texts: Mapping[TextPath, Text]) -> dict[str, Any]:
    """A copy of English ``data`` with each fitting translation in ``texts`` put in."""
    merged = copy.deepcopy(dict(data))
    for path, _, container, key in list(_slots(merged)):
        translated = texts.get(path)
        if translated is not None and not mismatch(_frozen(container[key]), translated):
            container[key] = list(translated) if isinstance(translated, tuple) else translated
    return merged


def _slots(data: Mapping[str, Any]) -> Iterator[tuple[TextPath, Any, Any, Any]]:
    """(path, value, container, key) for every translatable text in ``data``."""
    stack: list[tuple[TextPath, Any]] = [((), data)]
    while stack:
        prefix, node = stack.pop()
        items: list[tuple[Any, Any]] = list(node.items()) if isinstance(node, dict) else []
        for key, value in items:
            if _not_text(prefix, key):
                continue
            path = (*prefix, str(key))
            if isinstance(value, dict):
                stack.append((path, value))
            elif isinstance(value, list) and value and all(isinstance(v, dict) for v in value):
                for i, element in enumerate(value):
                    name = element.get("id")
                    stack.append(((*path, name if isinstance(name, str) else str(i)), element))
            elif is_text(value):
                yield path, value, node, key


def _not_text(prefix: TextPath, key: str) -> bool:
    return (
        key in NOT_TEXT_KEYS
        or (not prefix and key in NOT_TEXT_SECTIONS)
        or (*prefix[:1], key) in NOT_TEXT_FIELDS
    )


def _frozen(value: Any) -> Text:
    return tuple(value) if isinstance(value, list) else str(value)


def _placeholders(text: str) -> frozenset[str] | None:
    try:
        return frozenset(p[1] for p in string.Formatter().parse(text) if p[1] is not None)
    except ValueError:
        return None
