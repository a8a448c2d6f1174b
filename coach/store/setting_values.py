"""Settings as JSON values by key; a stored value that doesn't fit reads as the default.

What the keys are, their types and defaults is ``coach.flow.settings``'s job;
this module only stores and reads plain JSON, never raising on a value
tampered with outside the app.
"""

from __future__ import annotations

import json
from typing import TypeAlias, TypeVar, cast

from coach.store.repository import Repository

JsonValue: TypeAlias = "bool | int | float | str | list[JsonValue] | dict[str, JsonValue] | None"
T = TypeVar("T")


def _fits(value: object, default: object) -> bool:
    """Whether a stored setting has the same JSON type as its default."""
    if default is None:
        return True
    if isinstance(default, bool) or isinstance(value, bool):
        return isinstance(value, bool) and isinstance(default, bool)
    if isinstance(default, float):
        return isinstance(value, int | float)
    return isinstance(value, type(default))


class SettingValues(Repository):
    """The ``settings`` table."""

    def get_setting(self, key: str, default: T) -> T:
        """The stored value for ``key``, or ``default`` if unset, not JSON or of another type."""
        row = self._db.query_one("SELECT value FROM settings WHERE key = ?", (key,))
        if row is None:
            return default
        try:
            value = json.loads(row[0])
        except ValueError:  # tampered with outside the app: the default, never a crash
            return default
        if not _fits(value, default):
            return default
        if isinstance(default, float):
            value = float(value)
        return cast(T, value)

    def set_setting(self, key: str, value: JsonValue) -> None:
        """Store a JSON value for ``key`` (TypeError/ValueError if it isn't plain JSON)."""
        text = json.dumps(value, allow_nan=False, sort_keys=True)
        self._db.execute(
            "INSERT INTO settings (key, value) VALUES (?, ?)"
            " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (key, text),
        )

    def setting_texts(self) -> dict[str, str]:
        """Every stored setting as its JSON text, unparsed (``coach.flow.settings`` checks it)."""
        found = self._db.query("SELECT key, value FROM settings ORDER BY key")
        return {str(r[0]): str(r[1]) for r in found}

    def settings(self) -> dict[str, JsonValue]:
        """Every stored setting."""
        found = self._db.query("SELECT key, value FROM settings ORDER BY key")
        return {str(r[0]): cast("JsonValue", json.loads(r[1])) for r in found}
