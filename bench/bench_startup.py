"""Start-up benchmark: process start to a shown, painted Home window (issues 3 and 6).

Run::

    PYTHONPATH=. .venv/bin/python bench/bench_startup.py [--runs 7] [--profile]

Each run spawns a fresh Python process and times, from just before the spawn,
to the moment the main window's first paint is done (the child prints
``time.monotonic()``, which is system-wide). The app child runs the real
``rehab-coach --data-dir DIR`` path (``coach.app.main``); the bare child shows an
empty ``QWidget`` of the same size. The app starts in two stages: Home (title and
actions) is painted first, then the rest of the app is built and Home shows the
plan; both moments are reported ("Home shown" and "Home with plan"; when the
plan card Home showed last time still matches the saved plan, the first paint
already shows it, so the two are one). Runs
alternate bare/app after one warm-up each; the data folder holds a plan and a
finished session, so "app" is a usual start, and the first, fresh-folder start
is shown separately. Offscreen unless ``--platform xcb`` (then each child gets
its own Xvfb). Targets for "Home shown": app/bare <= 2x (issue 3), <= 1.5x
(issue 6); for "Home with plan": <= 1.5x (issue 10). ``--profile`` adds the
heaviest imports (``python -X importtime``).
"""

from __future__ import annotations

import argparse
import re
import tempfile
import time
from contextlib import nullcontext
from pathlib import Path

from _common import (
    PYCACHE,
    ChildRun,
    emit,
    median,
    memory_mib,
    print_table,
    quit_app,
    run_bare_window,
    run_child,
    run_coach,
    verdict,
    xvfb,
)

SCRIPT = Path(__file__).resolve()
PHASES = {
    "imported": "interpreter + imports (up to coach.ui.app.launch)",
    "build_start": "system check, QApplication, open_store, lock",
    "shell_built": "the shell: settings, theme, window, Home",
    "painted_at": "show, layout, first paint -> Home shown",
    "complete": "the rest of the app (routines, controllers, flow)",
}
"""Marks in the order they happen; "Home with plan" (``ready_at``) is reported apart:
it is the first paint itself when Home's saved plan card matched the plan."""


def usual_data(data_dir: Path) -> Path:
    """A data folder as after a month of use: a plan, 30 sessions, first-start notice seen."""
    from coach.flow.plan import Plan
    from coach.store.demo import seed_demo_history
    from coach.store.opening import open_store

    store = open_store(data_dir).store
    seed_demo_history(store, 30, seed=1)
    plan = Plan("glute_strengthening", "weeks_1_2", "glute_strengthening", store.now() - 86400)
    store.set_setting("plan", plan.to_json())  # type: ignore[arg-type]
    store.set_setting("disclaimer_seen", True)
    store.close()
    return data_dir


def child(kind: str, data_dir: Path) -> int:
    """In the child: start, report the paint time and the marks, quit."""
    marks: dict[str, float] = {}

    def done(_: object) -> None:
        marks.setdefault("painted_at", time.monotonic())
        emit(**marks, rss_mib=memory_mib()[0])
        quit_app()

    if kind == "bare":
        return run_bare_window(done, marks=marks)
    return run_coach(data_dir, done, marks=marks)


def one_run(
    kind: str,
    data_dir: Path,
    platform: str,
    *,
    pycache: Path | None = PYCACHE,
    flags: tuple[str, ...] = (),
) -> ChildRun:
    """Spawn one child (on its own Xvfb for xcb) and wait for it."""
    context = xvfb() if platform == "xcb" else nullcontext(None)
    with context as server:
        run = run_child(
            SCRIPT,
            ["--child", kind, "--data", str(data_dir)],
            platform=platform,
            display=server[0] if server else None,
            timeout_s=60,
            python_flags=flags,
            pycache=pycache,
        )
    if "painted_at" not in run.report:
        raise SystemExit(f"{kind} child failed ({run.returncode}):\n{run.stderr[-3000:]}")
    return run


def seconds(run: ChildRun, mark: str = "painted_at") -> float:
    """Spawn to ``mark`` in seconds."""
    return float(run.report[mark]) - run.spawned_at


def importtime_table(data_dir: Path, platform: str, top: int) -> None:
    """Cumulative import time of the heaviest modules in one app start."""
    run = one_run("app", data_dir, platform, flags=("-X", "importtime"))
    rows: list[tuple[int, int, str]] = []
    for line in run.stderr.splitlines():
        match = re.match(r"import time:\s+(\d+) \|\s+(\d+) \|( *)(\S+)", line)
        if match:
            self_us, cumulative_us, indent, name = match.groups()
            rows.append((int(cumulative_us), int(self_us), f"{indent}{name}"))
    wanted = [r for r in rows if r[2].strip().startswith(("coach", "PySide6", "shiboken6"))]
    print()
    print(f"Heaviest imports in one app start (-X importtime, inflates times), top {top}:")
    print()
    print_table(
        ["module (indent = nesting)", "cumulative ms", "self ms"],
        [
            (name, f"{c / 1000:.1f}", f"{s / 1000:.1f}")
            for c, s, name in sorted(wanted, reverse=True)[:top]
        ],
    )


def main() -> int:
    """Parent: run the children and print the tables."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7, help="timed runs of each kind (>= 5)")
    parser.add_argument("--platform", default="offscreen", choices=("offscreen", "xcb"))
    parser.add_argument("--profile", action="store_true", help="also list the heaviest imports")
    parser.add_argument("--top", type=int, default=25, help="rows of the --profile table")
    parser.add_argument("--child", choices=("bare", "app"), help=argparse.SUPPRESS)
    parser.add_argument("--data", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        return child(args.child, args.data)

    modes: dict[str, Path | None] = {"cached": PYCACHE, "no .pyc": None}
    runs: dict[tuple[str, str], list[ChildRun]] = {}
    with tempfile.TemporaryDirectory(prefix="bench-startup-") as tmp:
        first = one_run("app", Path(tmp) / "new", args.platform)  # also fills the .pyc cache
        first = one_run("app", Path(tmp) / "fresh", args.platform)
        data = usual_data(Path(tmp) / "data")
        one_run("bare", data, args.platform)
        one_run("app", data, args.platform)
        for _ in range(args.runs):
            for mode, pycache in modes.items():
                for kind in ("bare", "app"):
                    run = one_run(kind, data, args.platform, pycache=pycache)
                    runs.setdefault((mode, kind), []).append(run)
        if args.profile:
            importtime_table(data, args.platform, args.top)

    times = {key: [seconds(r) for r in value] for key, value in runs.items()}
    bare = median(times["cached", "bare"])
    print()
    print(
        f"Start-up: process start to the main window's first paint, {args.platform}, "
        f"median of {args.runs} runs, load average before: {_load()}"
    )
    print()
    rows = []
    for mode in modes:
        base = median(times[mode, "bare"])
        rows.append(_row(f"bare PySide6 window ({mode})", times[mode, "bare"], base))
        rows.append(_row(f"Rehab Coach, Home shown ({mode})", times[mode, "app"], base, show=True))
        ready = [seconds(r, "ready_at") for r in runs[mode, "app"]]
        rows.append(_row(f"Rehab Coach, Home with plan ({mode})", ready, base, show=True))
    rows.append(_row("Rehab Coach, first start, new data folder (cached)", [seconds(first)], bare))
    headers = ["measure", "median s", "min s", "max s", "vs bare", "<= 2x", "<= 1.5x"]
    print_table(headers, rows)
    print()
    print("Where the app's time goes (cached .pyc, medians):")
    print()
    app_runs = runs["cached", "app"]
    starts = [0.0] * len(app_runs)
    steps = []
    for mark, label in PHASES.items():
        ends = [seconds(r, mark) for r in app_runs]
        steps.append((label, f"{median([e - s for e, s in zip(ends, starts, strict=True)]):.3f}"))
        starts = ends
    plan_after = [seconds(r, "ready_at") - seconds(r) for r in app_runs]
    steps.append(("Home with plan, after Home shown", f"{median(plan_after):.3f}"))
    bare_imports = median([seconds(r, "imported") for r in runs["cached", "bare"]])
    steps.append(("(bare window: interpreter + PySide6 imports)", f"{bare_imports:.3f}"))
    steps.append(("(bare window: whole start)", f"{bare:.3f}"))
    print_table(["step", "median s"], steps)
    ratio = median(times["cached", "app"]) / bare
    paired = median(
        [a / b for a, b in zip(times["cached", "app"], times["cached", "bare"], strict=True)]
    )
    fastest = min(times["cached", "app"]) / min(times["cached", "bare"])
    print()
    print(
        f"Ratio app/bare (cached .pyc): {ratio:.2f}x (median of back-to-back pairs: "
        f"{paired:.2f}x; fastest app / fastest bare, the least disturbed by other load: "
        f"{fastest:.2f}x) -> issue 3 (<= 2x) {verdict(ratio <= 2)}, "
        f"issue 6 (<= 1.5x) {verdict(ratio <= 1.5)}"
    )
    return 0


def _load() -> str:
    return " ".join(Path("/proc/loadavg").read_text().split()[:3])


def _row(name: str, values: list[float], bare: float, *, show: bool = False) -> list[str]:
    ratio = median(values) / bare
    return [
        name,
        f"{median(values):.3f}",
        f"{min(values):.3f}",
        f"{max(values):.3f}",
        f"{ratio:.2f}x",
        verdict(ratio <= 2) if show else "",
        verdict(ratio <= 1.5) if show else "",
    ]


if __name__ == "__main__":
    raise SystemExit(main())
