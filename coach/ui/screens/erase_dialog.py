"""The "Delete all my data" confirm: it says what goes and what stays, and the delete
button works only once the person has typed the confirm word (Cancel is the default)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coach.flow.history_texts import ERASE_WORD, erase_confirmed
from coach.flow.wording import count
from coach.store.datadir import USER_ROUTINES
from coach.store.edits import erase_everything
from coach.store.errors import StoreError
from coach.ui.app.store_words import store_error_text
from coach.ui.app.translations import english_or

if TYPE_CHECKING:
    from coach.ui.app.bootstrap import BuiltApp

QT_TRANSLATE_NOOP("EraseDialog", "delete")  # ERASE_WORD, the word typed to confirm
ERASED: Final = str(
    QT_TRANSLATE_NOOP("EraseDialog", "All your data was deleted. The app starts afresh.")
)
"""The notice after deleting (in English: translate it to show it)."""


class EraseWords(QObject):
    """What deleting everything removes and keeps, in the app's language (plurals)."""

    def summary(self, *, sessions: int, uses: int, check_ins: int, own_routines: int) -> str:
        """The dialog's text: what goes, that it can't be undone, and what stays."""
        kept = (
            self.tr(
                " Your own routine files ({n}) stay in your routines folder; "
                "delete them there if you want them gone too."
            ).format(n=own_routines)
            if own_routines
            else ""
        )
        said = self.tr(
            "This deletes your whole history from this computer: {sessions} with every step "
            "and pain report, {check_ins}, {uses} and all your settings. It can't be undone. "
            "The app then starts as on its first day."
        )
        return (
            said.format(
                sessions=english_or(
                    self.tr("%n session(s)", "", sessions), count(sessions, "session")
                ),
                check_ins=english_or(
                    self.tr("%n check-in(s)", "", check_ins), count(check_ins, "check-in")
                ),
                uses=english_or(
                    self.tr("%n ice or heat use(s)", "", uses), count(uses, "ice or heat use")
                ),
            )
            + kept
        )


erase_summary = EraseWords().summary


class EraseDialog(QDialog):
    """Non-blocking confirm (use ``open()``); ``confirmed`` is emitted once, on delete."""

    confirmed = Signal()

    def __init__(self, summary: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Delete all my data?"))
        self.setAccessibleName(self.tr("Delete all my data?"))
        self._word = self.tr(ERASE_WORD)
        """The word to type (English "delete" works in every language)."""
        self.summary = QLabel(summary)
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("What is deleted"))
        prompt = QLabel(
            self.tr('To confirm, type "{word}" in the box below:').format(word=self._word)
        )
        prompt.setWordWrap(True)
        self.typed = QLineEdit()
        self.typed.setAccessibleName(self.tr("Type {word} to confirm").format(word=self._word))
        prompt.setBuddy(self.typed)
        self.delete_button = QPushButton(self.tr("Delete &everything"))
        self.delete_button.setAccessibleName(self.tr("Delete everything"))
        self.delete_button.setProperty("role", "danger")
        self.delete_button.setAutoDefault(False)
        self.delete_button.setEnabled(False)
        self.cancel_button = QPushButton(self.tr("&Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel"))
        self.cancel_button.setDefault(True)
        self.typed.textChanged.connect(self._typed)
        self.delete_button.clicked.connect(self._delete)
        self.cancel_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.delete_button)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(prompt)
        layout.addWidget(self.typed)
        layout.addLayout(buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 48)
        self.typed.setFocus()

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Never shorter than the wrapped text needs at this width (Qt sizes a top-level
        window by its unwrapped minimum)."""
        super().resizeEvent(event)
        layout = self.layout()
        if layout is not None:
            self.setMinimumHeight(layout.totalHeightForWidth(self.width()))

    def _typed(self, text: str) -> None:
        ok = erase_confirmed(text, self._word)
        self.delete_button.setEnabled(ok)
        self.delete_button.setDefault(ok)
        self.cancel_button.setDefault(not ok)

    def _delete(self) -> None:
        if erase_confirmed(self.typed.text(), self._word):
            self.accept()
            self.confirmed.emit()


def ask_erase(app: BuiltApp) -> EraseDialog | None:
    """Settings' "Delete all my data…": open the typed confirm over the window (not
    while an ice or heat timer runs: a notice says so); return the dialog."""
    if app.thermal.countdown() is not None:
        app.window.notices.add(
            QCoreApplication.translate(
                "EraseDialog", "Stop the ice or heat timer first, then delete your data."
            ),
            key="erase",
        )
        return None
    store = app.store
    own = app.data_folder / USER_ROUTINES
    dialog = EraseDialog(
        erase_summary(
            sessions=store.count_sessions(),
            uses=len(store.applications()),
            check_ins=len(store.triages()),
            own_routines=len(list(own.glob("*.toml"))) if own.is_dir() else 0,
        ),
        app.window,
    )
    dialog.confirmed.connect(lambda: erase_all_data(app))
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog


def erase_all_data(app: BuiltApp) -> bool:
    """Delete the history and settings and start as on a first start; False (and a
    notice, nothing deleted) if the store refuses."""
    try:
        erase_everything(app.store)
    except StoreError as error:
        app.window.notices.add(
            QCoreApplication.translate("EraseDialog", "Your data wasn't deleted. {error}").format(
                error=store_error_text(error)
            ),
            key="erase",
        )
        return False
    app.start_afresh(QCoreApplication.translate("EraseDialog", ERASED))
    return True
