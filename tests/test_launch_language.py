"""Start-up errors are said in the person's language: the translator is installed
before the store is opened (the saved language if it can be read, else the system's)."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import pytest
from coach_process import start_coach

from coach.store.datadir import DB_FILENAME
from coach.store.migrations import MIGRATIONS
from coach.store.opening import open_store

GERMAN = {"LANG": "de_DE.UTF-8", "LC_ALL": "de_DE.UTF-8", "LANGUAGE": "de"}
QT_LOCALE_WARNINGS = (
    "Detected locale",
    "Qt depends on a UTF-8 locale",
    "If this causes problems, reconfigure your locale",
    "for more information.",
)
"""Qt's four lines when the system lacks the locale asked for (de_DE in a container)."""
ENGLISH = {"LANG": "en_US.UTF-8", "LC_ALL": "en_US.UTF-8", "LANGUAGE": "en"}


def fatal_line(data_dir: Path, env: dict[str, str]) -> str:
    """Start the real app and read the first line it says on standard error: the text
    of the message box `launch.fatal` shows (the box waits for a click, so stop it)."""
    process = start_coach(data_dir, env=env)
    assert process.stderr is not None
    watchdog = threading.Timer(30, process.kill)  # never hang on a missing line
    watchdog.start()
    try:
        first = process.stderr.readline()
        while first.startswith(QT_LOCALE_WARNINGS):
            first = process.stderr.readline()
    finally:
        watchdog.cancel()
        process.kill()
        rest = process.communicate(timeout=10)[1]
    assert "Traceback" not in rest
    return first.rstrip("\n")


def test_a_data_folder_that_cannot_be_created_is_said_in_german(tmp_path: Path) -> None:
    blocker = tmp_path / "blocker"
    blocker.write_text("a file")
    said = fatal_line(blocker / "data", GERMAN)
    assert said == (
        f"Der Datenordner {blocker / 'data'} kann nicht angelegt werden: Ein Teil dieses "
        "Pfads ist eine Datei, kein Ordner. Wählen Sie mit --data-dir einen anderen Ordner."
    )


def test_a_history_file_that_is_a_folder_is_said_in_german(tmp_path: Path) -> None:
    (tmp_path / DB_FILENAME).mkdir()
    said = fatal_line(tmp_path, GERMAN)
    assert said.startswith(f"Der Verlauf kann nicht geöffnet werden: {tmp_path / DB_FILENAME}")


@pytest.mark.parametrize(
    ("saved", "expected"),
    [
        ("de", "Dieser Verlauf wurde von einer neueren Version von Rehab Coach gespeichert"),
        ("en", "This history was saved by a newer version of Rehab Coach"),
    ],
)
def test_a_history_it_cannot_open_is_said_in_the_saved_language(
    tmp_path: Path, saved: str, expected: str
) -> None:
    """The language setting wins over the system's even when the history can't be used
    (here: saved by a newer version); it is read without changing the file."""
    with open_store(tmp_path).store as store:
        store.set_setting("language", saved)
    db = tmp_path / DB_FILENAME
    with sqlite3.connect(db) as conn:
        conn.execute(f"PRAGMA user_version = {len(MIGRATIONS) + 1}")
    conn.close()
    before = db.read_bytes()
    system = ENGLISH if saved == "de" else GERMAN
    assert fatal_line(tmp_path, system).startswith(expected)
    assert db.read_bytes() == before


def test_no_display_is_said_in_german_before_qt_could_abort(tmp_path: Path) -> None:
    """No window can be shown: the one line on standard error is in German, exit 2."""
    process = start_coach(tmp_path, env={**GERMAN, "QT_QPA_PLATFORM": "xcb", "DISPLAY": ""})
    _, stderr = process.communicate(timeout=60)
    said = [line for line in stderr.splitlines() if not line.startswith(QT_LOCALE_WARNINGS)]
    assert process.returncode == 2
    assert said == [
        "Rehab Coach braucht einen Bildschirm: Starten Sie es in einer Desktop-Sitzung "
        "(DISPLAY oder WAYLAND_DISPLAY gesetzt), oder setzen Sie für Befehle auf einem "
        "Rechner ohne Bildschirm QT_QPA_PLATFORM=offscreen."
    ]
