"""A screen-reader journey: the installed app in its own process under Xvfb, with a
private D-Bus session and the AT-SPI registry (at-spi2-core); a client walks the
app's accessible tree and presses controls by their accessible names through the
Action interface, as Orca does. No key is pressed.

It checks that no focusable control on screen is unnamed (Home, the check-in, the
questions before a session, the session), that pressing through AT-SPI does what a
click does, and that the countdown's name carries its value ("25 seconds left").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from atspi_client import AtSpi, Node, accessibility_bus, needs_atspi
from journey_steps import PAIN_BEFORE, returning_person
from xsession import XSession, needs_x_tools, wait_for, x_session

pytestmark = [needs_x_tools(), needs_atspi(), pytest.mark.slow]

COUNTDOWN = re.compile(r"^\d+ seconds? left$")


@pytest.fixture
def reader(tmp_path: Path) -> Iterator[tuple[XSession, AtSpi, Node]]:
    """The app (a returning person's data) registered with a private AT-SPI registry."""
    with accessibility_bus(tmp_path) as (env, spi), x_session(tmp_path) as x:
        returning_person(x)
        x.env.update(env)
        x.start_app()
        app = wait_for("the app on the accessibility bus", lambda: spi.app_named("Rehab Coach"))
        yield x, spi, app


def press(spi: AtSpi, app: Node, name: str, action: str = "Press") -> None:
    """Activate the on-screen control called ``name`` through AT-SPI."""
    spi.do_action(spi.wait_find(app, name), action)


def test_a_screen_reader_reaches_the_countdown_by_names(
    reader: tuple[XSession, AtSpi, Node],
) -> None:
    x, spi, app = reader
    x.wait_screen("Home")
    assert spi.unnamed_controls(app) == [], "Home"

    press(spi, app, "Check-in: answer questions to get a routine")
    x.wait_screen("Check-in")
    assert spi.unnamed_controls(app) == [], "the check-in's first page"
    press(spi, app, "Back to Home")
    x.wait_screen("Home")

    press(spi, app, "Start today's session")
    x.wait_screen("Before the session")
    assert spi.unnamed_controls(app) == [], "the questions before the session"
    press(spi, app, "No, nothing new")  # the red flags, as one list
    press(spi, app, f"Pain now {PAIN_BEFORE} out of 10", "Toggle")
    press(spi, app, f"Pain this morning {PAIN_BEFORE} out of 10", "Toggle")
    press(spi, app, "Only in my buttock", "Toggle")
    press(spi, app, "Start the session")
    x.wait_screen("Session")

    assert spi.unnamed_controls(app) == [], "the session"
    countdown = wait_for(
        "the countdown to say its value",
        lambda: next((name for _, name, _, _ in spi.showing(app) if COUNTDOWN.match(name)), None),
    )
    assert int(countdown.split()[0]) > 0
    session = x.rows("SELECT * FROM sessions ORDER BY id DESC")[0]
    assert (session["status"], session["pain_before"]) == ("in_progress", PAIN_BEFORE)

    press(spi, app, "Stop the session (Esc)")
    spi.wait_find(app, "Stop session (Enter)")
    x.screenshot("atspi-stop-asked")
    assert spi.unnamed_controls(app) == [], "the stop question"
    press(spi, app, "Stop session (Enter)")
    x.wait_screen("After the session")
    assert spi.unnamed_controls(app) == [], "the questions after the session"
    press(spi, app, "Pain after the session 3 out of 10", "Toggle")
    press(spi, app, "Spreading leg symptoms: no", "Toggle")
    press(spi, app, "Save how I feel")
    press(spi, app, "Back to Home")
    x.wait_screen("Home")
    stopped = x.rows("SELECT * FROM sessions WHERE id = ?", session["id"])[0]
    assert (stopped["status"], stopped["pain_after"]) == ("stopped", 3)
