"""Where the history lives: the platform's user data folder, or ``--data-dir``."""

from __future__ import annotations

import errno
from pathlib import Path

from coach.store.errors import StoreUnavailable
from coach.store.private_files import make_private_dir

APP_DIR_NAME = "rehab-coach"
DB_FILENAME = "history.db"
USER_ROUTINES = "routines"
"""Folder inside the data folder where a person's own routine files live."""

LOCK_FILENAME = "rehab-coach.lock"
"""Held by the running app for its data folder: a second start hands over to it."""


def default_data_dir() -> Path:
    """The per-user data folder, e.g. ``~/.local/share/rehab-coach`` on Linux."""
    import platformdirs  # only here: a start with --data-dir does without it (~5 ms)

    return Path(platformdirs.user_data_dir(APP_DIR_NAME, appauthor=False))


def resolve_data_dir(explicit: str | Path | None = None) -> Path:
    """``explicit`` (``--data-dir``, ``~`` expanded, made absolute) or the default folder."""
    if explicit is None:
        return default_data_dir()
    return Path(explicit).expanduser().absolute()


def ensure_data_dir(path: Path) -> Path:
    """Create ``path`` (0700) if missing and return it; StoreUnavailable if that fails."""
    try:
        make_private_dir(path)
    except FileExistsError:
        raise StoreUnavailable(
            f"Can't use {path} as the data folder: it is a file, not a folder. "
            "Choose another folder with --data-dir."
        ) from None
    except NotADirectoryError:
        raise StoreUnavailable(
            f"Can't create the data folder {path}: part of that path is a file, not a folder. "
            "Choose another folder with --data-dir."
        ) from None
    except OSError as exc:
        raise unavailable(path, exc) from None
    if not path.is_dir():
        raise StoreUnavailable(f"Can't use {path} as the data folder: it is not a folder.")
    return path


def unavailable(path: Path, exc: OSError) -> StoreUnavailable:
    """A clear StoreUnavailable for an OSError met while writing under ``path``."""
    reason = {
        errno.EACCES: "permission denied",
        errno.EPERM: "permission denied",
        errno.EROFS: "the disk is read-only",
        errno.ENOSPC: "the disk is full",
    }.get(exc.errno or 0, exc.strerror or str(exc))
    return StoreUnavailable(
        f"Can't write to {path}: {reason}. "
        "Choose another folder with --data-dir, or fix the folder's permissions."
    )
