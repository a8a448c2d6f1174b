"""HistoryStore against real SQLite files: every write reads back after reopening."""

from __future__ import annotations

import io
import stat
import time
from collections.abc import Iterator
from datetime import UTC, date
from pathlib import Path

import pytest

from coach.domain.history import (
    EventKind,
    SessionStatus,
    StepOutcome,
    SymptomsReach,
    ThermalKind,
    ThermalStatus,
)
from coach.domain.side import Side
from coach.engine.clock import FakeClock
from coach.engine.events import UnitCompleted, UnitOutcome
from coach.store.csv_export import CsvKind, csv_name, write_csv, write_csv_folder
from coach.store.demo import seed_demo_history
from coach.store.errors import StoreFull, StoreProblem
from coach.store.history import HistoryStore
from coach.store.opening import open_store

T0 = 1_767_225_600.0  # 2026-01-01 00:00 UTC


def unit(unit_no: int = 1, *, outcome: UnitOutcome = UnitOutcome.COMPLETED) -> UnitCompleted:
    return UnitCompleted(
        block_index=2,
        exercise_id="clamshell",
        side=Side.LEFT,
        set_no=1,
        unit_no=unit_no,
        planned_s=30.0,
        active_s=28.5,
        reps=10,
        outcome=outcome,
        at=12.0,  # monotonic engine time: not stored
    )


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(T0)


@pytest.fixture
def store(tmp_path: Path, clock: FakeClock) -> Iterator[HistoryStore]:
    with open_store(tmp_path, clock=clock).store as opened:
        yield opened


def reopen(store: HistoryStore, clock: FakeClock) -> HistoryStore:
    store.close()
    return open_store(store.path.parent, clock=clock).store


def test_step_outcomes_match_the_engine() -> None:
    assert {o.value for o in StepOutcome} == {o.value for o in UnitOutcome}


def test_a_whole_session_reads_back_after_reopen(
    store: HistoryStore, clock: FakeClock, tmp_path: Path
) -> None:
    session_id = store.start_session(
        routine_id="glute-strength",
        level_id="weeks-1-2",
        route="strengthening",
        pain_before=3,
        symptoms_reach=SymptomsReach.THIGH,
    )
    clock.advance(60)
    first = store.record_unit(session_id, unit(1))
    clock.advance(60)
    store.record_unit(session_id, unit(2, outcome=UnitOutcome.SKIPPED))
    store.record_event(session_id, EventKind.STOP_RULE, "pain rose from 3 to 6")
    clock.advance(60)
    store.finish_session(
        session_id,
        status=SessionStatus.STOPPED,
        pain_after=6,
        spreading_symptoms=False,
        rated_easy=True,
        stop_reason="pain rose 2+ points",
    )
    store.set_morning_pain(session_id, 4, at=T0 + 86_400)

    store = reopen(store, clock)
    with store:
        (session,) = store.sessions()
        assert session == store.session(session_id) == store.last_session()
        assert session.routine_id == "glute-strength"
        assert session.level_id == "weeks-1-2"
        assert session.route == "strengthening"
        assert (session.started_at, session.ended_at, session.duration_s) == (T0, T0 + 180, 180)
        assert session.status is SessionStatus.STOPPED
        assert session.stop_reason == "pain rose 2+ points"
        assert (session.pain_before, session.pain_after) == (3, 6)
        assert session.symptoms_reach is SymptomsReach.THIGH
        assert session.spreading_symptoms is False
        assert session.rated_easy is True
        assert (session.morning_pain, session.morning_pain_at) == (4, T0 + 86_400)
        assert (session.steps_done, session.active_s) == (1, 57.0)

        steps = store.steps(session_id)
        assert steps[0].id == first
        assert [(s.unit_no, s.outcome, s.at) for s in steps] == [
            (1, StepOutcome.COMPLETED, T0 + 60),
            (2, StepOutcome.SKIPPED, T0 + 120),
        ]
        step = steps[0]
        assert (step.session_id, step.block_index, step.exercise_id, step.side) == (
            session_id,
            2,
            "clamshell",
            Side.LEFT,
        )
        assert (step.set_no, step.planned_s, step.active_s, step.reps) == (1, 30.0, 28.5, 10)

        (event,) = store.events(session_id)
        assert (event.kind, event.detail, event.at) == (
            EventKind.STOP_RULE,
            "pain rose from 3 to 6",
            T0 + 120,
        )
        assert store.events(kind=EventKind.RED_FLAG) == []


def test_an_event_outside_a_session(store: HistoryStore) -> None:
    store.record_event(None, EventKind.RED_FLAG, "R2 yes")
    (event,) = store.events()
    assert event.session_id is None


def test_finish_rules(store: HistoryStore) -> None:
    session_id = store.start_session(routine_id="r", level_id="l")
    with pytest.raises(ValueError, match="completed or stopped"):
        store.finish_session(session_id, status=SessionStatus.INTERRUPTED)
    with pytest.raises(ValueError, match="0 to 10"):
        store.finish_session(session_id, status=SessionStatus.COMPLETED, pain_after=11)
    store.finish_session(session_id, status=SessionStatus.COMPLETED, pain_after=2)
    with pytest.raises(ValueError, match="not in progress"):
        store.finish_session(session_id, status=SessionStatus.COMPLETED)
    with pytest.raises(ValueError, match="not in progress"):
        store.record_unit(session_id, unit())
    with pytest.raises(ValueError, match="no session"):
        store.set_morning_pain(999, 3)


def test_bad_values_are_refused_and_nothing_is_written(store: HistoryStore) -> None:
    with pytest.raises(ValueError, match="pain_before"):
        store.start_session(routine_id="r", level_id="l", pain_before=-1)
    with pytest.raises(ValueError, match="not in progress"):
        store.record_unit(12345, unit())
    with pytest.raises(ValueError, match="refused"):
        store.record_event(12345, EventKind.PAIN_REPORT)
    assert store.sessions() == []
    assert store.count_sessions() == 0


def test_interrupted_sessions_and_resume(store: HistoryStore, clock: FakeClock) -> None:
    done = store.start_session(routine_id="r", level_id="l")
    store.finish_session(done, status=SessionStatus.COMPLETED)
    assert store.mark_interrupted() == []
    assert store.resumable_session() is None

    clock.advance(3600)
    left = store.start_session(routine_id="r", level_id="l")
    assert store.mark_interrupted() == [left]
    resumable = store.resumable_session()
    assert resumable is not None
    assert resumable.steps == ()
    assert resumable.session.ended_at == resumable.session.started_at

    resumed = store.resume_session(left)
    assert resumed.session.status is SessionStatus.IN_PROGRESS
    assert resumed.session.ended_at is None
    with pytest.raises(ValueError, match="not interrupted"):
        store.resume_session(left)
    store.record_unit(left, unit(1))
    store.finish_session(left, status=SessionStatus.COMPLETED)
    assert store.session(left).steps_done == 1  # type: ignore[union-attr]


def test_an_older_interrupted_session_is_not_offered(store: HistoryStore, clock: FakeClock) -> None:
    store.start_session(routine_id="r", level_id="l")
    store.mark_interrupted()
    clock.advance(60)
    store.start_session(routine_id="r", level_id="l")
    assert store.resumable_session() is None


def test_sessions_newest_first_with_paging_and_filters(
    store: HistoryStore, clock: FakeClock
) -> None:
    ids = []
    for k in range(5):
        ids.append(store.start_session(routine_id="r", level_id="l", started_at=T0 + k))
        status = SessionStatus.COMPLETED if k % 2 else SessionStatus.STOPPED
        store.finish_session(ids[-1], status=status)
    newest_first = ids[::-1]
    assert [s.id for s in store.sessions()] == newest_first
    assert [s.id for s in store.sessions(limit=2, offset=1)] == newest_first[1:3]
    completed = store.sessions(status=SessionStatus.COMPLETED)
    assert [s.id for s in completed] == [ids[3], ids[1]]
    assert store.count_sessions(status=SessionStatus.COMPLETED) == 2
    assert [s.id for s in store.sessions(since=T0 + 3)] == [ids[4], ids[3]]
    assert store.count_sessions() == 5


def test_triage_reads_back(store: HistoryStore, clock: FakeClock) -> None:
    assert store.last_triage() is None
    store.save_triage(level="ok", route="doms", reasons=["Q8=A"], answers={"q8": "A"})
    clock.advance(10)
    store.save_triage(
        level="soon", route="sciatic", reasons=["Q9=C", "pain 5"], answers={"q9": "C", "q10": 5}
    )
    store = reopen(store, clock)
    with store:
        last = store.last_triage()
        assert last is not None
        assert (last.at, last.level, last.route) == (T0 + 10, "soon", "sciatic")
        assert last.reasons == ("Q9=C", "pain 5")
        assert dict(last.answers) == {"q9": "C", "q10": 5}


def test_thermal_application_lifecycle(store: HistoryStore, clock: FakeClock) -> None:
    assert store.running_application() is None
    ice = store.start_application(ThermalKind.ICE, planned_s=900)
    assert (ice.status, ice.deadline, ice.remaining_s(T0 + 300)) == (
        ThermalStatus.RUNNING,
        T0 + 900,
        600,
    )
    with pytest.raises(ValueError, match="already running"):
        store.start_application(ThermalKind.HEAT, planned_s=600)

    store = reopen(store, clock)  # a restart keeps the running pack and its deadline
    running = store.running_application()
    assert running == ice

    clock.advance(300)
    store.mark_skin_checked(ice.id)
    clock.advance(400)
    ended = store.end_application(ice.id, reaction="a bit red")
    assert (ended.status, ended.ended_at, ended.actual_s) == (ThermalStatus.FINISHED, T0 + 700, 700)
    assert ended.skin_check_done is True
    with pytest.raises(ValueError, match="not running"):
        store.end_application(ice.id)

    clock.advance(7200)
    heat = store.start_application(ThermalKind.HEAT, planned_s=600)
    store.end_application(heat.id, status=ThermalStatus.CANCELLED, skin_check_done=False)

    store = reopen(store, clock)
    with store:
        assert store.running_application() is None
        assert store.last_application(ThermalKind.ICE) == ended
        last = store.last_application()
        assert last is not None
        assert (last.kind, last.status, last.actual_s) == (
            ThermalKind.HEAT,
            ThermalStatus.CANCELLED,
            0,
        )
        assert [a.kind for a in store.applications()] == [ThermalKind.HEAT, ThermalKind.ICE]
        assert [a.id for a in store.applications(since=T0 + 1)] == [heat.id]


def test_settings_with_defaults(store: HistoryStore, clock: FakeClock) -> None:
    assert store.get_setting("voice_rate", 1.0) == 1.0
    store.set_setting("voice_rate", 1)
    store.set_setting("captions", True)
    store.set_setting("emergency_number", "999")
    store.set_setting("ice_minutes", 15)
    store.set_setting("seen", ["disclaimer"])
    store.set_setting("ice_minutes", 12)
    with pytest.raises(ValueError):
        store.set_setting("bad", float("nan"))

    store = reopen(store, clock)
    with store:
        assert store.get_setting("voice_rate", 1.5) == 1.0
        assert isinstance(store.get_setting("voice_rate", 1.5), float)
        assert store.get_setting("captions", False) is True
        assert store.get_setting("emergency_number", "112") == "999"
        assert store.get_setting("ice_minutes", 15) == 12
        assert store.get_setting("seen", []) == ["disclaimer"]
        assert store.get_setting("captions", 0) == 0  # wrong type: the default
        assert store.get_setting("ice_minutes", False) is False
        assert store.settings() == {
            "captions": True,
            "emergency_number": "999",
            "ice_minutes": 12,
            "seen": ["disclaimer"],
            "voice_rate": 1,
        }


def _two_sessions(store: HistoryStore) -> None:
    first = store.start_session(routine_id="doms-recovery", level_id="standard", pain_before=4)
    store.record_unit(first, unit(1))
    store.record_unit(first, unit(2))
    store.finish_session(
        first,
        status=SessionStatus.COMPLETED,
        pain_after=3,
        spreading_symptoms=False,
        ended_at=T0 + 750,
    )
    store.start_session(routine_id="glute, strength", level_id="weeks-1-2", started_at=T0 + 86_400)


EXPECTED_CSV = (
    "date,routine,level,duration_min,status,pain_before,pain_after,spreading,steps_done,"
    "stop_reason,note,session_id\n"
    "2026-01-01 00:00,doms-recovery,standard,12.5,completed,4,3,no,2,,,1\n"
    '2026-01-02 00:00,"glute, strength",weeks-1-2,,in_progress,,,,0,,,2\n'
)


def test_csv_export(store: HistoryStore) -> None:
    _two_sessions(store)
    out = io.StringIO()
    assert write_csv(store, out, tz=UTC) == 2
    assert out.getvalue() == EXPECTED_CSV


def test_csv_files_are_private_and_replaced(store: HistoryStore, tmp_path: Path) -> None:
    _two_sessions(store)
    day = date(2026, 1, 2)
    target = tmp_path / csv_name(CsvKind.SESSIONS, day)
    target.write_text("old")
    target.chmod(0o644)
    counts = write_csv_folder(store, tmp_path, day=day, tz=UTC)
    assert counts == {CsvKind.SESSIONS: 2, CsvKind.STEPS: 2, CsvKind.THERMAL: 0, CsvKind.EVENTS: 0}
    assert target.read_text() == EXPECTED_CSV
    for kind in CsvKind:
        assert stat.S_IMODE((tmp_path / csv_name(kind, day)).stat().st_mode) == 0o600
    assert sorted(p.name for p in tmp_path.glob("*.csv*")) == sorted(
        f"rehab-coach-{k}-2026-01-02.csv" for k in ("sessions", "steps", "ice-heat", "events")
    )


def test_disk_full_is_a_clear_error_and_loses_nothing(
    store: HistoryStore, clock: FakeClock
) -> None:
    session_id = store.start_session(routine_id="r", level_id="l")
    store.record_unit(session_id, unit(1))
    # Cap the file at its current size: the next page SQLite needs is "disk full".
    pages = store.database.query_one("PRAGMA page_count")[0]  # type: ignore[index]
    store.database.execute(f"PRAGMA max_page_count = {pages}")
    with pytest.raises(StoreFull) as info:
        store.save_triage(level="ok", route=None, reasons=["x" * 50_000], answers={})
    assert info.value.problem is StoreProblem.FULL
    with pytest.raises(StoreFull), store.database.transaction() as conn:
        conn.execute("INSERT INTO settings VALUES ('big', ?)", ("y" * 50_000,))

    store = reopen(store, clock)
    with store:
        assert [s.unit_no for s in store.steps(session_id)] == [1]
        assert store.last_triage() is None
        assert store.settings() == {}
        store.record_unit(session_id, unit(2))  # works again with space
        assert len(store.steps(session_id)) == 2


def test_ten_thousand_sessions_stay_fast(store: HistoryStore) -> None:
    """3 s of this process's own CPU time (SQLite runs in it): wall time would also
    count the time other processes on a busy machine hold the cores."""
    started = time.process_time()
    ids = seed_demo_history(store, 10_000, seed=7, end=T0)
    assert len(ids) == 10_000
    assert store.count_sessions() == 10_000
    page = store.sessions(limit=50)
    assert [s.id for s in page] == ids[::-1][:50]
    everything = store.sessions()
    assert len(everything) == 10_000
    assert sum(s.steps_done for s in everything) > 80_000
    assert len(store.steps(ids[-1])) <= 10
    assert time.process_time() - started < 3.0


def test_demo_history_is_deterministic(tmp_path: Path) -> None:
    results = []
    for name in ("a", "b"):
        with open_store(tmp_path / name).store as opened:
            seed_demo_history(opened, 20, seed=3, end=T0)
            results.append([(s.started_at, s.status, s.pain_before) for s in opened.sessions()])
    assert results[0] == results[1]
