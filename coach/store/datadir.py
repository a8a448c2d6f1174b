"""Where the history lives: the platform's user data folder, or ``--data-dir``."""

from __future__ import annotations

import errno
from pathlib import Path

from coach.store.errors import StoreProblem, StoreUnavailable
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
        raise StoreUnavailable(StoreProblem.FOLDER_IS_FILE, path) from None
    except NotADirectoryError:
        raise StoreUnavailable(StoreProblem.PATH_HAS_FILE, path) from None
    except OSError as exc:
        raise unavailable(path, exc) from None
    if not path.is_dir():
        raise StoreUnavailable(StoreProblem.NOT_A_FOLDER, path)
    return path


_REASONS = {
    errno.EACCES: StoreProblem.PERMISSION,
    errno.EPERM: StoreProblem.PERMISSION,
    errno.EROFS: StoreProblem.READ_ONLY,
    errno.ENOSPC: StoreProblem.NO_SPACE,
}


def unavailable(path: Path, exc: OSError) -> StoreUnavailable:
    """The StoreUnavailable for an OSError met while writing under ``path``."""
    problem = _REASONS.get(exc.errno or 0, StoreProblem.CANT_WRITE)
    detail = "" if problem is not StoreProblem.CANT_WRITE else exc.strerror or str(exc)
    return StoreUnavailable(problem, path, detail=detail)
