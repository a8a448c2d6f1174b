"""Why sound is off, in words a person can act on (shared by app and doctor), in the
app's language once its translations are installed (context SoundNotice: the
catalogue reads this file too, see packaging/update-translations.sh)."""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication

ESPEAK_APT = "sudo apt-get install libespeak-ng1"
AUDIO_APT = "sudo apt-get install libpulse0 pulseaudio"

NO_ENGINE = "no_engine"
CRASHED = "crashed"
NO_DEVICE = "no_device"
NO_CACHE = "no_cache"
NO_SERVER = "no_server"


def engine_fix() -> str:
    """The one command (or hint) that installs the speech engine here."""
    if sys.platform.startswith("linux"):
        return ESPEAK_APT
    return "install eSpeak NG (https://github.com/espeak-ng/espeak-ng/releases)"


def no_engine_notice(detail: str) -> str:
    """Notice for a speech engine that cannot start."""
    return QCoreApplication.translate(
        "SoundNotice",
        "Spoken cues are off: the speech engine could not start ({detail}). "
        "To hear cues, install it with: {fix} and restart Rehab Coach. "
        "Captions still show every cue.",
    ).format(detail=detail, fix=engine_fix())


def crashed_notice(detail: str) -> str:
    """Notice for a worker that kept crashing."""
    return QCoreApplication.translate(
        "SoundNotice",
        "Spoken cues are off: the speech engine kept failing ({detail}). "
        "Captions still show every cue; restart Rehab Coach to try again.",
    ).format(detail=detail)


def no_device_notice() -> str:
    """Notice for a machine with no audio output."""
    return QCoreApplication.translate(
        "SoundNotice",
        "Sound is off: no audio output device was found. Captions still show every cue. "
        "If this is unexpected, check your speakers or run: {fix}",
    ).format(fix=AUDIO_APT)


def no_server_notice() -> str:
    """Notice for a sound server that stopped (or restarted) during a session."""
    return QCoreApplication.translate(
        "SoundNotice",
        "Sound paused: the sound server stopped. Captions still show every cue; "
        "sound comes back by itself once the server is running again.",
    )


def no_cache_notice(detail: str) -> str:
    """Notice for a speech cache folder that cannot be written."""
    return QCoreApplication.translate(
        "SoundNotice",
        "Spoken cues are off: the speech cache cannot be written ({detail}). "
        "Captions still show every cue.",
    ).format(detail=detail)
