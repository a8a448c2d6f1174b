"""What a screen reader sees: the app's accessible tree over AT-SPI, with raw D-Bus calls.

``accessibility_bus(folder)`` starts a private session bus and ``at-spi-bus-launcher``
on it (which starts the accessibility bus and its registry); the app started with
``env`` registers there. ``AtSpi`` walks the tree, reads names, roles and states,
and presses controls through the Action interface, as Orca does. Only jeepney
(a project dependency) is used: no pyatspi, no GObject.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from jeepney import DBusAddress, MessageType, Properties, new_method_call
from jeepney.io.blocking import DBusConnection, open_dbus_connection
from xsession import wait_for

LAUNCHER = Path("/usr/libexec/at-spi-bus-launcher")
ACCESSIBLE = "org.a11y.atspi.Accessible"
ACTION = "org.a11y.atspi.Action"
ROOT = "/org/a11y/atspi/accessible/root"
# AtspiStateType bits (at-spi2-core's atspi-constants.h)
FOCUSABLE, SHOWING, VISIBLE = 11, 25, 30


def needs_atspi() -> pytest.MarkDecorator:
    """Skip (with the apt-get line) where dbus-daemon or at-spi2-core is missing."""
    missing = [
        name
        for name, present in (
            ("dbus-daemon", shutil.which("dbus-daemon") is not None),
            ("at-spi2-core", LAUNCHER.exists()),
        )
        if not present
    ]
    return pytest.mark.skipif(
        bool(missing),
        reason=f"needs {' and '.join(missing)}: sudo apt-get install {' '.join(missing)}",
    )


@dataclass(frozen=True)
class Node:
    """One accessible object: its D-Bus name and object path."""

    bus: str
    path: str


class AtSpi:
    """A connection to the accessibility bus, with the calls a screen reader makes."""

    def __init__(self, connection: DBusConnection) -> None:
        self.conn = connection

    def _call(self, node: Node, interface: str, method: str, sig: str = "", *args: Any) -> Any:
        address = DBusAddress(node.path, bus_name=node.bus, interface=interface)
        reply = self.conn.send_and_get_reply(
            new_method_call(address, method, sig, args), timeout=10
        )
        if reply.header.message_type is MessageType.error:
            raise RuntimeError(f"{interface}.{method} on {node}: {reply.body}")
        return reply.body

    def _property(self, node: Node, interface: str, name: str) -> Any:
        address = DBusAddress(node.path, bus_name=node.bus, interface=interface)
        reply = self.conn.send_and_get_reply(Properties(address).get(name), timeout=10)
        if reply.header.message_type is MessageType.error:
            raise RuntimeError(f"{interface}.{name} on {node}: {reply.body}")
        return reply.body[0][1]

    def name(self, node: Node) -> str:
        return str(self._property(node, ACCESSIBLE, "Name"))

    def role(self, node: Node) -> str:
        return str(self._call(node, ACCESSIBLE, "GetRoleName")[0])

    def states(self, node: Node) -> set[int]:
        words = self._call(node, ACCESSIBLE, "GetState")[0]
        return {
            32 * i + bit for i, word in enumerate(words) for bit in range(32) if word >> bit & 1
        }

    def children(self, node: Node) -> list[Node]:
        return [Node(bus, path) for bus, path in self._call(node, ACCESSIBLE, "GetChildren")[0]]

    def actions(self, node: Node) -> list[str]:
        return [str(a[0]) for a in self._call(node, ACTION, "GetActions")[0]]

    def do_action(self, node: Node, action: str) -> None:
        """Run the named action ("Press", "Toggle"...), as a screen reader's activate does."""
        names = self.actions(node)
        assert action in names, f"{self.name(node)!r} offers {names}, not {action!r}"
        self._call(node, ACTION, "DoAction", "i", names.index(action))

    def apps(self) -> list[Node]:
        """The applications registered with the accessibility registry."""
        return self.children(Node("org.a11y.atspi.Registry", ROOT))

    def app_named(self, name: str) -> Node | None:
        """The registered application called ``name``, if it is there yet."""
        for app in self.apps():
            try:
                if self.name(app) == name:
                    return app
            except RuntimeError:  # an application that went away meanwhile
                continue
        return None

    def showing(self, root: Node) -> Iterator[tuple[Node, str, str, set[int]]]:
        """Every object on screen under ``root``: (node, name, role, states), depth first.
        Hidden screens (and their children) are left out, as a screen reader does."""
        for child in self.children(root):
            states = self.states(child)
            if SHOWING not in states or VISIBLE not in states:
                continue
            yield child, self.name(child), self.role(child), states
            yield from self.showing(child)

    def find(self, root: Node, name: str, roles: tuple[str, ...] = ()) -> Node | None:
        """The first object on screen called ``name`` (with one of ``roles``, if given)."""
        for node, found, role, _ in self.showing(root):
            if found == name and (not roles or role in roles):
                return node
        return None

    def wait_find(self, root: Node, name: str, roles: tuple[str, ...] = ()) -> Node:
        """``find``, waiting for the object to show."""
        return wait_for(
            f"an on-screen control named {name!r}", lambda: self.find(root, name, roles)
        )

    def unnamed_controls(self, root: Node) -> list[str]:
        """Focusable objects on screen that have no name, each as its role and what it
        holds (the names inside it), so a failure says which control it is."""
        unnamed = []
        for node, name, role, states in self.showing(root):
            if FOCUSABLE in states and not name.strip():
                inside = [n for _, n, _, _ in self.showing(node) if n.strip()][:3]
                unnamed.append(f"{role} holding {inside}")
        return unnamed


@contextmanager
def accessibility_bus(folder: Path) -> Iterator[tuple[dict[str, str], AtSpi]]:
    """A private session bus with the accessibility bus on it. Yields the environment an
    app needs to register there, and a client on the accessibility bus."""
    runtime = folder / "runtime"
    runtime.mkdir(mode=0o700)
    env = {**os.environ, "XDG_RUNTIME_DIR": str(runtime)}
    env.pop("DISPLAY", None)  # the launcher then advertises the bus only on D-Bus
    session = subprocess.Popen(
        ["dbus-daemon", "--session", "--nofork", "--print-address=1"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=env,
        start_new_session=True,
    )
    assert session.stdout is not None
    address = session.stdout.readline().strip()
    env["DBUS_SESSION_BUS_ADDRESS"] = address
    with (folder / "at-spi.log").open("wb") as log:
        launcher = subprocess.Popen(
            [str(LAUNCHER), "--launch-immediately"],
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    try:
        with open_dbus_connection(address) as bus:
            a11y_address = wait_for("the accessibility bus", lambda: _a11y_address(bus))
        with open_dbus_connection(a11y_address) as a11y:
            yield (
                {
                    "DBUS_SESSION_BUS_ADDRESS": address,
                    "XDG_RUNTIME_DIR": str(runtime),
                    "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1",
                },
                AtSpi(a11y),
            )
    finally:
        for process in (launcher, session):
            with suppress(ProcessLookupError):
                os.killpg(process.pid, 15)
            process.wait(timeout=10)
        assert session.stdout is not None
        session.stdout.close()


def _a11y_address(bus: DBusConnection) -> str | None:
    address = DBusAddress("/org/a11y/bus", bus_name="org.a11y.Bus", interface="org.a11y.Bus")
    reply = bus.send_and_get_reply(new_method_call(address, "GetAddress"), timeout=5)
    if reply.header.message_type is MessageType.error:
        return None
    return str(reply.body[0]) or None
