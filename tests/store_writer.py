"""Test helper for the crash test: record units one by one, then hang until killed.

Usage: ``python tests/store_writer.py DATA_DIR N`` (with the repo on PYTHONPATH).
Opens the store in DATA_DIR, starts a session, records N units and prints
``READY k`` after unit k is committed; then sleeps. On a StoreError it prints
the message alone to stderr and exits 2, as the app does.
"""

from __future__ import annotations

import sys
import time

from coach.domain.side import Side
from coach.engine.events import UnitCompleted, UnitOutcome
from coach.store.errors import StoreError
from coach.store.opening import open_store
from coach.ui.app.store_words import store_error_text


def main(argv: list[str]) -> int:
    """Run the writer; see the module docstring."""
    data_dir, count = argv[1], int(argv[2])
    try:
        store = open_store(data_dir).store
        session_id = store.start_session(routine_id="glute-strength", level_id="weeks-1-2")
        for k in range(1, count + 1):
            unit = UnitCompleted(
                block_index=0,
                exercise_id="glute-bridge",
                side=Side.BOTH,
                set_no=1,
                unit_no=k,
                planned_s=30.0,
                active_s=30.0,
                reps=10,
                outcome=UnitOutcome.COMPLETED,
                at=float(k),
            )
            store.record_unit(session_id, unit)
            print(f"READY {k}", flush=True)
    except StoreError as error:
        print(store_error_text(error), file=sys.stderr)
        return 2
    while True:
        time.sleep(60)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
