"""seed_demo_history: many plausible sessions, fast, for tests, benchmarks and screenshots."""

from __future__ import annotations

import random

from coach.store.history import HistoryStore

DAY = 24 * 60 * 60
_ROUTINES = (  # the shipped routines and levels, so History names them as the app does
    ("glute_strengthening", ("weeks_1_2", "weeks_3_4", "weeks_5_6")),
    ("piriformis_relief", ("stretch", "standard")),
    ("doms_recovery", ("light",)),
    ("sciatic_mobility", ("gentle", "standard")),
)
_EXERCISES = (
    "glute_bridge",
    "clamshell",
    "lying_piriformis_stretch",
    "dynamic_hamstring_stretch",
    "walking",
)


def seed_demo_history(
    store: HistoryStore,
    n: int,
    *,
    seed: int,
    end: float | None = None,
    steps_per_session: int = 10,
) -> list[int]:
    """Write ``n`` finished sessions (about one a day, ending at ``end``) in one transaction.

    Deterministic for a given ``seed``; ``end`` defaults to now. Returns the
    new session ids, oldest first.
    """
    rng = random.Random(seed)
    end_at = end if end is not None else store.now()
    ids: list[int] = []
    step_rows: list[tuple[object, ...]] = []
    with store.database.transaction() as conn:
        for i in range(n):
            started = end_at - (n - i) * DAY + rng.uniform(7, 20) * 3600
            routine_id, levels = rng.choice(_ROUTINES)
            roll = rng.random()
            status = "completed" if roll < 0.85 else ("stopped" if roll < 0.97 else "interrupted")
            done = steps_per_session if status == "completed" else rng.randrange(steps_per_session)
            before = rng.randint(1, 7)
            cursor = conn.execute(
                "INSERT INTO sessions (routine_id, level_id, started_at, ended_at, status,"
                " stop_reason, pain_before, pain_after, symptoms_reach, spreading_symptoms,"
                " rated_easy) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    routine_id,
                    rng.choice(levels),
                    started,
                    started + 60 * (done + 2),
                    status,
                    "pain rose 2 points" if status == "stopped" else None,
                    before,
                    max(0, min(10, before + rng.randint(-2, 2))),
                    rng.choice(("buttock", "thigh")),
                    0,
                    int(rng.random() < 0.3),
                ),
            )
            session_id = int(cursor.lastrowid or 0)
            ids.append(session_id)
            for k in range(done):
                step_rows.append(
                    (
                        session_id,
                        k // 2,
                        _EXERCISES[(k // 2) % len(_EXERCISES)],
                        ("left", "right")[k % 2],
                        1,
                        1,
                        30.0,
                        30.0,
                        10,
                        "completed",
                        started + 60 * (k + 1),
                    )
                )
        conn.executemany(
            "INSERT INTO steps (session_id, block_index, exercise_id, side, set_no, unit_no,"
            " planned_s, active_s, reps, outcome, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            step_rows,
        )
    return ids
