"""Idle CPU benchmark: the app's CPU use over 60 s at Home, with an ice timer, during a hold.

Run::

    PYTHONPATH=. .venv/bin/python bench/bench_idle_cpu.py [--seconds 60] [--serial]

Each scenario is a fresh app process (``coach.app.main``) with the real clocks,
speech worker and QTimers. After the first paint and the speech worker's
hello, 3 s to settle, then the scenario starts and the child reads its own
CPU time (``getrusage``: every thread) before and after ``--seconds``:

- home: nothing happens;
- ice: a 15 min ice timer runs, its screen shown (mm:ss changes every second);
- hold: a 75 s hold starts (figure eases into the end pose over 2 s, then the
  countdown ticks; cues are spoken);
- timed reps: 25 reps of 3 s, so the figure moves the whole time (20 fps).

Offscreen and, when Xvfb is installed, under a private Xvfb (xcb), whose own
CPU time is shown too (it does the X side of painting). The speech worker is a
separate process, listed on its own. Scenarios run side by side to keep the
run short (``--serial`` for one at a time). Targets, % of one core: Home <= 0.2,
ice <= 0.5, hold <= 3.
"""

from __future__ import annotations

import argparse
import resource
import tempfile
import time
from contextlib import ExitStack
from pathlib import Path
from typing import TYPE_CHECKING, Any

from _common import (
    begin_session,
    bench_block,
    cpu_seconds,
    emit,
    finish_child,
    have_xvfb,
    print_table,
    quit_app,
    run_coach,
    start_child,
    verdict,
    wait_ms,
    when_speech_ready,
    xvfb,
)

if TYPE_CHECKING:
    from coach.ui.app.bootstrap import BuiltApp

SCRIPT = Path(__file__).resolve()
SCENARIOS = {"home": "<= 0.2", "ice": "<= 0.5", "hold": "<= 3.0", "timed reps": "(<= 3.0)"}
"""Scenario -> target, % of one core (in brackets: not a target, compared for scale)."""
SETTLE_MS = 3000


def own_cpu() -> float:
    """CPU seconds of this process, all threads."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def other_cpu(pid: int | None) -> float | None:
    """CPU seconds of another process (None if there is none)."""
    if pid is None:
        return None
    try:
        return cpu_seconds(pid)
    except (FileNotFoundError, ProcessLookupError):
        return None


def start_scenario(built: BuiltApp, scenario: str) -> None:
    """Put the app into ``scenario``."""
    from coach.domain.history import ThermalKind
    from coach.domain.routine import DoseMode

    if scenario == "ice":
        built.thermal.start(ThermalKind.ICE, 15)
        built.show_thermal()
    elif scenario == "hold":
        block = bench_block(built, "lying_piriformis_stretch", mode=DoseMode.HOLD, seconds=75.0)
        begin_session(built, [block], routine_id="bench")
    elif scenario == "timed reps":
        block = bench_block(built, "squat", mode=DoseMode.TIMED_REPS, reps=25, tempo_s=3.0)
        begin_session(built, [block], routine_id="bench")


def child(data_dir: Path, scenario: str, seconds: float, xserver: int | None) -> int:
    """In the child: settle, start the scenario, measure ``seconds``, report."""

    def measure(built: BuiltApp) -> None:
        worker = built.speaker.worker_pid
        before = (time.monotonic(), own_cpu(), other_cpu(xserver), other_cpu(worker))
        start_scenario(built, scenario)

        def report() -> None:
            after = (time.monotonic(), own_cpu(), other_cpu(xserver), other_cpu(worker))
            wall = after[0] - before[0]
            shares = [
                None if b is None or a is None else 100 * (a - b) / wall
                for b, a in zip(before[1:], after[1:], strict=True)
            ]
            emit(wall=wall, app=shares[0], xserver=shares[1], worker=shares[2])
            quit_app()

        wait_ms(round(seconds * 1000), report)

    return run_coach(
        data_dir,
        lambda built: when_speech_ready(built, lambda: wait_ms(SETTLE_MS, lambda: measure(built))),
    )


def main() -> int:
    """Parent: start the children, collect, print the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=60.0, help="measured window per scenario")
    parser.add_argument("--serial", action="store_true", help="one scenario at a time")
    parser.add_argument("--no-xvfb", action="store_true", help="offscreen only")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--data", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--xserver", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        return child(args.data, args.child, args.seconds, args.xserver)

    platforms = ["offscreen"] + (["xcb"] if have_xvfb() and not args.no_xvfb else [])
    results: dict[tuple[str, str], dict[str, Any]] = {}
    with tempfile.TemporaryDirectory(prefix="bench-cpu-") as tmp, ExitStack() as stack:
        pending = []
        for platform in platforms:
            for n, scenario in enumerate(SCENARIOS):
                extra: list[str] = []
                display = None
                if platform == "xcb":
                    display, pid = stack.enter_context(xvfb())
                    extra = ["--xserver", str(pid)]
                data = f"{tmp}/{platform}-{n}"
                command = ["--child", scenario, "--data", data, "--seconds", str(args.seconds)]
                process = start_child(SCRIPT, command + extra, platform=platform, display=display)
                pending.append(((platform, scenario), process))
                if args.serial:
                    results[pending[-1][0]] = finish_child(process)
        for key, process in pending:
            if key not in results:
                results[key] = finish_child(process, timeout_s=args.seconds + 120)

    print()
    print(
        f"Idle CPU, % of one core over {args.seconds:.0f} s (process CPU time / wall time), "
        f"{'one at a time' if args.serial else 'scenarios side by side'}"
    )
    print()
    rows = []
    for platform in platforms:
        for scenario, target in SCENARIOS.items():
            r = results.get((platform, scenario), {})
            app = r.get("app")
            rows.append(
                [
                    f"{scenario} ({platform})",
                    _pct(app),
                    _pct(r.get("xserver")) if platform == "xcb" else "",
                    _pct(r.get("worker")),
                    target,
                    verdict(app is not None and app <= float(target.strip("(<=) "))),
                ]
            )
    print_table(["scenario", "app %", "Xvfb %", "speech worker %", "target", ""], rows)
    return 0


def _pct(value: float | None) -> str:
    return "-" if value is None else f"{value:.2f}"


if __name__ == "__main__":
    raise SystemExit(main())
