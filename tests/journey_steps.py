"""Key sequences a person uses on each screen, shared by the keyboard journeys.

Each helper presses only keys (through an ``XSession``) and waits for the
screen its last key leads to. When a screen's layout changes, this is the one
place to follow it. ``Tally`` counts the screens a person sees and the keys
they press on the way to the first hold (issue 12's targets).
"""

from __future__ import annotations

import time
import tomllib
from dataclasses import dataclass, field

from xsession import XSession

from coach.domain.history import SessionStatus
from coach.flow.plan import Plan
from coach.paths import routines_dir
from coach.store.opening import open_store

DAY_S = 24 * 3600.0
PAIN_BEFORE = 5
PAIN_AFTER = 4


@dataclass
class Tally:
    """Screens seen (in order) and keys pressed since the count started."""

    keys_at_start: int
    screens: list[str] = field(default_factory=list)

    def saw(self, screen: str) -> None:
        self.screens.append(screen)

    def keys(self, x: XSession) -> int:
        return x.keys_sent - self.keys_at_start


def quiet_settings(x: XSession) -> None:
    """Speech off before the first start: nothing is rendered or played (the journeys
    test keys and screens; speech has its own tests). Everything else stays first-start."""
    with open_store(x.data_dir).store as store:
        store.set_setting("voice_on", False)


def returning_person(
    x: XSession, *, routine: str = "piriformis_relief", region: str = "other"
) -> Plan:
    """A data folder as a person leaves it after a check-in and one session yesterday:
    notice read, ``region`` set, a plan, yesterday's check-in and a finished session."""
    now = time.time()
    yesterday = now - DAY_S
    plan = Plan(routine, "stretch", routine, chosen_at=yesterday - 600, first_pain=6)
    with open_store(x.data_dir).store as store:
        for key, value in (
            ("voice_on", False),
            ("disclaimer_seen", True),
            ("region", region),
            ("plan", plan.to_json()),
        ):
            store.set_setting(key, value)  # type: ignore[arg-type]
        store.save_triage(
            level="self_care",
            route=routine,
            reasons=["Your pain is deep in one buttock and worse when sitting."],
            answers={"age": 35},
            at=yesterday - 600,
        )
        session = store.start_session(
            routine_id=routine, level_id="stretch", route=routine, pain_before=6,
            started_at=yesterday,
        )  # fmt: skip
        store.finish_session(
            session, status=SessionStatus.COMPLETED, pain_after=5, spreading_symptoms=False,
            rated_easy=False, ended_at=yesterday + 400,
        )  # fmt: skip
    return plan


def ice_checklist_length() -> int:
    """How many "This applies to me" lines the ice checklist shows (from thermal.toml)."""
    with (routines_dir() / "thermal.toml").open("rb") as file:
        return len(tomllib.load(file)["ice"]["contraindications"])


def check_in(x: XSession, tally: Tally) -> None:
    """From the check-in's first page to its result: age 35, no red flags (two grouped
    lists), "built up over weeks", deep in one buttock, left side, pain 5."""
    x.wait_screen("Check-in")
    tally.saw("Check-in: age")
    x.type_text("35")
    x.key("Return")
    tally.saw("Check-in: red flags (1)")
    x.key("Return")  # "No, none of these" has the focus
    tally.saw("Check-in: red flags (2)")
    x.key("Return")
    tally.saw("Check-in: how it started")
    x.key("Down", "Down", "Down")  # arrows move and pick: "built up over weeks"
    x.key("Tab")  # to "about how many days ago"
    x.type_text("14")
    x.key("Return")
    tally.saw("Check-in: where, side, pain")
    x.key("Down", "space")  # tick "Deep in one buttock"
    x.key("Return")  # unanswered: Enter goes to "Which side hurts?"
    x.key("space")  # "My left side"
    x.key("Return")  # unanswered: Enter goes to the pain scale
    x.key(str(PAIN_BEFORE), "Return")
    tally.saw("Check-in: result")


def use_suggested_routine(x: XSession, tally: Tally) -> None:
    """On the check-in's result: Enter = "Use this routine", which starts the first
    session at once (the check-in has just asked the red flags and today's pain)."""
    x.key("Return")
    x.wait_screen("Session")


def answer_before_session(x: XSession) -> None:
    """A later day's questions before the session: "No, nothing new" has the focus
    (Enter), then today's pain (a digit; this morning's starts as the same and how far
    it reaches as last time's), and Enter starts the session."""
    x.key("Return")
    x.key(str(PAIN_BEFORE), "Return")
    x.wait_screen("Session")


def skip_to_the_end(x: XSession) -> int:
    """Right (skip) until the after-session questions show; the number of presses.
    After each press, a moment for the screen to change, so no Right lands after it."""
    after = "After the session · Rehab Coach"
    presses = 0
    while x.title() != after:
        assert presses < 60, "Right did not end the session within 60 presses"
        x.key("Right")
        presses += 1
        deadline = time.monotonic() + 0.4
        while time.monotonic() < deadline and x.title() != after:
            time.sleep(0.05)
    return presses


def rate_after_session(x: XSession, *, pain: int = PAIN_AFTER) -> None:
    """After the session: pain (digit), "No" new leg symptoms, Save; then the summary's
    "Back to Home"."""
    x.key(str(pain))
    x.key("Tab", "Right", "space")  # to "Yes", arrow to "No", pick it
    x.key("Return")  # Save
    x.key("Return")  # the summary: "Back to Home (Enter)"
    x.wait_screen("Home")
