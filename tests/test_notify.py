"""The notifier: a desktop note over D-Bus when there is a service, one notice when not.

The desktop case runs a private ``dbus-daemon`` and a stand-in notification
server made with QtDBus in this process, so the test sees the exact call the
notifier made (its signature included) and nothing reaches a real desktop.
"""

from __future__ import annotations

import shutil
import subprocess
import wave
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QProcess
from PySide6.QtDBus import QDBusConnection, QDBusMessage, QDBusVirtualObject
from pytestqt.qtbot import QtBot
from test_speech_pulse import Recorder, audio_device, pulse_sink, recorder, rms  # noqa: F401

from coach.ui.notify import NO_DESKTOP_NOTICE, SERVICE, Notifier, alarm_path, gvariant_string

OBJECT_PATH = "/org/freedesktop/Notifications"
INTROSPECTION = """<node><interface name="org.freedesktop.Notifications">
<method name="Notify">
<arg type="s" direction="in"/><arg type="u" direction="in"/><arg type="s" direction="in"/>
<arg type="s" direction="in"/><arg type="s" direction="in"/><arg type="as" direction="in"/>
<arg type="a{sv}" direction="in"/><arg type="i" direction="in"/><arg type="u" direction="out"/>
</method></interface></node>"""


class FakeNotificationServer(QDBusVirtualObject):
    """Answers Introspect and Notify like a desktop's notification service; records calls."""

    def __init__(self) -> None:
        super().__init__()
        self.calls: list[tuple[str, list[Any]]] = []

    def handleMessage(self, message: QDBusMessage, connection: QDBusConnection) -> bool:
        if message.member() == "Introspect":
            connection.send(message.createReply(INTROSPECTION))
            return True
        self.calls.append((message.signature(), list(message.arguments())))
        connection.send(message.createReply(1))
        return True

    def introspect(self, path: str) -> str:
        return ""


@pytest.fixture
def private_bus(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """A session bus of our own, set as the session bus for child processes."""
    if shutil.which("dbus-daemon") is None or shutil.which("gdbus") is None:
        pytest.skip("needs dbus-daemon and gdbus: sudo apt-get install dbus libglib2.0-bin")
    daemon = subprocess.Popen(
        ["dbus-daemon", "--session", "--nofork", "--print-address=1"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert daemon.stdout is not None
    address = daemon.stdout.readline().strip()
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", address)
    yield address
    daemon.terminate()
    daemon.wait(timeout=10)
    daemon.stdout.close()


@pytest.fixture
def no_bus(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No session bus at all, as in CI."""
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", f"unix:path={tmp_path}/no-bus")


def finish(qtbot: QtBot, notifier: Notifier) -> None:
    qtbot.waitUntil(lambda: not notifier.findChildren(QProcess), timeout=10_000)


@pytest.mark.usefixtures("no_bus")
def test_without_a_session_bus_one_notice_and_no_crash(qtbot: QtBot) -> None:
    notifier = Notifier(volume=0.0)
    notices: list[str] = []
    delivered: list[str] = []
    notifier.notice.connect(notices.append)
    notifier.delivered.connect(delivered.append)
    for _ in range(2):
        with qtbot.waitSignal(notifier.delivered, timeout=10_000):
            notifier.notify("Ice finished", "Take the pack off now.")
    finish(qtbot, notifier)
    assert notices == [NO_DESKTOP_NOTICE]
    assert delivered == ["", ""]


def test_without_gdbus_one_notice_and_no_crash(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))
    notifier = Notifier(volume=0.0)
    with qtbot.waitSignal(notifier.notice) as said:
        notifier.notify("Ice finished", "Take the pack off now.")
    assert said.args == [NO_DESKTOP_NOTICE]


def test_desktop_notification_goes_out_with_the_spec_signature(
    qtbot: QtBot, private_bus: str
) -> None:
    bus = QDBusConnection.connectToBus(private_bus, "fake-notifications")
    server = FakeNotificationServer()
    try:
        assert bus.registerVirtualObject(OBJECT_PATH, server)
        assert bus.registerService(SERVICE)
        notifier = Notifier(volume=0.0)
        notices: list[str] = []
        notifier.notice.connect(notices.append)
        title, body = 'Heat "finished"', "Take the pack off now.\nNext heat from 14:35."
        with qtbot.waitSignal(notifier.delivered, timeout=10_000) as outcome:
            notifier.notify(title, body)
        finish(qtbot, notifier)
    finally:
        bus.unregisterService(SERVICE)
        bus.unregisterObject(OBJECT_PATH)
        QDBusConnection.disconnectFromBus("fake-notifications")
    assert outcome.args == ["desktop"]
    assert notices == []
    assert len(server.calls) == 1
    signature, arguments = server.calls[0]
    assert signature == "susssasa{sv}i"
    assert arguments[:6] == ["Rehab Coach", 0, "", title, body, []]
    assert arguments[7] == -1


def test_gvariant_strings_survive_quotes_backslashes_and_newlines() -> None:
    assert gvariant_string('say "hi"\\now\nok') == '"say \\"hi\\"\\\\now\\nok"'


def test_the_alarm_is_a_short_wav_we_ship() -> None:
    with wave.open(str(alarm_path()), "rb") as chime:
        seconds = chime.getnframes() / chime.getframerate()
        assert (chime.getnchannels(), chime.getsampwidth()) == (1, 2)
    assert 1.5 < seconds < 4.0


@pytest.mark.audio
@pytest.mark.usefixtures("audio_device", "no_bus")
def test_the_chime_is_heard(qtbot: QtBot, request: pytest.FixtureRequest) -> None:
    capture: Recorder = request.getfixturevalue("recorder")
    notifier = Notifier(volume=1.0)
    capture.wait_until_flowing()
    with qtbot.waitSignal(notifier.delivered, timeout=10_000):
        notifier.notify("Ice finished", "Take the pack off now.")
    with wave.open(str(alarm_path()), "rb") as chime:
        qtbot.wait(round(chime.getnframes() / chime.getframerate() * 1000) + 300)  # all of it
    finish(qtbot, notifier)
    samples, _, _ = capture.stop()
    loudest = max(rms(samples, t / 10, t / 10 + 0.1) for t in range(len(samples) // 2205))
    assert loudest > 1000
