"""The export row under History: "Export CSV files…", "Export PDF for my physio…",
and a status line saying where the files went or plainly why they could not be saved.

The status line is at most STATUS_LINES lines tall (it scrolls beyond) and sits
under the buttons, so no message can push a button off the window. Exports never
raise. The PDF code is imported only when first used (it loads QtCharts).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import tzinfo
from pathlib import Path
from typing import Final

from PySide6.QtCore import QEvent, QStandardPaths, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from coach.domain.progress import local_day
from coach.domain.routine import Routine
from coach.engine.clock import Clock
from coach.flow.history_texts import export_counts_text
from coach.store.errors import StoreError
from coach.store.history import HistoryStore
from coach.ui.app.store_words import store_error_text
from coach.ui.app.translations import english_or
from coach.ui.design.tokens import S1
from coach.ui.history.history_model import NO_ROUTINES
from coach.ui.widgets.flow_layout import FlowLayout
from coach.ui.widgets.scrolling import scroll_area

STATUS_LINES: Final = 3
"""The status shows at most this many lines at once."""


def _breakable(path: Path) -> str:
    """``path`` with zero-width spaces after separators, so a long path can wrap."""
    return str(path).replace("/", "/\u200b")


def _reason(exc: OSError) -> str:
    return (exc.strerror or str(exc)).lower().rstrip(".")


def _documents() -> str:
    """Where save dialogs open: the Documents folder, or home."""
    return QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.DocumentsLocation
    ) or str(Path.home())


def _button(text: str, name: str, slot: Callable[[], object]) -> QPushButton:
    button = QPushButton(text)
    button.setAccessibleName(name)
    button.clicked.connect(slot)
    return button


class ExportBar(QWidget):
    """The export buttons (then ``trailing``, e.g. Back, at the right) and the status."""

    def __init__(
        self,
        store: HistoryStore,
        clock: Clock,
        *,
        tz: tzinfo | None = None,
        trailing: QWidget | None = None,
        routines: Mapping[str, Routine] = NO_ROUTINES,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._routines = routines
        self._store = store
        self._clock = clock
        self._tz = tz
        self._safety_line = ""
        self._follow_ups: Callable[[], tuple[str, ...]] = tuple
        self._status = QLabel()
        self._status.setAccessibleName(self.tr("Export status"))
        self._status.setWordWrap(True)
        self._status.setMargin(6)
        self._status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._status_area = scroll_area(self)
        self._status_area.setWidget(self._status)
        self._status_area.setVisible(False)
        exports = FlowLayout(spacing=S1)  # a second row at 200 % text, not a wider window
        exports.addWidget(
            _button(
                self.tr("Export CS&V files…"),
                self.tr("Export history as CSV files"),
                self._ask_csv_folder,
            )
        )
        exports.addWidget(
            _button(
                self.tr("Export P&DF for my physio…"),
                self.tr("Export PDF summary for my physio"),
                self._ask_pdf_path,
            )
        )
        buttons = QHBoxLayout()
        buttons.addLayout(exports, 1)
        if trailing is not None:
            buttons.addWidget(trailing, 0, Qt.AlignmentFlag.AlignBottom)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(buttons)
        column.addWidget(self._status_area)

    def export_csv(self, folder: Path) -> bool:
        """Write the sessions, every step, every ice/heat use and every event as four CSV
        files (mode 0600) into ``folder``; show the outcome; True if saved."""
        from coach.store.csv_export import write_csv_folder
        from coach.ui.history.csv_columns import column_name

        day = local_day(self._clock.now(), self._tz)
        try:
            counts = write_csv_folder(self._store, folder, day=day, tz=self._tz, column=column_name)
        except (OSError, StoreError) as exc:
            return self._failed(folder, exc)
        parts = ", ".join(self._rows_text(kind, rows) for kind, rows in counts.items())
        return self._saved(folder, self.tr("4 files: {counts}").format(counts=parts))

    def _rows_text(self, kind: str, rows: int) -> str:
        """ "12 sessions": how many rows one CSV file has, named by its ``kind``."""
        words = {
            "sessions": self.tr("%n session(s)", "", rows),
            "steps": self.tr("%n step(s)", "", rows),
            "ice-heat": self.tr("%n ice or heat use(s)", "", rows),
            "events": self.tr("%n event(s)", "", rows),
        }.get(kind, f"{rows} {kind}")
        return english_or(words, export_counts_text([(kind, rows)]))

    def set_safety_line(self, text: str) -> None:
        """The safety reminder (with the emergency number) printed in the physio PDF."""
        self._safety_line = text

    def set_follow_ups(self, due: Callable[[], tuple[str, ...]]) -> None:
        """Where the physio PDF gets the follow-ups due when it is made."""
        self._follow_ups = due

    def export_pdf(self, path: Path) -> bool:
        """Write the physio summary PDF to ``path`` (mode 0600); show the outcome; True if saved."""
        from coach.ui.history.clinician_pdf import write_clinician_pdf

        try:
            write_clinician_pdf(
                self._store,
                path,
                now=self._clock.now(),
                tz=self._tz,
                safety_line=self._safety_line,
                follow_ups=self._follow_ups(),
                routines=self._routines,
            )
        except (OSError, StoreError) as exc:
            return self._failed(path, exc)
        return self._saved(path, self.tr("summary for your physio"))

    def status_text(self) -> str:
        """The export status line as shown (empty before any export)."""
        return self._status.text().replace("\u200b", "") if not self._status_area.isHidden() else ""

    def _saved(self, path: Path, what: str) -> bool:
        saved = self.tr("Saved to {path} ({what}).").format(path=_breakable(path), what=what)
        self._show_status(saved, role="notice")
        return True

    def _failed(self, path: Path, exc: OSError | StoreError) -> bool:
        if isinstance(exc, StoreError):  # the history could not be read
            failed = self.tr("Couldn't save to {path}.").format(path=_breakable(path))
            self._show_status(f"{failed} {store_error_text(exc)}", role="danger")
            return False
        failed = self.tr("Couldn't save to {path}: {reason}. Choose another folder and try again.")
        self._show_status(failed.format(path=_breakable(path), reason=_reason(exc)), role="danger")
        return False

    def _show_status(self, text: str, *, role: str) -> None:
        self._status.setText(text)
        self._status.setAccessibleDescription(text.replace("\u200b", ""))
        self._status.setProperty("role", role)
        self._status.style().unpolish(self._status)
        self._status.style().polish(self._status)
        self._status_area.setVisible(True)
        self._fit_status()

    def changeEvent(self, event: QEvent) -> None:
        """Refit the status height on a new font."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange and self._status_area.isVisible():
            self._fit_status()

    def _fit_status(self) -> None:
        """At most STATUS_LINES lines tall, and no taller than its text."""
        lines = self._status.fontMetrics().lineSpacing() * STATUS_LINES + 2 * self._status.margin()
        width = self._status_area.viewport().width() or self.width()
        self._status_area.setFixedHeight(min(lines, self._status.heightForWidth(width)))

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Refit the status height to the new width."""
        super().resizeEvent(event)
        if self._status_area.isVisible():
            self._fit_status()

    def _ask_csv_folder(self) -> None:
        """Open a (non-native) folder dialog; the four files are written there."""
        title = self.tr("Export history as CSV files: choose a folder")
        dialog = QFileDialog(self, title, _documents())
        dialog.setAccessibleName(self.tr("Export history as CSV files"))
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.setOption(QFileDialog.Option.ShowDirsOnly)
        dialog.fileSelected.connect(lambda chosen: self.export_csv(Path(chosen)))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _ask_pdf_path(self) -> None:
        title = self.tr("Export PDF for my physio")
        self._ask_path(title, "rehab-coach-summary", "pdf", self.export_pdf)

    def _ask_path(self, title: str, stem: str, suffix: str, save: Callable[[Path], bool]) -> None:
        """Open a (non-native) save dialog; ``save`` runs with the chosen path."""
        today = local_day(self._clock.now(), self._tz).isoformat()
        dialog = QFileDialog(
            self,
            title,
            _documents(),
            self.tr("{kind} files").format(kind=suffix.upper()) + f" (*.{suffix})",
        )
        dialog.setAccessibleName(title)
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix(suffix)
        dialog.selectFile(f"{stem}-{today}.{suffix}")
        dialog.fileSelected.connect(lambda chosen: save(Path(chosen)))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
