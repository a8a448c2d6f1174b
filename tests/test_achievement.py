"""The end-of-session heading tells the truth: complete only when nothing was skipped."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from coach.ui.visuals.achievement import Achievement, SessionFacts


@pytest.mark.parametrize(
    ("completed", "skipped", "heading"),
    [
        (True, 0, "Session complete. Well done!"),
        (True, 7, "Session finished, with some steps skipped. Well done for the rest!"),
        (False, 0, "Saved. Stopping when it was right is part of getting better."),
        (False, 3, "Saved. Stopping when it was right is part of getting better."),
    ],
)
def test_the_heading_follows_how_the_session_ended(
    qtbot: QtBot, completed: bool, skipped: int, heading: str
) -> None:
    achievement = Achievement()
    qtbot.addWidget(achievement)
    achievement.show_facts(
        SessionFacts(
            completed=completed,
            steps_done=1,
            minutes=1,
            pain_before=5,
            pain_after=4,
            streak=1,
            skipped=skipped,
        )
    )
    assert achievement.heading.text() == heading
