"""The store's exceptions: facts (what went wrong, and where), never wording.

Each :class:`StoreError` carries a :class:`StoreProblem` kind and the path it concerns;
the UI words it in the person's language (``coach.ui.app.store_words``), so a message
reads the same in a dialog, a notice or the terminal. ``str(error)`` is a short
technical line for logs.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path


class StoreProblem(StrEnum):
    """What went wrong with the data folder or the history file."""

    FOLDER_IS_FILE = "folder_is_file"
    """The data folder's path is a file."""
    PATH_HAS_FILE = "path_has_file"
    """Part of the data folder's path is a file, so the folder can't be created."""
    NOT_A_FOLDER = "not_a_folder"
    """The data folder's path is something else (a device, a broken link)."""
    PERMISSION = "permission"
    """Writing under the path was refused."""
    READ_ONLY = "read_only"
    """The disk is read-only."""
    PERMISSION_OR_READ_ONLY = "permission_or_read_only"
    """SQLite could not open or write the file: refused, or a read-only disk."""
    NO_SPACE = "no_space"
    """The disk was full while the folder or file was being made."""
    CANT_WRITE = "cant_write"
    """Another system error while writing; ``detail`` is the system's own words."""
    FULL = "full"
    """The disk is full: the last change was not saved."""
    WRITE_FAILED = "write_failed"
    """Writing failed (disk full, failing or removed): the last change was not saved."""
    BUSY = "busy"
    """Another program holds the history file."""
    DAMAGED = "damaged"
    """The history file is damaged (found while in use)."""
    NOT_A_DATABASE = "not_a_database"
    """The history file is not a history database at all."""
    DB_IS_FOLDER = "db_is_folder"
    """The history file's path is a folder."""
    NEWER_SCHEMA = "newer_schema"
    """A newer version of the app saved the history; ``found``/``known`` are versions."""
    OTHER = "other"
    """Anything else SQLite reported; ``detail`` is its message."""


class StoreError(Exception):
    """Something went wrong with the history store: ``problem`` at ``path``."""

    def __init__(
        self,
        problem: StoreProblem,
        path: Path,
        *,
        detail: str = "",
        versions: tuple[int, int] = (0, 0),
    ) -> None:
        super().__init__(problem, path, detail)
        self.problem = problem
        self.path = path
        self.detail = detail
        self.versions = versions
        """For NEWER_SCHEMA: the history's schema version and the newest this app knows."""

    def __str__(self) -> str:
        detail = f" ({self.detail})" if self.detail else ""
        return f"{self.problem.value}: {self.path}{detail}"


class StoreUnavailable(StoreError):
    """The data folder or database can't be used (permissions, not a file, newer schema)."""


class StoreFull(StoreError):
    """The disk is full: the last change was not saved; everything saved before is kept."""


@dataclass(frozen=True, slots=True)
class HistoryRestarted:
    """A notice for the person: the history file could not be read (``problem``:
    DAMAGED or NOT_A_DATABASE), so it was kept as ``kept`` and a new one started."""

    problem: StoreProblem
    kept: Path
