"""The app's side of the sound worker (:mod:`coach.speech.sound_worker`).

``SoundProcess`` owns the child: started on first use, started again after it
dies (a sound server restart can take it down), killed at shutdown. Each
``SoundChannel`` plays one sound at a time, like ``WavPlayer`` in-process, and
always reports the end of a sound it started: when the child says so, when the
child dies, at the sound's length plus a margin after the child said it started,
or when the child never said so within ``START_TIMEOUT_S`` (then it is taken for
hung and started afresh). A child that is only slow (starved by load, or waiting
on a busy sound server) is waited for: its late ``started`` still counts.
Nothing here blocks the GUI thread.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QProcess, Qt, QTimer, Signal

from coach.speech.child_process import Child, child_command
from coach.speech.protocol import encode
from coach.speech.wav_file import wav_duration

RESTART_DELAYS_MS = (250, 1000, 3000, 10000)
"""Waits before each fresh start after the child died; the last one repeats."""
START_TIMEOUT_S = 5.0
"""A sound the child has not said it started this long after the request never will:
the child is taken for hung. Load or a busy sound server delay it by a second or two."""
QUIET_MARGIN_S = 1.0
"""A started sound the child never reported ended counts as ended this long after its
length."""
STEADY_S = 30.0
"""A child alive this long resets the restart delays."""


def sound_worker_command() -> list[str]:
    """The argv that starts the sound worker, for a source checkout or a frozen app."""
    return child_command("coach.speech.sound_worker", "--sound-worker")


class SoundChannel(QObject):
    """One sound at a time on a channel of the sound worker.

    ``started()`` when the sound is heard, ``finished()`` when it ended, was stopped
    or can't be played; exactly one ``finished`` per ``play``. The deadline runs
    from the child's ``started``, not from the request: a late ``started`` must not
    find the sound already given up (issue 14: a cue ended unheard under load).
    """

    started = Signal()
    finished = Signal()

    def __init__(self, name: str, owner: SoundProcess) -> None:
        super().__init__(owner)
        self._name = name
        self._owner = owner
        self._volume = 1.0
        self._playing: int | None = None
        self._sent = False
        self._heard_start = False
        self._length_s = 0.0
        self._next_id = 0
        self._quiet = QTimer(self)
        self._quiet.setSingleShot(True)
        self._quiet.setTimerType(Qt.TimerType.PreciseTimer)
        self._quiet.timeout.connect(self._on_quiet)

    @property
    def busy(self) -> bool:
        """True from ``play()`` until ``finished``."""
        return self._playing is not None

    def set_volume(self, volume: float) -> None:
        """0..1, from the next sound on."""
        self._volume = min(max(volume, 0.0), 1.0)

    def preload(self, path: Path) -> None:
        """Have the worker decode ``path`` ahead of time so it starts at once."""
        self._owner.send({"op": "preload", "channel": self._name, "path": str(path)})

    def play(self, path: Path) -> None:
        """Start ``path`` now, stopping this channel's current sound."""
        self._end()
        self._next_id += 1
        self._playing = self._next_id
        self._heard_start = False
        self._length_s = wav_duration(path)
        self._sent = self._owner.send(
            {
                "op": "play",
                "channel": self._name,
                "id": self._next_id,
                "path": str(path),
                "volume": self._volume,
            }
        )
        self._quiet.start(int(START_TIMEOUT_S * 1000) if self._sent else 0)  # unsent: ends now

    def stop(self) -> None:
        """Stop at once; emits ``finished`` if something was playing."""
        if self._playing is not None:
            self._owner.send({"op": "stop", "channel": self._name})
            self._end()

    def cut_off(self) -> None:
        """The worker is gone: the sound playing (if any) has ended."""
        self._end()

    def heard(self, op: str, sound_id: int) -> None:
        """The worker's word about sound ``sound_id`` (``started`` or ``finished``)."""
        if sound_id != self._playing:
            return  # one already ended here
        if op == "started":
            self._heard_start = True
            self._quiet.start(int((self._length_s + QUIET_MARGIN_S) * 1000))
            self.started.emit()
        elif op == "finished":
            self._end()

    def _on_quiet(self) -> None:
        """The child went quiet: a started (or never sent) sound has ended; one sent but
        never started means the child hangs, and a fresh one is started (ending it)."""
        if self._heard_start or not self._sent:
            self._end()
        else:
            self._owner.restart()

    def _end(self) -> None:
        if self._playing is None:
            return
        self._playing = None
        self._quiet.stop()
        self.finished.emit()


class SoundProcess(QObject):
    """The sound worker process and its channels.

    ``outputs_changed(count)``: how many audio outputs the worker sees, after each
    start and whenever that changes. ``restarted()`` after it died and came back.
    """

    outputs_changed = Signal(int)
    restarted = Signal()

    def __init__(self, *, command: list[str] | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self._command = command or sound_worker_command()
        self._child: Child | None = None
        self._channels: dict[str, SoundChannel] = {}
        self._deaths = 0
        self._shut_down = False
        self._steady = QTimer(self)
        self._steady.setSingleShot(True)
        self._steady.setInterval(int(STEADY_S * 1000))
        self._steady.timeout.connect(self._stayed_up)
        self._comeback = QTimer(self)
        self._comeback.setSingleShot(True)
        self._comeback.timeout.connect(self._comeback_start)

    @property
    def pid(self) -> int | None:
        """The worker's process id while it runs (diagnostics and tests)."""
        return self._child.pid if self._child is not None else None

    def channel(self, name: str) -> SoundChannel:
        """The channel called ``name`` (made on first use)."""
        if name not in self._channels:
            self._channels[name] = SoundChannel(name, self)
        return self._channels[name]

    def start(self) -> None:
        """Start the worker unless it runs or is about to (returns at once)."""
        if self._child is None and not self._shut_down and not self._comeback.isActive():
            self._child = Child(
                self._command,
                self,
                on_message=self._on_message,
                on_finished=self._on_finished,
                on_failed_to_start=lambda: self._died(),
            )
            self._steady.start()

    def restart(self) -> None:
        """A fresh worker now (a fresh connection to a sound server that came back)."""
        self._stop_child()
        self._comeback.stop()
        self.start()

    def send(self, message: dict[str, Any]) -> bool:
        """Pass one request to the worker, starting it if needed; False when it was
        dropped because the worker is down (a channel then ends its sound itself)."""
        self.start()
        if self._child is None:
            return False
        self._child.write(encode(message))
        return True

    def shutdown(self) -> None:
        """Stop the worker for good."""
        self._shut_down = True
        self._comeback.stop()
        self._steady.stop()
        if self._child is not None:
            self._child.kill(wait=True)
            self._child = None
        self._end_all()

    def _on_message(self, message: dict[str, Any]) -> None:
        op, name = message.get("op"), message.get("channel")
        if op == "outputs" and isinstance(message.get("count"), int):
            self.outputs_changed.emit(message["count"])
        elif op in ("started", "finished") and name in self._channels:
            sound_id = message.get("id")
            if isinstance(sound_id, int):
                self._channels[name].heard(op, sound_id)

    def _on_finished(self, _code: int, _status: QProcess.ExitStatus) -> None:
        self._died()

    def _died(self) -> None:
        """It ended without being asked: every sound it had ends, and it comes back
        after a wait that grows while it keeps dying."""
        self._child = None
        self._steady.stop()
        self._end_all()
        if self._shut_down:
            return
        delay = RESTART_DELAYS_MS[min(self._deaths, len(RESTART_DELAYS_MS) - 1)]
        self._deaths += 1
        self._comeback.start(delay)

    def _comeback_start(self) -> None:
        self.start()
        if self._child is not None:
            self.restarted.emit()

    def _stayed_up(self) -> None:
        self._deaths = 0

    def _stop_child(self) -> None:
        if self._child is not None:
            self._child.kill()
            self._child = None
        self._end_all()

    def _end_all(self) -> None:
        for channel in self._channels.values():
            channel.cut_off()
