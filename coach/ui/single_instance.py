"""One app per person and data folder: a second start hands its request to the first.

The first instance listens on a ``QLocalServer`` in Linux's abstract socket
namespace (no file, so nothing is left stale after a crash or SIGKILL), named
with the user id and a hash of the data folder. A later start connects, sends
one line ("show", "session" or "thermal") and exits; the first brings its
window forward and does what was asked.

Start-up cost: on Linux the check for a running app is a plain ``socket``
connect (QtNetwork takes 50-90 ms to import); the server is made after the
first paint.
"""

from __future__ import annotations

import hashlib
import os
import socket
import sys
from collections.abc import Callable
from enum import StrEnum
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from coach.store.datadir import resolve_data_dir

if TYPE_CHECKING:
    from PySide6.QtNetwork import QLocalServer, QLocalSocket

CONNECT_TIMEOUT_MS = 500
MAX_LINE = 64
LINUX = sys.platform.startswith("linux")


class Request(StrEnum):
    """What a start asks the running app to do."""

    SHOW = "show"
    SESSION = "session"
    THERMAL = "thermal"


def instance_name(data_dir: str | None) -> str:
    """The server name for this user and data folder (None: the default folder)."""
    folder = os.path.realpath(resolve_data_dir(data_dir))
    digest = hashlib.sha256(folder.encode()).hexdigest()[:16]
    uid = os.getuid() if hasattr(os, "getuid") else 0
    return f"rehab-coach-{uid}-{digest}"


def _options() -> QLocalServer.SocketOption:
    from PySide6.QtNetwork import QLocalServer

    if LINUX:
        return QLocalServer.SocketOption.AbstractNamespaceOption
    return QLocalServer.SocketOption.UserAccessOption


def forward(name: str, request: Request) -> bool:
    """Hand ``request`` to an app already listening on ``name``; False if none is."""
    line = f"{request.value}\n".encode()
    if LINUX:
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as client:
            client.settimeout(CONNECT_TIMEOUT_MS / 1000)
            try:
                client.connect("\0" + name)
                client.sendall(line)
            except OSError:
                return False
        return True
    from PySide6.QtNetwork import QLocalSocket

    other = QLocalSocket()
    other.connectToServer(name)
    if not other.waitForConnected(CONNECT_TIMEOUT_MS):
        return False
    other.write(line)
    sent = other.waitForBytesWritten(CONNECT_TIMEOUT_MS)
    other.disconnectFromServer()
    return sent


class InstanceServer(QObject):
    """Listens for later starts; their requests reach the handler given to ``attach``.

    Requests that arrive before ``attach`` (the app is still starting) wait.
    ``listening`` is False if the name was taken (another instance won a race).
    """

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        from PySide6.QtNetwork import QLocalServer

        self._server = QLocalServer(self)
        self._server.setSocketOptions(_options())
        if not LINUX:
            QLocalServer.removeServer(name)  # a file left by a crash; the lock file guards us
        self.listening = self._server.listen(name)
        self._server.newConnection.connect(self._accept)
        self._waiting: list[Request] = []
        self._handler: Callable[[Request], None] | None = None

    def attach(self, handler: Callable[[Request], None]) -> None:
        """Send every request, waiting ones first, to ``handler``."""
        self._handler = handler
        waiting, self._waiting = self._waiting, []
        for request in waiting:
            handler(request)

    def submit(self, request: Request) -> None:
        """Handle ``request`` now, or once ``attach`` was called."""
        if self._handler is None:
            self._waiting.append(request)
        else:
            self._handler(request)

    def close(self) -> None:
        """Stop listening."""
        self._server.close()

    def _accept(self) -> None:
        while (peer := self._server.nextPendingConnection()) is not None:
            peer.readyRead.connect(lambda p=peer: self._read(p))
            peer.disconnected.connect(peer.deleteLater)
            if peer.canReadLine():
                self._read(peer)

    def _read(self, peer: QLocalSocket) -> None:
        while peer.canReadLine():
            line = bytes(peer.readLine(MAX_LINE).data()).decode(errors="replace").strip()
            if line in {r.value for r in Request}:
                self.submit(Request(line))
