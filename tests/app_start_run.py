"""Child process: ``rehab-coach``'s real start (``run_app``) over DATA_DIR, offscreen;
once the app is complete it prints what Home shows, one ``name=value`` a line, and quits.

``python tests/app_start_run.py DATA_DIR``
"""

from __future__ import annotations

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from coach.ui.app import launch

_complete = launch.StagedStart._complete


def _complete_then_report(self: launch.StagedStart) -> None:
    _complete(self)
    home = self.shell.home
    shown = {
        "start_visible": home.start_button.isVisibleTo(home),
        "check_in_visible": home.check_in_button.isVisibleTo(home),
        "paused_visible": home.suspended_box.isVisibleTo(home),
        "paused_text": home.suspended_text.text().replace("\n", " "),
        "plan_title": home.plan_title.text(),
    }
    for name, value in shown.items():
        print(f"{name}={value}", flush=True)
    QApplication.exit(0)


launch.StagedStart._complete = _complete_then_report  # type: ignore[method-assign]

if __name__ == "__main__":
    raise SystemExit(launch.run_app(data_dir=sys.argv[1]))
