"""Child process for the sound-server test: a real session in real time, speech on,
while the sound server is killed and started again at the given session times.

``python tests/sound_restart_run.py DATA_DIR SECONDS kill=T start=T ...`` (the
server is ``PULSE_SERVER``'s, started with the command in ``PULSE_START``, its pid
in ``PULSE_PID_FILE``). Prints one JSON line: the session's progress over time and
when sounds started.
"""

from __future__ import annotations

import contextlib
import json
import os
import shlex
import signal
import subprocess
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from coach.domain.history import SymptomsReach
from coach.flow.before import BeforeAnswers
from coach.flow.plan import Plan
from coach.store.opening import open_store
from coach.ui.app.bootstrap import build_app
from coach.ui.app.log_guard import install_log_guard


def main() -> int:
    data, seconds = Path(sys.argv[1]), float(sys.argv[2])
    script = sorted((float(a.split("=")[1]), a.split("=")[0]) for a in sys.argv[3:])
    install_log_guard()  # as the app does
    app = QApplication([])
    store = open_store(data).store
    plan = Plan("piriformis_relief", "stretch", "piriformis_relief", chosen_at=store.now())
    store.set_setting("plan", plan.to_json())  # type: ignore[arg-type]
    built = build_app(store, data_folder=data)
    built.start_speech()
    sounds: list[float] = []
    built.speaker.cue_started.connect(
        lambda _cue: sounds.append(round(time.monotonic() - started, 2))
    )
    built.flow.start_session()
    built.screens.before.get().ready.emit(BeforeAnswers(2, SymptomsReach.BUTTOCK, None))
    started = time.monotonic()  # the script's times count from the session's start
    progress: list[tuple[float, int, float]] = []
    done: list[tuple[str, float]] = []
    while (now := time.monotonic() - started) < seconds:
        while script and now >= script[0][0]:
            _, what = script.pop(0)
            if what == "kill":
                pid = int(Path(os.environ["PULSE_PID_FILE"]).read_text().split()[0])
                with contextlib.suppress(ProcessLookupError):  # already gone
                    os.kill(pid, signal.SIGKILL)
            else:
                # In the background: the session's own loop must not wait for it.
                subprocess.Popen(shlex.split(os.environ["PULSE_START"]))
            done.append((what, round(now, 2)))
        app.processEvents()
        snapshot = built.controller.snapshot()
        assert snapshot is not None
        index = snapshot.phase.index if snapshot.phase is not None else -1
        progress.append((round(now, 2), index, round(snapshot.phase_elapsed_s, 2)))
        time.sleep(0.02)
    built.shutdown()
    report = {"progress": progress, "sounds": sounds, "done": done}
    print(json.dumps(report), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
