"""Changing one history entry: "Edit note…" and "Delete…" for the selected session,
the delete confirm, and an Undo notice that lasts a few seconds (or until History
is left). The store does the work (``coach.store.edits``); this only shows it."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import tzinfo
from typing import Final

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from coach.domain.history import NOTE_MAX_CHARS, DeletedSession, SessionRecord
from coach.domain.routine import Routine
from coach.flow.history_texts import delete_question
from coach.store.edits import delete_session, restore_session, set_note
from coach.store.errors import StoreError
from coach.store.history import HistoryStore
from coach.ui.app.store_words import refusal_text
from coach.ui.app.translations import english_or
from coach.ui.design.tokens import S1
from coach.ui.history.history_model import NO_ROUTINES, date_text, routine_name
from coach.ui.widgets.flow_layout import FlowLayout
from coach.ui.widgets.keys import bind_keys

UNDO_MS: Final = 10_000
"""How long the Undo notice stays after a delete."""


def _label(name: str) -> QLabel:
    label = QLabel()
    label.setAccessibleName(name)
    label.setWordWrap(True)
    return label


class NoteDialog(QDialog):
    """Edit one session's note; ``saved`` carries the text when Save is pressed."""

    saved = Signal(str)

    def __init__(self, when: str, note: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Note on a session"))
        self.setAccessibleName(self.tr("Note on a session"))
        intro = _label(self.tr("About this note"))
        intro.setText(
            self.tr(
                "Your note on the session of {when} (your physio sees it in the export)."
            ).format(when=when)
        )
        self.editor = QPlainTextEdit(note)
        self.editor.setAccessibleName(self.tr("Note"))
        self.editor.setTabChangesFocus(True)
        self.count = _label(self.tr("Note length"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        self.editor.textChanged.connect(self._counted)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.editor, 1)
        layout.addWidget(self.count)
        layout.addWidget(self.buttons)
        bind_keys(self, ((Qt.Modifier.CTRL | Qt.Key.Key_Return, self._save),))
        self._counted()
        self.editor.setFocus()

    def _counted(self) -> None:
        length = len(self.editor.toPlainText().strip())
        fits = length <= NOTE_MAX_CHARS
        said = (
            self.tr("{n} of {most} characters. Ctrl+Enter saves.")
            if fits
            else self.tr("Too long: {n} of {most} characters. Shorten it to save.")
        )
        self.count.setText(said.format(n=length, most=NOTE_MAX_CHARS))
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(fits)

    def _save(self) -> None:
        if self.buttons.button(QDialogButtonBox.StandardButton.Save).isEnabled():
            self.saved.emit(self.editor.toPlainText())
            self.accept()


class SessionActions(QWidget):
    """The buttons under the sessions table, and the Undo notice.

    ``changed`` is emitted after every change to the history (re-read it).
    """

    changed = Signal()

    def __init__(
        self,
        store: HistoryStore,
        table: QTableView,
        *,
        tz: tzinfo | None = None,
        undo_ms: int = UNDO_MS,
        routines: Mapping[str, Routine] = NO_ROUTINES,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._routines = routines
        self._store = store
        self._table = table
        self._tz = tz
        self._deleted: DeletedSession | None = None
        self.edit_button = QPushButton(self.tr("Edit &note…"))
        self.edit_button.setAccessibleName(self.tr("Edit note on the selected session"))
        self.edit_button.clicked.connect(self.edit_note)
        self.delete_button = QPushButton(self.tr("De&lete…"))
        self.delete_button.setAccessibleName(self.tr("Delete the selected session"))
        self.delete_button.clicked.connect(self.ask_delete)
        self.note = QLabel()  # one line, elided: a wrapped line here squeezes the table
        self.note.setAccessibleName(self.tr("Note on the selected session"))
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.note.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self._note_text = ""
        self.message = _label(self.tr("Session change"))
        self.message.setVisible(False)
        self.undo_button = QPushButton(self.tr("&Undo"))
        self.undo_button.setAccessibleName(self.tr("Undo delete"))
        self.undo_button.clicked.connect(self.undo)
        self.undo_button.setVisible(False)
        self._undo_timer = QTimer(self)
        self._undo_timer.setSingleShot(True)
        self._undo_timer.setInterval(undo_ms)
        self._undo_timer.timeout.connect(self.forget_undo)
        row = FlowLayout(spacing=S1, right_aligned=True)  # the note has its own line
        row.addWidget(self.edit_button)
        row.addWidget(self.delete_button)
        said = QHBoxLayout()
        said.addWidget(self.message, 1)
        said.addWidget(self.undo_button)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.note)
        column.addLayout(row)
        column.addLayout(said)
        bind_keys(table, ((Qt.Key.Key_Delete, self.ask_delete),))
        self.selection_changed()

    def selection_changed(self) -> None:
        """Show the selected session's note, and enable the buttons only while a session
        is selected (call after a reload)."""
        record = self.selected()
        self.edit_button.setEnabled(record is not None)
        self.delete_button.setEnabled(record is not None)
        if record is None:
            self._note_text = self.tr("Pick a session to see or edit its note, or to delete it.")
        elif record.note:
            self._note_text = self.tr("Note: {note}").format(note=" ".join(record.note.split()))
        else:
            self._note_text = self.tr("No note on this session.")
        self.note.setToolTip(self._note_text)
        self.note.setAccessibleDescription(self._note_text)
        self._fit_note()

    def note_text(self) -> str:
        """The whole note line (the label may show it shortened with "…")."""
        return self._note_text

    def _fit_note(self) -> None:
        metrics = self.note.fontMetrics()
        width = max(0, self.note.width())
        self.note.setText(metrics.elidedText(self._note_text, Qt.TextElideMode.ElideRight, width))

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Shorten the note line to the new width."""
        super().resizeEvent(event)
        self._fit_note()

    def selected(self) -> SessionRecord | None:
        """The selected session, or None."""
        rows = self._table.selectionModel().selectedRows() if self._table.selectionModel() else []
        if not rows:
            return None
        record = rows[0].data(Qt.ItemDataRole.UserRole)
        return record if isinstance(record, SessionRecord) else None

    def _when(self, record: SessionRecord) -> str:
        return date_text(record.started_at, self._tz)

    # --- note -------------------------------------------------------------------

    def edit_note(self) -> NoteDialog | None:
        """Open the note editor for the selected session (non-blocking); return it."""
        record = self.selected()
        if record is None:
            return None
        dialog = NoteDialog(self._when(record), record.note, self)
        dialog.saved.connect(lambda text: self._save_note(record, text))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _save_note(self, record: SessionRecord, text: str) -> None:
        try:
            note = set_note(self._store, record.id, text)
        except (StoreError, ValueError) as exc:
            self._say(
                self.tr("The note wasn't saved: {error}").format(error=refusal_text(exc)),
                danger=True,
            )
            return
        saved = self.tr("Note saved on the session of {when}.").format(when=self._when(record))
        self._say(saved if note else self.tr("Note removed."))
        self.changed.emit()

    # --- delete and undo ----------------------------------------------------------

    def ask_delete(self) -> QMessageBox | None:
        """Ask before deleting the selected session (Cancel is the default); return the box."""
        record = self.selected()
        if record is None:
            return None
        title = self.tr("Delete this session?")
        box = QMessageBox(QMessageBox.Icon.Warning, title, "", parent=self)
        when, routine = self._when(record), routine_name(self._routines, record.routine_id)
        steps = len(self._store.steps(record.id))
        question = self.tr(
            "Delete the {routine} session of {when}? Its %n recorded step(s) and "
            "any pain reports go with it. You can undo this for a few seconds.",
            "",
            steps,
        )
        english = delete_question(when, routine, steps)
        box.setText(english_or(question, english).format(routine=routine, when=when))
        box.setAccessibleName(title)
        delete = box.addButton(self.tr("&Delete session"), QMessageBox.ButtonRole.DestructiveRole)
        delete.setAccessibleName(self.tr("Delete session"))
        keep = box.addButton(self.tr("&Keep it"), QMessageBox.ButtonRole.RejectRole)
        keep.setAccessibleName(self.tr("Keep it"))
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        delete.clicked.connect(lambda: self._delete(record))
        box.finished.connect(box.deleteLater)
        box.open()
        return box

    def _delete(self, record: SessionRecord) -> None:
        try:
            self._deleted = delete_session(self._store, record.id)
        except (StoreError, ValueError) as exc:
            self._say(
                self.tr("The session wasn't deleted: {error}").format(error=refusal_text(exc)),
                danger=True,
            )
            return
        deleted = self.tr("Deleted the {routine} session of {when}.")
        self._say(
            deleted.format(
                routine=routine_name(self._routines, record.routine_id), when=self._when(record)
            )
        )
        self.undo_button.setVisible(True)
        self._undo_timer.start()
        self.changed.emit()
        self.undo_button.setFocus()

    def undo_shown(self) -> bool:
        """Whether an Undo is on offer."""
        return self._deleted is not None

    def undo(self) -> None:
        """Put the last deleted session back."""
        deleted, self._deleted = self._deleted, None
        self._undo_timer.stop()
        self.undo_button.setVisible(False)
        if deleted is None:
            return
        try:
            restore_session(self._store, deleted)
        except (StoreError, ValueError) as exc:
            self._say(
                self.tr("Couldn't undo: {error}").format(error=refusal_text(exc)), danger=True
            )
            return
        self._say(self.tr("The session is back."))
        self.changed.emit()

    def forget_undo(self) -> None:
        """Take the Undo away (its time is up, or History was left)."""
        self._undo_timer.stop()
        if self._deleted is not None:
            self._deleted = None
            self.message.setVisible(False)
        self.undo_button.setVisible(False)

    def _say(self, text: str, *, danger: bool = False) -> None:
        self.message.setText(text)
        self.message.setAccessibleDescription(text)
        self.message.setProperty("role", "danger" if danger else "notice")
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)
        self.message.setVisible(True)
