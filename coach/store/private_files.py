"""Health data is private: folders 0700, database files and exports 0600.

Modes are set explicitly after creation, so the process umask can't loosen
them, and without touching the umask (it is process-wide).
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import tempfile
from pathlib import Path

DIR_MODE = 0o700
FILE_MODE = 0o600


def make_private_dir(path: Path) -> bool:
    """Create ``path`` and any missing parents, each 0700; True if ``path`` was created.

    An existing folder is left as it is (it may be one the person chose).
    Raises OSError as ``mkdir`` does.
    """
    missing: list[Path] = []
    for folder in (path, *path.parents):
        if os.path.lexists(folder):
            break
        missing.append(folder)
    for folder in reversed(missing):
        try:
            folder.mkdir(mode=DIR_MODE)
        except FileExistsError:  # made meanwhile by someone else: theirs to keep
            continue
        os.chmod(folder, DIR_MODE)  # mkdir's mode is cut by the umask
    if not missing and not path.is_dir():
        raise FileExistsError(errno.EEXIST, "exists and is not a folder", str(path))
    return bool(missing)


def create_private_file(path: Path) -> None:
    """Create an empty file at ``path`` with mode 0600; FileExistsError if it exists."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
    try:
        os.fchmod(fd, FILE_MODE)
    finally:
        os.close(fd)


def tighten(path: Path) -> None:
    """Make an existing regular file 0600 if group or others have any access.

    Never follows a symlink (its target may be anyone's file); a missing file, a
    link or anything not a regular file is left alone. It never opens the file:
    closing any descriptor of a database file drops this process's SQLite locks.
    """
    try:
        mode = path.lstat().st_mode
    except FileNotFoundError:
        return
    if stat.S_ISREG(mode) and stat.S_IMODE(mode) & 0o077:
        os.chmod(path, FILE_MODE)


def write_private_text(path: Path, text: str) -> None:
    """Write ``text`` (UTF-8, newlines as given) to ``path`` with mode 0600, atomically."""
    write_private_bytes(path, text.encode("utf-8"))


def write_private_bytes(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` with mode 0600, replacing it atomically."""
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.chmod(tmp, FILE_MODE)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise
