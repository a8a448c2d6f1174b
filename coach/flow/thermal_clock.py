"""Elapsed time of an ice/heat application that no clock change can stretch.

An application's progress is persisted as *elapsed seconds as of one reading
of two clocks*: the wall clock (epoch seconds, survives a reboot, can jump
either way) and a boot clock (never goes back within one boot and counts
suspend: ``CLOCK_BOOTTIME`` on Linux). Advancing it takes the larger of the
two deltas, so a backward wall-clock jump is caught by the boot clock and a
forward one can only end the application early. When neither clock can be
trusted (another boot *and* the wall clock went back) the time is unknown:
callers must end the application rather than guess.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Instant:
    """One reading of both clocks; ``boot`` names the boot ``mono`` belongs to."""

    wall: float
    mono: float
    boot: str = ""


@dataclass(frozen=True, slots=True)
class Progress:
    """``elapsed_s`` seconds had passed at ``at``; ``unknown`` when the gap can't be measured."""

    elapsed_s: float
    at: Instant
    unknown: bool = False


def advanced(progress: Progress, now: Instant) -> Progress:
    """``progress`` carried forward to ``now`` (never backward, never by a negative step).

    The boot clock counts only if ``now`` is on the same boot and it did not go
    back (a different process origin looks like that). With no usable boot
    clock and a wall clock that went back, the result is marked ``unknown``.
    """
    then = progress.at
    wall_step = now.wall - then.wall
    same_boot = now.boot == then.boot and now.mono >= then.mono
    mono_step = now.mono - then.mono if same_boot else None
    if mono_step is None and wall_step < 0:
        return Progress(progress.elapsed_s, now, unknown=True)
    step = max(wall_step, mono_step if mono_step is not None else 0.0, 0.0)
    return Progress(progress.elapsed_s + step, now, unknown=progress.unknown)
