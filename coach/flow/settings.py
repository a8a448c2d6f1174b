"""Every setting the app has, declared once: key, type, default, allowed values.

The store keeps each setting as a JSON text row; :func:`read_settings` turns those
rows into checked values. A missing row gives the default quietly; a row that is
not JSON, has the wrong type or is out of range gives the default and is named in
one notice, and is listed in ``repaired`` so the caller can write the default back
(so the notice shows once). Never raises for stored data.

Not settings, though they share the store's table: ``plan`` and ``level_offer``
are the flow's state (structured records the flow owns and validates), listed in
:data:`STATE_KEYS`. Stdlib only.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

from coach.domain.regions import Region

SettingValue = bool | int | float | str
"""What a setting holds."""


@dataclass(frozen=True, slots=True)
class Setting:
    """One setting: its store key, what a person calls it, its type and allowed values.

    Numbers may have ``low``/``high`` bounds (inclusive); ``choices`` (when not
    empty) lists every allowed value.
    """

    key: str
    label: str
    default: SettingValue
    low: float | None = None
    high: float | None = None
    choices: tuple[SettingValue, ...] = ()

    @property
    def kind(self) -> type:
        """The Python type of the value (the default's)."""
        return type(self.default)

    def check(self, value: object) -> SettingValue | None:
        """``value`` as this setting's type if it is allowed, else None."""
        if isinstance(value, bool) != (self.kind is bool):
            return None
        if self.kind is float and isinstance(value, int | float):
            value = float(value)
        if not isinstance(value, self.kind):
            return None
        assert isinstance(value, bool | int | float | str)
        if self.choices and value not in self.choices:
            return None
        if isinstance(value, str | bool):
            return value
        if not math.isfinite(value):
            return None
        too_low = self.low is not None and value < self.low
        too_high = self.high is not None and value > self.high
        return None if too_low or too_high else value


TEXT_SIZES: Mapping[int, str] = MappingProxyType(
    {100: "Normal", 130: "Large", 200: "Very large (200%)"}
)
"""Text size choices in percent of normal, with their names in Settings."""

THEMES: Mapping[str, str] = MappingProxyType(
    {"system": "Same as the desktop", "light": "Light", "dark": "Dark"}
)
"""Theme choices, with their names in Settings."""

LANGUAGES: Mapping[str, str] = MappingProxyType(
    {"system": "Same as the system", "en": "English", "de": "Deutsch"}
)
"""Language choices, with their names in Settings (each language in its own words)."""


def resolve_language(choice: str, locale_name: str) -> str:
    """The language code the app runs in: ``choice``, or for "system" the language
    of ``locale_name`` (e.g. ``de_AT`` -> ``de``) when the app has it, else English."""
    if choice != "system" and choice in LANGUAGES:
        return choice
    code = locale_name.replace("-", "_").split("_")[0].split(".")[0].lower()
    return code if code in LANGUAGES and code != "system" else "en"


MIN_RATE = 80
MAX_RATE = 320
GET_READY_RANGE = (3, 30)

SCHEMA: tuple[Setting, ...] = (
    Setting("voice_on", "Speak the cues", True),
    Setting("voice_id", "Voice", ""),
    Setting("rate", "Speaking rate", 160, low=MIN_RATE, high=MAX_RATE),
    Setting("volume", "Volume", 0.9, low=0.0, high=1.0),
    Setting("beeps", "Countdown beeps", True),
    Setting("get_ready_s", "Get-ready time", 10, low=GET_READY_RANGE[0], high=GET_READY_RANGE[1]),
    Setting("text_size", "Text size", 100, choices=tuple(TEXT_SIZES)),
    Setting("region", "Where you live", Region.OTHER.value, choices=tuple(Region)),
    Setting("theme", "Light or dark", "system", choices=tuple(THEMES)),
    Setting("language", "Language", "system", choices=tuple(LANGUAGES)),
    Setting("disclaimer_seen", "First-start notice read", False),
    Setting("dismissed_resume", "Interrupted session not to offer again", 0, low=0),
)
"""Every setting. ``region``'s default is replaced by the system locale's region."""

SETTINGS: Mapping[str, Setting] = MappingProxyType({s.key: s for s in SCHEMA})

STATE_KEYS = frozenset({"plan", "level_offer"})
"""Rows of the settings table that are the flow's state, not settings."""

LEGACY_LARGE_TEXT = "large_text"
"""The older on/off text setting: True reads as text size 130 when ``text_size`` is unset."""


@dataclass(frozen=True, slots=True)
class SettingsRead:
    """Checked values for every setting, and what could not be read."""

    values: Mapping[str, SettingValue]
    repaired: tuple[str, ...] = ()
    """Keys whose stored value was unreadable or not allowed (now the default); the UI
    names them in a notice."""

    def __getitem__(self, key: str) -> SettingValue:
        return self.values[key]


def read_settings(rows: Mapping[str, str], *, region: Region = Region.OTHER) -> SettingsRead:
    """Every setting from the store's JSON ``rows`` (key -> JSON text).

    ``region`` is the default region (from the system locale). Unknown keys and
    :data:`STATE_KEYS` are ignored.
    """
    defaults = {s.key: s.default for s in SCHEMA} | {"region": region.value}
    if "text_size" not in rows and _decode(rows.get(LEGACY_LARGE_TEXT)) is True:
        defaults["text_size"] = 130
    values: dict[str, SettingValue] = {}
    repaired: list[str] = []
    for setting in SCHEMA:
        default = defaults[setting.key]
        if setting.key not in rows:
            values[setting.key] = default
            continue
        value = setting.check(_decode(rows[setting.key]))
        if value is None:
            repaired.append(setting.key)
        values[setting.key] = default if value is None else value
    return SettingsRead(MappingProxyType(values), tuple(repaired))


_UNREADABLE = object()


def _decode(text: str | None) -> object:
    """The JSON value of ``text``; a marker no setting accepts if it is not JSON."""
    if text is None:
        return None
    try:
        return json.loads(text)
    except ValueError:
        return _UNREADABLE
