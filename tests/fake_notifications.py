"""A stand-in desktop notification server for tests, run as its own process.

``python tests/fake_notifications.py LOG`` owns ``org.freedesktop.Notifications``
on the session bus in ``DBUS_SESSION_BUS_ADDRESS`` and appends one JSON line
per happening to LOG: ``{"event": "ready"}`` once it owns the name, then every
``Notify`` call with its signature and arguments. Tests drive it through
``org.rehabcoach.FakeNotifications.Invoke(u id, s action)``, which sends
``ActionInvoked`` to the client that showed note ``id``, as real servers do.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from jeepney import (
    DBusAddress,
    HeaderFields,
    Message,
    MessageType,
    new_error,
    new_method_call,
    new_method_return,
    new_signal,
)
from jeepney.bus_messages import message_bus
from jeepney.io.blocking import DBusConnection, open_dbus_connection

SERVICE = "org.freedesktop.Notifications"
PATH = "/org/freedesktop/Notifications"
CONTROL = "org.rehabcoach.FakeNotifications"


def invoke(conn: DBusConnection, note_id: int, action: str) -> None:
    """Ask the fake server (from a test's own connection) to report a click on ``action``."""
    address = DBusAddress(PATH, bus_name=SERVICE, interface=CONTROL)
    conn.send_and_get_reply(new_method_call(address, "Invoke", "us", (note_id, action)), timeout=5)


def read_log(log: Path) -> list[dict[str, Any]]:
    """Every line the server wrote so far."""
    if not log.exists():
        return []
    return [json.loads(line) for line in log.read_text().splitlines() if line.strip()]


class Server:
    """Answers the notification spec's calls; remembers who showed which note."""

    def __init__(self, conn: DBusConnection, log: Path) -> None:
        self.conn = conn
        self.log = log
        self.next_id = 1
        self.owners: dict[int, str] = {}

    def write(self, **fields: Any) -> None:
        with self.log.open("a") as out:
            out.write(json.dumps(fields) + "\n")

    def signal(self, name: str, signature: str, body: tuple[Any, ...], to: str) -> None:
        message = new_signal(DBusAddress(PATH, interface=SERVICE), name, signature, body)
        message.header.fields[HeaderFields.destination] = to
        self.conn.send(message)

    def handle(self, msg: Message) -> None:
        if msg.header.message_type is not MessageType.method_call:
            return
        member = msg.header.fields.get(HeaderFields.member)
        sender = str(msg.header.fields.get(HeaderFields.sender, ""))
        signature = str(msg.header.fields.get(HeaderFields.signature, ""))
        if member == "Notify":
            app, replaces, icon, summary, body, actions, hints, timeout = msg.body
            note_id = replaces or self.next_id
            self.next_id += 0 if replaces else 1
            self.owners[note_id] = sender
            self.write(event="notify", id=note_id, signature=signature, app_name=app,
                       replaces_id=replaces, icon=icon, summary=summary, body=body,
                       actions=list(actions), hints={k: list(v) for k, v in hints.items()},
                       timeout=timeout)  # fmt: skip
            self.conn.send(new_method_return(msg, "u", (note_id,)))
        elif member == "CloseNotification":
            (note_id,) = msg.body
            self.write(event="close", id=note_id)
            self.conn.send(new_method_return(msg))
            if note_id in self.owners:
                self.signal("NotificationClosed", "uu", (note_id, 3), self.owners.pop(note_id))
        elif member == "GetCapabilities":
            self.conn.send(new_method_return(msg, "as", (["actions", "body"],)))
        elif member == "GetServerInformation":
            self.conn.send(new_method_return(msg, "ssss", ("fake", "tests", "1", "1.2")))
        elif member == "Invoke":
            note_id, action = msg.body
            self.write(event="invoke", id=note_id, action=action)
            owner = self.owners.get(note_id)
            if owner is None:
                self.conn.send(new_error(msg, f"{CONTROL}.NoSuchNote", "s", ("no such note",)))
                return
            self.signal("ActionInvoked", "us", (note_id, action), owner)
            self.signal("NotificationClosed", "uu", (note_id, 2), owner)
            del self.owners[note_id]
            self.conn.send(new_method_return(msg))
        else:
            self.conn.send(new_error(msg, "org.freedesktop.DBus.Error.UnknownMethod"))


def main(log: Path) -> None:
    conn = open_dbus_connection("SESSION")
    reply = conn.send_and_get_reply(message_bus.RequestName(SERVICE, 4), timeout=5)
    if reply.body != (1,):
        raise SystemExit(f"could not own {SERVICE}: {reply}")
    server = Server(conn, log)
    server.write(event="ready")
    while True:
        server.handle(conn.receive())


if __name__ == "__main__":
    main(Path(sys.argv[1]))
