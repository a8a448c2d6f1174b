"""Tell someone away from the screen that a timer needs them: sound, desktop note, flash.

Desktop notes go over D-Bus (:mod:`coach.ui.reminders.dbus_notify`), with actions whose
clicks come back as ``action(key, action)``. Where no notification service
answers: ``QSystemTrayIcon.showMessage`` if a tray exists, and the window is
raised. Always: the alarm sound and ``QApplication.alert``.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Signal
from PySide6.QtWidgets import QApplication, QWidget

from coach.paths import assets_dir
from coach.ui.app.launch import APP_ID
from coach.ui.reminders.dbus_notify import DesktopNotifications, Note

if TYPE_CHECKING:
    from PySide6.QtWidgets import QSystemTrayIcon

    from coach.speech.sound_client import SoundChannel, SoundProcess

# QStyle, QSystemTrayIcon and the sound worker are imported where used: their enums
# would otherwise be created while the app starts (the notifier is built then).

APP_NAME = "Rehab Coach"
DESKTOP_ENTRY = APP_ID
TRAY_MESSAGE_MS = 15_000
NO_DESKTOP_NOTICE = str(
    QT_TRANSLATE_NOOP(
        "Notifier",
        "Desktop notifications are not available here. When an ice or heat timer ends, "
        "the coach plays a chime and brings its window to the front instead.",
    )
)
"""In English: translate it (context Notifier) to show it."""


def alarm_path() -> Path:
    """The shipped alarm chime."""
    return assets_dir() / "sounds" / "alarm.wav"


def icon_path() -> Path:
    """The app icon shipped for notifications."""
    return assets_dir() / "icons" / "rehab-coach-128.png"


class Notifier(QObject):
    """``notify(title, body)``: chime, desktop notification (or tray), window alert.

    Never raises and never blocks. When no notification service or tray is
    found, ``notice`` is emitted once per Notifier with a plain explanation,
    and the chime and alert still happen. ``delivered`` reports each outcome:
    "desktop", "tray", or "" (chime and alert only).
    """

    notice = Signal(str)
    delivered = Signal(str)
    action = Signal(str, str)

    def __init__(
        self,
        window: QWidget | None = None,
        *,
        volume: float = 0.8,
        sound: Path | None = None,
        sounds: SoundProcess | None = None,
        parent: QObject | None = None,
    ) -> None:
        """``sounds`` is the sound worker to chime through; by default one of its own,
        started on the first chime and stopped at ``shutdown``."""
        super().__init__(parent)
        self._window = window
        self._noticed = False
        self._tray: QSystemTrayIcon | None = None
        self._sound = sound or alarm_path()
        self._volume = 0.0
        self._sounds = sounds
        self._owns_sounds = sounds is None
        self._channel: SoundChannel | None = None
        self._bus: DesktopNotifications | None = None
        self._ids: dict[str, int] = {}
        """Key -> id of the note the server shows for it."""
        self._sending: dict[int, str] = {}
        self._notes: dict[int, Note] = {}
        """Token -> key and note, while the server has not answered."""
        self.set_volume(volume)

    def set_volume(self, volume: float) -> None:
        """Chime volume, 0..1 (clamped); 0 silences it."""
        self._volume = min(max(volume, 0.0), 1.0)

    def _chime(self) -> SoundChannel:
        """The alarm's sound channel, made on first use (off the start-up path)."""
        if self._channel is None:
            if self._sounds is None:
                from coach.speech.sound_client import SoundProcess

                self._sounds = SoundProcess(parent=self)
            self._channel = self._sounds.channel("alarm")
        return self._channel

    def chime(self) -> None:
        """Play the alarm chime (again, from the start) and alert the window."""
        if self._volume > 0:
            chime = self._chime()
            chime.set_volume(self._volume)
            chime.play(self._sound)
        if self._window is not None:
            QApplication.alert(self._window, 0)

    def notify(self, title: str, body: str) -> None:
        """Chime, alert the window, and show ``title``/``body`` on the desktop if possible."""
        self.alert("", Note(title, body))

    def alert(self, key: str, note: Note) -> None:
        """Chime and alert the window; show ``note`` unless the one under ``key`` still shows.

        A note with a ``key`` is tracked: its actions come back as ``action(key, …)``,
        ``withdraw(key)`` takes it away, and a later alert under the same key only
        chimes while it is on screen (and shows it again once it was closed).
        """
        self.chime()
        if key and (key in self._ids or key in self._sending.values()):
            return
        token = self._desktop().send(note)
        self._sending[token] = key
        self._notes[token] = note

    def withdraw(self, key: str) -> None:
        """Take the note shown under ``key`` away, if any."""
        note_id = self._ids.pop(key, None)
        if note_id is not None and self._bus is not None:
            self._bus.close_note(note_id)

    def shutdown(self) -> None:
        """Close the D-Bus connection (and stop the sound worker, if it is our own)."""
        if self._bus is not None:
            self._bus.shutdown()
        if self._owns_sounds and self._sounds is not None:
            self._sounds.shutdown()

    def _desktop(self) -> DesktopNotifications:
        if self._bus is None:
            self._bus = DesktopNotifications(
                app_name=APP_NAME,
                app_icon=icon_path().as_uri(),
                desktop_entry=DESKTOP_ENTRY,
                parent=self,
            )
            self._bus.sent.connect(self._on_sent)
            self._bus.failed.connect(self._on_failed)
            self._bus.action_invoked.connect(self._on_action)
            self._bus.closed.connect(self._on_closed)
        return self._bus

    def _on_sent(self, token: int, note_id: int) -> None:
        key = self._sending.pop(token, "")
        self._notes.pop(token, None)
        if key:
            self._ids[key] = note_id
        self.delivered.emit("desktop")

    def _on_failed(self, token: int, why: str) -> None:
        self._sending.pop(token, None)
        note = self._notes.pop(token, None)
        if note is not None:
            self._fallback(note.title, note.body)

    def _on_action(self, note_id: int, action: str) -> None:
        key = next((k for k, i in self._ids.items() if i == note_id), None)
        if key is None:
            return
        if action == "default":
            self.raise_window()
        self.action.emit(key, action)

    def _on_closed(self, note_id: int, reason: int) -> None:
        for key, shown in list(self._ids.items()):
            if shown == note_id:
                del self._ids[key]

    def raise_window(self) -> None:
        """Bring the window to the front, restored from the tray or minimised."""
        window = self._window
        if window is None:
            return
        window.showNormal()
        window.raise_()
        window.activateWindow()

    def _fallback(self, title: str, body: str) -> None:
        from PySide6.QtWidgets import QSystemTrayIcon

        if QSystemTrayIcon.isSystemTrayAvailable() and QSystemTrayIcon.supportsMessages():
            tray = self._tray_icon()
            tray.show()
            tray.showMessage(title, body, QSystemTrayIcon.MessageIcon.Information, TRAY_MESSAGE_MS)
            self.delivered.emit("tray")
            return
        self.raise_window()
        if not self._noticed:
            self._noticed = True
            self.notice.emit(self.tr(NO_DESKTOP_NOTICE))
        self.delivered.emit("")

    def _tray_icon(self) -> QSystemTrayIcon:
        from PySide6.QtWidgets import QStyle, QSystemTrayIcon

        if self._tray is None:
            icon = self._window.windowIcon() if self._window is not None else None
            if icon is None or icon.isNull():
                icon = QApplication.style().standardIcon(
                    QStyle.StandardPixmap.SP_MessageBoxInformation
                )
            self._tray = QSystemTrayIcon(icon, self)
            self._tray.setToolTip(APP_NAME)
        return self._tray
