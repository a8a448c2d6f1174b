"""Start on login: an XDG autostart entry that starts the app hidden, on or off.

The entry lives in ``$XDG_CONFIG_HOME/autostart`` (``~/.config/autostart``);
"on" means the file exists, as Stretchly does. It runs the same program this
process was started from, with ``--hidden`` and the data folder.
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from coach.ui.app.launch import APP_ID


def autostart_file() -> Path:
    """Where the autostart entry goes."""
    config = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(config) / "autostart" / f"{APP_ID}.desktop"


def _quote(arg: str) -> str:
    """One Exec argument, quoted as the desktop entry spec asks when needed."""
    if not any(c in arg for c in ' \t"\\`$'):
        return arg
    escaped = "".join("\\" + c if c in '"`$\\' else c for c in arg)
    return f'"{escaped}"'


def launch_command(data_folder: Path) -> list[str]:
    """This program, started hidden with ``data_folder``."""
    if getattr(sys, "frozen", False):
        program = [sys.executable]
    elif installed := shutil.which("rehab-coach"):
        program = [installed]
    else:
        program = [sys.executable, "-m", "coach"]
    return [*program, "--data-dir", str(data_folder), "--hidden"]


def set_autostart(on: bool, *, data_folder: Path) -> str:
    """Write or remove the entry; "" on success, else what went wrong, in plain words in
    the app's language."""
    path = autostart_file()
    try:
        if not on:
            path.unlink(missing_ok=True)
            return ""
        path.parent.mkdir(parents=True, exist_ok=True)
        command = " ".join(_quote(a) for a in launch_command(data_folder))
        path.write_text(
            "[Desktop Entry]\nType=Application\nName=Rehab Coach\n"
            "Comment=Reminders for your rehab sessions and ice or heat\n"
            f"Exec={command}\nIcon={APP_ID}\nTerminal=false\nStartupNotify=false\n"
            "X-GNOME-Autostart-enabled=true\n",
            encoding="utf-8",
        )
    except OSError as error:
        said = QCoreApplication.translate(
            "ReminderParts", "Could not change start on login ({path}): {error}"
        )
        return said.format(path=path, error=error.strerror or error)
    return ""
