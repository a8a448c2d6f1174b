"""The one module that knows where the shipped ``assets/`` and ``routines/`` live.

Three layouts: a source checkout (folders beside ``coach/``), an installed
wheel (``coach/_data/``), and a PyInstaller bundle (``sys._MEIPASS``).
"""

from __future__ import annotations

import sys
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


def _data_root() -> Path:
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle is not None:
        return Path(bundle)
    installed = _PACKAGE_DIR / "_data"
    if installed.is_dir():
        return installed
    return _PACKAGE_DIR.parent


def assets_dir() -> Path:
    """The shipped assets folder (icons, sounds, poses)."""
    return _data_root() / "assets"


def routines_dir() -> Path:
    """The shipped routines folder (exercises, routines, triage, ice/heat data)."""
    return _data_root() / "routines"


def pose_ids() -> frozenset[str]:
    """Ids of the shipped poses (one ``<id>.toml`` file each in ``assets/poses``)."""
    return frozenset(path.stem for path in (assets_dir() / "poses").glob("*.toml"))
