"""The settings keys under which the app keeps the flow's state (one place for both
the shell's first paint and the flow adapter)."""

from __future__ import annotations

PLAN_KEY = "plan"
SUSPENSION_KEY = "suspension"
LEVEL_OFFER_KEY = "level_offer"
DISMISSED_KEY = "dismissed_resume"
DISCLAIMER_KEY = "disclaimer_seen"
HOME_CARD_KEY = "home_card"
"""Home's plan card as last shown, with the plan and suspension it was made from."""
