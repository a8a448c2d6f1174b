"""What the session screen shows for a snapshot, as plain functions: the countdown's
text and where the figure is between its start and end pose."""

from __future__ import annotations

import math

from coach.engine.events import PhaseKind, Snapshot
from coach.ui.session.session_controller import EASE_IN_S


def format_seconds(seconds: float | None) -> str:
    """Countdown text: whole seconds rounded up, m:ss from a minute on; blank if None."""
    if seconds is None:
        return ""
    whole = max(0, math.ceil(seconds - 1e-9))
    return f"{whole // 60}:{whole % 60:02d}" if whole >= 60 else str(whole)


def figure_motion(snapshot: Snapshot) -> float:
    """Where the figure is between start (0) and end pose (1) at this instant
    (the view eases it): a hold moves into its end pose, timed reps go there and back."""
    phase = snapshot.phase
    if phase is None or phase.kind is not PhaseKind.WORK:
        return 0.0
    if snapshot.current_rep is not None and phase.duration_s:
        tempo = phase.duration_s / max(phase.reps, 1)
        within = (snapshot.phase_elapsed_s % tempo) / tempo
        return math.sin(math.pi * within)
    if phase.duration_s is None:
        return 0.0
    return min(1.0, snapshot.phase_elapsed_s / EASE_IN_S)
