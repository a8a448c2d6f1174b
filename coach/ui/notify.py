"""Tell someone away from the screen that a timer needs them: sound, desktop note, flash.

Linux: ``org.freedesktop.Notifications.Notify`` on the session bus, sent with
``gdbus``. PySide6's QtDBus can't send that call: it has no way to marshal the
uint32 ``replaces_id`` (a Python int goes out as int32, ``QDBusArgument << int``
as uint16), and servers built on GDBus or QtDBus (GNOME Shell, dunst, Plasma)
reject a call whose signature is not ``susssasa{sv}i``. ``gdbus`` types the
arguments from the server's introspection data. Elsewhere, or when that fails:
``QSystemTrayIcon.showMessage`` where a tray exists (it shows nothing on stock
GNOME, hence not first on Linux). Always: the alarm sound and
``QApplication.alert``.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QWidget

from coach.paths import assets_dir

if TYPE_CHECKING:
    from PySide6.QtCore import QProcess
    from PySide6.QtMultimedia import QSoundEffect
    from PySide6.QtWidgets import QSystemTrayIcon

# QProcess, QUrl, QStyle and QSystemTrayIcon are imported where used: their enums
# would otherwise be created while the app starts (the notifier is built then).

APP_NAME = "Rehab Coach"
SERVICE = "org.freedesktop.Notifications"
OBJECT_PATH = "/org/freedesktop/Notifications"
CALL_TIMEOUT_S = 5
TRAY_MESSAGE_MS = 15_000
NO_DESKTOP_NOTICE = (
    "Desktop notifications are not available here. When an ice or heat timer ends, "
    "the coach plays a chime and flashes its window instead."
)


def alarm_path() -> Path:
    """The shipped alarm chime."""
    return assets_dir() / "sounds" / "alarm.wav"


def gvariant_string(text: str) -> str:
    """``text`` as a GVariant text-format string literal (what ``gdbus call`` parses)."""
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
    return f'"{escaped}"'


class Notifier(QObject):
    """``notify(title, body)``: chime, desktop notification (or tray), window alert.

    Never raises and never blocks. When no notification service or tray is
    found, ``notice`` is emitted once per Notifier with a plain explanation,
    and the chime and alert still happen. ``delivered`` reports each outcome:
    "desktop", "tray", or "" (chime and alert only).
    """

    notice = Signal(str)
    delivered = Signal(str)

    def __init__(
        self,
        window: QWidget | None = None,
        *,
        volume: float = 0.8,
        sound: Path | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._window = window
        self._noticed = False
        self._tray: QSystemTrayIcon | None = None
        self._sound = sound or alarm_path()
        self._volume = 0.0
        self._effect: QSoundEffect | None = None
        self.set_volume(volume)

    def set_volume(self, volume: float) -> None:
        """Chime volume, 0..1 (clamped); 0 silences it."""
        self._volume = min(max(volume, 0.0), 1.0)
        if self._effect is not None:
            self._effect.setVolume(self._volume)

    def _chime(self) -> QSoundEffect:
        """The alarm sound, loaded on first use (Qt Multimedia stays off the start-up path)."""
        if self._effect is None:
            from PySide6 import QtMultimedia
            from PySide6.QtCore import QUrl

            self._effect = QtMultimedia.QSoundEffect(self)
            self._effect.setSource(QUrl.fromLocalFile(str(self._sound)))
            self._effect.setVolume(self._volume)
        return self._effect

    def chime(self) -> None:
        """Play the alarm chime (again) and alert the window."""
        chime = self._chime()
        if chime.isPlaying():
            chime.stop()
        chime.play()
        if self._window is not None:
            QApplication.alert(self._window, 0)

    def notify(self, title: str, body: str) -> None:
        """Chime, alert the window, and show ``title``/``body`` on the desktop if possible."""
        self.chime()
        gdbus = shutil.which("gdbus") if sys.platform.startswith("linux") else None
        if gdbus is None:
            self._fallback(title, body)
        else:
            self._send(gdbus, title, body)

    def _send(self, gdbus: str, title: str, body: str) -> None:
        from PySide6.QtCore import QProcess

        process = QProcess(self)
        process.setProcessChannelMode(QProcess.ProcessChannelMode.MergedChannels)
        arguments = [
            "call",
            "--session",
            "--timeout",
            str(CALL_TIMEOUT_S),
            "--dest",
            SERVICE,
            "--object-path",
            OBJECT_PATH,
            "--method",
            f"{SERVICE}.Notify",
            "--",
            gvariant_string(APP_NAME),
            "0",
            gvariant_string(""),
            gvariant_string(title),
            gvariant_string(body),
            "[]",
            "{}",
            "-1",
        ]

        def done(code: int, status: QProcess.ExitStatus) -> None:
            process.deleteLater()
            if status is QProcess.ExitStatus.NormalExit and code == 0:
                self.delivered.emit("desktop")
            else:
                self._fallback(title, body)

        def failed(error: QProcess.ProcessError) -> None:
            if error is QProcess.ProcessError.FailedToStart:
                process.deleteLater()
                self._fallback(title, body)

        process.finished.connect(done)
        process.errorOccurred.connect(failed)
        process.start(gdbus, arguments)

    def _fallback(self, title: str, body: str) -> None:
        from PySide6.QtWidgets import QSystemTrayIcon

        if QSystemTrayIcon.isSystemTrayAvailable() and QSystemTrayIcon.supportsMessages():
            tray = self._tray_icon()
            tray.show()
            tray.showMessage(title, body, QSystemTrayIcon.MessageIcon.Information, TRAY_MESSAGE_MS)
            self.delivered.emit("tray")
            return
        if not self._noticed:
            self._noticed = True
            self.notice.emit(NO_DESKTOP_NOTICE)
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
