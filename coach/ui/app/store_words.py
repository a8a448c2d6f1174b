"""The store's problems in the person's language: the store names what went wrong and
where (:class:`StoreError`, :class:`HistoryRestarted`), these words say it.

Used by every dialog and notice about the data folder or the history file, and by the
command line (English there: no catalogue is installed).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from coach.store.errors import HistoryRestarted, StoreError, StoreProblem

_ELSEWHERE = str(
    QT_TRANSLATE_NOOP(
        "StoreWords", "Choose another folder with --data-dir, or fix the folder's permissions."
    )
)
_DAMAGED = str(
    QT_TRANSLATE_NOOP(
        "StoreWords",
        "The history file {path} is damaged. Restart Rehab Coach: it keeps the damaged "
        "file and starts a new history.",
    )
)
_WORDS: dict[StoreProblem, object] = {  # QT_TRANSLATE_NOOP gives the text as object
    StoreProblem.FOLDER_IS_FILE: QT_TRANSLATE_NOOP(
        "StoreWords",
        "Can't use {path} as the data folder: it is a file, not a folder. "
        "Choose another folder with --data-dir.",
    ),
    StoreProblem.PATH_HAS_FILE: QT_TRANSLATE_NOOP(
        "StoreWords",
        "Can't create the data folder {path}: part of that path is a file, not a folder. "
        "Choose another folder with --data-dir.",
    ),
    StoreProblem.NOT_A_FOLDER: QT_TRANSLATE_NOOP(
        "StoreWords", "Can't use {path} as the data folder: it is not a folder."
    ),
    StoreProblem.PERMISSION: QT_TRANSLATE_NOOP(
        "StoreWords", "Can't write to {path}: permission denied."
    ),
    StoreProblem.READ_ONLY: QT_TRANSLATE_NOOP(
        "StoreWords", "Can't write to {path}: the disk is read-only."
    ),
    StoreProblem.PERMISSION_OR_READ_ONLY: QT_TRANSLATE_NOOP(
        "StoreWords", "Can't write to {path}: permission denied or read-only disk."
    ),
    StoreProblem.NO_SPACE: QT_TRANSLATE_NOOP(
        "StoreWords", "Can't write to {path}: the disk is full."
    ),
    StoreProblem.CANT_WRITE: QT_TRANSLATE_NOOP("StoreWords", "Can't write to {path}: {detail}."),
    StoreProblem.FULL: QT_TRANSLATE_NOOP(
        "StoreWords",
        "The disk holding {path} is full, so the last change wasn't saved. "
        "Everything saved before is safe. Free some space and try again.",
    ),
    StoreProblem.WRITE_FAILED: QT_TRANSLATE_NOOP(
        "StoreWords",
        "Writing to {path} failed (the disk may be full, failing or removed), "
        "so the last change wasn't saved. Everything saved before is safe.",
    ),
    StoreProblem.BUSY: QT_TRANSLATE_NOOP(
        "StoreWords",
        "The history file {path} is busy: another copy of Rehab Coach may be using it. "
        "Close it and try again.",
    ),
    StoreProblem.DAMAGED: _DAMAGED,
    StoreProblem.NOT_A_DATABASE: _DAMAGED,
    StoreProblem.DB_IS_FOLDER: QT_TRANSLATE_NOOP(
        "StoreWords",
        "Can't open the history: {path} is a folder, not a file. "
        "Move it away, or choose another folder with --data-dir.",
    ),
    StoreProblem.NEWER_SCHEMA: QT_TRANSLATE_NOOP(
        "StoreWords",
        "This history was saved by a newer version of Rehab Coach (schema {found}; "
        "this version knows up to {known}). Update the app to open it.",
    ),
    StoreProblem.OTHER: QT_TRANSLATE_NOOP(
        "StoreWords", "Couldn't use the history file {path}: {detail}."
    ),
}
_FIXABLE_HERE = frozenset(
    {
        StoreProblem.PERMISSION,
        StoreProblem.READ_ONLY,
        StoreProblem.PERMISSION_OR_READ_ONLY,
        StoreProblem.NO_SPACE,
        StoreProblem.CANT_WRITE,
    }
)
"""Problems of the folder's disk or rights: the advice to go elsewhere follows."""

_RESTARTED: dict[StoreProblem, object] = {
    StoreProblem.DAMAGED: QT_TRANSLATE_NOOP(
        "StoreWords",
        "Your history file couldn't be read (it is damaged). It was kept as {name} "
        "in {folder}, and a new, empty history was started.",
    ),
    StoreProblem.NOT_A_DATABASE: QT_TRANSLATE_NOOP(
        "StoreWords",
        "Your history file couldn't be read (it isn't a history database). It was kept "
        "as {name} in {folder}, and a new, empty history was started.",
    ),
}


def store_error_text(error: StoreError) -> str:
    """What ``error`` means and what to do, in the app's language."""
    translate = QCoreApplication.translate
    found, known = error.versions
    said = translate("StoreWords", str(_WORDS[error.problem])).format(
        path=error.path, detail=error.detail, found=found, known=known
    )
    if error.problem in _FIXABLE_HERE:
        said = f"{said} {translate('StoreWords', _ELSEWHERE)}"
    return said


def refusal_text(error: Exception) -> str:
    """A refused edit's reason: the store's problem worded, or a rule's own message."""
    return store_error_text(error) if isinstance(error, StoreError) else str(error)


def restarted_text(notice: HistoryRestarted) -> str:
    """The notice that the history file was kept aside and a new one started."""
    said = QCoreApplication.translate("StoreWords", str(_RESTARTED[notice.problem]))
    return said.format(name=notice.kept.name, folder=notice.kept.parent)
