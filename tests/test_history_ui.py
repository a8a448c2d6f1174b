"""The history screen as a person uses it: real SQLite store, seeded history, keyboard."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCharts import QChartView, QLineSeries
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel, QPushButton, QTableView, QWidget
from pytestqt.qtbot import QtBot
from test_triage_wizard import LOOKS

from coach.domain.history import EventKind, SessionStatus, ThermalKind, ThermalStatus
from coach.engine.clock import FakeClock
from coach.store.demo import seed_demo_history
from coach.store.history import HistoryStore
from coach.store.opening import open_store
from coach.ui.history.history_screen import HistoryScreen
from coach.ui.history.pain_chart import (
    AFTER_NAME,
    BEFORE_NAME,
    CHART_WEEKS,
    RECENT_WEEKS,
    chart_data,
)
from coach.ui.widgets.theme import apply_theme, point_size

NOW = datetime(2025, 5, 14, 18, 0, tzinfo=UTC).timestamp()  # a Wednesday
HOUR = 3600.0


def at(day: int, hour: int, month: int = 5) -> float:
    """Epoch seconds for 2025-month-day hour:00 UTC."""
    return datetime(2025, month, day, hour, tzinfo=UTC).timestamp()


@pytest.fixture
def store(tmp_path: Path) -> Iterator[HistoryStore]:
    opened = open_store(tmp_path / "data", clock=FakeClock(NOW)).store
    yield opened
    opened.close()


def make_screen(qtbot: QtBot, store: HistoryStore) -> HistoryScreen:
    screen = HistoryScreen(store, FakeClock(NOW), tz=UTC)
    qtbot.addWidget(screen)
    screen.resize(1024, 700)
    screen.refresh()  # before it is shown, as the app does
    screen.show()
    screen.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is screen)
    return screen


def add(
    store: HistoryStore,
    start: float,
    status: SessionStatus,
    before: int | None,
    after: int | None = None,
    *,
    minutes: float = 12,
    reason: str | None = None,
    routine: str = "glute-strength",
) -> int:
    session = store.start_session(
        routine_id=routine, level_id="weeks-1-2", pain_before=before, started_at=start
    )
    if status is not SessionStatus.INTERRUPTED:
        store.finish_session(
            session,
            status=status,
            pain_after=after,
            stop_reason=reason,
            ended_at=start + minutes * 60,
        )
    return session


@pytest.fixture
def week(store: HistoryStore) -> HistoryStore:
    """Sun 11 May done; Mon 12 and Tue 13 done; Tue 13 evening stopped; Wed 14 interrupted."""
    add(store, at(11, 9), SessionStatus.COMPLETED, 5, 3)
    add(store, at(12, 9), SessionStatus.COMPLETED, 4, 4)
    add(store, at(13, 9), SessionStatus.COMPLETED, 5, 3)
    add(store, at(13, 18), SessionStatus.STOPPED, 6, 8, minutes=5, reason="pain rose 2 points")
    add(store, at(14, 8), SessionStatus.INTERRUPTED, 4, routine="piriformis-relief")
    store.mark_interrupted()
    return store


def child(screen: QWidget, kind: type[QWidget], name: str) -> QWidget:
    found = [w for w in screen.findChildren(kind) if w.accessibleName() == name]
    assert len(found) == 1, f"expected one {kind.__name__} named {name!r}, got {len(found)}"
    return found[0]


def table(screen: QWidget, name: str) -> QTableView:
    found = child(screen, QTableView, name)
    assert isinstance(found, QTableView)
    return found


def cells(view: QTableView, row: int) -> list[str]:
    model = view.model()
    return [str(model.index(row, c).data()) for c in range(model.columnCount())]


def headers(view: QTableView) -> list[str]:
    model = view.model()
    return [
        str(model.headerData(c, Qt.Orientation.Horizontal)).replace("\n", " ")
        for c in range(model.columnCount())
    ]


def label_text(screen: QWidget, name: str) -> str:
    found = child(screen, QLabel, name)
    assert isinstance(found, QLabel)
    return found.text()


# --- the tables ----------------------------------------------------------------


def test_sessions_table_shows_each_session_newest_first(qtbot: QtBot, week: HistoryStore) -> None:
    screen = make_screen(qtbot, week)
    view = table(screen, "Sessions table")
    assert headers(view) == [
        "Date",
        "Routine",
        "Level",
        "Length",
        "Pain before",
        "Pain after",
        "Result",
    ]
    assert view.model().rowCount() == 5
    assert cells(view, 0) == [
        "14 May 2025 08:00",
        "Piriformis relief",
        "weeks-1-2",
        "0 min",
        "4",
        "–",
        "Interrupted",
    ]
    assert cells(view, 1)[3:] == ["5 min", "6", "8", "Stopped"]
    assert view.model().index(1, 6).data(Qt.ItemDataRole.ToolTipRole) == "Pain rose 2 points"
    assert cells(view, 4) == [
        "11 May 2025 09:00",
        "Glute strength",
        "weeks-1-2",
        "12 min",
        "5",
        "3",
        "Completed",
    ]
    assert label_text(screen, "Sessions count") == "5 sessions, newest first."


def test_summary_line_has_streak_and_this_week(qtbot: QtBot, week: HistoryStore) -> None:
    screen = make_screen(qtbot, week)
    assert label_text(screen, "Streak and this week") == (
        "Streak: 3 days  ·  This week: 4 sessions, 29 min, 2 completed, 1 stopped, 1 interrupted"
    )


def test_refresh_picks_up_new_sessions(qtbot: QtBot, week: HistoryStore) -> None:
    screen = make_screen(qtbot, week)
    add(week, at(14, 17), SessionStatus.COMPLETED, 3, 2)
    screen.refresh()
    view = table(screen, "Sessions table")
    assert view.model().rowCount() == 6
    assert cells(view, 0)[4:] == ["3", "2", "Completed"]
    assert label_text(screen, "Streak and this week").startswith("Streak: 4 days")


def test_sessions_load_page_by_page_as_the_table_scrolls(qtbot: QtBot, store: HistoryStore) -> None:
    seed_demo_history(store, 450, seed=7, end=NOW)
    screen = make_screen(qtbot, store)
    view = table(screen, "Sessions table")
    assert view.model().rowCount() == 200
    view.setFocus()
    for _ in range(3):
        qtbot.keyClick(view, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: view.model().rowCount() == 450)
    assert label_text(screen, "Sessions count") == "450 sessions, newest first."
    dates = [view.model().index(r, 0).data(Qt.ItemDataRole.UserRole).started_at for r in (0, 449)]
    assert dates[0] > dates[1]


def test_ice_and_heat_tab_lists_applications(qtbot: QtBot, store: HistoryStore) -> None:
    ice = store.start_application(ThermalKind.ICE, planned_s=900, started_at=at(12, 10))
    store.end_application(
        ice.id, skin_check_done=True, reaction="slight redness", ended_at=at(12, 10) + 780
    )
    heat = store.start_application(ThermalKind.HEAT, planned_s=1200, started_at=at(13, 20))
    store.end_application(heat.id, status=ThermalStatus.CANCELLED, ended_at=at(13, 20) + 300)
    screen = make_screen(qtbot, store)
    qtbot.keyClick(screen, Qt.Key.Key_I, Qt.KeyboardModifier.AltModifier)
    view = table(screen, "Ice and heat table")
    assert view.isVisible()
    assert headers(view) == ["Date", "Kind", "Planned", "Actual", "Skin check", "Reaction"]
    assert cells(view, 0) == [
        "13 May 2025 20:00",
        "Heat",
        "20 min",
        "5 min (cancelled)",
        "Not done",
        "None",
    ]
    assert cells(view, 1) == [
        "12 May 2025 10:00",
        "Ice",
        "15 min",
        "13 min",
        "Done",
        "slight redness",
    ]
    assert label_text(screen, "Ice and heat count") == "2 uses of ice or heat, newest first."


def test_empty_history_says_so(qtbot: QtBot, store: HistoryStore) -> None:
    screen = make_screen(qtbot, store)
    assert label_text(screen, "Sessions count") == "No sessions yet."
    assert label_text(screen, "Ice and heat count") == "No ice or heat logged yet."
    qtbot.keyClick(screen, Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)
    assert label_text(screen, "Chart caption").startswith("No pain scores yet")


# --- the chart -----------------------------------------------------------------


def series_points(screen: QWidget) -> dict[str, list[tuple[float, float]]]:
    view = screen.findChild(QChartView)
    assert view is not None and view.isVisible()
    found: dict[str, list[tuple[float, float]]] = {}
    for series in view.chart().series():
        assert isinstance(series, QLineSeries)
        found[series.name()] = [(p.x() / 1000, p.y()) for p in series.points()]
    return found


def test_chart_has_before_and_after_series(qtbot: QtBot, week: HistoryStore) -> None:
    # Two sessions in the week of Mon 3 Feb: older than 13 weeks, so one weekly mean.
    add(week, at(4, 9, month=2), SessionStatus.COMPLETED, 6, 4)
    add(week, at(5, 9, month=2), SessionStatus.COMPLETED, 8, 6)
    add(week, at(1, 9, month=1) - 60 * 7 * 24 * HOUR, SessionStatus.COMPLETED, 9, 9)  # too old
    screen = make_screen(qtbot, week)
    assert screen.findChild(QChartView) is None, "the chart is drawn when first shown"
    qtbot.keyClick(screen, Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)
    week_mid = at(3, 0, month=2) + 3.5 * 24 * HOUR
    assert series_points(screen) == {
        BEFORE_NAME: [
            (week_mid, 7),
            (at(11, 9), 5),
            (at(12, 9), 4),
            (at(13, 9), 5),
            (at(13, 18), 6),
            (at(14, 8), 4),
        ],
        AFTER_NAME: [
            (week_mid, 5),
            (at(11, 9), 3),
            (at(12, 9), 4),
            (at(13, 9), 3),
            (at(13, 18), 8),
        ],
    }
    caption = label_text(screen, "Chart caption")
    assert caption.startswith("Showing the last 15 weeks: one point per session")
    assert "weekly averages before that" in caption
    assert "2 points or 30% is a real change" in label_text(screen, "Reading the numbers")


def test_chart_redraws_on_refresh(qtbot: QtBot, week: HistoryStore) -> None:
    screen = make_screen(qtbot, week)
    qtbot.keyClick(screen, Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)
    add(week, at(14, 17), SessionStatus.COMPLETED, 2, 1)
    screen.refresh()
    assert series_points(screen)[AFTER_NAME][-1] == (at(14, 17), 1)
    assert label_text(screen, "Chart caption") == "Showing the last 2 weeks, one point per session."


def test_chart_data_stays_small_for_long_histories() -> None:
    from coach.domain.history import SessionRecord

    def record(i: int) -> SessionRecord:
        return SessionRecord(
            i, "r", "l", None, NOW - i * 24 * HOUR, None, SessionStatus.COMPLETED,
            None, i % 11, None, None, None, None, None, None,
        )  # fmt: skip

    data = chart_data(
        [record(i) for i in range(10_000)], today=datetime.fromtimestamp(NOW, UTC).date(), tz=UTC
    )
    recent_days = (RECENT_WEEKS - 1) * 7 + 3  # this week so far: Mon-Wed
    assert len(data.points) == recent_days + (CHART_WEEKS - RECENT_WEEKS)
    assert data.caption.startswith(f"Showing the last {CHART_WEEKS} weeks")


def test_charts_module_is_not_loaded_at_start_up() -> None:
    code = (
        "import sys, coach.ui.history.history_screen; "
        "sys.exit('PySide6.QtCharts' in sys.modules "
        "or 'coach.ui.history.clinician_pdf' in sys.modules)"
    )
    root = Path(__file__).resolve().parents[1]
    done = subprocess.run([sys.executable, "-c", code], cwd=root, check=False)
    assert done.returncode == 0


# --- exports -------------------------------------------------------------------


def status(screen: HistoryScreen) -> str:
    return screen.status_text()


def test_csv_export_through_the_dialog(qtbot: QtBot, week: HistoryStore, tmp_path: Path) -> None:
    screen = make_screen(qtbot, week)
    button = child(screen, QPushButton, "Export history as CSV files")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = screen.findChild(QFileDialog)
    assert isinstance(dialog, QFileDialog)
    assert dialog.testOption(QFileDialog.Option.DontUseNativeDialog)
    assert dialog.fileMode() is QFileDialog.FileMode.Directory
    folder = tmp_path / "out"
    folder.mkdir()
    dialog.setDirectory(str(tmp_path))
    dialog.selectFile(str(folder))
    dialog.accept()
    sessions = folder / "rehab-coach-sessions-2025-05-14.csv"
    qtbot.waitUntil(lambda: len(list(folder.iterdir())) == 4)
    assert sorted(p.name for p in folder.iterdir()) == [
        f"rehab-coach-{kind}-2025-05-14.csv" for kind in ("events", "ice-heat", "sessions", "steps")
    ]
    assert all(stat.S_IMODE(p.stat().st_mode) == 0o600 for p in folder.iterdir())
    lines = sessions.read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith(
        "date,routine,level,duration_min,status,pain_before,pain_after,spreading,steps_done"
    )
    assert len(lines) == 6
    assert lines[1].startswith("2025-05-11 09:00,glute-strength,weeks-1-2,12.0,completed,5,3")
    assert lines[-1].startswith("2025-05-14 08:00,piriformis-relief,weeks-1-2,0.0,interrupted,4,")
    assert status(screen) == (
        f"Saved to {folder} (4 files: 5 sessions, 0 steps, 0 ice or heat uses, 0 events)."
    )


@pytest.mark.parametrize("kind", ["csv", "pdf"])
def test_export_to_an_unusable_place_shows_an_error(
    qtbot: QtBot, week: HistoryStore, tmp_path: Path, kind: str
) -> None:
    screen = make_screen(qtbot, week)
    not_a_folder = tmp_path / "notes.txt"
    not_a_folder.write_text("x")
    export = screen.export_csv if kind == "csv" else screen.export_pdf
    for target in (not_a_folder / f"out.{kind}", tmp_path / "missing" / f"out.{kind}"):
        assert export(target) is False
        assert status(screen).startswith(f"Couldn't save to {target}: ")
        assert status(screen).endswith("Choose another folder and try again.")
        assert not target.exists()
    if os.geteuid() != 0:  # root ignores folder permissions
        locked = tmp_path / "locked"
        locked.mkdir(mode=0o500)
        assert export(locked / f"out.{kind}") is False
        assert "permission denied" in status(screen)


# --- keyboard and accessibility --------------------------------------------------


def test_escape_and_back_button_ask_to_go_back(qtbot: QtBot, week: HistoryStore) -> None:
    screen = make_screen(qtbot, week)
    table(screen, "Sessions table").setFocus()
    with qtbot.waitSignal(screen.back_requested, timeout=1000):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    with qtbot.waitSignal(screen.back_requested, timeout=1000):
        qtbot.keyClick(screen, Qt.Key.Key_B, Qt.KeyboardModifier.AltModifier)


def test_every_control_is_named_and_reachable_by_tab(qtbot: QtBot, week: HistoryStore) -> None:
    screen = make_screen(qtbot, week)
    qtbot.keyClick(screen, Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(screen, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)
    focusable = [
        w
        for w in screen.findChildren(QWidget)
        if w.focusPolicy() & Qt.FocusPolicy.TabFocus and w.isVisible() and w.isEnabled()
    ]
    for widget in focusable:
        named = widget.accessibleName() or (isinstance(widget, QPushButton) and widget.text())
        assert named, widget
    screen.setFocus()
    seen: list[str] = []
    for _ in range(12):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        focused = QApplication.focusWidget()
        assert focused is not None and screen.isAncestorOf(focused)
        seen.append(focused.accessibleName())
    for name in (
        "Sessions table",
        "Export history as CSV files",
        "Export PDF summary for my physio",
        "Back",
    ):
        assert name in seen


def test_ten_thousand_sessions_open(qtbot: QtBot, store: HistoryStore) -> None:
    seed_demo_history(store, 10_000, seed=1, end=NOW)
    screen = make_screen(qtbot, store)
    assert label_text(screen, "Sessions count") == "10,000 sessions, newest first."
    view = table(screen, "Sessions table")
    assert view.model().rowCount() == 200
    qtbot.keyClick(screen, Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)
    points = series_points(screen)
    assert 50 < len(points[BEFORE_NAME]) <= RECENT_WEEKS * 7 + CHART_WEEKS
    assert label_text(screen, "Chart caption").startswith(f"Showing the last {CHART_WEEKS} weeks")


# --- screenshots -------------------------------------------------------------------


def dark_palette() -> QPalette:
    palette = QPalette()
    roles = {
        QPalette.ColorRole.Window: "#202124",
        QPalette.ColorRole.WindowText: "#e8eaed",
        QPalette.ColorRole.Base: "#17181a",
        QPalette.ColorRole.AlternateBase: "#2a2b2e",
        QPalette.ColorRole.Text: "#e8eaed",
        QPalette.ColorRole.Button: "#303134",
        QPalette.ColorRole.ButtonText: "#e8eaed",
        QPalette.ColorRole.Highlight: "#8ab4f8",
        QPalette.ColorRole.HighlightedText: "#202124",
        QPalette.ColorRole.ToolTipBase: "#303134",
        QPalette.ColorRole.ToolTipText: "#e8eaed",
        QPalette.ColorRole.PlaceholderText: "#9aa0a6",
    }
    for role, color in roles.items():
        palette.setColor(role, QColor(color))
    return palette


@pytest.fixture
def restore_app_look(qapp: QApplication) -> Iterator[QApplication]:
    font, sheet, palette = qapp.font(), qapp.styleSheet(), qapp.palette()
    yield qapp
    qapp.setFont(font)
    qapp.setStyleSheet(sheet)
    qapp.setPalette(palette)


@pytest.mark.parametrize(("look", "text_size"), LOOKS)
def test_screenshots(
    qtbot: QtBot,
    store: HistoryStore,
    tmp_path: Path,
    restore_app_look: QApplication,
    look: str,
    text_size: int,
) -> None:
    """Writes history_<tab>_<look>_<pt>.png to tmp_path and $SHOTS_DIR (if set) for review."""
    apply_theme(restore_app_look, text_size=text_size)
    if look == "dark":
        restore_app_look.setPalette(dark_palette())
    seed_demo_history(store, 60, seed=3, end=NOW)
    store.record_event(None, EventKind.RED_FLAG, "checked: no numbness", at=NOW - 50 * HOUR)
    for day, kind, reaction in ((9, ThermalKind.ICE, "slight redness"), (12, ThermalKind.HEAT, "")):
        use = store.start_application(kind, planned_s=900, started_at=at(day, 19))
        store.end_application(
            use.id, skin_check_done=True, reaction=reaction, ended_at=at(day, 19) + 840
        )
    screen = make_screen(qtbot, store)
    assert screen.export_csv(tmp_path / "missing-folder" / "sessions.csv") is False
    folders = [tmp_path] + ([Path(os.environ["SHOTS_DIR"])] if os.environ.get("SHOTS_DIR") else [])
    size = f"{point_size(text_size)}pt"
    sessions = table(screen, "Sessions table")
    if text_size < 200:  # at 200% a table may scroll sideways (it keeps its columns whole)
        assert not sessions.horizontalScrollBar().isVisible(), "columns must fit at 1024 px"
    for key, tab in ((Qt.Key.Key_S, "table"), (Qt.Key.Key_I, "iceheat"), (Qt.Key.Key_P, "chart")):
        qtbot.keyClick(screen, key, Qt.KeyboardModifier.AltModifier)
        qtbot.wait(10)
        image = screen.grab()
        for folder in folders:
            folder.mkdir(parents=True, exist_ok=True)
            assert image.save(str(folder / f"history_{tab}_{look}_{size}.png"))
    for label in screen.findChildren(QLabel):
        if label.isVisible() and not label.wordWrap():
            assert label.width() >= label.sizeHint().width(), label.text()
