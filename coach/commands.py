"""The command-line commands: each takes the parsed arguments and returns an exit code."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from coach.paths import pose_ids, routines_dir

if TYPE_CHECKING:
    import argparse

    from coach.content.errors import Problem
    from coach.content.validate import FileCheck


def user_routines_dir(data_dir: str | None) -> Path:
    """The person's own routine folder (may not exist)."""
    from coach.store.datadir import USER_ROUTINES, resolve_data_dir

    return resolve_data_dir(data_dir) / USER_ROUTINES


def special_checks(data_dir: str | None) -> dict[str, FileCheck]:
    """Checkers for the data files that are not routines. A triage file's routes must
    name routines in the shipped folder, its own folder or the person's folder."""
    from coach.content.loader import load_library
    from coach.content.thermal_loader import check_thermal_file
    from coach.content.triage_loader import check_triage_file

    def check_triage(path: Path) -> list[Problem]:
        folders = [routines_dir(), path.parent, user_routines_dir(data_dir)]
        routines = load_library(folders, known_poses=pose_ids()).routines
        return check_triage_file(path, routine_ids=routines.keys())

    return {"triage.toml": check_triage, "thermal.toml": check_thermal_file}


def validate(args: argparse.Namespace) -> int:
    """Print every problem in the given (or all) routine files; 1 if any, else 0."""
    from coach.content.validate import validate as validate_files

    paths: list[Path] = list(args.paths) or [routines_dir(), user_routines_dir(args.data_dir)]
    paths = [p for p in paths if p.exists() or p in args.paths]
    report = validate_files(
        paths, shipped=routines_dir(), special=special_checks(args.data_dir), known_poses=pose_ids()
    )
    if report.problems:
        _print_problems(report.problems)
        return 1
    print(report.summary())
    return 0


def _print_problems(problems: tuple[Problem, ...]) -> None:
    for problem in problems:
        print(problem, file=sys.stderr)
    print(f"{len(problems)} problem(s) found.", file=sys.stderr)


def history_csv(args: argparse.Namespace) -> int:
    """Write the sessions (or the ``--kind`` asked for) as CSV to standard output."""
    from coach.store.csv_export import CsvKind, write_csv
    from coach.store.errors import StoreError
    from coach.store.opening import open_store
    from coach.ui.app.store_words import restarted_text, store_error_text

    try:
        opened = open_store(args.data_dir)
        for notice in opened.notices:
            print(restarted_text(notice), file=sys.stderr)
        with opened.store as store:
            write_csv(store, sys.stdout, kind=CsvKind(args.kind))
            sys.stdout.flush()
    except StoreError as error:
        print(store_error_text(error), file=sys.stderr)
        return 1
    except BrokenPipeError:  # `... | head`: the reader has what it wanted
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    return 0


def doctor(args: argparse.Namespace) -> int:
    """Check Qt, speech, sound output and the data folder (2 without a display)."""
    from coach.system_check import display_missing

    if display_missing():
        from coach.ui.app.start_words import without_display

        print(without_display(args.data_dir), file=sys.stderr)
        return 2
    from coach.doctor import run_doctor
    from coach.store.datadir import resolve_data_dir

    return run_doctor(data_dir=resolve_data_dir(args.data_dir), speak=args.speak, out=sys.stdout)


def illustrations(args: argparse.Namespace) -> int:
    """Write every pose as SVG plus a contact sheet into ``args.out``.

    It only draws into files, so it needs no screen: offscreen unless told otherwise.
    """
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication  # fonts and images need one

    from coach.figures.contact_sheet import write_illustrations

    app = QGuiApplication.instance() or QGuiApplication(["rehab-coach"])
    try:
        written = write_illustrations(args.out)
    except OSError as error:
        print(
            f"Can't write the illustrations to {args.out}: {error.strerror or error}.",
            file=sys.stderr,
        )
        return 1
    finally:
        del app
    print(f"Wrote {len(written)} files to {args.out}")
    return 0


def gui(args: argparse.Namespace) -> int:
    """Start the desktop app with the parsed options (see :func:`run_gui`)."""
    return run_gui(args.data_dir, args.open, args.hidden)


def run_gui(data_dir: str | None, request: str | None, hidden: bool) -> int:
    """Start the desktop app, unless there is no display (2) or system libraries Qt
    needs are missing (1)."""
    from coach.system_check import display_missing, startup_problem

    if display_missing():
        from coach.ui.app.start_words import without_display

        print(without_display(data_dir), file=sys.stderr)
        return 2
    problem = startup_problem()
    if problem:
        print(problem, file=sys.stderr)
        return 1
    from coach.ui.app.launch import run_app

    return run_app(data_dir=data_dir, request=request, hidden=hidden)
