"""Settings' voice list: the app language's voices first, sorted, readable, the rest
behind "More voices"."""

from __future__ import annotations

from dataclasses import replace

import pytest
from pytestqt.qtbot import QtBot

from coach.speech.settings import SpeechSettings
from coach.speech.voice_choices import readable, speaks, voice_choices
from coach.ui.app.app_settings import AppSettings
from coach.ui.screens.settings_screen import SettingsScreen

ESPEAK = [
    ("gmw/en-us", "English (America)"),
    ("roa/fr", "French (France)"),
    ("gmw/en", "English (Great Britain)"),
    ("sit/cmn", "Chinese (Mandarin, latin as English)"),
    ("gmw/en-gb-scotland", "English (Scotland)"),
    ("gmw/de", "German"),
    ("gmw/en", "English (Great Britain)"),
]


@pytest.mark.parametrize(
    ("voice", "english"),
    [
        (("gmw/en-us", "English (America)"), True),
        (("gmw/en-029", "English (Caribbean)"), True),
        (("sit/cmn", "Chinese (Mandarin, latin as English)"), False),
        (("gmw/eo", "Esperanto"), False),
        (("HKEY_LOCAL_MACHINE\\Voices\\TTS_MS_EN-US_ZIRA_11.0", "Microsoft Zira Desktop"), False),
        (("com.apple.voice.compact.en-GB.Daniel", "English Daniel"), True),
        (("alex", "Alex"), False),
    ],
)
def test_speaks_english(voice: tuple[str, str], english: bool) -> None:
    assert speaks(voice, "en") is english


def test_app_language_first_sorted_rest_behind_more() -> None:
    first, rest = voice_choices(ESPEAK)
    assert [name for _, name in first] == [
        "English (America)",
        "English (Great Britain)",
        "English (Scotland)",
    ]
    assert [name for _, name in rest] == [
        "Chinese (Mandarin, latin as English)",
        "French (France)",
        "German",
    ]


@pytest.mark.parametrize(
    ("name", "voice_id", "shown"),
    [
        ("English_(America)", "x", "English (America)"),
        ("", "gmw/en-us", "en-us"),
        ("  Two   spaces ", "x", "Two spaces"),
    ],
)
def test_readable_names(name: str, voice_id: str, shown: str) -> None:
    assert readable(name, voice_id) == shown


def _items(screen: SettingsScreen) -> list[str]:
    return [
        screen.voice.itemText(k)
        for k in range(screen.voice.count())
        if screen.voice.itemData(k) is not None
    ]


def test_settings_lists_english_voices_and_more_on_request(qtbot: QtBot) -> None:
    screen = SettingsScreen()
    qtbot.addWidget(screen)
    changed: list[AppSettings] = []
    screen.changed.connect(changed.append)
    screen.show_settings(AppSettings(), ESPEAK, "")
    assert _items(screen) == [
        "Default voice",
        "English (America)",
        "English (Great Britain)",
        "English (Scotland)",
    ]
    assert not screen.more_voices.isChecked()
    screen.more_voices.setChecked(True)
    assert _items(screen)[-3:] == [
        "Chinese (Mandarin, latin as English)",
        "French (France)",
        "German",
    ]
    assert changed == []  # listing more voices changes no setting
    screen.voice.setCurrentIndex(screen.voice.findData("roa/fr"))
    assert changed[-1].speech.voice_id == "roa/fr"


def test_a_saved_voice_of_another_language_opens_more_voices(qtbot: QtBot) -> None:
    screen = SettingsScreen()
    qtbot.addWidget(screen)
    french = AppSettings(speech=replace(SpeechSettings(), voice_id="roa/fr"))
    screen.show_settings(french, ESPEAK, "")
    assert screen.more_voices.isChecked()
    assert screen.voice.currentData() == "roa/fr"
    assert screen.current().speech.voice_id == "roa/fr"
