"""The person's settings: one frozen value, loaded through the schema
(:mod:`coach.flow.settings`) and saved to the store."""

from __future__ import annotations

import contextlib
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from coach.domain.regions import Region, region_for_locale
from coach.flow.settings import (
    GET_READY_RANGE,
    LANGUAGES,
    SETTINGS,
    TEXT_SIZES,
    THEMES,
    read_settings,
)
from coach.speech.settings import SpeechSettings
from coach.store.errors import StoreError

if TYPE_CHECKING:
    from coach.domain.routine import Block
    from coach.store.setting_values import SettingValues

__all__ = ["GET_READY_RANGE", "LANGUAGES", "TEXT_SIZES", "THEMES", "AppSettings"]


@dataclass(frozen=True, slots=True)
class AppSettings:
    """Speech, get-ready time, text size, region and theme take effect without a
    restart; the language at the next start."""

    speech: SpeechSettings = field(default_factory=SpeechSettings)
    get_ready_s: int = 10
    """At least this long to get into position before each exercise."""
    text_size: int = 100
    """Percent of the normal text size, one of TEXT_SIZES."""
    region: Region = Region.OTHER
    """Where the person lives: which emergency number safety messages name."""
    theme: str = "system"
    """Light or dark: one of THEMES ("system" follows the desktop)."""
    language: str = "system"
    """One of LANGUAGES ("system" follows the locale); applied at the next start."""

    @classmethod
    def load(cls, store: SettingValues, *, locale_name: str = "") -> AppSettings:
        """The saved settings (defaults for anything missing or unreadable)."""
        return cls.read(store, locale_name=locale_name)[0]

    @classmethod
    def read(
        cls, store: SettingValues, *, locale_name: str = ""
    ) -> tuple[AppSettings, tuple[str, ...]]:
        """The saved settings and the keys of any that could not be read (see
        :func:`repaired_notice`); those are written back as their defaults, so they are
        named once.
        ``locale_name`` (e.g. ``en_GB``) gives the region when none is saved."""
        read = read_settings(store.setting_texts(), region=region_for_locale(locale_name))
        with contextlib.suppress(StoreError):  # a read-only store: repaired next time
            for key in read.repaired:
                store.set_setting(key, read[key])
        v = read.values
        speech = SpeechSettings(
            voice_on=bool(v["voice_on"]),
            voice_id=str(v["voice_id"]),
            rate=int(v["rate"]),
            volume=float(v["volume"]),
            beeps=bool(v["beeps"]),
        )
        settings = cls(
            speech=speech,
            get_ready_s=int(v["get_ready_s"]),
            text_size=int(v["text_size"]),
            region=Region(str(v["region"])),
            theme=str(v["theme"]),
            language=str(v["language"]),
        )
        return settings, read.repaired

    def save(self, store: SettingValues) -> None:
        """Write every setting (each one the schema declares)."""
        values: dict[str, bool | int | float | str] = {
            "voice_on": self.speech.voice_on,
            "voice_id": self.speech.voice_id,
            "rate": self.speech.rate,
            "volume": self.speech.volume,
            "beeps": self.speech.beeps,
            "get_ready_s": self.get_ready_s,
            "text_size": self.text_size,
            "region": self.region.value,
            "theme": self.theme,
            "language": self.language,
        }
        for key, value in values.items():
            assert key in SETTINGS, key
            store.set_setting(key, value)

    def apply_get_ready(self, blocks: tuple[Block, ...]) -> tuple[Block, ...]:
        """Blocks with at least ``get_ready_s`` to get into position."""
        return tuple(
            replace(b, dose=replace(b.dose, get_ready_s=max(b.dose.get_ready_s, self.get_ready_s)))
            for b in blocks
        )


LABELS = (
    QT_TRANSLATE_NOOP("AppSettings", "Speak the cues"),
    QT_TRANSLATE_NOOP("AppSettings", "Voice"),
    QT_TRANSLATE_NOOP("AppSettings", "Speaking rate"),
    QT_TRANSLATE_NOOP("AppSettings", "Volume"),
    QT_TRANSLATE_NOOP("AppSettings", "Countdown beeps"),
    QT_TRANSLATE_NOOP("AppSettings", "Get-ready time"),
    QT_TRANSLATE_NOOP("AppSettings", "Text size"),
    QT_TRANSLATE_NOOP("AppSettings", "Where you live"),
    QT_TRANSLATE_NOOP("AppSettings", "Light or dark"),
    QT_TRANSLATE_NOOP("AppSettings", "Language"),
    QT_TRANSLATE_NOOP("AppSettings", "First-start notice read"),
    QT_TRANSLATE_NOOP("AppSettings", "Interrupted session not to offer again"),
)
"""Every setting's label in :data:`coach.flow.settings.SCHEMA`, marked for the catalogue."""


def repaired_notice(keys: tuple[str, ...]) -> str:
    """One plain sentence, in the app's language, naming the settings put back to their
    defaults ("" if none)."""
    if not keys:
        return ""
    translate = QCoreApplication.translate
    names = ", ".join(translate("AppSettings", SETTINGS[key].label) for key in keys)
    said = translate(
        "AppSettings", "Some saved settings could not be read, so they are back to normal: {names}."
    )
    return said.format(names=names)
