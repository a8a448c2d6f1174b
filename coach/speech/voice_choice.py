"""Which of the engine's voices speaks a language: pure, no Qt.

Voice ids from espeak-ng end in a language tag (``gmw/de``, ``gmw/en-us``);
other engines name the language ("German"). The best voice is the plain
language (``de``) before a regional one (``de-ch``); ties go to the engine's order.
"""

from __future__ import annotations

from collections.abc import Sequence

LANGUAGE_NAMES = {"de": "german", "en": "english"}
"""How engines that don't tag voices name a language (lower case)."""


def voice_language(voice_id: str, name: str) -> str:
    """The language code of a voice ("" if it can't be told)."""
    tag = voice_id.replace("\\", "/").rsplit("/", 1)[-1].lower()
    primary = tag.split("-")[0]
    if primary in LANGUAGE_NAMES:
        return primary
    words = name.lower()
    return next((code for code, word in LANGUAGE_NAMES.items() if word in words), "")


def best_voice(voices: Sequence[tuple[str, str]], language: str, *, default: str = "") -> str:
    """The voice id to speak ``language`` with: ``default`` when it already speaks it
    (or no voice does), else the best of ``voices`` (id, name) for it."""
    names = dict(voices)
    if not language or voice_language(default, names.get(default, "")) == language:
        return default
    ranked = sorted(
        (voice_id.rsplit("/", 1)[-1].lower() != language, i, voice_id)
        for i, (voice_id, name) in enumerate(voices)
        if voice_language(voice_id, name) == language
    )
    return ranked[0][2] if ranked else default
