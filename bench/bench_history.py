"""History at scale: open the history screen, draw the chart, export CSV and PDF.

Seeds 10,000 sessions (with their steps) into a temporary data folder, then
times each step on a fresh screen, ``--runs`` times (default 5), and prints the
first run and the median in milliseconds. Offscreen unless QT_QPA_PLATFORM is set.

    PYTHONPATH=. .venv/bin/python bench/bench_history.py [--sessions N] [--runs N] [--text-size 130]
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication, QTabWidget

from coach.engine.clock import WallClock
from coach.store.demo import seed_demo_history
from coach.store.opening import open_store
from coach.ui.history.history_screen import CHART_TAB, HistoryScreen
from coach.ui.widgets.theme import apply_theme

BUDGET_MS = {"open + chart": 300.0, "CSV export": 1000.0}


def _ms(action: Callable[[], object]) -> float:
    start = time.perf_counter()
    action()
    return (time.perf_counter() - start) * 1000


def main() -> int:
    """Run the benchmark and print a table; exit code 1 if a budget is missed."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sessions", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument(
        "--text-size", type=int, default=100, help="percent of the normal text size"
    )
    args = parser.parse_args()

    app = QApplication([])
    apply_theme(app, text_size=args.text_size)
    clock = WallClock()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        store = open_store(folder / "data", clock=clock).store
        seed_ms = _ms(lambda: seed_demo_history(store, args.sessions, seed=1))
        times: dict[str, list[float]] = {
            "open (construct + refresh + paint)": [],
            "chart (switch tab + paint)": [],
            "open + chart": [],
            "CSV export": [],
            "PDF export": [],
        }
        for run in range(args.runs):
            start = time.perf_counter()
            screen = HistoryScreen(store, clock)
            screen.resize(1024, 700)
            screen.refresh()
            screen.grab()
            opened = (time.perf_counter() - start) * 1000
            tabs = screen.findChild(QTabWidget)
            assert tabs is not None
            start = time.perf_counter()
            tabs.setCurrentIndex(CHART_TAB)
            screen.grab()
            charted = (time.perf_counter() - start) * 1000
            csv_ms = _ms(lambda: screen.export_csv(folder / f"sessions-{run}.csv"))  # noqa: B023
            pdf_ms = _ms(lambda: screen.export_pdf(folder / f"summary-{run}.pdf"))  # noqa: B023
            assert screen.status_text().startswith("Saved to"), screen.status_text()
            run_ms = (opened, charted, opened + charted, csv_ms, pdf_ms)
            for name, value in zip(times, run_ms, strict=True):
                times[name].append(value)
            screen.deleteLater()
            app.processEvents()
        store.close()

    print(
        f"History at scale: {args.sessions:,} sessions, {args.runs} runs "
        f"(seeding took {seed_ms:.0f} ms)"
    )
    print(f"{'step':<38}{'first ms':>10}{'median ms':>11}{'budget':>9}")
    missed = False
    for name, values in times.items():
        budget = BUDGET_MS.get(name)
        median = statistics.median(values)
        missed |= budget is not None and median > budget
        limit = "" if budget is None else f"{budget:.0f}"
        print(f"{name:<38}{values[0]:>10.0f}{median:>11.0f}{limit:>9}")
    return 1 if missed else 0


if __name__ == "__main__":
    raise SystemExit(main())
