"""Child process for the store-fault tests: the real app runs a session while the
store fails in the way MODE says, then the fault goes away.

``python tests/store_fault_run.py MODE DATA_DIR`` prints one JSON line of what it
saw. MODE: ``full`` (file writes refused: RLIMIT_FSIZE, as on a full disk),
``busy`` (another process holds the write lock), ``readonly`` (history.db can't be
written; run it as a user who does not own root's powers).
"""

from __future__ import annotations

import json
import os
import resource
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from coach.domain.history import SessionStatus, SymptomsReach
from coach.domain.triage import QuestionId as Q
from coach.domain.triage import TriageAnswers, pre_session_check
from coach.engine.clock import FakeClock
from coach.flow.before import BeforeAnswers
from coach.flow.plan import Plan
from coach.store.opening import open_store
from coach.ui.app.bootstrap import BuiltApp, build_app
from coach.ui.session.session_controller import RETRY_MS

LOCKER = (
    "import sqlite3, sys\n"
    "db = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
    "db.execute('BEGIN IMMEDIATE')\n"
    "print('LOCKED', flush=True)\n"
    "sys.stdin.readline()\n"
)


def plan_json(now: float) -> object:
    """The plan every fault run follows."""
    return Plan("piriformis_relief", "stretch", "piriformis_relief", chosen_at=now).to_json()


class Run:
    def __init__(self, data: Path) -> None:
        self.app = QApplication([])
        self.wall, self.mono = FakeClock(time.time()), FakeClock(100.0)
        self.opened = open_store(data, clock=self.wall)
        self.store = self.opened.store
        if self.store.get_setting("plan", None) is None:  # readonly: set by the test
            self.store.set_setting("plan", plan_json(self.wall.now()))  # type: ignore[arg-type]
            self.store.set_setting("region", "UK")  # not a first start: no region question
        self.built: BuiltApp = build_app(
            self.store, data_folder=data, wall=self.wall, mono=self.mono
        )
        self.longest_tick_s = 0.0
        self.told: list[str] = []
        self.built.controller.saving.connect(self.told.append)

    def start_session(self) -> None:
        self.built.flow.start_session()
        self.built.screens.before.get().ready.emit(BeforeAnswers(2, SymptomsReach.BUTTOCK, None))

    @property
    def controller(self):  # type: ignore[no-untyped-def]
        return self.built.controller

    def units(self) -> int:
        return len(self.controller.records())

    def advance_until(self, done: Callable[[], bool]) -> None:
        """Half-second steps of session time, timing each tick (the GUI thread's work)."""
        for _ in range(2000):
            if done():
                return
            self.wall.advance(0.5)
            self.mono.advance(0.5)
            started = time.perf_counter()
            self.controller.tick()
            self.longest_tick_s = max(self.longest_tick_s, time.perf_counter() - started)
            self.app.processEvents()
        raise AssertionError("the session did not get there")

    def wait_for_retry(self) -> float:
        """Real time until the retry timer saved everything (it runs every RETRY_MS)."""
        started = time.monotonic()
        deadline = started + 3 * RETRY_MS / 1000
        while self.controller.unsaved and time.monotonic() < deadline:
            self.app.processEvents()
            time.sleep(0.01)
        return time.monotonic() - started

    def notices(self) -> list[str]:
        return [key for key in self.built.window.notices._keys if key != "disclaimer_seen"]


def faulty_session(
    run: Run, fault_on: Callable[[], None], fault_off: Callable[[], None]
) -> dict[str, object]:
    run.start_session()
    session_id = run.controller.session_id
    run.advance_until(lambda: run.units() >= 2)
    saved_before = len(run.store.steps(session_id))
    fault_on()
    run.longest_tick_s = 0.0  # time the ticks that write during the fault
    phase_before = run.controller.snapshot().phase.index
    run.advance_until(lambda: run.units() >= 5)
    moved = run.controller.snapshot().phase.index > phase_before
    unsaved = run.controller.unsaved
    notices = run.notices()
    fault_off()
    waited = run.wait_for_retry()
    run.controller.stop("test")
    record = run.controller.finish_session(session_id, status=SessionStatus.STOPPED)
    return {
        "saved_before": saved_before,
        "unsaved_during": unsaved,
        "notices_during": notices,
        "session_moved": moved,
        "longest_tick_ms": round(run.longest_tick_s * 1000, 1),
        "retry_waited_s": round(waited, 2),
        "unsaved_after": run.controller.unsaved,
        "units_in_engine": run.units(),
        "units_in_db": len(run.store.steps(session_id)),
        "status": record.status.value if record else None,
        "notices_after": run.notices(),
        "told": run.told,
    }


def main() -> int:
    mode, data = sys.argv[1], Path(sys.argv[2])
    run = Run(data)
    if mode == "full":
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a refused write, not a killed process
        soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
        result = faulty_session(
            run,
            lambda: resource.setrlimit(resource.RLIMIT_FSIZE, (1, hard)),
            lambda: resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard)),
        )
    elif mode == "busy":
        holder: list[subprocess.Popen[str]] = []

        def lock() -> None:
            locker = subprocess.Popen(
                [sys.executable, "-c", LOCKER, str(data / "history.db")],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                text=True,
            )
            assert locker.stdout is not None and locker.stdout.readline() == "LOCKED\n"
            holder.append(locker)

        def unlock() -> None:
            holder[0].communicate("\n", timeout=10)

        result = faulty_session(run, lock, unlock)
    else:  # readonly: the app must start, say so, and keep its buttons working
        run.start_session()
        result = {
            "notices": run.notices(),
            "screen": run.built.window.current_screen_name(),
            "session_started": run.controller.session_id is not None,
        }
        # A red flag at the re-check, a settings change and a reminder pause: each is
        # said, none raises out of its slot.
        run.built.flow.start_session()
        config = run.built.triage
        answers = TriageAnswers(
            {q.id: frozenset() for q in config.check_questions if q.id is not Q.CHECK_BONES}
        ).with_answer(Q.CHECK_LEGS, frozenset({"both_legs"}))
        outcome = pre_session_check(answers, config)
        assert outcome is not None
        run.built.screens.before.get().red_flag.emit(outcome, answers)
        run.built.apply_settings(replace(run.built.settings, text_size=130))
        run.built.reminders.pause("hour")
        run.app.processEvents()
        result["later_notices"] = run.notices()
        result["later_screen"] = run.built.window.current_screen_name()
        result["text_size"] = run.built.settings.text_size
    run.built.shutdown()
    print(json.dumps(result), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
