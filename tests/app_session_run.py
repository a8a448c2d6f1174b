"""Child process for the crash test: the real app runs a session, then waits to be killed.

``python tests/app_session_run.py DATA_DIR UNITS`` prints ``READY n`` once ``n``
units are saved, then sleeps until it is killed.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from coach.domain.history import SymptomsReach
from coach.engine.clock import FakeClock
from coach.flow.before import BeforeAnswers
from coach.flow.plan import Plan
from coach.store.opening import open_store
from coach.ui.app.bootstrap import build_app


def main() -> int:
    data, units = Path(sys.argv[1]), int(sys.argv[2])
    app = QApplication([])
    wall, mono = FakeClock(time.time()), FakeClock(100.0)
    opened = open_store(data, clock=wall)
    built = build_app(opened.store, data_folder=data, wall=wall, mono=mono)
    plan = Plan("piriformis_relief", "stretch", "piriformis_relief", chosen_at=wall.now())
    opened.store.set_setting("plan", plan.to_json())  # type: ignore[arg-type]
    built.flow.start_session()
    built.screens.before.get().ready.emit(BeforeAnswers(2, SymptomsReach.BUTTOCK, None))
    session_id = built.controller.session_id
    assert session_id is not None
    while len(opened.store.steps(session_id)) < units:
        wall.advance(0.5)
        mono.advance(0.5)
        built.controller.tick()
        app.processEvents()
    print(f"READY {len(opened.store.steps(session_id))} {session_id}", flush=True)
    time.sleep(600)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
