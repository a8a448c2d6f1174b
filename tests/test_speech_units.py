"""The small pure parts of speech: cache keys, settings, protocol, notices, beeps."""

from __future__ import annotations

import importlib.util
import wave
from pathlib import Path

import pytest

from coach.speech import fallbacks
from coach.speech.cache import CueCache, speech_cache_dir
from coach.speech.protocol import decode, encode, take_messages
from coach.speech.settings import SpeechSettings

SOUNDS = Path(__file__).resolve().parent.parent / "assets" / "sounds"


def test_cache_key_changes_with_text_voice_rate_and_engine(tmp_path: Path) -> None:
    cache = CueCache(tmp_path)
    base = {"text": "Switch sides", "voice": "gmw/en", "rate": 160, "engine": "e1"}
    first = cache.path_for(**base)
    assert cache.path_for(**base) == first
    assert first.parent == tmp_path and first.suffix == ".wav"
    for field, other in (("text", "Rest"), ("voice", "gmw/en-us"), ("rate", 200), ("engine", "e2")):
        assert cache.path_for(**(base | {field: other})) != first


def test_cache_lives_under_the_data_folder(tmp_path: Path) -> None:
    assert speech_cache_dir(tmp_path) == tmp_path / "cache" / "speech"


def test_settings_defaults_and_limits() -> None:
    settings = SpeechSettings()
    assert settings.voice_on and settings.beeps and settings.voice_id == ""
    with pytest.raises(ValueError, match="rate"):
        SpeechSettings(rate=10)
    with pytest.raises(ValueError, match="volume"):
        SpeechSettings(volume=1.5)


def test_protocol_round_trip_and_rejects_non_objects() -> None:
    message = {"op": "render", "id": 1, "text": "Côté gauche", "path": "/x.wav"}
    line = encode(message)
    assert line.endswith(b"\n") and line.count(b"\n") == 1
    assert decode(line) == message
    with pytest.raises(ValueError):
        decode(b"[1, 2]")


def test_messages_are_taken_line_by_line_and_a_partial_line_waits() -> None:
    buffer = bytearray(encode({"op": "a"}) + b"\n" + b"not json\n[1]\n" + encode({"op": "b"}))
    buffer += b'{"op": "c"'
    assert [m["op"] for m in take_messages(buffer)] == ["a", "b"]
    assert buffer == b'{"op": "c"'
    buffer += b"}\n"
    assert [m["op"] for m in take_messages(buffer)] == ["c"] and not buffer


def test_notices_name_the_fix() -> None:
    assert "sudo apt-get install libespeak-ng1" in fallbacks.no_engine_notice("RuntimeError: x")
    assert "Captions" in fallbacks.crashed_notice("killed")
    assert "no audio output" in fallbacks.no_device_notice()


def test_countdown_beep_is_short_mono_16_bit_and_matches_its_script() -> None:
    spec = importlib.util.spec_from_file_location("make_sounds", SOUNDS / "make_sounds.py")
    assert spec is not None and spec.loader is not None
    make_sounds = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(make_sounds)
    with wave.open(str(SOUNDS / "countdown.wav"), "rb") as beep:
        assert (beep.getnchannels(), beep.getsampwidth()) == (1, 2)
        assert beep.getframerate() == make_sounds.RATE
        assert 0.05 < beep.getnframes() / beep.getframerate() < 0.3
        assert beep.readframes(beep.getnframes()) == make_sounds.tone(880.0, 0.15)


def test_why_sound_is_off_in_german(qapp: object) -> None:
    """The notices are in the app's language once its translations are installed."""
    from PySide6.QtWidgets import QApplication

    from coach.ui.app.translations import install_translations

    assert isinstance(qapp, QApplication)
    install_translations(qapp, "de")
    try:
        said = fallbacks.no_engine_notice("RuntimeError: x")
    finally:
        install_translations(qapp, "en")
    assert said.startswith("Gesprochene Hinweise sind aus: Die Sprachausgabe konnte nicht starten")
    assert "sudo apt-get install libespeak-ng1" in said
