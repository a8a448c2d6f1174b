"""The settings-table keys the flow's state is kept under (:mod:`coach.store.flow_state`).

Kept apart so the first paint can read Home's last card without importing the
flow's rules.
"""

PLAN_KEY = "plan"
SUSPENSION_KEY = "suspension"
LEVEL_OFFER_KEY = "level_offer"
DISMISSED_KEY = "dismissed_resume"
DISCLAIMER_KEY = "disclaimer_seen"
HOME_CARD_KEY = "home_card"
"""Home's plan card as last shown, with the plan and suspension it was made from."""
