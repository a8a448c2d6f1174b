"""PyInstaller runtime hook: programs the app starts get the user's own environment.

The bootloader starts the app with ``LD_LIBRARY_PATH=<bundle>/_internal`` so it
loads its bundled libraries (the loader reads the variable once, at start-up),
and with ``_PYI_*`` variables that mark every later ``sys.executable`` child as a
worker of this same instance. Left in place, every program the app starts
inherits them: ``gdbus`` (desktop notifications) would load the bundle's glib,
built on another system, instead of its own.

So: restore the user's ``LD_LIBRARY_PATH`` (the bootloader keeps it in
``LD_LIBRARY_PATH_ORIG``), and set ``PYINSTALLER_RESET_ENVIRONMENT=1`` so that the
speech worker (``<bundle>/rehab-coach --speech-worker``) starts as a fresh
instance whose bootloader sets the bundle's library path for itself again.
"""

from __future__ import annotations

import os


def _reset_child_environment() -> None:
    original = os.environ.pop("LD_LIBRARY_PATH_ORIG", None)
    if original:
        os.environ["LD_LIBRARY_PATH"] = original
    else:
        os.environ.pop("LD_LIBRARY_PATH", None)
    os.environ["PYINSTALLER_RESET_ENVIRONMENT"] = "1"


_reset_child_environment()
