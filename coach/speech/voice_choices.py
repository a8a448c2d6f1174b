"""Which voices Settings offers first: those for the app's language, by readable name;
the rest (every other language) behind "More voices". Pure, no Qt."""

from __future__ import annotations

from collections.abc import Iterable

APP_LANGUAGE = "en"
LANGUAGE_NAMES = {"en": "english"}
"""A voice whose name starts with the language's name is taken as one for it."""

Voice = tuple[str, str]
"""(engine id, name)."""


def readable(name: str, voice_id: str) -> str:
    """A name a person can read: underscores as spaces, the id's last part if no name."""
    text = (name or voice_id.replace("\\", "/").rsplit("/", 1)[-1]).replace("_", " ")
    return " ".join(text.split())


def speaks(voice: Voice, language: str) -> bool:
    """Whether ``voice`` is for ``language`` (a two-letter code), judged from its id
    ("gmw/en-us": the tag after the last slash) or its name ("English (America)")."""
    voice_id, name = voice
    tag = voice_id.replace("\\", "/").rsplit("/", 1)[-1].lower()
    primary = tag.replace("_", "-").split("-")[0]
    named = LANGUAGE_NAMES.get(language, "")
    return primary == language or (bool(named) and name.lower().startswith(named))


def voice_choices(
    voices: Iterable[Voice], language: str = APP_LANGUAGE
) -> tuple[list[Voice], list[Voice]]:
    """(voices for ``language``, all others), each sorted by readable name, names made
    readable; duplicates (same id) are dropped."""
    unique = {voice_id: readable(name, voice_id) for voice_id, name in voices}
    ordered = sorted(unique.items(), key=lambda v: (v[1].casefold(), v[0]))
    first = [v for v in ordered if speaks(v, language)]
    return first, [v for v in ordered if not speaks(v, language)]
