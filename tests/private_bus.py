"""A private session bus with the fake notification server on it, for tests.

Nothing reaches the developer's desktop: the bus is a ``dbus-daemon`` of our
own, and its address goes to the code under test through
``DBUS_SESSION_BUS_ADDRESS``.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from fake_notifications import invoke, read_log

HERE = Path(__file__).resolve().parent
WAIT_S = 20.0


class PrivateBus:
    """A running bus (``address``) with the fake server logging to ``log``."""

    def __init__(self, address: str, log: Path) -> None:
        self.address = address
        self.log = log

    def notes(self) -> list[dict[str, Any]]:
        """Every Notify the server received, oldest first."""
        return [e for e in read_log(self.log) if e["event"] == "notify"]

    def invoke(self, note_id: int, action: str) -> None:
        """Click ``action`` on note ``note_id`` (the server tells the app that showed it)."""
        from jeepney.io.blocking import open_dbus_connection

        with open_dbus_connection(self.address) as conn:
            invoke(conn, note_id, action)


def wait_for(what: str, check: Callable[[], bool], timeout_s: float = WAIT_S) -> None:
    """Wait until ``check()`` holds, up to ``timeout_s``; fail naming ``what``."""
    deadline = time.monotonic() + timeout_s
    while not check():
        if time.monotonic() > deadline:
            pytest.fail(f"timed out waiting for {what}")
        time.sleep(0.05)


@contextmanager
def private_bus(folder: Path, *, server: bool = True) -> Iterator[PrivateBus]:
    """Start ``dbus-daemon`` (and the fake server unless ``server`` is False)."""
    if shutil.which("dbus-daemon") is None:
        pytest.skip("needs dbus-daemon: sudo apt-get install dbus-daemon")
    daemon = subprocess.Popen(
        ["dbus-daemon", "--session", "--nofork", "--print-address=1"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert daemon.stdout is not None
    address = daemon.stdout.readline().strip()
    log = folder / "notifications.jsonl"
    children = [daemon]
    try:
        if server:
            env = {**os.environ, "DBUS_SESSION_BUS_ADDRESS": address}
            children.append(
                subprocess.Popen(
                    [sys.executable, str(HERE / "fake_notifications.py"), str(log)], env=env
                )
            )
            wait_for("the fake notification server", lambda: bool(read_log(log)))
        yield PrivateBus(address, log)
    finally:
        for child in reversed(children):
            child.terminate()
            child.wait(timeout=10)
        daemon.stdout.close()
