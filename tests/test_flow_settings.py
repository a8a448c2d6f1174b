"""The settings schema (coach.flow.settings): every stored row read without a traceback;
missing gives the default quietly, unreadable or out of range gives the default and a
notice. No Qt."""

from __future__ import annotations

import json

import pytest

from coach.domain.regions import Region, region_for_locale
from coach.flow.settings import SCHEMA, STATE_KEYS, read_settings

DEFAULTS = {s.key: s.default for s in SCHEMA}


@pytest.mark.parametrize(
    ("rows", "key", "value", "repaired"),
    [
        ({}, "text_size", 100, False),
        ({"text_size": "200"}, "text_size", 200, False),
        ({"text_size": "large"}, "text_size", 100, True),  # not JSON (edited by hand)
        ({"text_size": "150"}, "text_size", 100, True),  # not one of the choices
        ({"text_size": '"200"'}, "text_size", 100, True),  # a string, not a number
        ({"text_size": "true"}, "text_size", 100, True),  # bool is not an int here
        ({"large_text": "true"}, "text_size", 130, False),  # the older on/off setting
        ({"large_text": "true", "text_size": "100"}, "text_size", 100, False),
        ({"large_text": "{"}, "text_size", 100, False),  # an old key we only hint from
        ({"rate": "200"}, "rate", 200, False),
        ({"rate": "79"}, "rate", 160, True),
        ({"rate": "321"}, "rate", 160, True),
        ({"rate": "200.5"}, "rate", 160, True),
        ({"volume": "1"}, "volume", 1.0, False),  # an int is fine for a float setting
        ({"volume": "1.5"}, "volume", 0.9, True),
        ({"volume": "-0.1"}, "volume", 0.9, True),
        ({"volume": "NaN"}, "volume", 0.9, True),
        ({"voice_on": "false"}, "voice_on", False, False),
        ({"voice_on": "0"}, "voice_on", True, True),
        ({"voice_id": '"en-gb"'}, "voice_id", "en-gb", False),
        ({"voice_id": "null"}, "voice_id", "", True),
        ({"get_ready_s": "3"}, "get_ready_s", 3, False),
        ({"get_ready_s": "2"}, "get_ready_s", 10, True),
        ({"get_ready_s": "31"}, "get_ready_s", 10, True),
        ({"region": '"US"'}, "region", "US", False),
        ({"region": '"us"'}, "region", "other", True),
        ({"region": '"Narnia"'}, "region", "other", True),
        ({"language": '"de"'}, "language", "de", False),
        ({"language": '"fr"'}, "language", "system", True),  # a language the app lacks
        ({}, "language", "system", False),
        ({"disclaimer_seen": "true"}, "disclaimer_seen", True, False),
        ({"disclaimer_seen": "[]"}, "disclaimer_seen", False, True),
        ({"dismissed_resume": "42"}, "dismissed_resume", 42, False),
        ({"dismissed_resume": "-1"}, "dismissed_resume", 0, True),
        ({"plan": "not json at all"}, "text_size", 100, False),  # state, not a setting
        ({"no_such_setting": "}"}, "text_size", 100, False),
    ],
)
def test_each_stored_value_reads_as_the_schema_allows(
    rows: dict[str, str], key: str, value: object, repaired: bool
) -> None:
    read = read_settings(rows)
    assert read[key] == value
    assert type(read[key]) is type(value)
    assert (key in read.repaired) is repaired


def test_each_repaired_setting_is_named_once() -> None:
    """(The notice's words: test_settings.)"""
    read = read_settings({"text_size": "x", "rate": "9999", "volume": "0.5"})
    assert read.repaired == ("rate", "text_size")


def test_every_setting_has_a_default_it_accepts_and_a_label() -> None:
    for setting in SCHEMA:
        assert setting.check(setting.default) == setting.default, setting.key
        assert setting.label
        assert setting.key not in STATE_KEYS
    assert read_settings({}).values == DEFAULTS | {"region": "other"}
    assert read_settings({key: json.dumps(v) for key, v in DEFAULTS.items()}).repaired == ()


@pytest.mark.parametrize(
    ("locale", "region"),
    [
        ("en_GB", Region.UK),
        ("en_GB.UTF-8", Region.UK),
        ("ga_IE", Region.IE),
        ("de_DE", Region.EU),
        ("fr-FR", Region.EU),
        ("sv_SE@euro", Region.EU),
        ("en_US", Region.US),
        ("fr_CA", Region.CA),
        ("en_AU", Region.AU),
        ("mi_NZ", Region.NZ),
        ("ja_JP", Region.OTHER),
        ("C", Region.OTHER),
        ("", Region.OTHER),
    ],
)
def test_the_region_default_comes_from_the_locale(locale: str, region: Region) -> None:
    assert region_for_locale(locale) is region
    assert read_settings({}, region=region)["region"] == region.value
    assert read_settings({"region": '"NZ"'}, region=region)["region"] == "NZ"  # saved wins
