"""History's and Settings' English for changing the history (the screens word them in
the app's language, with these as the English plurals): exports saved, deleting a
session, and the typed confirm for deleting all of a person's data."""

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


def delete_question(when: str, routine: str, steps: int) -> str:
    """The delete confirm's text."""
    return (
        f"Delete the {routine} session of {when}? Its {count(steps, 'recorded step')} and "
        "any pain reports go with it. You can undo this for a few seconds."
    )


def erase_confirmed(typed: str, word: str = ERASE_WORD) -> bool:
    """Whether ``typed`` is the confirm ``word`` (the screen's language's; English
    "delete" always counts) in any case, spaces around ignored."""
    return typed.strip().casefold() in {word.strip().casefold(), ERASE_WORD}
