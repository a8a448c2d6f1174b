"""Shared by the start-up, memory, idle-CPU and timer benchmarks.

Parent side: spawn a benchmark's child process (offscreen, or on its own Xvfb
display), read its ``BENCH {json}`` report, read /proc, print tables.
Child side: start the real app exactly as ``rehab-coach --data-dir DIR`` does
(``coach.app.main``) or a bare PySide6 window, and call back once the window's
first paint is done. Qt is imported only inside the child-side functions.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from coach.domain.routine import Block
    from coach.engine.clock import Clock
    from coach.store.opening import OpenResult
    from coach.ui.app.bootstrap import BuiltApp
    from coach.ui.app.launch import StagedStart
    from coach.ui.app.shell import Shell

REPO = Path(__file__).resolve().parents[1]
MARK = "BENCH "
WINDOW_SIZE = (1100, 760)
"""The size MainWindow gives itself; the bare window gets the same."""
CLK_TCK = os.sysconf("SC_CLK_TCK")
PYCACHE = Path(tempfile.gettempdir()) / "rehab-coach-bench-pycache"
"""Bytecode cache for the children (PYTHONPYCACHEPREFIX), outside the repo."""

# -- parent side ---------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ChildRun:
    """One finished child: its report, when it was spawned, and its exit code."""

    report: dict[str, Any]
    spawned_at: float
    """``time.monotonic()`` just before the spawn (CLOCK_MONOTONIC is system-wide)."""
    returncode: int
    stderr: str


def child_env(
    platform: str, display: str | None = None, *, pycache: Path | None = PYCACHE
) -> dict[str, str]:
    """The environment for a child: the repo importable, ``platform`` as Qt platform.

    With ``pycache`` the child reads and writes bytecode there (as an installed
    app would have it cached; the repo stays clean); None: never write bytecode,
    so every ``coach`` module is compiled at each start.
    """
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = platform
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), env.get("PYTHONPATH")]))
    env.pop("PYTHONPROFILEIMPORTTIME", None)
    if pycache is not None:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(pycache)
    else:
        env.pop("PYTHONPYCACHEPREFIX", None)
        env["PYTHONDONTWRITEBYTECODE"] = "1"
    if display is not None:
        env["DISPLAY"] = display
    return env


def run_child(
    script: str | Path,
    args: Sequence[str],
    *,
    platform: str = "offscreen",
    display: str | None = None,
    timeout_s: float = 300.0,
    python_flags: Sequence[str] = (),
    pycache: Path | None = PYCACHE,
) -> ChildRun:
    """Run ``python script args`` to completion and return its last ``BENCH`` report."""
    command = [sys.executable, *python_flags, str(script), *args]
    env = child_env(platform, display, pycache=pycache)
    spawned_at = time.monotonic()
    done = subprocess.run(
        command,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout_s,
        check=False,
    )
    reports = [line[len(MARK) :] for line in done.stdout.splitlines() if line.startswith(MARK)]
    report: dict[str, Any] = json.loads(reports[-1]) if reports else {}
    return ChildRun(report, spawned_at, done.returncode, done.stderr)


def start_child(
    script: str | Path, args: Sequence[str], *, platform: str, display: str | None = None
) -> subprocess.Popen[str]:
    """Start a child without waiting (several run side by side); see :func:`finish_child`."""
    return subprocess.Popen(
        [sys.executable, str(script), *args],
        env=child_env(platform, display),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def finish_child(process: subprocess.Popen[str], timeout_s: float = 300.0) -> dict[str, Any]:
    """Wait for a child started with :func:`start_child`; its last report (``{}`` if none)."""
    try:
        out, err = process.communicate(timeout=timeout_s)
    except subprocess.TimeoutExpired:
        process.kill()
        out, err = process.communicate()
    reports = [line[len(MARK) :] for line in out.splitlines() if line.startswith(MARK)]
    if not reports:
        print(
            f"child exited {process.returncode} without a report:\n{err[-2000:]}", file=sys.stderr
        )
        return {}
    report: dict[str, Any] = json.loads(reports[-1])
    return report


@contextmanager
def xvfb() -> Iterator[tuple[str, int]]:
    """A private Xvfb server for one child: yields its DISPLAY and pid."""
    read, write = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        pass_fds=(write,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    try:
        with os.fdopen(read) as pipe:
            number = pipe.readline().strip()
        if not number:
            raise RuntimeError("Xvfb did not start")
        yield f":{number}", server.pid
    finally:
        server.terminate()
        server.wait(timeout=10)


def have_xvfb() -> bool:
    """Whether an Xvfb binary is on PATH."""
    return any((Path(p) / "Xvfb").is_file() for p in os.environ.get("PATH", "").split(os.pathsep))


def cpu_seconds(pid: int | str = "self") -> float:
    """User + system CPU seconds used so far by process ``pid`` (from /proc/<pid>/stat)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / CLK_TCK


def memory_mib(pid: int | str = "self") -> tuple[float, float]:
    """(current RSS, peak RSS) of ``pid`` in MiB, from VmRSS and VmHWM."""
    values = {}
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        key, _, rest = line.partition(":")
        if key in ("VmRSS", "VmHWM"):
            values[key] = int(rest.split()[0]) / 1024
    return values["VmRSS"], values["VmHWM"]


def median(values: Sequence[float]) -> float:
    """The median (NaN for no values)."""
    return statistics.median(values) if values else float("nan")


def print_table(headers: Sequence[str], rows: Sequence[Sequence[object]]) -> None:
    """A Markdown table: first column left-aligned, the others right-aligned."""
    cells = [[str(h) for h in headers], *[[str(c) for c in row] for row in rows]]
    widths = [max(len(row[i]) for row in cells) for i in range(len(headers))]

    def line(row: Sequence[str]) -> str:
        parts = [
            row[0].ljust(widths[0]),
            *(c.rjust(w) for c, w in zip(row[1:], widths[1:], strict=True)),
        ]
        return "| " + " | ".join(parts) + " |"

    print(line(cells[0]))
    print("|" + "|".join(["-" * (widths[0] + 2)] + ["-" * (w + 1) + ":" for w in widths[1:]]) + "|")
    for row in cells[1:]:
        print(line(row))


def verdict(ok: bool) -> str:
    """ "pass" or "MISS" for a table cell."""
    return "pass" if ok else "MISS"


# -- child side ------------------------------------------------------------------------


def emit(**values: object) -> None:
    """Report ``values`` to the parent (one JSON line on stdout)."""
    print(MARK + json.dumps(values), flush=True)


def run_bare_window(
    on_painted: Callable[[QWidget], None], *, marks: dict[str, float] | None = None
) -> int:
    """A bare PySide6 window of the app's size: show it, call back after its first paint."""
    from PySide6.QtWidgets import QApplication, QWidget

    from coach.ui.app.first_paint import after_first_paint

    if marks is not None:
        marks["imported"] = time.monotonic()
    app = QApplication(sys.argv[:1])
    window = QWidget()
    window.resize(*WINDOW_SIZE)
    after_first_paint(window, lambda: on_painted(window))
    window.show()
    return app.exec()


def run_coach(
    data_dir: Path,
    on_ready: Callable[[BuiltApp], None],
    *,
    wall: Clock | None = None,
    mono: Clock | None = None,
    marks: dict[str, float] | None = None,
) -> int:
    """Run the app as ``rehab-coach --data-dir DIR`` (system check, store, lock, Home
    painted first, the rest right after) and call back once the completed app (Home
    with its plan) has painted.

    ``wall``/``mono`` replace the app's clocks. The callback may start more work;
    end with :func:`quit_app` and ``run_app`` shuts the app down as usual.
    ``marks`` gets ``time.monotonic()`` when the app's modules are imported, around
    building the shell, at its first paint (``painted_at``), when the app is complete,
    when Home first painted with its plan (``ready_at``: the first paint itself when
    Home's saved plan card matched, else once the completed app painted) and around
    ``start_speech``.
    """
    import coach.ui.app.launch as launch
    from coach.app import main
    from coach.ui.app.first_paint import after_first_paint
    from coach.ui.app.shell import build_shell

    marks = marks if marks is not None else {}
    marks["imported"] = time.monotonic()
    complete = launch.StagedStart._complete

    def watched_shell(opened: OpenResult, **kwargs: Any) -> Shell:
        marks["build_start"] = time.monotonic()
        kwargs.update({k: v for k, v in (("wall", wall), ("mono", mono)) if v is not None})
        shell = build_shell(opened, **kwargs)
        marks["shell_built"] = time.monotonic()
        return shell

    def watched_complete(start: StagedStart) -> None:
        marks["painted_at"] = time.monotonic()
        if start.shell.home.shown.plan_title:  # the plan card was in the first paint
            marks["ready_at"] = marks["painted_at"]
        complete(start)
        marks["complete"] = time.monotonic()
        built = start.built
        if built is None:
            return
        start_speech = built.start_speech

        def timed_speech_start() -> None:
            marks["speech_start"] = time.monotonic()
            start_speech()
            marks["speech_end"] = time.monotonic()

        def ready() -> None:
            marks.setdefault("ready_at", time.monotonic())
            on_ready(built)

        built.start_speech = timed_speech_start  # type: ignore[method-assign]
        home = built.window.screen_named("home")
        after_first_paint(home, ready)
        home.update()

    launch.build_shell = watched_shell  # type: ignore[attr-defined]
    launch.StagedStart._complete = watched_complete  # type: ignore[method-assign,assignment]
    return main(["--data-dir", str(data_dir)])


def quit_app() -> None:
    """Leave the Qt event loop, even mid-session (``run_app`` then shuts the app down).

    ``exit`` rather than ``quit``: Qt 6's ``quit()`` first asks every window to
    close, and the app's window asks for confirmation while a session runs.
    """
    from PySide6.QtWidgets import QApplication

    QApplication.exit(0)


def begin_session(built: BuiltApp, blocks: Sequence[Block], *, routine_id: str) -> int:
    """Start ``blocks`` as the flow does after the before-session questions; the session id."""
    session_id = built.store.start_session(routine_id=routine_id, level_id="bench", pain_before=2)
    player = built.window.screen_named("session")
    player.reset()  # type: ignore[attr-defined]
    built.window.show_screen("session")
    built.controller.begin(tuple(blocks), session_id=session_id, pre_pain=2)
    return session_id


def bench_block(built: BuiltApp, exercise_id: str, **dose: Any) -> Block:
    """A block of a real library exercise with the given dose fields (get-ready 0 by default)."""
    from coach.domain.routine import Block, Dose

    exercise = built.library.exercises[exercise_id]
    fields: dict[str, Any] = {"get_ready_s": 0.0, "switch_s": 0.0, **dose}
    return Block(exercise=exercise, dose=replace(Dose(mode=fields.pop("mode"), reps=1), **fields))


def wait_ms(ms: int, then: Callable[[], None]) -> None:
    """Run ``then`` from the event loop after ``ms`` milliseconds."""
    from PySide6.QtCore import QTimer

    QTimer.singleShot(ms, then)


def when_speech_ready(
    built: BuiltApp, then: Callable[[], None], *, timeout_ms: int = 15_000
) -> None:
    """Call ``then()`` once the speech worker has said hello (or after ``timeout_ms``)."""
    if getattr(built.speaker, "speech_ready", False) or timeout_ms <= 0:
        then()
        return
    wait_ms(100, lambda: when_speech_ready(built, then, timeout_ms=timeout_ms - 100))
