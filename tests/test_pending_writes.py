"""PendingWrites over a real SQLite file, with the write lock really held by another
connection: nothing refused is lost, order is kept, the person is told once."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from coach.domain.history import EventKind, SessionStatus
from coach.store.database import BUSY_TIMEOUT_MS
from coach.store.errors import StoreProblem
from coach.store.history import HistoryStore
from coach.store.opening import open_store
from coach.store.pending import PendingWrites


@pytest.fixture
def store(tmp_path: Path) -> Iterator[HistoryStore]:
    with open_store(tmp_path).store as opened:
        yield opened


def _hold_lock(store: HistoryStore) -> sqlite3.Connection:
    other = sqlite3.connect(store.path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    return other


def _event(session_id: int, detail: str):  # type: ignore[no-untyped-def]
    return lambda s: s.record_event(session_id, EventKind.PAIN_REPORT, detail)


def test_refused_writes_wait_in_order_and_are_told_once(store: HistoryStore) -> None:
    writes = PendingWrites(store)
    session = store.start_session(routine_id="r", level_id="l")
    first = writes.add(_event(session, "1"))
    assert (first.pending, first.problem, first.newly_failing, first.recovered) == (
        0,
        None,
        False,
        False,
    )
    other = _hold_lock(store)
    refused = writes.add(_event(session, "2"))
    assert refused.pending == 1 and refused.newly_failing and not refused.recovered
    assert refused.problem is not None and refused.problem.problem is StoreProblem.BUSY
    again = writes.add(_event(session, "3"))
    assert again.pending == 2 and not again.newly_failing  # told once per outage
    other.execute("ROLLBACK")
    other.close()
    saved = writes.flush()
    assert (saved.pending, saved.problem, saved.newly_failing, saved.recovered) == (
        0,
        None,
        False,
        True,
    )
    assert [e.detail for e in store.events(session)] == ["1", "2", "3"]


def test_a_write_that_can_never_succeed_is_dropped_and_raised(store: HistoryStore) -> None:
    writes = PendingWrites(store)
    session = store.start_session(routine_id="r", level_id="l")
    store.finish_session(session, status=SessionStatus.STOPPED)
    with pytest.raises(ValueError, match="not in progress"):
        writes.add(lambda s: s.finish_session(session, status=SessionStatus.STOPPED))
    assert writes.pending == 0


def test_the_busy_wait_is_put_back_after_a_flush(store: HistoryStore) -> None:
    writes = PendingWrites(store, busy_wait_ms=7)
    writes.flush()
    row = store._db.query_one("PRAGMA busy_timeout")
    assert row is not None and row[0] == BUSY_TIMEOUT_MS
