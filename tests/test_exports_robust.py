"""Exports open safely in a spreadsheet and every stored value, however odd, exports."""

from __future__ import annotations

import csv
import io
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from coach.domain.history import EventKind, SessionStatus
from coach.store.csv_export import cell, line
from coach.store.opening import open_store
from coach.ui.history.clinician_pdf import collect, render_pdf, summary_html


@pytest.mark.parametrize(
    ("value", "written"),
    [
        ("glute", "glute"),
        ('=HYPERLINK("http://x")', '"\'=HYPERLINK(""http://x"")"'),
        ("+1", "'+1"),
        ("-2+3", "'-2+3"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tcmd", "'\tcmd"),
        ("\rcmd", '"\'\rcmd"'),
        ("a\rb", '"a\rb"'),
        ("a\nb", '"a\nb"'),
        ("a,b", '"a,b"'),
        (" padded ", '" padded "'),
        ("", ""),
        ("1.5", "1.5"),
    ],
)
def test_each_cell_is_neutralised_and_quoted_as_needed(value: str, written: str) -> None:
    assert cell(value) == written


def test_a_bare_cr_never_splits_a_row() -> None:
    text = line(["a\rb", "=1+1", 'say "hi"']) + line(["x", "y", "z"])
    assert list(csv.reader(io.StringIO(text, newline=""))) == [
        ["a\rb", "'=1+1", 'say "hi"'],
        ["x", "y", "z"],
    ]


def _odd_store(data: Path) -> None:
    """A history with values only a damaged file or another program would write."""
    with open_store(data).store as store:
        first = store.start_session(routine_id="=cmd|' /C calc'!A0", level_id="@x\r-y")
        store.finish_session(first, status=SessionStatus.STOPPED, stop_reason="=1+1")
        store.record_event(first, EventKind.RED_FLAG, "+detail")
        second = store.start_session(routine_id="glute_strengthening", level_id="weeks_1_2")
        store.finish_session(second, status=SessionStatus.COMPLETED)
    with sqlite3.connect(data / "history.db") as db:
        db.execute(
            "UPDATE sessions SET started_at = 1e300, ended_at = 1e300 WHERE id = ?", (second,)
        )
        db.execute(
            "INSERT INTO events (session_id, at, kind, detail)"
            " VALUES (?, 1e300, 'future_kind', 'x')",
            (first,),
        )


def test_history_csv_exports_every_odd_value_safely(tmp_path: Path) -> None:
    _odd_store(tmp_path)
    result = subprocess.run(
        [sys.executable, "-m", "coach", "--data-dir", str(tmp_path), "history", "--csv"],
        capture_output=True,  # bytes: text mode would turn the bare CR into LF
        timeout=60,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        check=False,
    )
    assert result.returncode == 0, result.stderr
    rows = list(csv.reader(io.StringIO(result.stdout.decode(), newline="")))
    assert len(rows) == 3
    assert rows[1][1:3] == ["'=cmd|' /C calc'!A0", "'@x\r-y"]
    assert rows[2][0] == "1e+300"
    assert not any(c.startswith(("=", "+", "-", "@", "\t", "\r")) for r in rows for c in r)


def test_pdf_summary_with_odd_values_and_an_unknown_event_kind(
    qtbot: QtBot, tmp_path: Path
) -> None:
    _odd_store(tmp_path)
    with open_store(tmp_path).store as store:
        data = collect(store, now=store.now())
        assert {e.kind for e in data.events} == {EventKind.RED_FLAG, "future_kind"}
        html = summary_html(data)
        assert "1e+300" in html and "Red flag" in html
        assert render_pdf(data).startswith(b"%PDF")
