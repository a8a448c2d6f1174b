"""The language setting: which language the app runs in, and which voice speaks it."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QComboBox
from pytestqt.qtbot import QtBot

from coach.engine.clock import MonotonicClock
from coach.flow.settings import LANGUAGES, resolve_language
from coach.paths import assets_dir
from coach.speech.cache import CueCache
from coach.speech.settings import SpeechSettings
from coach.speech.speaker import CueSpeaker
from coach.speech.voice_choice import best_voice, voice_language
from coach.store.opening import open_store
from coach.ui.app.app_settings import AppSettings
from coach.ui.screens.settings_screen import SettingsScreen


@pytest.mark.parametrize(
    ("choice", "locale_name", "language"),
    [
        ("system", "de_DE", "de"),
        ("system", "de_AT", "de"),
        ("system", "de_CH.UTF-8", "de"),
        ("system", "en_US", "en"),
        ("system", "fr_FR", "en"),  # the app has no French: English
        ("system", "C", "en"),
        ("system", "", "en"),
        ("en", "de_DE", "en"),  # the person's choice beats the locale
        ("de", "en_GB", "de"),
        ("klingon", "de_DE", "de"),  # not a choice: as "system"
    ],
)
def test_the_language_comes_from_the_choice_or_the_locale(
    choice: str, locale_name: str, language: str
) -> None:
    assert resolve_language(choice, locale_name) == language


ESPEAK = [
    ("gmw/af", "Afrikaans"),
    ("gmw/de-ch", "German (Switzerland)"),
    ("gmw/de", "German"),
    ("gmw/en", "English (Great Britain)"),
    ("gmw/en-us", "English (America)"),
]
SAPI = [
    (
        r"HKEY\Voices\Tokens\TTS_MS_EN-US_ZIRA_11.0",
        "Microsoft Zira Desktop - English (United States)",
    ),
    (r"HKEY\Voices\Tokens\TTS_MS_DE-DE_HEDDA_11.0", "Microsoft Hedda Desktop - German"),
]


@pytest.mark.parametrize(
    ("voices", "language", "default", "chosen"),
    [
        (ESPEAK, "de", "gmw/en", "gmw/de"),  # the plain language before a regional one
        (ESPEAK[:2] + ESPEAK[3:], "de", "gmw/en", "gmw/de-ch"),  # a regional one if that's all
        (ESPEAK, "en", "gmw/en", "gmw/en"),  # the default already speaks it
        (ESPEAK, "en", "gmw/de", "gmw/en"),
        (ESPEAK, "", "gmw/en", "gmw/en"),
        (ESPEAK[:1], "de", "gmw/af", "gmw/af"),  # no German voice: the default
        ([], "de", "", ""),  # voices not known yet
        (SAPI, "de", SAPI[0][0], SAPI[1][0]),  # engines that name the language
    ],
)
def test_the_best_voice_for_the_language(
    voices: list[tuple[str, str]], language: str, default: str, chosen: str
) -> None:
    assert best_voice(voices, language, default=default) == chosen


def _rendered(cache: Path) -> list[Path]:
    """The finished WAVs in ``cache`` (not the worker's hidden temp file)."""
    return [path for path in cache.glob("*.wav") if not path.name.startswith(".")]


@pytest.mark.parametrize("language", ["de", "en"])
def test_the_speaker_renders_cues_in_a_voice_of_the_app_s_language(
    qtbot: QtBot, tmp_path: Path, language: str
) -> None:
    """The real engine (espeak-ng in a worker) renders a cue; the voice it used (found
    from the cache key) speaks the app's language. No voice chosen in Settings."""
    cache = tmp_path / "cache"
    speaker = CueSpeaker(
        SpeechSettings(),
        cache_dir=cache,
        clock=MonotonicClock(),
        beep_path=assets_dir() / "sounds" / "countdown.wav",
        language=language,
    )
    try:
        speaker.prerender(["Halten"])
        qtbot.waitUntil(lambda: len(_rendered(cache)) == 1, timeout=20_000)
        voices = dict(speaker.voices())
        rate, engine = SpeechSettings().rate, speaker.engine_id
        used = [
            vid
            for vid in voices
            if CueCache(cache).path_for(text="Halten", voice=vid, rate=rate, engine=engine).exists()
        ]
        assert len(used) == 1
        assert voice_language(used[0], voices[used[0]]) == language
    finally:
        speaker.shutdown()


def test_voice_languages_are_read_from_ids_and_names() -> None:
    assert [voice_language(*voice) for voice in ESPEAK + SAPI] == [
        "",
        "de",
        "de",
        "en",
        "en",
        "en",
        "de",
    ]


def test_the_language_is_chosen_in_settings_and_saved(qtbot: QtBot, tmp_path: Path) -> None:
    screen = SettingsScreen()
    qtbot.addWidget(screen)
    emitted: list[AppSettings] = []
    screen.changed.connect(emitted.append)
    screen.show_settings(AppSettings(), [], "")
    combo = next(
        c for c in screen.findChildren(QComboBox) if c.accessibleName().startswith("Language")
    )
    assert [combo.itemText(i) for i in range(combo.count())] == list(LANGUAGES.values())
    assert combo.currentData() == "system"
    combo.setCurrentIndex(combo.findData("de"))
    assert emitted[-1].language == "de"
    store = open_store(tmp_path).store
    emitted[-1].save(store)
    assert AppSettings.load(store).language == "de"
