"""Writes the person asked for that the store may refuse (a full, busy or read-only
disk): the refusal becomes one plain notice, never an exception in a slot."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from coach.store.errors import StoreError
from coach.ui.app.store_words import store_error_text
from coach.ui.widgets.main_window import NoticeBar

SAVING_KEY = "saving"
"""The one notice about what can't be saved (the session's own uses it too)."""


def save_or_say(notices: NoticeBar, write: Callable[[], object], *, what: str) -> bool:
    """Run ``write``; if the store refuses, say "<what> can't be saved right now: …"
    in ``notices`` and return False. ``what`` is in the app's language (context Saving)."""
    try:
        write()
    except StoreError as error:
        said = QCoreApplication.translate("Saving", "{what} can't be saved right now: {error}")
        notices.add(said.format(what=what, error=store_error_text(error)), key=SAVING_KEY)
        return False
    return True
