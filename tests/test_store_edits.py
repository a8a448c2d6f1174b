"""Notes, deleting a session and undoing it, and deleting everything: on real SQLite files."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from test_store_history import T0, reopen, unit

from coach.domain.history import NOTE_MAX_CHARS, EventKind, SessionStatus, ThermalKind
from coach.engine.clock import FakeClock
from coach.engine.events import UnitOutcome
from coach.store.edits import (
    clean_note,
    delete_session,
    erase_everything,
    kept_damaged_files,
    restore_session,
    set_note,
)
from coach.store.history import HistoryStore
from coach.store.opening import open_store


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(T0)


@pytest.fixture
def store(tmp_path: Path, clock: FakeClock) -> Iterator[HistoryStore]:
    with open_store(tmp_path, clock=clock).store as opened:
        yield opened


def full_session(store: HistoryStore, start: float = T0) -> int:
    """A finished session with two steps and a stop-rule event."""
    sid = store.start_session(
        routine_id="glute-strength", level_id="l1", pain_before=3, started_at=start
    )
    store.record_unit(sid, unit(1), at=start + 30)
    store.record_unit(sid, unit(2, outcome=UnitOutcome.SKIPPED), at=start + 60)
    store.record_event(
        sid, EventKind.STOP_RULE, "pain 7/10; stop_exercise_offer_easier: x", at=start + 61
    )
    store.finish_session(sid, status=SessionStatus.STOPPED, pain_after=5, ended_at=start + 90)
    return sid


@pytest.mark.parametrize(
    ("typed", "saved"),
    [
        ("  sore after the stairs \n", "sore after the stairs"),
        ("line one\r\nline two", "line one\nline two"),
        ("", ""),
        ("x" * NOTE_MAX_CHARS, "x" * NOTE_MAX_CHARS),
    ],
)
def test_a_note_is_saved_cleaned_and_reads_back_after_reopen(
    store: HistoryStore, clock: FakeClock, typed: str, saved: str
) -> None:
    sid = full_session(store)
    assert set_note(store, sid, typed) == saved
    again = reopen(store, clock)
    record = again.session(sid)
    assert record is not None and record.note == saved
    again.close()


def test_a_note_too_long_or_for_no_session_is_refused_and_nothing_changes(
    store: HistoryStore,
) -> None:
    sid = full_session(store)
    set_note(store, sid, "first")
    with pytest.raises(ValueError, match=f"at most {NOTE_MAX_CHARS}"):
        set_note(store, sid, "y" * (NOTE_MAX_CHARS + 1))
    with pytest.raises(ValueError, match="no session 999"):
        set_note(store, 999, "x")
    record = store.session(sid)
    assert record is not None and record.note == "first"
    assert clean_note("\r a \r") == "a"


def test_delete_takes_steps_and_events_and_undo_puts_back_exactly(
    store: HistoryStore, clock: FakeClock
) -> None:
    keep = full_session(store, T0 - 86400)
    sid = full_session(store)
    set_note(store, sid, "felt it in the hip")
    before = (store.session(sid), store.steps(sid), store.events(sid))
    deleted = delete_session(store, sid)
    assert store.session(sid) is None
    assert store.steps(sid) == [] and store.events(sid) == []
    assert [s.id for s in store.sessions()] == [keep]
    store = reopen(store, clock)  # the delete is on disk
    assert store.count_sessions() == 1
    restore_session(store, deleted)
    store = reopen(store, clock)
    assert (store.session(sid), store.steps(sid), store.events(sid)) == before
    assert len(store.steps(keep)) == 2
    store.close()


def test_delete_refuses_a_running_or_unknown_session(store: HistoryStore) -> None:
    running = store.start_session(routine_id="r", level_id="l")
    with pytest.raises(ValueError, match="still running"):
        delete_session(store, running)
    with pytest.raises(ValueError, match="no session 42"):
        delete_session(store, 42)
    assert store.session(running) is not None


def test_undo_after_the_id_was_taken_writes_nothing(store: HistoryStore) -> None:
    sid = full_session(store)
    deleted = delete_session(store, sid)
    again = full_session(store)  # SQLite reuses the highest id
    assert again == sid
    with pytest.raises(ValueError, match="refused"):
        restore_session(store, deleted)
    assert store.count_sessions() == 1 and len(store.steps(again)) == 2


def test_erase_everything_leaves_an_empty_usable_store_and_no_trace_in_the_file(
    store: HistoryStore, clock: FakeClock
) -> None:
    secret = "unmistakable-secret-note"
    sid = full_session(store)
    set_note(store, sid, secret)
    store.save_triage(
        level="route", route="glute-strength", reasons=[], answers={"q9b_side": "left"}
    )
    ice = store.start_application(ThermalKind.ICE, planned_s=600)
    store.end_application(ice.id)
    store.set_setting("region", "uk")
    damaged = store.path.parent / f"{store.path.name}.corrupt-20250101-000000"
    damaged.write_bytes(b"old")
    Path(f"{damaged}-wal").write_bytes(b"old")
    assert len(kept_damaged_files(store)) == 2

    erase_everything(store)

    assert store.sessions() == [] and store.events() == [] and store.applications() == []
    assert store.last_triage() is None and store.setting_texts() == {}
    assert kept_damaged_files(store) == []
    store.close()
    for file in store.path.parent.iterdir():
        assert secret.encode() not in file.read_bytes(), file
    again = open_store(store.path.parent, clock=clock).store
    assert again.start_session(routine_id="r", level_id="l") >= 1
    again.close()
    with sqlite3.connect(store.path) as conn:
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
