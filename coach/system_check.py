"""Detect missing Debian/Ubuntu system libraries before Qt can abort the process.

Qt aborts (no exception) when its platform plugin can't load, so the app
checks the shared libraries first and prints the one apt-get line instead.
"""

from __future__ import annotations

import ctypes.util
import functools
import os
import subprocess
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


@functools.cache
def _ldconfig_names() -> frozenset[str] | None:
    """Every ``libNAME.so...`` the dynamic linker knows, from one ``ldconfig -p`` run
    (None when ldconfig is unavailable)."""
    try:
        listing = subprocess.run(
            ["ldconfig", "-p"], capture_output=True, text=True, timeout=10, check=True
        ).stdout
    except (OSError, subprocess.SubprocessError):
        return None
    return frozenset(line.split()[0] for line in listing.splitlines()[1:] if line.strip())


def find_library(library: str) -> str | None:
    """The file name of ``library`` (e.g. "GL" -> "libGL.so.1"), or None if missing.

    Reads the linker cache once instead of starting a process per library.
    """
    names = _ldconfig_names()
    if names is None:
        return ctypes.util.find_library(library)
    prefix = f"lib{library}.so"
    return next((name for name in sorted(names) if name.startswith(prefix)), None)


def missing_packages(
    *, platform: str | None = None, find: Callable[[str], str | None] = find_library
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
