"""The end-of-session heading tells the truth: complete only when nothing was skipped."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from coach.flow.outcome import Ending
from coach.ui.visuals.achievement import Achievement, SessionFacts


@pytest.mark.parametrize(
    ("completed", "ending", "heading"),
    [
        (True, Ending.FINISHED_ALL, "Session complete. Well done!"),
        (
            True,
            Ending.FINISHED_SKIPPED,
            "Session finished, with some steps skipped. Well done for the rest!",
        ),
        (False, Ending.STOPPED, "Saved. Stopping when it was right is part of getting better."),
        (False, Ending.ALL_SKIPPED, "Saved. Stopping when it was right is part of getting better."),
    ],
)
def test_the_heading_follows_how_the_session_ended(
    qtbot: QtBot, completed: bool, ending: Ending, heading: str
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
            ending=ending,
        )
    )
    assert achievement.heading.text() == heading
