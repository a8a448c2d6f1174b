"""A clock for "did our thread stall?" that a busy machine does not move.

``own_time()`` is wall time minus the time this thread spent runnable but
waiting for a CPU (Linux ``/proc/thread-self/schedstat``, second field), so a
gap between two readings counts what the thread did or waited for itself
(running, or blocked in a call), not the time other processes held the cores.
Where the kernel does not keep the figure it is plain wall time.
"""

from __future__ import annotations

import time
from pathlib import Path

_SCHEDSTAT = Path("/proc/thread-self/schedstat")


def _runqueue_wait_s() -> float:
    try:
        return int(_SCHEDSTAT.read_text().split()[1]) / 1e9
    except (OSError, IndexError, ValueError):
        return 0.0


def own_time() -> float:
    """Seconds, for differences only, as this thread's own clock (see the module)."""
    return time.perf_counter() - _runqueue_wait_s()
