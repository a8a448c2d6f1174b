"""A guided session: the player screen, its controls and panels, its controller (the
session's only timer), the this-hurts advice and the after-session page."""
