"""Writes the person asked for that the store may refuse (a full, busy or read-only
disk): the refusal becomes one plain notice, never an exception in a slot."""

from __future__ import annotations

from collections.abc import Callable

from coach.store.errors import StoreError
from coach.ui.widgets.main_window import NoticeBar

SAVING_KEY = "saving"
"""The one notice about what can't be saved (the session's own uses it too)."""


def save_or_say(notices: NoticeBar, write: Callable[[], object], *, what: str) -> bool:
    """Run ``write``; if the store refuses, say "<what> can't be saved right now: …"
    in ``notices`` and return False."""
    try:
        write()
    except StoreError as error:
        notices.add(f"{what} can't be saved right now: {error}", key=SAVING_KEY)
        return False
    return True
