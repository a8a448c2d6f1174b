"""Reminder benchmark: CPU with the window hidden and reminders armed, CPU with an ice
timer shown, how late a reminder fires, and memory while hidden.

Run::

    PYTHONPATH=. .venv/bin/python bench/bench_reminders.py [--seconds 60]

Each scenario is a fresh app process (``coach.app.main``, offscreen, real
clocks). The data folder has session reminders (two times a day, far from now)
and ice reminders on; the session bus points nowhere, so no note reaches a
desktop (the notifier falls back at once, as with no notification service).

- hidden: the window is hidden as by "close to tray" after 3 s; 3 s later,
  the process's CPU time over ``--seconds``, its RSS, and how many times the
  reminder timer woke (target: at most once a minute);
- ice shown: a 15 min ice timer runs with its screen shown;
- fires: a reminder is due 3 s ahead ("In 30 min" state); how long after its
  time the notifier was asked to show it, five times.

Targets (issue 13): hidden <= 0.05 % of one core, ice shown <= 0.3 %, a reminder
within 1 s of its time, RSS hidden <= 75 MiB.
"""

from __future__ import annotations

import argparse
import os
import resource
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from _common import (
    emit,
    finish_child,
    memory_mib,
    print_table,
    quit_app,
    run_coach,
    start_child,
    verdict,
    wait_ms,
)

if TYPE_CHECKING:
    from coach.ui.app.bootstrap import BuiltApp

SCRIPT = Path(__file__).resolve()
SETTLE_MS = 3000
FIRES = 5


def cpu_seconds() -> float:
    """CPU seconds of this process, every thread, at microsecond resolution (``getrusage``;
    /proc counts 10 ms ticks, too coarse for 0.05 % of a minute)."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def prepare(data: Path) -> None:
    """A data folder with reminders armed for times far from now."""
    from coach.flow.reminder_settings import SESSION_ON, SESSION_TIMES, THERMAL_ON
    from coach.store.opening import open_store
    from coach.store.setting_values import JsonValue

    far = [(datetime.now() + timedelta(hours=h)).strftime("%H:%M") for h in (6, 12)]
    with open_store(data).store as store:
        store.set_setting(SESSION_ON.key, True)
        times: list[JsonValue] = [*sorted(far)]
        store.set_setting(SESSION_TIMES.key, times)
        store.set_setting(THERMAL_ON.key, True)


def wakes(built: BuiltApp) -> list[float]:
    """Record each run of the reminder check (the only thing its timer does)."""
    runner = built.reminders.runner
    seen: list[float] = []
    check = runner.check

    def counted() -> None:
        seen.append(time.monotonic())
        check()

    runner._timer._on_timeout = counted
    runner.arm()
    return seen


def child(scenario: str, seconds: float) -> None:
    """In the child: put the app in ``scenario``, measure, report, quit."""

    def hidden(built: BuiltApp) -> None:
        seen = wakes(built)
        wait_ms(SETTLE_MS, built.reminders.background.hide_window)  # as closed to the tray

        def measure() -> None:
            start, cpu = time.monotonic(), cpu_seconds()

            def report() -> None:
                wall = time.monotonic() - start
                rss, _ = memory_mib()
                emit(cpu=100 * (cpu_seconds() - cpu) / wall, rss=rss, wakes=len(seen), wall=wall)
                quit_app()

            wait_ms(round(seconds * 1000), report)

        wait_ms(2 * SETTLE_MS, measure)

    def ice(built: BuiltApp) -> None:
        from coach.domain.history import ThermalKind

        built.thermal.start(ThermalKind.ICE, 15)
        built.show_thermal()

        def measure() -> None:
            start, cpu = time.monotonic(), cpu_seconds()

            def report() -> None:
                emit(cpu=100 * (cpu_seconds() - cpu) / (time.monotonic() - start))
                built.thermal.stop_early()
                quit_app()

            wait_ms(round(seconds * 1000), report)

        wait_ms(SETTLE_MS, measure)

    def fires(built: BuiltApp) -> None:
        from coach.flow import reminders as r
        from coach.ui.reminders.reminder_runner import STATE_KEY

        runner = built.reminders.runner
        lateness: list[float] = []

        def once() -> None:
            due = time.time() + 3.0
            runner._save(r.ReminderState(handled_until=time.time(), later_at=due))
            runner.arm()

            def delivered(_: str) -> None:
                built.notifier.delivered.disconnect(delivered)
                lateness.append(time.time() - due)
                built.notifier.withdraw("reminder.session")
                if len(lateness) < FIRES:
                    wait_ms(200, once)
                else:
                    emit(late=lateness, state=built.store.get_setting(STATE_KEY, {}))
                    quit_app()

            built.notifier.delivered.connect(delivered)

        once()

    scenarios = {"hidden": hidden, "ice shown": ice, "fires": fires}
    with tempfile.TemporaryDirectory(prefix="bench-remind-") as tmp:
        data = Path(tmp) / "data"
        prepare(data)
        run_coach(data, scenarios[scenario])


def main() -> int:
    """Parent: one child per scenario, one at a time; print the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child, args.seconds)
        return 0
    os.environ["DBUS_SESSION_BUS_ADDRESS"] = "unix:path=/nonexistent/bench-no-bus"
    results: dict[str, dict[str, Any]] = {}
    for scenario in ("hidden", "ice shown", "fires"):
        process = start_child(SCRIPT, ["--child", scenario, "--seconds", str(args.seconds)],
                              platform="offscreen")  # fmt: skip
        results[scenario] = finish_child(process, timeout_s=args.seconds + 120)
    hidden, ice, fires = results["hidden"], results["ice shown"], results["fires"]
    late = fires.get("late", [])
    most_wakes = max(1, round(args.seconds / 60))
    worst = max(late) if late else None
    measures = [  # label, value, digits, target
        ("hidden, reminders armed: CPU %", hidden.get("cpu"), 3, 0.05),
        ("hidden: reminder timer wakes", hidden.get("wakes"), 0, most_wakes),
        ("hidden: RSS MiB", hidden.get("rss"), 1, 75),
        ("ice timer shown: CPU %", ice.get("cpu"), 3, 0.3),
        (f"reminder lateness, worst of {FIRES}, s", worst, 3, 1.0),
    ]
    rows = [
        [label, _num(value, digits), f"<= {target}", verdict(value is not None and value <= target)]
        for label, value, digits, target in measures
    ]
    print(f"\nReminders, offscreen, {args.seconds:.0f} s windows, one scenario at a time\n")
    print_table(["measure", "value", "target", ""], rows)
    return 0


def _num(value: float | None, digits: int) -> str:
    return "-" if value is None else f"{value:.{digits}f}"


if __name__ == "__main__":
    raise SystemExit(main())
