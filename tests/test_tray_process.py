"""The tray in a real process: ``python -m coach`` on Xvfb (xcb) with a private session
bus that has a stand-in tray host (``fake_tray.py``) and notification server.

With reminders on, closing the window hides it and the app stays in the tray; a
click on the tray icon (``Activate``, as a panel sends it) brings it back; the
tray menu the panel reads over ``com.canonical.dbusmenu`` has every entry, and
its "Pause reminders for 1 hour" and "Quit" reach the app.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from fake_tray import items
from private_bus import PrivateBus, private_bus, wait_for
from test_alarm_process import start_coach
from test_background_process import windows
from test_single_instance import listening
from x11_close import close_window

from coach.flow.reminder_settings import PAUSED_UNTIL, SESSION_ON
from coach.store.datadir import DB_FILENAME
from coach.store.opening import open_store

pytestmark = pytest.mark.skipif(
    shutil.which("Xvfb") is None or shutil.which("xdotool") is None,
    reason="needs Xvfb and xdotool: sudo apt-get install xvfb xdotool",
)
HERE = Path(__file__).resolve().parent
REPO = HERE.parent
ITEM = "org.kde.StatusNotifierItem"
MENU = "com.canonical.dbusmenu"


@contextmanager
def tray(bus: PrivateBus, folder: Path) -> Iterator[Path]:
    """The stand-in tray host on ``bus``; yields its log."""
    log = folder / "tray.jsonl"
    env = {**os.environ, "DBUS_SESSION_BUS_ADDRESS": bus.address}
    host = subprocess.Popen([sys.executable, str(HERE / "fake_tray.py"), str(log)], env=env)
    try:
        wait_for("the tray host", lambda: log.exists())
        yield log
    finally:
        host.terminate()
        host.wait(timeout=10)


def call(bus: PrivateBus, to: str, path: str, interface: str, member: str,
         signature: str = "", body: tuple[Any, ...] = ()) -> tuple[Any, ...]:  # fmt: skip
    """One method call on ``bus`` from a connection of the test's own; the reply's body."""
    from jeepney import DBusAddress, MessageType, new_method_call
    from jeepney.io.blocking import open_dbus_connection

    address = DBusAddress(path, bus_name=to, interface=interface)
    with open_dbus_connection(bus.address) as conn:
        reply = conn.send_and_get_reply(
            new_method_call(address, member, signature or None, body), timeout=5
        )
    assert reply.header.message_type is MessageType.method_return, reply.body
    return tuple(reply.body)


def menu_entries(bus: PrivateBus, owner: str, path: str) -> dict[str, int]:
    """The tray menu's labels (mnemonics dropped) -> their dbusmenu ids."""
    _, layout = call(bus, owner, path, MENU, "GetLayout", "iias", (0, -1, []))
    found: dict[str, int] = {}

    def walk(node: tuple[int, dict[str, tuple[str, Any]], list[tuple[str, Any]]]) -> None:
        item_id, props, children = node
        if "label" in props:
            found[str(props["label"][1]).replace("_", "")] = item_id
        for _, child in children:
            walk(child)

    walk(layout)
    return found


def setting(data: Path, key: str) -> object:
    """A stored setting, read-only, as the app left it."""
    with sqlite3.connect(f"file:{data / DB_FILENAME}?mode=ro", uri=True) as conn:
        row = conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
    return None if row is None else json.loads(row[0])


def test_closing_hides_to_the_tray_whose_icon_and_menu_reach_the_app(
    tmp_path: Path, display: str
) -> None:
    data = tmp_path / "data"
    with open_store(data).store as store:
        store.set_setting(SESSION_ON.key, True)
    with private_bus(tmp_path) as bus, tray(bus, tmp_path) as log:
        app = start_coach(data, bus.address, platform="xcb", display=display)
        try:
            wait_for("the tray icon", lambda: app.poll() is not None or bool(items(log)))
            assert app.poll() is None, f"the app ended at start: {app.communicate()[1]}"
            wait_for("the window", lambda: bool(windows(display, "Rehab Coach")))
            [window] = windows(display, "Rehab Coach")
            owner = items(log)[0]["sender"]

            close_window(display, window)  # no timer runs: no question, straight to the tray
            wait_for("the window to hide", lambda: not windows(display, "Rehab Coach"))
            assert app.poll() is None

            call(bus, owner, "/StatusNotifierItem", ITEM, "Activate", "ii", (0, 0))
            wait_for("the window back", lambda: bool(windows(display, "Rehab Coach")))

            properties = "org.freedesktop.DBus.Properties"
            (menu_path,) = call(bus, owner, "/StatusNotifierItem", properties, "Get", "ss",
                                (ITEM, "Menu"))  # fmt: skip
            entries = menu_entries(bus, owner, menu_path[1])
            assert list(entries) == [
                "Open Rehab Coach",
                "Start today's session",
                "Ice or heat timer",
                "Pause reminders for 1 hour",
                "Pause reminders for today",
                "Quit",
            ]
            clicked = ("isvu", (entries["Pause reminders for 1 hour"], "clicked", ("i", 0), 0))
            before = time.time()
            call(bus, owner, menu_path[1], MENU, "Event", *clicked)
            wait_for("the pause", lambda: setting(data, PAUSED_UNTIL.key) is not None)
            paused = setting(data, PAUSED_UNTIL.key)
            assert isinstance(paused, float) and paused >= before + 3600 - 5

            quit_ = ("isvu", (entries["Quit"], "clicked", ("i", 0), 0))
            call(bus, owner, menu_path[1], MENU, "Event", *quit_)
            app.wait(timeout=20)
            assert app.returncode == 0
        finally:
            if app.poll() is None:
                app.terminate()
            _, stderr = app.communicate(timeout=10)
    assert "Traceback" not in stderr


def titles(display: str) -> list[str]:
    """The names of the app's visible windows ("Rehab Coach", "Ice or heat · Rehab Coach")."""
    found = []
    for window in windows(display, ".*Rehab Coach"):
        name = subprocess.run(["xdotool", "getwindowname", str(window)],
                              env={"DISPLAY": display}, capture_output=True, text=True)  # fmt: skip
        found.append(name.stdout.strip())
    return found


def desktop_actions() -> dict[str, list[str]]:
    """The shipped desktop entry's actions: name -> Exec, split into words."""
    entry = (REPO / "packaging" / "io.github.rehab_coach.RehabCoach.desktop").read_text()
    actions: dict[str, list[str]] = {}
    for group in entry.split("[Desktop Action ")[1:]:
        fields = dict(line.split("=", 1) for line in group.splitlines()[1:] if "=" in line)
        actions[fields["Name"]] = fields["Exec"].split()
    return actions


def test_started_at_login_it_waits_in_the_tray_and_the_desktop_actions_bring_it_forward(
    tmp_path: Path, display: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The autostart entry's ``--hidden``, then each desktop-entry action run as written
    (``rehab-coach`` is this checkout's ``python -m coach``), on the default data folder."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "share"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    actions = desktop_actions()
    assert set(actions) == {"Start today's session", "Ice or heat timer"}
    with private_bus(tmp_path) as bus, tray(bus, tmp_path) as log:
        app = coach_process(bus, display, "--hidden")
        try:
            wait_for("the tray icon", lambda: app.poll() is not None or bool(items(log)))
            assert app.poll() is None, f"the app ended at start: {app.communicate()[1]}"
            assert titles(display) == []  # in the tray only
            for name, screen in (("Ice or heat timer", "Ice or heat"),
                                 ("Start today's session", "Check-in")):  # fmt: skip
                command = actions[name]
                assert command[0] == "rehab-coach"
                with coach_process(bus, display, *command[1:]) as second:
                    _, said = second.communicate(timeout=30)
                assert (second.returncode, said) == (0, "")  # handed over and ended
                wanted = f"{screen} · Rehab Coach"
                wait_for(f"{wanted!r} in front", lambda w=wanted: titles(display) == [w])
            assert app.poll() is None
        finally:
            app.terminate()
            _, stderr = app.communicate(timeout=10)
    assert "Traceback" not in stderr


def coach_process(bus: PrivateBus, display: str, *args: str) -> subprocess.Popen[str]:
    """``rehab-coach ARGS`` (this checkout) on ``bus`` and ``display``, default data folder."""
    env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb",
           "PYTHONPATH": str(REPO), "DBUS_SESSION_BUS_ADDRESS": bus.address}  # fmt: skip
    return subprocess.Popen([sys.executable, "-m", "coach", *args], cwd=REPO, env=env,
                            stderr=subprocess.PIPE, text=True)  # fmt: skip


def test_a_tray_that_comes_up_after_the_app_still_gets_its_icon(
    tmp_path: Path, display: str
) -> None:
    """At login the panel may start after the app: started hidden with no tray yet, the
    app waits, and puts its icon there once the tray is up (its window never shown)."""
    data = tmp_path / "data"
    with private_bus(tmp_path) as bus:
        app = start_coach(data, bus.address, "--hidden", platform="xcb", display=display)
        try:
            wait_for("the app to listen", lambda: app.poll() is not None or listening(data))
            assert app.poll() is None, f"the app ended at start: {app.communicate()[1]}"
            with tray(bus, tmp_path) as log:
                wait_for("the tray icon", lambda: bool(items(log)))
                assert titles(display) == []
                assert app.poll() is None
        finally:
            app.terminate()
            _, stderr = app.communicate(timeout=10)
    assert "Traceback" not in stderr
