"""The stall clock used by timing tests counts a thread's own waits, not load."""

from __future__ import annotations

import time

from own_time import own_time


def test_a_blocking_wait_counts_on_the_own_clock() -> None:
    start = own_time()
    time.sleep(0.2)  # blocked in a call: what a stalled GUI thread would do
    assert own_time() - start >= 0.19
