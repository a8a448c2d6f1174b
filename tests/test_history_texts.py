"""What History and Settings say about exports, deleting a session and deleting everything."""

from __future__ import annotations

import pytest

from coach.flow.history_texts import (
    delete_question,
    deleted_text,
    erase_confirmed,
    erase_summary,
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
    assert deleted_text("12 May 2025 07:30", "Glute strength") == (
        "Deleted the Glute strength session of 12 May 2025 07:30."
    )


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


@pytest.mark.parametrize(
    ("counts", "parts", "absent"),
    [
        (
            {"sessions": 1, "uses": 1, "check_ins": 1, "own_routines": 0},
            [
                "1 session with",
                "1 check-in,",
                "1 ice or heat use and all your settings",
                "can't be undone",
            ],
            ["routine files"],
        ),
        (
            {"sessions": 12, "uses": 0, "check_ins": 3, "own_routines": 2},
            ["12 sessions", "3 check-ins", "0 ice or heat uses", "Your own routine files (2) stay"],
            [],
        ),
    ],
)
def test_erase_summary_says_what_goes_and_what_stays(
    counts: dict[str, int], parts: list[str], absent: list[str]
) -> None:
    text = erase_summary(**counts)
    for part in parts:
        assert part in text
    for part in absent:
        assert part not in text
