"""Starting, reading and killing the app's helper processes (the speech worker and
the sound worker) without ever blocking the GUI thread.

A child runs ``python -m <module>`` from a source checkout, or ``<frozen app>
<flag>`` from the bundle, in a session of its own so a kill takes anything it
started. Its stdout carries one JSON object per line (:mod:`coach.speech.protocol`).
"""

from __future__ import annotations

import contextlib
import os
import signal
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QProcess, QProcessEnvironment

import coach
from coach.speech.protocol import take_messages


def child_command(module: str, flag: str) -> list[str]:
    """The argv that starts ``module`` as a child, for a source checkout or a frozen app."""
    if getattr(sys, "frozen", False):
        return [sys.executable, flag]
    return [sys.executable, "-m", module]


class Child:
    """One started child: ``write`` protocol lines to it, ``kill`` it, ask its ``pid``.

    Each protocol line it prints goes to ``on_message``, its end to ``on_finished``
    and a failed start to ``on_failed_to_start``; none of them is called once it was
    killed. Its stderr goes to ours.
    """

    def __init__(
        self,
        command: list[str],
        parent: QObject,
        *,
        on_message: Callable[[dict[str, Any]], None],
        on_finished: Callable[[int, QProcess.ExitStatus], None],
        on_failed_to_start: Callable[[], None],
    ) -> None:
        self._on_message = on_message
        self._on_finished = on_finished
        self._on_failed_to_start = on_failed_to_start
        self._buffer = bytearray()
        self._killed = False
        process = QProcess(parent)
        env = QProcessEnvironment.systemEnvironment()
        root = str(Path(coach.__file__).resolve().parent.parent)
        old = env.value("PYTHONPATH", "")
        env.insert("PYTHONPATH", root + (os.pathsep + old if old else ""))
        process.setProcessEnvironment(env)
        process.setProcessChannelMode(QProcess.ProcessChannelMode.ForwardedErrorChannel)
        if hasattr(os, "killpg"):
            process.setUnixProcessParameters(QProcess.UnixProcessFlag.CreateNewSession)
        process.readyReadStandardOutput.connect(self._read)
        process.finished.connect(self._finished)
        process.errorOccurred.connect(self._error)
        self._process = process
        process.start(command[0], command[1:])

    @property
    def pid(self) -> int | None:
        """The child's process id while it runs."""
        if self._gone() or self._process.state() == QProcess.ProcessState.NotRunning:
            return None
        return int(self._process.processId()) or None

    def write(self, line: bytes) -> None:
        """Send one protocol line (buffered by Qt until the child has started)."""
        if not self._gone():
            self._process.write(line)

    def kill(self, *, wait: bool = False) -> None:
        """SIGKILL the child's process group and forget it. Only ``wait`` waits for the
        reap (~1 ms after SIGKILL); otherwise the QProcess goes once it has finished."""
        if self._gone():
            return
        self._killed = True
        process = self._process
        if process.state() == QProcess.ProcessState.NotRunning:
            process.deleteLater()
            return
        pid = int(process.processId())
        if pid > 0 and hasattr(os, "killpg"):
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.killpg(pid, signal.SIGKILL)
        else:
            process.kill()
        if not wait:
            process.finished.connect(process.deleteLater)
            return
        process.waitForFinished(1000)
        process.deleteLater()

    def _gone(self) -> bool:
        """Killed, or its QProcess destroyed with its owner (it reports finished then)."""
        return self._killed or not shiboken6.isValid(self._process)

    def _read(self) -> None:
        if self._gone():
            return
        self._buffer.extend(bytes(self._process.readAllStandardOutput().data()))
        for message in take_messages(self._buffer):  # the children keep their stdout clean
            if self._killed:
                return
            self._on_message(message)

    def _finished(self, code: int, status: QProcess.ExitStatus) -> None:
        self._read()
        if not self._gone():
            self._killed = True
            self._process.deleteLater()
            self._on_finished(code, status)

    def _error(self, kind: QProcess.ProcessError) -> None:
        if kind == QProcess.ProcessError.FailedToStart and not self._gone():
            self._killed = True
            self._process.deleteLater()
            self._on_failed_to_start()
