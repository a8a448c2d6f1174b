"""Editing a session's note, deleting it with a confirm and Undo, on the real History
screen over a real SQLite store, by keyboard; and the export status never hides a button."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton, QTableView, QWidget
from pytestqt.qtbot import QtBot
from test_history_ui import NOW, add, at, restore_app_look  # noqa: F401 (fixture)

from coach.domain.history import NOTE_MAX_CHARS, EventKind, SessionStatus
from coach.engine.clock import FakeClock
from coach.store.history import HistoryStore
from coach.store.opening import open_store
from coach.ui.history.history_actions import NoteDialog
from coach.ui.history.history_exports import STATUS_LINES
from coach.ui.history.history_screen import HistoryScreen
from coach.ui.widgets.theme import apply_theme

UNDO_MS = 400


@pytest.fixture
def store(tmp_path: Path) -> Iterator[HistoryStore]:
    opened = open_store(tmp_path / "data", clock=FakeClock(NOW)).store
    add(opened, at(12, 9), SessionStatus.COMPLETED, 5, 3)
    newest = add(opened, at(13, 18), SessionStatus.STOPPED, 6, 8, reason="stop_session_nerve")
    opened.record_event(newest, EventKind.STOP_RULE, "pain 8/10; stop_session_nerve: Rest.")
    yield opened
    opened.close()


def make_screen(qtbot: QtBot, store: HistoryStore) -> HistoryScreen:
    screen = HistoryScreen(store, FakeClock(NOW), undo_ms=UNDO_MS)
    qtbot.addWidget(screen)
    screen.resize(1024, 700)
    screen.refresh()
    screen.show()
    screen.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is screen)
    return screen


def sessions_table(screen: HistoryScreen) -> QTableView:
    found = [t for t in screen.findChildren(QTableView) if t.accessibleName() == "Sessions table"]
    return found[0]


def button(screen: QWidget, name: str) -> QPushButton:
    found = [b for b in screen.findChildren(QPushButton) if b.accessibleName() == name]
    assert len(found) == 1, name
    return found[0]


def select_newest(qtbot: QtBot, screen: HistoryScreen) -> None:
    table = sessions_table(screen)
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Home)
    table.selectRow(0)
    qtbot.waitUntil(lambda: button(screen, "Delete the selected session").isEnabled())


def open_box(qtbot: QtBot, screen: HistoryScreen) -> QMessageBox:
    qtbot.keyClick(sessions_table(screen), Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QMessageBox))
    box = QApplication.activeModalWidget()
    assert isinstance(box, QMessageBox)
    return box


def test_the_buttons_wait_for_a_chosen_session(qtbot: QtBot, store: HistoryStore) -> None:
    screen = make_screen(qtbot, store)
    assert not button(screen, "Edit note on the selected session").isEnabled()
    assert not button(screen, "Delete the selected session").isEnabled()
    select_newest(qtbot, screen)
    assert button(screen, "Edit note on the selected session").isEnabled()
    assert screen.session_actions.note_text() == "No note on this session."


def test_edit_a_note_by_keyboard_and_see_it_saved(qtbot: QtBot, store: HistoryStore) -> None:
    screen = make_screen(qtbot, store)
    select_newest(qtbot, screen)
    newest = store.sessions()[0].id
    qtbot.keyClick(screen, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), NoteDialog))
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, NoteDialog)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.editor)
    qtbot.keyClicks(dialog.editor, "  Calf tingled on the bridge ")
    qtbot.keyClick(dialog.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    record = store.session(newest)
    assert record is not None and record.note == "Calf tingled on the bridge"
    assert screen.session_actions.note_text() == "Note: Calf tingled on the bridge"
    assert screen.session_actions.note.text() == "Note: Calf tingled on the bridge"
    assert screen.session_actions.message.text().startswith("Note saved on the session of")


def test_a_too_long_note_can_not_be_saved(qtbot: QtBot, store: HistoryStore) -> None:
    screen = make_screen(qtbot, store)
    select_newest(qtbot, screen)
    dialog = screen.session_actions.edit_note()
    assert dialog is not None
    dialog.editor.setPlainText("x" * (NOTE_MAX_CHARS + 1))
    save = dialog.buttons.button(dialog.buttons.StandardButton.Save)
    assert not save.isEnabled()
    assert dialog.count.text().startswith("Too long")
    qtbot.keyClick(dialog.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.isVisible()
    dialog.reject()
    assert all(s.note == "" for s in store.sessions())


def test_delete_asks_first_and_enter_keeps_the_session(qtbot: QtBot, store: HistoryStore) -> None:
    screen = make_screen(qtbot, store)
    select_newest(qtbot, screen)
    box = open_box(qtbot, screen)
    assert "Its 0 recorded steps and any pain reports go with it" in box.text()
    assert box.defaultButton().text() == "&Keep it"
    qtbot.keyClick(box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not box.isVisible())
    assert store.count_sessions() == 2
    assert not screen.session_actions.undo_shown()


def test_delete_then_undo_puts_it_back(qtbot: QtBot, store: HistoryStore) -> None:
    screen = make_screen(qtbot, store)
    newest = store.sessions()[0]
    select_newest(qtbot, screen)
    box = open_box(qtbot, screen)
    delete = next(b for b in box.buttons() if b.text() == "&Delete session")
    qtbot.mouseClick(delete, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: store.count_sessions() == 1)
    assert store.events(newest.id) == []
    undo = button(screen, "Undo delete")
    assert undo.isVisible() and screen.session_actions.undo_shown()
    assert screen.session_actions.message.text().startswith("Deleted the Glute strength session")
    assert sessions_table(screen).model().rowCount() == 1
    if shots := os.environ.get("SHOTS_DIR"):
        Path(shots).mkdir(parents=True, exist_ok=True)
        assert screen.grab().save(str(Path(shots) / "history_undo.png"))
    qtbot.mouseClick(undo, Qt.MouseButton.LeftButton)
    assert store.session(newest.id) == newest
    assert len(store.events(newest.id)) == 1
    assert sessions_table(screen).model().rowCount() == 2
    assert not undo.isVisible()
    assert screen.session_actions.message.text() == "The session is back."


def test_the_undo_goes_after_a_few_seconds_and_when_history_is_left(
    qtbot: QtBot, store: HistoryStore
) -> None:
    screen = make_screen(qtbot, store)
    for leave in (False, True):
        select_newest(qtbot, screen)
        box = open_box(qtbot, screen)
        next(b for b in box.buttons() if b.text() == "&Delete session").click()
        qtbot.waitUntil(screen.session_actions.undo_shown)
        if leave:
            screen.hide()
        else:
            qtbot.waitUntil(lambda: not screen.session_actions.undo_shown(), timeout=UNDO_MS * 10)
        assert not screen.session_actions.undo_shown()
        assert not button(screen, "Undo delete").isVisible()
        screen.show()
        screen.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is screen)
    assert store.count_sessions() == 0


@pytest.mark.parametrize("text_size", [100, 200])
def test_a_long_export_status_never_pushes_the_buttons_off(
    qtbot: QtBot,
    store: HistoryStore,
    tmp_path: Path,
    restore_app_look: QApplication,  # noqa: F811 (fixture)
    text_size: int,
) -> None:
    """The status sits under the buttons and is at most STATUS_LINES lines tall (it
    scrolls beyond), so however long, it moves no button and grows the screen by no more."""
    apply_theme(restore_app_look, text_size=text_size)
    screen = make_screen(qtbot, store)
    select_newest(qtbot, screen)
    screen.resize(1024, 700)  # the main window's minimum
    names = (
        "Export history as CSV files",
        "Export PDF summary for my physio",
        "Back",
        "Edit note on the selected session",
        "Delete the selected session",
    )
    before = screen.minimumSizeHint().height()
    deep = tmp_path.joinpath(*(["a-rather-long-folder-name"] * 40))
    assert screen.export_pdf(deep / "summary.pdf") is False
    assert screen.status_text().startswith("Couldn't save")
    layout = screen.layout()
    assert layout is not None
    # What the main window's scroll holder gives a screen: at least the height it needs.
    screen.resize(1024, max(700, layout.totalMinimumHeightForWidth(1024)))
    QApplication.processEvents()
    area = screen.exports._status_area  # its height is the contract
    lines = area.widget().fontMetrics().lineSpacing()
    assert area.height() <= STATUS_LINES * lines + 16
    assert screen.minimumSizeHint().height() <= before + area.height() + 8
    if text_size == 100:
        assert screen.minimumSizeHint().height() <= 700
        assert screen.height() == 700  # no scrolling at 100%
    status_top = area.mapTo(screen, area.rect().topLeft()).y()
    for name in names:
        b = button(screen, name)
        shown = QRect(b.mapTo(screen, b.rect().topLeft()), b.size())
        assert shown.bottom() < status_top, name
        assert QRect(0, 0, screen.width(), screen.height()).contains(shown), name
    shots = [tmp_path] + ([Path(os.environ["SHOTS_DIR"])] if os.environ.get("SHOTS_DIR") else [])
    image = screen.grab()
    for folder in shots:
        folder.mkdir(parents=True, exist_ok=True)
        assert image.save(str(folder / f"history_actions_status_{text_size}.png"))
