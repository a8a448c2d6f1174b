"""Detect missing Debian/Ubuntu system libraries before Qt can abort the process.

Qt aborts (no exception) when its platform plugin can't load, so before the
QApplication exists the app loads Qt and the plugin itself (which it would do
anyway, so a healthy start pays nothing); only when that fails does it read the
linker cache to name the missing packages and print the one apt-get line.
"""

from __future__ import annotations

import functools
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


@functools.cache
def _ldconfig_names() -> frozenset[str] | None:
    """Every ``libNAME.so...`` the dynamic linker knows, from one ``ldconfig -p`` run
    (None when ldconfig is unavailable)."""
    import subprocess

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
        import ctypes.util  # slow to import; only needed without ldconfig

        return ctypes.util.find_library(library)
    prefix = f"lib{library}.so"
    return next((name for name in sorted(names) if name.startswith(prefix)), None)


def _platform_name(platform: str | None) -> str:
    """``platform``, else ``QT_QPA_PLATFORM``, else Qt's Linux default (xcb); no options."""
    name = platform if platform is not None else os.environ.get("QT_QPA_PLATFORM", "xcb")
    return name.split(":")[0] or "xcb"


def qt_loads(platform: str) -> bool:
    """Whether Qt's widgets import and, for xcb, its platform plugin library loads.

    Loading the plugin is how Qt would fail (with an abort) in ``QApplication``.
    """
    try:
        from PySide6 import QtWidgets  # noqa: F401  (imported here to catch the failure)
        from PySide6.QtCore import QLibrary, QLibraryInfo
    except ImportError:
        return False
    if platform != "xcb":
        return True
    folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath))
    plugin = folder / "platforms" / "libqxcb.so"
    return not plugin.is_file() or QLibrary(str(plugin)).load()


def startup_problem(
    *,
    platform: str | None = None,
    loads: Callable[[str], bool] = qt_loads,
    find: Callable[[str], str | None] = find_library,
) -> str | None:
    """The message to print instead of starting, or None when Qt can start.

    Only a failure to load is explained, and only when the missing packages can
    be named; anything else is left to Qt's own error.
    """
    if not sys.platform.startswith("linux"):
        return None
    name = _platform_name(platform)
    if loads(name):
        return None
    missing = missing_packages(platform=name, find=find)
    return missing_message(missing) if missing else None


def missing_packages(
    *, platform: str | None = None, find: Callable[[str], str | None] = find_library
) -> list[str]:
    """Debian packages whose libraries Qt needs on ``platform`` but can't be found.

    ``platform`` defaults to ``QT_QPA_PLATFORM``; only Linux is checked.
    """
    if not sys.platform.startswith("linux"):
        return []
    platform = _platform_name(platform)
    needed = dict(CORE_LIBRARIES)
    if platform == "xcb":
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


_NEEDS = {"xcb": ("DISPLAY",), "wayland": ("WAYLAND_DISPLAY",), "": ("DISPLAY", "WAYLAND_DISPLAY")}


def display_missing(env: Mapping[str, str] | None = None) -> bool:
    """Whether Qt would look for a display that isn't set (then the app says so, in
    ``coach.ui.app.start_words``, instead of letting Qt abort).

    Only Linux; only the desktop platforms (xcb, wayland, or Qt's choice when
    ``QT_QPA_PLATFORM`` is unset) need one: offscreen, vnc and the rest do not.
    """
    env = os.environ if env is None else env
    if not sys.platform.startswith("linux"):
        return False
    platform = env.get("QT_QPA_PLATFORM", "").split(":")[0].split(";")[0]
    needed = _NEEDS.get("wayland" if platform.startswith("wayland") else platform)
    return needed is not None and not any(env.get(name) for name in needed)
