"""The notifier: desktop notes over D-Bus with actions, one notice and a raised window when not.

The desktop cases run a private ``dbus-daemon`` with a stand-in notification
server (``fake_notifications.py``, its own process) that logs every call with
its signature and can click a note's buttons, so nothing reaches a real desktop.
"""

from __future__ import annotations

import wave
from collections.abc import Iterator
from pathlib import Path

import pytest
from private_bus import PrivateBus, private_bus
from pytestqt.qtbot import QtBot
from test_speech_pulse import Recorder, audio_device, pulse_sink, recorder, rms  # noqa: F401

from coach.ui.reminders.dbus_notify import Note
from coach.ui.reminders.notify import (
    DESKTOP_ENTRY,
    NO_DESKTOP_NOTICE,
    Notifier,
    alarm_path,
    icon_path,
)

ACTIONS = (("default", "Open"), ("off", "I've taken it off"), ("snooze", "Snooze 2 min"))


@pytest.fixture
def bus(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[PrivateBus]:
    """A private session bus with the fake server, set as this process's session bus."""
    with private_bus(tmp_path) as running:
        monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", running.address)
        yield running


@pytest.fixture
def no_bus(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No session bus at all, as in CI."""
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", f"unix:path={tmp_path}/no-bus")


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
    assert notices == [NO_DESKTOP_NOTICE]
    assert delivered == ["", ""]


def test_with_a_bus_but_no_service_the_window_comes_forward(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QWidget

    window = QWidget()
    qtbot.addWidget(window)
    window.showMinimized()
    with private_bus(tmp_path, server=False) as running:
        monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", running.address)
        notifier = Notifier(window, volume=0.0)
        with qtbot.waitSignal(notifier.notice, timeout=10_000) as said:
            notifier.alert("ice", Note("Ice finished", "Take the pack off now.", critical=True))
        notifier.shutdown()
    assert said.args == [NO_DESKTOP_NOTICE]
    assert window.isVisible() and not window.isMinimized()


def test_a_critical_note_with_actions_goes_out_typed_and_its_buttons_come_back(
    qtbot: QtBot, bus: PrivateBus
) -> None:
    notifier = Notifier(volume=0.0)
    title, body = 'Heat "finished"', "Take the pack off now.\nNext heat from 14:35."
    with qtbot.waitSignal(notifier.delivered, timeout=10_000) as outcome:
        notifier.alert("thermal", Note(title, body, ACTIONS, critical=True))
    assert outcome.args == ["desktop"]
    [note] = bus.notes()
    assert note["signature"] == "susssasa{sv}i"
    assert (note["app_name"], note["replaces_id"], note["summary"], note["body"]) == (
        "Rehab Coach",
        0,
        title,
        body,
    )
    assert note["icon"] == icon_path().as_uri() and icon_path().is_file()
    assert note["actions"] == [
        "default",
        "Open",
        "off",
        "I've taken it off",
        "snooze",
        "Snooze 2 min",
    ]
    assert note["hints"] == {"urgency": ["y", 2], "desktop-entry": ["s", DESKTOP_ENTRY]}
    assert note["timeout"] == 0  # critical: stays until answered

    notifier.alert("thermal", Note(title, body, ACTIONS, critical=True))  # a repeat ring
    with qtbot.waitSignal(notifier.action, timeout=10_000) as clicked:
        bus.invoke(note["id"], "off")
    assert clicked.args == ["thermal", "off"]
    assert len(bus.notes()) == 1  # the repeat only chimed while the note was shown

    with qtbot.waitSignal(notifier.delivered, timeout=10_000):
        notifier.alert("thermal", Note(title, body, ACTIONS, critical=True))
    assert len(bus.notes()) == 2  # closed by the click, so shown again
    notifier.shutdown()


def test_a_plain_note_expires_as_the_desktop_likes(qtbot: QtBot, bus: PrivateBus) -> None:
    notifier = Notifier(volume=0.0)
    with qtbot.waitSignal(notifier.delivered, timeout=10_000):
        notifier.notify("Test reminder", "This is how a reminder looks.")
    [note] = bus.notes()
    assert (note["actions"], note["timeout"]) == ([], -1)
    assert "urgency" not in note["hints"]
    notifier.shutdown()


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
    samples, _, _ = capture.stop()
    loudest = max(rms(samples, t / 10, t / 10 + 0.1) for t in range(len(samples) // 2205))
    assert loudest > 1000
