"""Desktop notifications over one long-lived session-bus connection (jeepney).

``org.freedesktop.Notifications.Notify`` is sent with the spec's exact
signature (``susssasa{sv}i``), critical urgency as a byte, and actions; the
server's ``ActionInvoked`` and ``NotificationClosed`` signals come back on the
same connection (servers send them only to the connection that asked).

Connecting (socket, authentication, ``Hello``, ``AddMatch``) blocks, so it
runs once in a worker thread; after that, sending is a write to a local
socket and replies are read when a ``QSocketNotifier`` says the socket is
readable. jeepney is imported only when the first notification is sent, so it
never costs start-up time.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSocketNotifier, Signal

if TYPE_CHECKING:
    from jeepney import Message
    from jeepney.io.blocking import DBusConnection

SERVICE = "org.freedesktop.Notifications"
OBJECT_PATH = "/org/freedesktop/Notifications"
URGENCY_CRITICAL = 2
NEVER_EXPIRE_MS = 0


@dataclass(frozen=True, slots=True)
class Note:
    """One notification: ``actions`` are (key, label) pairs; "default" is a click on it."""

    title: str
    body: str
    actions: tuple[tuple[str, str], ...] = ()
    critical: bool = False
    replaces_id: int = 0


class DesktopNotifications(QObject):
    """Sends notes and reports what the server says, all on the GUI thread's event loop.

    ``sent(token, id)`` when the server accepted note ``token`` as ``id``;
    ``failed(token, why)`` when it could not be shown (no bus, no service);
    ``action_invoked(id, key)`` and ``closed(id, reason)`` from the server.
    """

    sent = Signal(int, int)
    failed = Signal(int, str)
    action_invoked = Signal(int, str)
    closed = Signal(int, int)
    _connected = Signal()
    _connect_failed = Signal(str)

    def __init__(
        self, *, app_name: str, app_icon: str, desktop_entry: str, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._app_name = app_name
        self._app_icon = app_icon
        self._desktop_entry = desktop_entry
        self._conn: DBusConnection | None = None
        self._reader: QSocketNotifier | None = None
        self._connecting = False
        self._queued: list[tuple[int, Note]] = []
        self._pending: dict[int, int] = {}
        """D-Bus serial of a Notify call -> our token."""
        self._next_token = 1
        self._worker_result: DBusConnection | str | None = None
        self._connected.connect(self._on_connected)
        self._connect_failed.connect(self._on_connect_failed)

    def send(self, note: Note) -> int:
        """Queue ``note`` for the server; returns the token ``sent``/``failed`` will carry."""
        token = self._next_token
        self._next_token += 1
        if self._conn is not None:
            self._send_now(token, note)
            return token
        self._queued.append((token, note))
        if not self._connecting:
            self._connecting = True
            threading.Thread(target=self._connect, name="dbus-connect", daemon=True).start()
        return token

    def close_note(self, note_id: int) -> None:
        """Ask the server to take notification ``note_id`` away (no reply awaited)."""
        if self._conn is None or note_id <= 0:
            return
        from jeepney import DBusAddress, new_method_call

        address = DBusAddress(OBJECT_PATH, bus_name=SERVICE, interface=SERVICE)
        self._write(new_method_call(address, "CloseNotification", "u", (note_id,)))

    def shutdown(self) -> None:
        """Close the connection (the server then drops our notifications' actions)."""
        if self._reader is not None:
            self._reader.setEnabled(False)
            self._reader = None
        if self._conn is not None:
            self._conn.close()
            self._conn = None

    # --- connecting, in a worker thread ------------------------------------------------

    def _connect(self) -> None:
        try:
            from jeepney import MatchRule
            from jeepney.bus_messages import message_bus
            from jeepney.io.blocking import open_dbus_connection

            conn = open_dbus_connection("SESSION", auth_timeout=2.0)
            rule = MatchRule(type="signal", interface=SERVICE, path=OBJECT_PATH)
            conn.send_and_get_reply(message_bus.AddMatch(rule), timeout=2.0)
        except Exception as error:  # no bus, refused, timed out: all mean "not here"
            self._connect_failed.emit(f"{type(error).__name__}: {error}")
            return
        self._worker_result = conn
        self._connected.emit()

    def _on_connected(self) -> None:
        from jeepney.io.blocking import DBusConnection

        conn = self._worker_result
        assert isinstance(conn, DBusConnection)
        self._conn, self._worker_result, self._connecting = conn, None, False
        self._reader = QSocketNotifier(conn.sock.fileno(), QSocketNotifier.Type.Read, self)
        self._reader.activated.connect(self._read)
        queued, self._queued = self._queued, []
        for token, note in queued:
            self._send_now(token, note)
        self._read()  # anything that arrived with the AddMatch reply

    def _on_connect_failed(self, why: str) -> None:
        self._connecting = False
        queued, self._queued = self._queued, []
        for token, _ in queued:
            self.failed.emit(token, why)

    # --- on the GUI thread -------------------------------------------------------------

    def _send_now(self, token: int, note: Note) -> None:
        from jeepney import DBusAddress, new_method_call

        address = DBusAddress(OBJECT_PATH, bus_name=SERVICE, interface=SERVICE)
        hints: dict[str, tuple[str, object]] = {"desktop-entry": ("s", self._desktop_entry)}
        if note.critical:
            hints["urgency"] = ("y", URGENCY_CRITICAL)
        actions = [part for pair in note.actions for part in pair]
        message = new_method_call(
            address,
            "Notify",
            "susssasa{sv}i",
            (
                self._app_name,
                note.replaces_id,
                self._app_icon,
                note.title,
                note.body,
                actions,
                hints,
                NEVER_EXPIRE_MS if note.critical else -1,
            ),
        )
        serial = self._write(message)
        if serial is None:
            self.failed.emit(token, "the session bus connection was lost")
        else:
            self._pending[serial] = token

    def _write(self, message: Message) -> int | None:
        """Send ``message`` with our own serial (to match the reply); None if the bus is gone."""
        conn = self._conn
        if conn is None:
            return None
        serial: int = next(conn.outgoing_serial)
        try:
            conn.send(message, serial=serial)
        except OSError:
            self._lost()
            return None
        return serial

    def _read(self) -> None:
        """Handle every message already received; never waits."""
        conn = self._conn
        while conn is not None:
            try:
                message = conn.receive(timeout=0)
            except TimeoutError:
                return
            except (OSError, ValueError):
                self._lost()
                return
            self._handle(message)
            conn = self._conn

    def _handle(self, message: Message) -> None:
        from jeepney import HeaderFields, MessageType

        header = message.header
        kind = header.message_type
        if kind in (MessageType.method_return, MessageType.error):
            token = self._pending.pop(header.fields.get(HeaderFields.reply_serial, -1), None)
            if token is None:
                return
            if kind is MessageType.method_return:
                self.sent.emit(token, int(message.body[0]))
            else:
                name = header.fields.get(HeaderFields.error_name, "error")
                self.failed.emit(token, f"{name}: {_first(message.body)}")
            return
        member = header.fields.get(HeaderFields.member)
        if member == "ActionInvoked":
            self.action_invoked.emit(int(message.body[0]), str(message.body[1]))
        elif member == "NotificationClosed":
            self.closed.emit(int(message.body[0]), int(message.body[1]))

    def _lost(self) -> None:
        """The bus went away: fail what waits; the next send connects again."""
        pending, self._pending = self._pending, {}
        self.shutdown()
        for token in pending.values():
            self.failed.emit(token, "the session bus connection was lost")


def _first(body: Sequence[object]) -> str:
    return str(body[0]) if body else ""
