"""Why sound is off, in words a person can act on (shared by app and doctor)."""

from __future__ import annotations

import sys

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
    return (
        f"Spoken cues are off: the speech engine could not start ({detail}). "
        f"To hear cues, install it with: {engine_fix()} and restart Rehab Coach. "
        "Captions still show every cue."
    )


def crashed_notice(detail: str) -> str:
    """Notice for a worker that kept crashing."""
    return (
        f"Spoken cues are off: the speech engine kept failing ({detail}). "
        "Captions still show every cue; restart Rehab Coach to try again."
    )


def no_device_notice() -> str:
    """Notice for a machine with no audio output."""
    return (
        "Sound is off: no audio output device was found. Captions still show every cue. "
        f"If this is unexpected, check your speakers or run: {AUDIO_APT}"
    )


def no_server_notice() -> str:
    """Notice for a sound server that stopped (or restarted) during a session."""
    return (
        "Sound paused: the sound server stopped. Captions still show every cue; "
        "sound comes back by itself once the server is running again."
    )


def no_cache_notice(detail: str) -> str:
    """Notice for a speech cache folder that cannot be written."""
    return (
        f"Spoken cues are off: the speech cache cannot be written ({detail}). "
        "Captions still show every cue."
    )
