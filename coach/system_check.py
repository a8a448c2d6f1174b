"""Detect missing Debian/Ubuntu system libraries before Qt can abort the process.

Qt aborts (no exception) when its platform plugin can't load, so the app
checks the shared libraries first and prints the one apt-get line instead.
"""

from __future__ import annotations

import ctypes.util
import os
import sys
from collections.abc import Callable, Mapping
from pathlib import Path

CORE_LIBRARIES: Mapping[str, str] = {
    "GL": "libgl1",
    "EGL": "libegl1",
    "xkbcommon": "libxkbcommon0",
    "fontconfig": "libfontconfig1",
    "freetype": "libfreetype6",
    "dbus-1": "libdbus-1-3",
    "glib-2.0": "libglib2.0-0",
}
"""Library name (as ``find_library`` takes it) -> Debian package, for any Qt platform."""

DESKTOP_LIBRARIES: Mapping[str, str] = {
    "xkbcommon-x11": "libxkbcommon-x11-0",
    "xcb-cursor": "libxcb-cursor0",
    "xcb-icccm": "libxcb-icccm4",
    "xcb-image": "libxcb-image0",
    "xcb-keysyms": "libxcb-keysyms1",
    "xcb-render-util": "libxcb-render-util0",
    "xcb-shape": "libxcb-shape0",
    "xcb-xkb": "libxcb-xkb1",
}
"""Extra libraries the X11 (xcb) platform plugin needs for a real window."""

SOUND_AND_SPEECH_PACKAGES = ("libpulse0", "libespeak-ng1", "alsa-utils")

APT_LINE = "sudo apt-get install -y " + " ".join(
    [*CORE_LIBRARIES.values(), *DESKTOP_LIBRARIES.values(), *SOUND_AND_SPEECH_PACKAGES]
)
"""The one line the README and every message give."""


def missing_packages(
    *, platform: str | None = None, find: Callable[[str], str | None] = ctypes.util.find_library
) -> list[str]:
    """Debian packages whose libraries Qt needs on ``platform`` but can't be found.

    ``platform`` defaults to ``QT_QPA_PLATFORM``; only Linux is checked.
    """
    if not sys.platform.startswith("linux"):
        return []
    platform = platform if platform is not None else os.environ.get("QT_QPA_PLATFORM", "xcb")
    needed = dict(CORE_LIBRARIES)
    if platform.split(":")[0] in ("xcb", ""):
        needed.update(DESKTOP_LIBRARIES)
    return [
        package
        for library, package in needed.items()
        if find(library) is None and not _bundled(library)
    ]


def _bundled(library: str) -> bool:
    """Whether a PyInstaller bundle ships ``library`` itself (then it is not missing)."""
    bundle = getattr(sys, "_MEIPASS", None)
    return bundle is not None and any(Path(bundle).rglob(f"lib{library}.so*"))


def missing_message(packages: list[str]) -> str:
    """What to print when ``packages`` are missing: the one apt-get line."""
    return (
        "Rehab Coach can't start: some system libraries are missing "
        f"({', '.join(packages)}).\nOn Debian or Ubuntu, install them with:\n\n    {APT_LINE}\n"
    )
