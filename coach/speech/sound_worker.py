"""The sound worker: plays the app's WAV files in a child process of its own.

Run as ``python -m coach.speech.sound_worker`` (or ``<frozen app> --sound-worker``).
Why a child: Qt's PulseAudio backend aborts its process (a libpulse assertion in
``pa_context_get_state``) when a sound server restart races its reconnect, from
inside Qt's event loop where no caller can stop it. Here that ends only this
child; the app starts a fresh one (:mod:`coach.speech.sound_client`).

Protocol, one JSON object per line (:mod:`coach.speech.protocol`). App -> worker::

    {"op": "play", "channel": "speech", "id": 7, "path": "/…/ab12.wav", "volume": 0.8}
    {"op": "stop", "channel": "speech"}
    {"op": "preload", "channel": "beep", "path": "/…/countdown.wav"}

Worker -> app: ``{"op": "outputs", "count": 2}`` first and whenever the audio
outputs change; ``{"op": "started", "channel": "speech", "id": 7}`` and
``{"op": "finished", …}`` for each sound. Each channel plays one sound at a time
(:class:`coach.speech.player.WavPlayer`). It exits when its stdin closes.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import IO, Any

from PySide6.QtCore import QCoreApplication, QSocketNotifier
from PySide6.QtMultimedia import QMediaDevices

from coach.speech.player import WavPlayer
from coach.speech.protocol import encode, take_messages


class Channels:
    """The worker's players, one per channel name, on the default audio output."""

    def __init__(self, out: IO[bytes]) -> None:
        self._out = out
        self._players: dict[str, WavPlayer] = {}
        self._ids: dict[str, int] = {}
        self._devices = QMediaDevices()
        self._devices.audioOutputsChanged.connect(self._outputs_changed)
        self._outputs_changed()

    def handle(self, request: dict[str, Any]) -> None:
        """Carry out one request; anything malformed is ignored."""
        channel = request.get("channel")
        path = request.get("path")
        if not isinstance(channel, str):
            return
        op = request.get("op")
        if op == "stop":
            self._player(channel).stop()
        elif op == "preload" and isinstance(path, str):
            self._player(channel).preload(Path(path))
        elif op == "play" and isinstance(path, str) and isinstance(request.get("id"), int):
            player = self._player(channel)
            player.stop()  # reports the sound before finished, under its own id
            self._ids[channel] = request["id"]
            volume = request.get("volume")
            if isinstance(volume, int | float):
                player.set_volume(min(max(float(volume), 0.0), 1.0))
            player.play(Path(path))

    def _player(self, channel: str) -> WavPlayer:
        player = self._players.get(channel)
        if player is None:
            player = WavPlayer(device=self._devices.defaultAudioOutput())
            player.started.connect(lambda: self._say("started", channel))
            player.finished.connect(lambda: self._say("finished", channel))
            self._players[channel] = player
        return player

    def _say(self, op: str, channel: str) -> None:
        self._send({"op": op, "channel": channel, "id": self._ids.get(channel, 0)})

    def _outputs_changed(self) -> None:
        """A new default output: every channel starts afresh on it."""
        outputs = QMediaDevices.audioOutputs()
        for player in self._players.values():
            player.set_device(QMediaDevices.defaultAudioOutput() if outputs else None)
        self._send({"op": "outputs", "count": len(outputs)})

    def _send(self, message: dict[str, Any]) -> None:
        try:
            self._out.write(encode(message))
        except OSError:  # the app has gone
            os._exit(0)


def main() -> int:
    """Play what stdin asks until it closes."""
    app = QCoreApplication(sys.argv[:1])
    out = os.fdopen(os.dup(1), "wb", buffering=0)
    channels = Channels(out)
    pending = bytearray()

    def read() -> None:
        try:
            chunk = os.read(0, 65536)
        except BlockingIOError:
            return
        if not chunk:  # the app has gone: nothing to keep, so no teardown to race
            os._exit(0)
        pending.extend(chunk)
        for message in take_messages(pending):
            channels.handle(message)

    os.set_blocking(0, False)
    notifier = QSocketNotifier(0, QSocketNotifier.Type.Read)
    notifier.activated.connect(read)
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())
