"""What History and Settings say about changing the history: exports saved, a session
deleted (with undo), and deleting all of a person's data (typed confirm)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Final

from coach.flow.wording import count

EXPORT_NOUNS: Final[Mapping[str, str]] = {
    "sessions": "session",
    "steps": "step",
    "ice-heat": "ice or heat use",
    "events": "event",
}
"""What one row of each CSV kind is called."""

ERASE_WORD: Final = "delete"
"""What the person types to confirm deleting all their data."""


def export_counts_text(counts: Iterable[tuple[str, int]]) -> str:
    """ "12 sessions, 96 steps, 1 ice or heat use, 0 events": one part per (kind, rows)."""
    return ", ".join(count(rows, EXPORT_NOUNS.get(kind, kind)) for kind, rows in counts)


def deleted_text(when: str, routine: str) -> str:
    """The undo notice after deleting the session of ``when`` (its date as shown)."""
    return f"Deleted the {routine} session of {when}."


def delete_question(when: str, routine: str, steps: int) -> str:
    """The delete confirm's text."""
    return (
        f"Delete the {routine} session of {when}? Its {count(steps, 'recorded step')} and "
        "any pain reports go with it. You can undo this for a few seconds."
    )


def erase_confirmed(typed: str) -> bool:
    """Whether ``typed`` is the confirm word (any case, spaces around ignored)."""
    return typed.strip().casefold() == ERASE_WORD


def erase_summary(*, sessions: int, uses: int, check_ins: int, own_routines: int) -> str:
    """What "Delete all my data" removes, and what it keeps, in plain words."""
    kept = (
        f" Your own routine files ({own_routines}) stay in your routines folder; "
        "delete them there if you want them gone too."
        if own_routines
        else ""
    )
    return (
        f"This deletes your whole history from this computer: {count(sessions, 'session')} "
        f"with every step and pain report, {count(check_ins, 'check-in')}, "
        f"{count(uses, 'ice or heat use')} and all your settings. "
        "It can't be undone. The app then starts as on its first day." + kept
    )
