"""Memory benchmark: RSS at Home after start-up and peak RSS during a spoken session.

Run (speech needs an audio output; headless, start the PulseAudio null sink first)::

    bash .ci/pulse-null-sink
    PYTHONPATH=. .venv/bin/python bench/bench_memory.py

Three fresh processes, offscreen: a bare PySide6 window (the floor), the app at
Home (``coach.app.main``, 3 s after the first paint, speech worker started as
usual), and the app running a session with the real CueSpeaker: the
"piriformis_relief / standard" level with every dose shortened (holds 6 s, one
rep, get-ready 3 s; self-paced sets are "done" after 2 s), so every exercise,
picture and phrase of the level passes in about a minute. RSS is sampled every
100 ms; VmHWM is the kernel's peak. The speech worker is a separate process and
is listed on its own. Targets: Home <= 90 MiB, session peak <= 130 MiB.
"""

from __future__ import annotations

import argparse
import contextlib
import tempfile
import time
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from _common import (
    begin_session,
    emit,
    finish_child,
    memory_mib,
    print_table,
    quit_app,
    run_bare_window,
    run_coach,
    start_child,
    verdict,
    wait_ms,
    when_speech_ready,
)

if TYPE_CHECKING:
    from coach.domain.routine import Block
    from coach.engine.events import Snapshot
    from coach.ui.app.bootstrap import BuiltApp

SCRIPT = Path(__file__).resolve()
ROUTINE, LEVEL = "piriformis_relief", "standard"
HOME_MIB, SESSION_MIB = 90.0, 130.0


class Sampler:
    """Largest RSS of this process and of the speech worker, sampled every 100 ms."""

    def __init__(self, built: BuiltApp) -> None:
        from PySide6.QtCore import QTimer

        self._built = built
        self.app_peak = 0.0
        self.worker_peak = 0.0
        self._timer = QTimer()
        self._timer.timeout.connect(self.sample)
        self._timer.start(100)

    def sample(self) -> None:
        """Take one sample."""
        self.app_peak = max(self.app_peak, memory_mib()[0])
        pid = self._built.speaker.worker_pid
        if pid is not None:
            with contextlib.suppress(FileNotFoundError, KeyError):
                self.worker_peak = max(self.worker_peak, memory_mib(pid)[1])

    def stop(self) -> None:
        """No more samples."""
        self._timer.stop()


def short_blocks(built: BuiltApp) -> tuple[Block, ...]:
    """The level's blocks, every dose cut down so the session takes about a minute."""
    from coach.domain.routine import DoseMode

    blocks = []
    for block in built.library.routines[ROUTINE].level(LEVEL).blocks:
        dose = replace(
            block.dose,
            reps=1
            if block.dose.mode in (DoseMode.HOLD, DoseMode.TIMED)
            else min(block.dose.reps, 4),
            sets=1,
            seconds=min(block.dose.seconds, 6.0),
            tempo_s=min(block.dose.tempo_s, 2.0),
            rest_between_reps_s=0.0,
            rest_between_sets_s=0.0,
            get_ready_s=3.0,
            switch_s=2.0,
        )
        blocks.append(replace(block, dose=dose))
    return tuple(blocks)


def child_home(data_dir: Path) -> int:
    """At Home, 3 s after the first paint, report RSS (speech starts only when a
    session is being set up, so it is not running here)."""

    def report(built: BuiltApp) -> None:
        rss, hwm = memory_mib()
        pid = built.speaker.worker_pid
        emit(rss=rss, hwm=hwm, worker=memory_mib(pid)[0] if pid else None)
        quit_app()

    return run_coach(data_dir, lambda b: wait_ms(3000, lambda: report(b)))


def child_session(data_dir: Path) -> int:
    """Run the shortened session with speech; report the peaks and what was said."""
    state: dict[str, Any] = {"cues": 0, "done_for": set()}

    def on_update(built: BuiltApp, snapshot: Snapshot) -> None:
        phase = snapshot.phase
        if phase is None or phase.duration_s is not None or phase.index in state["done_for"]:
            return
        state["done_for"].add(phase.index)  # self-paced: press Enter after 2 s
        wait_ms(2000, built.controller.done)

    def on_end(built: BuiltApp, sampler: Sampler) -> None:
        def report() -> None:
            sampler.sample()
            sampler.stop()
            rss, hwm = memory_mib()
            emit(
                rss=rss,
                hwm=hwm,
                sampled_peak=sampler.app_peak,
                worker_peak=sampler.worker_peak,
                cues=state["cues"],
                seconds=time.monotonic() - state["began"],
                fallback=built.speaker.fallback,
            )
            quit_app()

        wait_ms(2500, report)  # let "Session complete" play

    def start(built: BuiltApp) -> None:
        built.start_speech()  # as the before-session screen does
        speaker = built.speaker
        speaker.cue_started.connect(lambda _cue: state.__setitem__("cues", state["cues"] + 1))
        sampler = Sampler(built)
        built.controller.updated.connect(lambda s: on_update(built, s))
        built.controller.ended.connect(lambda _e: on_end(built, sampler))
        state["began"] = time.monotonic()
        begin_session(built, short_blocks(built), routine_id=ROUTINE)

    return run_coach(data_dir, lambda b: when_speech_ready(b, lambda: start(b)))


def child_bare() -> int:
    """A bare window: RSS one second after the first paint."""

    def report(_: object) -> None:
        def later() -> None:
            rss, hwm = memory_mib()
            emit(rss=rss, hwm=hwm)
            quit_app()

        wait_ms(1000, later)

    return run_bare_window(report)


def main() -> int:
    """Parent: run the three children one after the other and print the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--child", choices=("bare", "home", "session"), help=argparse.SUPPRESS)
    parser.add_argument("--data", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child == "bare":
        return child_bare()
    if args.child == "home":
        return child_home(args.data)
    if args.child == "session":
        return child_session(args.data)

    reports: dict[str, dict[str, Any]] = {}
    with tempfile.TemporaryDirectory(prefix="bench-memory-") as tmp:
        for kind in ("bare", "home", "session"):
            child = start_child(
                SCRIPT, ["--child", kind, "--data", f"{tmp}/data"], platform="offscreen"
            )
            reports[kind] = finish_child(child, timeout_s=240)
    bare, home, session = reports["bare"], reports["home"], reports["session"]
    if not (bare and home and session):
        print("a child failed; see above")
        return 0
    print()
    print("Memory (MiB), offscreen; app process, speech worker listed on its own")
    print()
    worker_home = f"{home['worker']:.1f}" if home.get("worker") else "not running"
    print_table(
        ["measure", "app RSS", "app peak (VmHWM)", "vs bare", "speech worker", "target", ""],
        [
            ["bare PySide6 window", f"{bare['rss']:.1f}", f"{bare['hwm']:.1f}", "", "", "", ""],
            [
                "Rehab Coach at Home (3 s after start-up)",
                f"{home['rss']:.1f}",
                f"{home['hwm']:.1f}",
                f"+{home['rss'] - bare['rss']:.1f}",
                worker_home,
                f"<= {HOME_MIB:.0f}",
                verdict(home["rss"] <= HOME_MIB),
            ],
            [
                f"session with speech ({session['seconds']:.0f} s, {session['cues']} cues played)",
                f"{session['sampled_peak']:.1f} (max sampled)",
                f"{session['hwm']:.1f}",
                f"+{session['hwm'] - bare['hwm']:.1f}",
                f"{session['worker_peak']:.1f} (peak)",
                f"<= {SESSION_MIB:.0f}",
                verdict(session["hwm"] <= SESSION_MIB),
            ],
        ],
    )
    print()
    fallback, cues = session.get("fallback"), session["cues"]
    if fallback:
        print(f"Speech fell back to captions: {fallback}")
    elif not cues:
        print("Speech: no cue was played (the worker never became ready?)")
    else:
        print(f"Speech: {cues} cues played by the real CueSpeaker (pyttsx3 worker, Qt Multimedia)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
