"""Timer accuracy under load: a 60 s hold, a 15 min ice timer and a multi-phase session.

Run::

    PYTHONPATH=. .venv/bin/python bench/bench_timers.py [--platform xcb]

One child runs the real app (``coach.app.main``, offscreen or on its own
Xvfb) with the real SessionController and ThermalController QTimers. A
PreciseTimer busy-waits 300 ms every 5 s on the GUI thread the whole time.

The clocks are real time; only the wall clock can be moved forward. A 15 min
ice timer starts, then the wall clock skips its first 837.5 s (as after a
suspend: the app takes the larger of wall and monotonic elapsed, and the
remaining time always comes from the stored start, never from counting), so
its last 62.5 s run in real time. Meanwhile a session runs in real time: a 60 s
hold, then a 2 x 2-side hold block with rests and a switch (10 phases). After
the long ice timer, ``--ice-runs`` more 15 min ice timers are skipped to their
last 2-8 s (the wall clock also jumps past each lock-out).

"Seen" error: when the GUI thread acted on a deadline (the controller's signal
fired) minus the deadline. "Recorded" error: the instant the engine or store
saved minus the planned instant; its sum over the session is the cumulative
drift. The stalls are phased so the hold and every ice end fall between
stalls, and two session boundaries fall inside a stall on purpose (those can
only be acted on when the stall ends). Target: within 50 ms, zero drift.
Takes about 100 s.
"""

from __future__ import annotations

import argparse
import itertools
import math
import random
import statistics
import time
from contextlib import nullcontext
from dataclasses import dataclass
from pathlib import Path
from tempfile import TemporaryDirectory
from typing import TYPE_CHECKING, Any

from _common import (
    begin_session,
    bench_block,
    emit,
    print_table,
    quit_app,
    run_child,
    run_coach,
    verdict,
    xvfb,
)

if TYPE_CHECKING:
    from coach.engine.events import SessionEnded, Snapshot
    from coach.ui.app.bootstrap import BuiltApp

SCRIPT = Path(__file__).resolve()
STALL_S = 0.300
STALL_EVERY_MS = 5000
STALL_PHASE_S = 0.1
"""Stalls start at T0 + 0.1 s + k * 5 s (T0: when the timers start)."""
ICE_LEFT_S = 62.5
"""Real seconds the ice timer still has after the skip."""
TARGET_MS = 50.0


class Skip:
    """Seconds a clock has been moved forward."""

    def __init__(self) -> None:
        self.seconds = 0.0


class BenchClock:
    """``time.monotonic()`` + ``origin`` + skipped seconds; never slews, so app instants
    convert exactly back to real time. ``mark()`` captures the next reading."""

    def __init__(self, origin: float, skip: Skip) -> None:
        self.origin = origin
        self._skip = skip
        self._capture = False
        self.captured: float | None = None

    def now(self) -> float:
        """Current reading."""
        value = self.origin + time.monotonic() + self._skip.seconds
        if self._capture:
            self._capture = False
            self.captured = value
        return value

    def mark(self) -> None:
        """Keep the next reading in ``captured``."""
        self._capture = True

    def to_real(self, instant: float) -> float:
        """The real ``time.monotonic()`` at which this clock shows ``instant``."""
        return instant - self.origin - self._skip.seconds


class StallLoad:
    """A PreciseTimer that busy-waits ``STALL_S`` every 5 s; keeps each stall's window."""

    def __init__(self) -> None:
        from PySide6.QtCore import Qt, QTimer

        self.windows: list[tuple[float, float]] = []
        self._timer = QTimer()
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self._stall)

    def start(self) -> None:
        """First stall ``STALL_EVERY_MS`` from now."""
        self._timer.start(STALL_EVERY_MS)

    def stop(self) -> None:
        """No more stalls."""
        self._timer.stop()

    def _stall(self) -> None:
        start = time.monotonic()
        while time.monotonic() - start < STALL_S:
            pass
        self.windows.append((start, time.monotonic()))


class Scenario:
    """The child's run: stall load, a session, a long ice timer, then short ice runs."""

    def __init__(
        self, built: BuiltApp, wall: BenchClock, mono: BenchClock, skip: Skip, ice_runs: int
    ) -> None:
        self.built, self.wall, self.mono, self.skip = built, wall, mono, skip
        self.ice_runs = ice_runs
        self.t0 = time.monotonic()
        self.stalls = StallLoad()
        self.seen: list[tuple[float, int | None]] = []
        self.ice: list[dict[str, float]] = []
        """Per ice run: deadline, seen (finished signal) and recorded end, real seconds."""
        self.report: dict[str, Any] = {"t0": self.t0}
        self.jitter = random.Random(6)

    def start(self) -> None:
        """Stalls from T0 + 0.1 s; the 15 min ice timer and the session at once."""
        from PySide6.QtCore import QTimer

        from coach.domain.routine import DoseMode
        from coach.engine.session_plan import expand_plan

        QTimer.singleShot(round(STALL_PHASE_S * 1000), self.stalls.start)
        self.built.thermal.finished.connect(self._ice_finished)
        self._start_ice(self.t0 + ICE_LEFT_S)
        blocks = [
            bench_block(
                self.built,
                "lying_piriformis_stretch",
                mode=DoseMode.HOLD,
                seconds=60.0,
                get_ready_s=2.0,
            ),
            bench_block(
                self.built,
                "clamshell",
                mode=DoseMode.HOLD,
                seconds=4.0,
                reps=2,
                per_side=True,
                rest_between_reps_s=2.0,
                switch_s=2.0,
                get_ready_s=2.2,
            ),
        ]
        plan = expand_plan(blocks)
        self.built.controller.updated.connect(self._updated)
        self.built.controller.ended.connect(self._session_ended)
        self.mono.mark()  # the engine's start is the next clock reading
        begin_session(self.built, blocks, routine_id="bench")
        assert self.mono.captured is not None
        self.report.update(
            session_start=self.mono.to_real(self.mono.captured),
            durations=[p.duration_s or 0.0 for p in plan],
            kinds=[p.kind.value for p in plan],
        )

    def _start_ice(self, deadline: float) -> None:
        """Start a 15 min ice timer, then skip the wall clock so it ends at real ``deadline``."""
        from coach.domain.history import ThermalKind

        self.skip.seconds += 3 * 3600.0  # past the previous one's lock-out
        allowed = self.built.thermal.start(ThermalKind.ICE, 15)
        record = self.built.store.running_application()
        assert allowed.allowed and record is not None, allowed
        self.skip.seconds += self.wall.to_real(record.deadline) - deadline
        self.built.thermal.refresh()
        self.ice.append({"deadline": deadline, "planned_s": record.planned_s})

    def _ice_finished(self, _: str) -> None:
        from PySide6.QtCore import QTimer

        run = self.ice[-1]
        run["seen"] = time.monotonic()
        last = self.built.store.last_application()
        assert last is not None and last.ended_at is not None
        run["recorded"] = self.wall.to_real(last.ended_at)
        QTimer.singleShot(100, self._next_short_ice)

    def _next_short_ice(self) -> None:
        """The next short run: its deadline in the middle of a gap between stalls (+-1.2 s)."""
        if len(self.ice) > self.ice_runs:
            self._finish_when_done()
            return
        first_gap = self.t0 + STALL_PHASE_S + 2.5
        slot = math.ceil((time.monotonic() + 2.0 - first_gap) / 5.0)
        self._start_ice(first_gap + 5.0 * slot + self.jitter.uniform(-1.2, 1.2))

    def _updated(self, snapshot: Snapshot) -> None:
        self.seen.append((time.monotonic(), snapshot.phase.index if snapshot.phase else None))

    def _session_ended(self, event: SessionEnded) -> None:
        from PySide6.QtCore import QTimer

        self.report["session_end_seen"] = time.monotonic()
        self.report["session_end_at"] = self.mono.to_real(event.at)
        records = self.built.controller.records()
        self.report["records"] = [self.mono.to_real(r.at) for r in records]
        QTimer.singleShot(100, self._finish_when_done)

    def _finish_when_done(self) -> None:
        """Report and quit once the session and every ice run are over."""
        if "session_end_seen" not in self.report or len(self.ice) <= self.ice_runs:
            return
        if "seen" not in self.ice[-1]:
            return
        self.stalls.stop()
        self.report.update(
            seen=self.seen,
            stalls=self.stalls.windows,
            ice=self.ice,
        )
        emit(**self.report)
        quit_app()


def child(data_dir: Path, ice_runs: int) -> int:
    """In the child: run the app with bench clocks and the scenario one second after Home."""
    from PySide6.QtCore import QTimer

    skip = Skip()
    wall = BenchClock(time.time() - time.monotonic(), skip)
    mono = BenchClock(0.0, Skip())  # never skipped: the session runs in real time
    holder: list[Scenario] = []

    def begin(built: BuiltApp) -> None:
        holder.append(Scenario(built, wall, mono, skip, ice_runs))
        holder[0].start()

    return run_coach(
        data_dir, lambda built: QTimer.singleShot(1000, lambda: begin(built)), wall=wall, mono=mono
    )


def in_stall(instant: float, windows: list[list[float]]) -> bool:
    """Whether ``instant`` falls inside a stall."""
    return any(start <= instant <= end for start, end in windows)


def main() -> int:
    """Parent: run the child, print the tables."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--platform", default="offscreen", choices=("offscreen", "xcb"))
    parser.add_argument("--ice-runs", type=int, default=6, help="short ice runs after the long one")
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        return child(args.child, args.ice_runs)

    with TemporaryDirectory(prefix="bench-timers-") as tmp:
        context = xvfb() if args.platform == "xcb" else nullcontext(None)
        with context as server:
            run = run_child(
                SCRIPT,
                ["--child", str(Path(tmp) / "data"), "--ice-runs", str(args.ice_runs)],
                platform=args.platform,
                display=server[0] if server else None,
                timeout_s=400,
            )
    if not run.report:
        print(f"child failed ({run.returncode}):\n{run.stderr[-3000:]}")
        return 0
    report(run.report, args.platform)
    return 0


def report(r: dict[str, Any], platform: str) -> None:
    """Print the tables from the child's report."""
    stalls: list[list[float]] = r["stalls"]
    t0 = float(r["t0"])
    ends = list(itertools.accumulate(r["durations"], initial=r["session_start"]))[1:]
    last = len(ends) - 1
    seen: list[list[Any]] = r["seen"]
    work = [i for i, kind in enumerate(r["kinds"]) if kind == "work"]
    recorded = dict(zip(work, r["records"], strict=True)) | {last: r["session_end_at"]}

    def observed(index: int) -> float:
        """When the GUI first showed a later phase than ``index`` (or the end)."""
        if index == last:
            return float(r["session_end_seen"])
        return next(float(at) for at, shown in seen if shown is not None and shown > index)

    boundaries = [
        Miss(
            1000 * (observed(i) - end),
            1000 * (recorded[i] - end) if i in recorded else None,
            in_stall(end, stalls),
            end - t0,
        )
        for i, end in enumerate(ends)
    ]
    ices = [
        Miss(
            1000 * (run["seen"] - run["deadline"]),
            1000 * (run["recorded"] - run["deadline"]),
            in_stall(run["deadline"], stalls),
            run["deadline"] - t0,
        )
        for run in r["ice"]
    ]
    short = ices[1:]
    print()
    print(
        f"Timer accuracy, {platform}: a 300 ms busy-wait on the GUI thread every 5 s "
        f"({len(stalls)} stalls), the app's real QTimers"
    )
    print()
    rows = [
        boundaries[1].row("60 s hold: end"),
        ices[0].row(f"{r['ice'][0]['planned_s'] / 60:.0f} min ice timer: end (last 62.5 s real)"),
        boundaries[last].row(f"session end ({len(ends)} phases, {sum(r['durations']):.1f} s)"),
    ]
    if short:
        worst = max(short, key=lambda m: m.observed)
        rows.append(worst.row(f"{len(short)} more 15 min ice timers: worst end"))
        rows.append(
            [
                "same: median end",
                "",
                "no",
                f"{statistics.median(m.observed for m in short):.1f}",
                "",
                "",
            ]
        )
    print_table(
        ["deadline", "at s", "stall at deadline", "seen ms", "recorded ms", "<= 50 ms"], rows
    )
    free = [b for b in boundaries if not b.stalled]
    stalled = [b for b in boundaries if b.stalled]
    saved = [b.recorded for b in boundaries if b.recorded is not None]
    saved += [m.recorded for m in ices if m.recorded is not None]
    print()
    print_table(
        [f"session boundaries ({len(ends)}) and ice ends ({len(ices)})", "ms"],
        [
            (
                f"seen late, {len(free)} boundaries between stalls: max",
                f"{max(b.observed for b in free):.1f}",
            ),
            ("seen late, same: mean", f"{statistics.mean(b.observed for b in free):.1f}"),
            (
                f"seen late, {len(stalled)} boundaries inside a stall: max",
                f"{max((b.observed for b in stalled), default=float('nan')):.1f}",
            ),
            (
                f"recorded instants ({len(saved)}): sum of errors (cumulative drift)",
                f"{sum(saved):.3f}",
            ),
            ("recorded instants: max abs error", f"{max(abs(e) for e in saved):.3f}"),
        ],
    )
    ok = all(m.observed <= TARGET_MS for m in [*free, *ices] if not m.stalled)
    drift = max(abs(e) for e in saved) < 0.001
    print()
    print(
        f"Seen within {TARGET_MS:.0f} ms of every deadline between stalls: {verdict(ok)}; "
        f"zero drift in recorded instants: {verdict(drift)}"
    )


@dataclass(frozen=True, slots=True)
class Miss:
    """How far one deadline was missed: seen by the GUI, and as recorded (ms)."""

    observed: float
    recorded: float | None
    stalled: bool
    at: float

    def row(self, name: str) -> list[str]:
        """A table row."""
        return [
            name,
            f"{self.at:.1f}",
            "yes" if self.stalled else "no",
            f"{self.observed:.1f}",
            "" if self.recorded is None else f"{self.recorded:.3f}",
            "(stalled)" if self.stalled else verdict(self.observed <= TARGET_MS),
        ]


if __name__ == "__main__":
    raise SystemExit(main())
