"""One app per person and data folder: a second start hands its request to the first.

The first instance listens on a ``QLocalServer`` in Linux's abstract socket
namespace (no file, so nothing is left stale after a crash or SIGKILL), named
with the user id and a hash of the data folder. A later start connects, sends
one line ("show", "session" or "thermal") and exits; the first brings its
window forward and does what was asked.

On Linux both ends use the standard ``socket`` module on that same abstract
address, with a ``QSocketNotifier`` for the server: QtNetwork would cost 50-90
ms to import before the first paint and 3 MiB while the app sits hidden. Other
systems use ``QLocalServer``/``QLocalSocket``, which then keep a socket file
(removed before listening; the data folder's lock file guards that).
"""

from __future__ import annotations

import os
import socket
import sys
from collections.abc import Callable
from enum import StrEnum
from typing import TYPE_CHECKING
from zlib import crc32

from PySide6.QtCore import QObject, QSocketNotifier

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
    digest = f"{crc32(folder.encode()):08x}"  # hashlib would load OpenSSL: 4 MiB
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
        self._waiting: list[Request] = []
        self._handler: Callable[[Request], None] | None = None
        self._peers: dict[int, tuple[socket.socket, QSocketNotifier, bytearray]] = {}
        self._socket: socket.socket | None = None
        self._server: QLocalServer | None = None
        self.listening = self._listen_linux(name) if LINUX else self._listen_qt(name)

    def _listen_linux(self, name: str) -> bool:
        listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        try:
            listener.bind("\0" + name)
            listener.listen(8)
        except OSError:
            listener.close()
            return False
        listener.setblocking(False)
        self._socket = listener
        self._notifier = QSocketNotifier(listener.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._accept_linux)
        return True

    def _listen_qt(self, name: str) -> bool:
        from PySide6.QtNetwork import QLocalServer

        self._server = QLocalServer(self)
        self._server.setSocketOptions(_options())
        QLocalServer.removeServer(name)  # a file left by a crash; the lock file guards us
        self._server.newConnection.connect(self._accept)
        return self._server.listen(name)

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
        """Stop listening and drop any half-read connection."""
        if self._server is not None:
            self._server.close()
        if self._socket is not None:
            self._notifier.setEnabled(False)
            self._socket.close()
            self._socket = None
        for fd in list(self._peers):
            self._drop(fd)

    def _accept_linux(self) -> None:
        assert self._socket is not None
        while True:
            try:
                peer, _ = self._socket.accept()
            except (BlockingIOError, OSError):
                return
            peer.setblocking(False)
            fd = peer.fileno()
            reader = QSocketNotifier(fd, QSocketNotifier.Type.Read, self)
            self._peers[fd] = (peer, reader, bytearray())
            # activated(socket, type): both go to *_, so fd and r keep their values.
            reader.activated.connect(lambda *_, fd=fd, r=reader: self._read_linux(fd, r))
            self._read_linux(fd, reader)

    def _read_linux(self, fd: int, reader: QSocketNotifier) -> None:
        """Read what ``reader``'s peer sent. A notice can still arrive after the peer
        was read to its end and dropped (or its fd reused by a later peer): ignored."""
        entry = self._peers.get(fd)
        if entry is None or entry[1] is not reader:
            return
        peer, _, buffer = entry
        try:
            chunk = peer.recv(MAX_LINE)
        except BlockingIOError:
            return
        except OSError:
            chunk = b""
        buffer += chunk
        if b"\n" in buffer or not chunk or len(buffer) >= MAX_LINE:
            line = bytes(buffer).split(b"\n", 1)[0].decode(errors="replace").strip()
            self._drop(fd)
            if line in {r.value for r in Request}:
                self.submit(Request(line))

    def _drop(self, fd: int) -> None:
        peer, reader, _ = self._peers.pop(fd)
        reader.setEnabled(False)
        reader.deleteLater()
        peer.close()

    def _accept(self) -> None:
        assert self._server is not None
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
