"""Whether the local PulseAudio server (or PipeWire's pulse socket) answers.

Qt's PulseAudio backend aborts the whole process (a libpulse assertion in
``pa_context_get_state``) when a sound is started while its connection to a
restarted server has failed. The speaker asks :class:`SoundServer` first and
stays silent (captions only) while the server is away. Stdlib only.
"""

from __future__ import annotations

import os
import socket
import time
from collections.abc import Callable, Mapping
from pathlib import Path

PROBE_TIMEOUT_S = 0.05
SETTLE_S = 2.0
"""After the server answers again, how long Qt gets to reconnect before sounds play."""


def pulse_sockets(env: Mapping[str, str]) -> list[Path] | None:
    """The unix sockets libpulse would try, or None when it would use something we
    can't check (a TCP server)."""
    server = env.get("PULSE_SERVER", "").strip()
    if server:
        paths = []
        for entry in server.split():
            address = entry.split("}")[-1]  # "{machine-id}unix:/path" form
            if address.startswith("unix:"):
                paths.append(Path(address[5:]))
            elif address.startswith("/"):
                paths.append(Path(address))
            else:
                return None
        return paths
    runtime = env.get("PULSE_RUNTIME_PATH")
    if runtime:
        return [Path(runtime) / "native"]
    xdg = env.get("XDG_RUNTIME_DIR")
    return [Path(xdg) / "pulse" / "native"] if xdg else [Path("/run/pulse/native")]


def answers(path: Path) -> bool:
    """Whether something accepts a connection on unix socket ``path``."""
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as probe:
        probe.settimeout(PROBE_TIMEOUT_S)
        try:
            probe.connect(str(path))
        except OSError:
            return False
    return True


class SoundServer:
    """Tracks whether sounds may be started now.

    Unknown (no local socket to check, or never seen one) counts as up, so a
    machine without PulseAudio behaves as before. Once seen, a server that stops
    answering is down until it answers again and SETTLE_S have passed.
    """

    def __init__(
        self,
        env: Mapping[str, str] | None = None,
        *,
        clock: Callable[[], float] = time.monotonic,
        probe: Callable[[Path], bool] = answers,
    ) -> None:
        self._paths = pulse_sockets(os.environ if env is None else env)
        self._clock = clock
        self._probe = probe
        self._seen = self._answers()
        self._back_at: float | None = self._clock() - SETTLE_S if self._seen else None

    def _answers(self) -> bool:
        return self._paths is not None and any(self._probe(path) for path in self._paths)

    def up(self) -> bool:
        """Whether a sound may be started now."""
        if self._paths is None:
            return True
        if not self._answers():
            self._back_at = None
            return not self._seen
        now = self._clock()
        self._seen = True
        if self._back_at is None:  # it has just come (back): give Qt time to reconnect
            self._back_at = now
        return now - self._back_at >= SETTLE_S
