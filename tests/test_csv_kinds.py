"""Each CSV kind's exact contents from a real store: sessions, every step, every ice/heat
use, every event ("this hurts" split into pain, what happened and the message)."""

from __future__ import annotations

import io
from collections.abc import Iterator
from datetime import UTC
from pathlib import Path

import pytest
from test_store_history import T0, unit

from coach.domain.history import EventKind, SessionStatus, ThermalKind, ThermalStatus
from coach.engine.clock import FakeClock
from coach.engine.events import UnitOutcome
from coach.store.csv_export import TABLES, CsvKind, write_csv
from coach.store.edits import set_note
from coach.store.history import HistoryStore
from coach.store.opening import open_store

HURT = (
    "pain 7/10; stop_exercise_offer_easier: Your pain has gone up by 4 points since you "
    "started. Stop this exercise."
)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[HistoryStore]:
    with open_store(tmp_path, clock=FakeClock(T0)).store as opened:
        sid = opened.start_session(routine_id="glute-strength", level_id="l1", pain_before=3)
        opened.record_unit(sid, unit(1), at=T0 + 60)
        opened.record_unit(sid, unit(2, outcome=UnitOutcome.SKIPPED), at=T0 + 120)
        opened.record_event(
            sid, EventKind.PAIN_REPORT, "pain 4/10; continue: Carry on.", at=T0 + 90
        )
        opened.record_event(sid, EventKind.STOP_RULE, HURT, at=T0 + 100)
        opened.record_event(None, EventKind.RED_FLAG, "=bladder, answered yes", at=T0 + 200)
        opened.finish_session(
            sid,
            status=SessionStatus.STOPPED,
            pain_after=6,
            stop_reason="stop_session_nerve",
            ended_at=T0 + 300,
        )
        set_note(opened, sid, 'hip "clicked", then eased')
        ice = opened.start_application(ThermalKind.ICE, planned_s=900, started_at=T0 + 400)
        opened.end_application(ice.id, skin_check_done=True, reaction="-red", actual_s=600)
        heat = opened.start_application(ThermalKind.HEAT, planned_s=1200, started_at=T0 + 2000)
        opened.end_application(heat.id, status=ThermalStatus.CANCELLED, actual_s=60)
        yield opened


@pytest.mark.parametrize(
    ("kind", "expected"),
    [
        (
            CsvKind.SESSIONS,
            "date,routine,level,duration_min,status,pain_before,pain_after,spreading,steps_done,"
            "stop_reason,note,session_id\n"
            "2026-01-01 00:00,glute-strength,l1,5.0,stopped,3,6,,1,"
            'Stopped the session for nerve symptoms,"hip ""clicked"", then eased",1\n',
        ),
        (
            CsvKind.STEPS,
            "session_date,routine,level,time,exercise,side,set,unit,planned_s,active_s,reps,"
            "outcome,session_id\n"
            "2026-01-01 00:00,glute-strength,l1,2026-01-01 00:01,clamshell,left,1,1,30,28,10,"
            "completed,1\n"
            "2026-01-01 00:00,glute-strength,l1,2026-01-01 00:02,clamshell,left,1,2,30,28,10,"
            "skipped,1\n",
        ),
        (
            CsvKind.THERMAL,
            "date,kind,planned_min,actual_min,status,skin_check,reaction\n"
            "2026-01-01 00:06,ice,15.0,10.0,finished,yes,'-red\n"
            "2026-01-01 00:33,heat,20.0,1.0,cancelled,no,\n",
        ),
        (
            CsvKind.EVENTS,
            "date,kind,pain,what_happened,detail,session_id\n"
            "2026-01-01 00:01,This hurts: carried on,4,carried on,Carry on.,1\n"
            "2026-01-01 00:01,This hurts: stop rule,7,stopped that exercise; an easier level "
            "was offered,Your pain has gone up by 4 points since you started. Stop this "
            "exercise.,1\n"
            '2026-01-01 00:03,Red flag,,,"\'=bladder, answered yes",\n',
        ),
    ],
)
def test_each_kind_lists_every_row_in_words(
    store: HistoryStore, kind: CsvKind, expected: str
) -> None:
    out = io.StringIO()
    count = write_csv(store, out, kind=kind, tz=UTC)
    assert out.getvalue() == expected
    assert count == expected.count("\n") - 1
    assert "stop_exercise_offer_easier" not in out.getvalue()


def test_every_kind_has_a_table_and_rows_fit_their_header(store: HistoryStore) -> None:
    assert set(TABLES) == set(CsvKind)
    for kind, table in TABLES.items():
        assert all(len(row) == len(table.header) for row in table.rows(store, UTC)), kind


def test_every_column_id_is_in_the_catalogue_list() -> None:
    """History's export names the columns in the app's language; each id must be marked."""
    from coach.ui.history.csv_columns import COLUMNS

    ids = {name for table in TABLES.values() for name in table.header}
    assert ids == set(COLUMNS)


def test_columns_can_be_named_for_people(store: HistoryStore) -> None:
    out = io.StringIO()
    write_csv(store, out, kind=CsvKind.THERMAL, tz=UTC, column=str.upper)
    assert out.getvalue().splitlines()[0] == ",".join(
        h.upper() for h in TABLES[CsvKind.THERMAL].header
    )
