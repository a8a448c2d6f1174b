"""What the coach says during each phase, and when: phrase templates and cue timing.

Stdlib only. :class:`CuePhrases` holds the generic wording (the content loader
builds it from TOML); :func:`phase_cues` decides which cues a phase gets and at
what offset from the phase's start, in exercise time (pauses excluded).
"""

from __future__ import annotations

from dataclasses import dataclass

from coach.domain.routine import Dose, DoseMode
from coach.domain.side import Side
from coach.engine.events import CueKind, Phase, PhaseKind

LONG_UNIT_S = 20.0
"""Holds and drills at least this long get "Halfway" and "10 seconds left"."""

TEN_LEFT_S = 10.0
"""When the "10 seconds left" cue is said, in seconds before the end."""

MIN_CUE_GAP_S = 2.0
""""Halfway" is dropped when it would fall closer than this to "10 seconds left"."""


PLACEHOLDERS: dict[str, frozenset[str]] = {
    "next_up": frozenset({"name"}),
    "rep": frozenset({"n"}),
    "self_paced": frozenset({"reps"}),
}
"""The phrases filled in with ``str.format``, and the placeholders each may use."""


@dataclass(frozen=True, slots=True)
class CuePhrases:
    """Generic phrase templates; ``{name}``, ``{n}`` and ``{reps}`` are filled in.

    ``countdown`` is said one entry per second, the last entry 1 s before the end.
    """

    hold: str = "Hold"
    go: str = "Go"
    halfway: str = "Halfway"
    ten_left: str = "10 seconds left"
    countdown: tuple[str, ...] = ("3", "2", "1")
    switch: str = "Switch sides"
    rest: str = "Rest"
    next_up: str = "Next up: {name}"
    complete: str = "Session complete. Well done."
    stopped: str = "Session stopped."
    left: str = "Left side"
    right: str = "Right side"
    sore_side: str = "Your sore side"
    other_side: str = "Your other side"
    rep: str = "{n}"
    self_paced: str = "Do {reps} reps at your own pace. Press Enter when done."

    def side(self, side: Side) -> str | None:
        """The phrase announcing ``side``, or None for both sides at once."""
        return {Side.LEFT: self.left, Side.RIGHT: self.right}.get(side)


@dataclass(frozen=True, slots=True)
class ScheduledCue:
    """A cue planned ``offset_s`` seconds of exercise time after its phase starts."""

    offset_s: float
    text: str
    kind: CueKind


def phase_cues(
    phase: Phase, dose: Dose, phrases: CuePhrases, *, announce_side: bool
) -> tuple[ScheduledCue, ...]:
    """The cues for ``phase``, sorted by offset (stable for equal offsets).

    ``announce_side`` says the side of the work that follows a non-WORK phase
    (at get-ready, on a switch, after a set rest that changes side).
    """
    if phase.kind is PhaseKind.WORK:
        cues = _work_cues(phase, dose, phrases)
    else:
        cues = _transition_cues(phase, phrases, announce_side=announce_side)
        cues += _countdown(phase.duration_s, phrases)
    return tuple(sorted(cues, key=lambda cue: cue.offset_s))


def _transition_cues(
    phase: Phase, phrases: CuePhrases, *, announce_side: bool
) -> list[ScheduledCue]:
    """Opening cues of GET_READY, SWITCH and REST phases."""
    cues: list[ScheduledCue] = []
    side = phrases.side(phase.side)
    side_cue = (
        [ScheduledCue(0.0, side, CueKind.INSTRUCTION)] if announce_side and side is not None else []
    )
    if phase.kind is PhaseKind.GET_READY:
        name = phrases.next_up.format(name=phase.exercise.name)
        cues.append(ScheduledCue(0.0, name, CueKind.NEXT_UP))
        cues += side_cue  # the side before the long instruction: it is the part that changes
        if phase.exercise.cue:
            cues.append(ScheduledCue(0.0, phase.exercise.cue, CueKind.INSTRUCTION))
        return cues
    if phase.kind is PhaseKind.SWITCH:
        cues.append(ScheduledCue(0.0, phrases.switch, CueKind.SWITCH))
    else:
        cues.append(ScheduledCue(0.0, phrases.rest, CueKind.REST))
    return cues + side_cue


def _work_cues(phase: Phase, dose: Dose, phrases: CuePhrases) -> list[ScheduledCue]:
    """Start cue plus the timing cues that suit the dose mode."""
    if dose.mode is DoseMode.SELF_PACED:
        text = phrases.self_paced.format(reps=phase.reps)
        return [ScheduledCue(0.0, text, CueKind.START)]
    start = phrases.hold if dose.mode is DoseMode.HOLD else phrases.go
    cues = [ScheduledCue(0.0, start, CueKind.START)]
    if dose.mode is DoseMode.TIMED_REPS:
        return cues + _rep_counts(phase.reps, dose.tempo_s, phrases)
    return cues + _long_unit_cues(phase.duration_s, phrases) + _countdown(phase.duration_s, phrases)


def _rep_counts(reps: int, tempo_s: float, phrases: CuePhrases) -> list[ScheduledCue]:
    """One REP cue at the start of each timed repetition (they pace the set)."""
    return [
        ScheduledCue((n - 1) * tempo_s, phrases.rep.format(n=n), CueKind.REP)
        for n in range(1, reps + 1)
    ]


def _long_unit_cues(duration_s: float | None, phrases: CuePhrases) -> list[ScheduledCue]:
    """ "Halfway" and "10 seconds left" for holds and drills of LONG_UNIT_S or more."""
    if duration_s is None or duration_s < LONG_UNIT_S:
        return []
    ten_left = duration_s - TEN_LEFT_S
    cues = [ScheduledCue(ten_left, phrases.ten_left, CueKind.TEN_LEFT)]
    halfway = duration_s / 2
    if abs(halfway - ten_left) >= MIN_CUE_GAP_S:
        cues.append(ScheduledCue(halfway, phrases.halfway, CueKind.HALFWAY))
    return cues


def _countdown(duration_s: float | None, phrases: CuePhrases) -> list[ScheduledCue]:
    """The countdown ending 1 s before the end; entries that would fall at or
    before the phase start are left out."""
    if duration_s is None:
        return []
    count = len(phrases.countdown)
    return [
        ScheduledCue(duration_s - (count - i), text, CueKind.COUNTDOWN)
        for i, text in enumerate(phrases.countdown)
        if duration_s - (count - i) > 0
    ]
