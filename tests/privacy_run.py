"""Child process for the privacy test: a whole session, an ice timer and both exports.

Run as ``python tests/privacy_run.py DATA_DIR EXPORT_DIR``; prints DONE at the end.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from coach.domain.history import SymptomsReach, ThermalKind
from coach.engine.clock import FakeClock
from coach.flow.before import BeforeAnswers
from coach.flow.plan import Plan
from coach.store.opening import open_store
from coach.ui.app.bootstrap import build_app
from coach.ui.session.after_session import AfterAnswers


def main() -> int:
    data, exports = Path(sys.argv[1]), Path(sys.argv[2])
    app = QApplication([])
    wall, mono = FakeClock(1_763_800_000.0), FakeClock(100.0)
    opened = open_store(data, clock=wall)
    built = build_app(opened.store, data_folder=data, wall=wall, mono=mono)
    built.window.show()
    built.start_speech()
    plan = Plan("doms_recovery", "light", "doms_recovery", chosen_at=wall.now(), first_pain=3)
    opened.store.set_setting("plan", plan.to_json())  # type: ignore[arg-type]
    built.flow.start_session()
    screens = built.screens
    screens.before.get().ready.emit(BeforeAnswers(3, SymptomsReach.BUTTOCK, None))
    while built.controller.is_active():
        wall.advance(1.0)
        mono.advance(1.0)
        built.controller.tick()
        app.processEvents()
    screens.after.get().saved.emit(AfterAnswers(2, False, False))
    built.thermal.start(ThermalKind.ICE, 5)
    for _ in range(5 * 60 + 2):
        wall.advance(1.0)
        mono.advance(1.0)
        built.thermal.refresh()
    app.processEvents()
    built.show_history()
    history = built.window.screen_named("history")
    ok = history.export_csv(exports)  # type: ignore[attr-defined]
    ok = ok and history.export_pdf(exports / "summary.pdf")  # type: ignore[attr-defined]
    built.shutdown()
    print("DONE" if ok else "EXPORT FAILED", flush=True)
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
