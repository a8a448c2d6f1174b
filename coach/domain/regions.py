"""Where the person lives, for the emergency number every safety message names.

The numbers themselves are data (``[emergency_numbers]`` in triage.toml, keyed
by these ids); ``OTHER`` uses the file's ``default`` phrase. Stdlib only.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum
from types import MappingProxyType


class Region(StrEnum):
    """The regions a person can choose; each has its own emergency number."""

    UK = "UK"
    IE = "IE"
    EU = "EU"
    US = "US"
    CA = "CA"
    AU = "AU"
    NZ = "NZ"
    OTHER = "other"


REGION_NAMES: Mapping[Region, str] = MappingProxyType(
    {
        Region.UK: "United Kingdom",
        Region.IE: "Ireland",
        Region.EU: "European Union",
        Region.US: "United States",
        Region.CA: "Canada",
        Region.AU: "Australia",
        Region.NZ: "New Zealand",
        Region.OTHER: "Somewhere else",
    }
)
"""What the region choice shows."""

EU_COUNTRIES = frozenset(
    {
        *("AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU"),
        *("IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE"),
    }
)
"""EU members other than Ireland (which has its own entry): 112 everywhere."""
_COUNTRY_REGIONS: Mapping[str, Region] = MappingProxyType(
    {"GB": Region.UK, "UK": Region.UK, "IE": Region.IE, "US": Region.US, "CA": Region.CA}
    | {"AU": Region.AU, "NZ": Region.NZ}
    | dict.fromkeys(EU_COUNTRIES, Region.EU)
)


def region_for_locale(locale_name: str) -> Region:
    """The region of a locale name such as ``en_GB``, ``fr-CA`` or ``de_DE.UTF-8``;
    OTHER when it names no country we know."""
    base = locale_name.split(".")[0].split("@")[0].replace("-", "_")
    country = base.split("_")[1].upper() if "_" in base else ""
    return _COUNTRY_REGIONS.get(country, Region.OTHER)
