"""What a flow decision asks the app to do besides changing state: notices to show
and moments to record in the history. Frozen values; the app carries them out."""

from __future__ import annotations

from dataclasses import dataclass

from coach.domain.history import EventKind


@dataclass(frozen=True, slots=True)
class Notice:
    """A message for the window's notice area; a later one with the same key replaces it."""

    key: str
    text: str


@dataclass(frozen=True, slots=True)
class HistoryNote:
    """A moment to record in the history (``session_id`` None when outside a session)."""

    kind: EventKind
    detail: str
    session_id: int | None = None
