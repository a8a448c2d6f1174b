"""What History and Settings say about exports, deleting a session and deleting everything."""

from __future__ import annotations

import pytest

from coach.flow.history_texts import (
    delete_question,
    erase_confirmed,
    export_counts_text,
)


@pytest.mark.parametrize(
    ("counts", "text"),
    [
        (
            [("sessions", 1), ("steps", 8), ("ice-heat", 1), ("events", 0)],
            "1 session, 8 steps, 1 ice or heat use, 0 events",
        ),
        (
            [("sessions", 2), ("steps", 1), ("ice-heat", 3), ("events", 1)],
            "2 sessions, 1 step, 3 ice or heat uses, 1 event",
        ),
        ([("sessions", 0)], "0 sessions"),
    ],
)
def test_export_counts_get_plurals_right(counts: list[tuple[str, int]], text: str) -> None:
    assert export_counts_text(counts) == text


@pytest.mark.parametrize(
    ("steps", "part"),
    [(1, "Its 1 recorded step and"), (0, "Its 0 recorded steps"), (9, "9 recorded steps")],
)
def test_delete_question_names_the_session_and_what_goes(steps: int, part: str) -> None:
    text = delete_question("12 May 2025 07:30", "Glute strength", steps)
    assert text.startswith("Delete the Glute strength session of 12 May 2025 07:30?")
    assert part in text and "undo" in text


@pytest.mark.parametrize(
    ("typed", "ok"),
    [
        ("delete", True),
        ("  DELETE ", True),
        ("Delete", True),
        ("delet", False),
        ("", False),
        ("delete all", False),
    ],
)
def test_erase_needs_the_typed_word(typed: str, ok: bool) -> None:
    assert erase_confirmed(typed) is ok
