"""A stand-in system tray (a StatusNotifierWatcher with a host) for tests, run as its own process.

``python tests/fake_tray.py LOG`` owns ``org.kde.StatusNotifierWatcher`` on the
session bus in ``DBUS_SESSION_BUS_ADDRESS``, says a tray host is registered
(what Qt asks before it calls the tray available), and appends one JSON line to
LOG per happening: ``{"event": "ready"}`` once it owns the name, then
``{"event": "item", "service": …, "sender": …}`` for each tray icon that
registers. Tests then talk to the icon itself (``Activate``, its dbusmenu).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from jeepney import HeaderFields, Message, MessageType, new_error, new_method_return
from jeepney.bus_messages import message_bus
from jeepney.io.blocking import open_dbus_connection

SERVICE = "org.kde.StatusNotifierWatcher"
PATH = "/StatusNotifierWatcher"
PROPERTIES = "org.freedesktop.DBus.Properties"
INTROSPECTION = f"""<node>
 <interface name="{SERVICE}">
  <method name="RegisterStatusNotifierItem"><arg name="service" type="s" direction="in"/></method>
  <method name="RegisterStatusNotifierHost"><arg name="service" type="s" direction="in"/></method>
  <property name="RegisteredStatusNotifierItems" type="as" access="read"/>
  <property name="IsStatusNotifierHostRegistered" type="b" access="read"/>
  <property name="ProtocolVersion" type="i" access="read"/>
  <signal name="StatusNotifierItemRegistered"><arg type="s"/></signal>
  <signal name="StatusNotifierItemUnregistered"><arg type="s"/></signal>
  <signal name="StatusNotifierHostRegistered"/>
 </interface>
 <interface name="{PROPERTIES}">
  <method name="Get"><arg type="s" direction="in"/><arg type="s" direction="in"/>
   <arg type="v" direction="out"/></method>
  <method name="GetAll"><arg type="s" direction="in"/><arg type="a{{sv}}" direction="out"/></method>
 </interface>
</node>"""


def items(log: Path) -> list[dict[str, Any]]:
    """The tray icons registered so far, oldest first."""
    if not log.exists():
        return []
    lines = [json.loads(line) for line in log.read_text().splitlines() if line.strip()]
    return [line for line in lines if line["event"] == "item"]


def main(log: Path) -> None:
    conn = open_dbus_connection("SESSION")
    reply = conn.send_and_get_reply(message_bus.RequestName(SERVICE, 4), timeout=5)
    if reply.body != (1,):
        raise SystemExit(f"could not own {SERVICE}: {reply}")
    registered: list[str] = []

    def write(**fields: Any) -> None:
        with log.open("a") as out:
            out.write(json.dumps(fields) + "\n")

    def values() -> dict[str, tuple[str, Any]]:
        return {
            "RegisteredStatusNotifierItems": ("as", registered),
            "IsStatusNotifierHostRegistered": ("b", True),
            "ProtocolVersion": ("i", 0),
        }

    def handle(msg: Message) -> None:
        if msg.header.message_type is not MessageType.method_call:
            return
        member = msg.header.fields.get(HeaderFields.member)
        sender = str(msg.header.fields.get(HeaderFields.sender, ""))
        if member == "Introspect":
            conn.send(new_method_return(msg, "s", (INTROSPECTION,)))
        elif member == "Get":
            conn.send(new_method_return(msg, "v", (values()[msg.body[1]],)))
        elif member == "GetAll":
            conn.send(new_method_return(msg, "a{sv}", (values(),)))
        elif member == "RegisterStatusNotifierItem":
            registered.append(str(msg.body[0]))
            write(event="item", service=str(msg.body[0]), sender=sender)
            conn.send(new_method_return(msg))
        elif member == "RegisterStatusNotifierHost":
            conn.send(new_method_return(msg))
        else:
            conn.send(new_error(msg, "org.freedesktop.DBus.Error.UnknownMethod"))

    write(event="ready")
    while True:
        handle(conn.receive())


if __name__ == "__main__":
    main(Path(sys.argv[1]))
