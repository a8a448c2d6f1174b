"""The app's side of the synthesis worker: a QProcess with a request queue.

Everything here runs on the GUI thread without blocking it: the worker is
started with QProcess, replies arrive through ``readyReadStandardOutput``, and
one request is in flight at a time so an urgent cue overtakes a background
pre-render. A crashed or hung worker is restarted; after ``max_crashes`` the
client gives up for good and says so once through :attr:`failed`.
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QProcess, QTimer, Signal

from coach.speech.child_process import Child, child_command
from coach.speech.fallbacks import CRASHED, NO_ENGINE
from coach.speech.protocol import EXIT_NO_ENGINE, encode


def worker_command() -> list[str]:
    """The argv that starts the worker, for a source checkout or a frozen app."""
    return child_command("coach.speech.worker", "--speech-worker")


@dataclass(frozen=True, slots=True)
class RenderRequest:
    """Render ``text`` with ``voice``/``rate`` into ``path``."""

    text: str
    voice: str
    rate: int
    path: Path


class _State(Enum):
    IDLE = "idle"
    STARTING = "starting"
    READY = "ready"
    FAILED = "failed"
    SHUT_DOWN = "shut_down"


class WorkerClient(QObject):
    """Owns the worker process: start, queue, timeouts, restarts, shutdown.

    Signals: ``ready(engine_id, default_voice, voices)`` after each (re)start;
    ``rendered(path, ok, error)`` per request; ``failed(kind, detail)`` once,
    when speech is given up (``NO_ENGINE`` or ``CRASHED``).
    """

    ready = Signal(str, str, list)
    rendered = Signal(str, bool, str)
    failed = Signal(str, str)

    def __init__(
        self,
        *,
        command: list[str] | None = None,
        max_crashes: int = 3,
        render_timeout_s: float = 10.0,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._command = command or worker_command()
        self._max_crashes = max_crashes
        self._state = _State.IDLE
        self._crashes = 0
        self._process: Child | None = None
        self._next_id = 0
        self._urgent: deque[RenderRequest] = deque()
        self._background: deque[RenderRequest] = deque()
        self._in_flight: tuple[int, RenderRequest] | None = None
        self._watchdog = QTimer(self)
        self._watchdog.setSingleShot(True)
        self._watchdog.setInterval(int(render_timeout_s * 1000))
        self._watchdog.timeout.connect(self._on_timeout)
        self.engine_id = ""
        self.default_voice = ""
        self.voices: list[tuple[str, str]] = []

    # -- public API ---------------------------------------------------------

    @property
    def is_ready(self) -> bool:
        """True once the worker said hello and has not failed since."""
        return self._state is _State.READY

    @property
    def has_failed(self) -> bool:
        """True when speech was given up (no engine, or too many crashes)."""
        return self._state is _State.FAILED

    @property
    def crashes(self) -> int:
        """How many times the worker died unexpectedly."""
        return self._crashes

    @property
    def pid(self) -> int | None:
        """The worker's process id while it runs (diagnostics and tests)."""
        return self._process.pid if self._process is not None else None

    def start(self) -> None:
        """Start the worker if it is not running yet (returns at once)."""
        if self._state is _State.IDLE:
            self._spawn()

    def render(self, request: RenderRequest, *, urgent: bool) -> None:
        """Queue a rendering; the answer comes through :attr:`rendered`."""
        if self._state in (_State.FAILED, _State.SHUT_DOWN):
            self.rendered.emit(str(request.path), False, "speech worker unavailable")
            return
        if self._in_flight is not None and self._in_flight[1] == request:
            return
        if request in self._urgent:
            return
        if request in self._background:
            if not urgent:
                return
            self._background.remove(request)
        (self._urgent if urgent else self._background).append(request)
        self.start()
        self._pump()

    def drop_background(self) -> None:
        """Forget queued pre-renders (e.g. after a voice or rate change)."""
        self._background.clear()

    def shutdown(self) -> None:
        """Kill the worker's process group and stop for good."""
        self._state = _State.SHUT_DOWN
        self._watchdog.stop()
        self._urgent.clear()
        self._background.clear()
        self._in_flight = None
        self._kill(wait=True)

    # -- process management --------------------------------------------------

    def _spawn(self) -> None:
        self._state = _State.STARTING
        self._process = Child(
            self._command,
            self,
            on_message=self._on_message,
            on_finished=self._on_finished,
            on_failed_to_start=lambda: self._crashed(f"could not start {self._command[0]}"),
        )

    def _kill(self, *, wait: bool = False) -> None:
        """Kill the worker; only ``shutdown`` waits for it to be reaped."""
        process, self._process = self._process, None
        if process is not None:
            process.kill(wait=wait)

    def _on_finished(self, code: int, status: QProcess.ExitStatus) -> None:
        self._process = None
        if self._state in (_State.FAILED, _State.SHUT_DOWN):
            return
        if code == EXIT_NO_ENGINE and status == QProcess.ExitStatus.NormalExit:
            self._give_up(NO_ENGINE, "speech engine did not start")
            return
        how = "was killed" if status == QProcess.ExitStatus.CrashExit else f"exited ({code})"
        self._crashed(f"speech worker {how}")

    def _on_timeout(self) -> None:
        self._kill()
        self._crashed("speech worker stopped answering")

    def _crashed(self, detail: str) -> None:
        if self._state in (_State.FAILED, _State.SHUT_DOWN):
            return
        self._crashes += 1
        self._watchdog.stop()
        if self._in_flight is not None:
            self._urgent.appendleft(self._in_flight[1])
            self._in_flight = None
        self._kill()
        if self._crashes >= self._max_crashes:
            self._give_up(CRASHED, f"{detail}; gave up after {self._crashes} crashes")
            return
        self._state = _State.IDLE
        self._spawn()

    def _give_up(self, kind: str, detail: str) -> None:
        self._state = _State.FAILED
        self._watchdog.stop()
        pending = [self._in_flight[1]] if self._in_flight else []
        pending += [*self._urgent, *self._background]
        self._in_flight = None
        self._urgent.clear()
        self._background.clear()
        self._kill()
        self.failed.emit(kind, detail)
        for request in pending:
            self.rendered.emit(str(request.path), False, detail)

    # -- protocol ------------------------------------------------------------

    def _on_message(self, message: dict[str, Any]) -> None:
        op = message.get("op")
        if op == "hello":
            if not message.get("ok"):
                self._give_up(NO_ENGINE, str(message.get("error") or "speech engine missing"))
                return
            self.engine_id = str(message.get("engine", ""))
            self.default_voice = str(message.get("default_voice", ""))
            self.voices = [(str(v[0]), str(v[1])) for v in message.get("voices", [])]
            self._state = _State.READY
            self.ready.emit(self.engine_id, self.default_voice, list(self.voices))
            self._pump()
        elif op == "render" and self._in_flight is not None:
            rid, request = self._in_flight
            if message.get("id") != rid:
                return
            self._in_flight = None
            self._watchdog.stop()
            ok = bool(message.get("ok"))
            self.rendered.emit(str(request.path), ok, str(message.get("error") or ""))
            self._pump()

    def _pump(self) -> None:
        if self._state is not _State.READY or self._in_flight is not None:
            return
        process = self._process
        if process is None:
            return
        queue = self._urgent or self._background
        if not queue:
            return
        request = queue.popleft()
        self._next_id += 1
        self._in_flight = (self._next_id, request)
        process.write(
            encode(
                {
                    "op": "render",
                    "id": self._next_id,
                    "text": request.text,
                    "voice": request.voice,
                    "rate": request.rate,
                    "path": str(request.path),
                }
            )
        )
        self._watchdog.start()
