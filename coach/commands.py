"""The command-line commands: each takes the parsed arguments and returns an exit code."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from coach.paths import pose_ids, routines_dir

if TYPE_CHECKING:
    from coach.content.errors import Problem
    from coach.content.validate import FileCheck


def user_routines_dir(data_dir: str | None) -> Path:
    """The person's own routine folder (may not exist)."""
    from coach.store.datadir import USER_ROUTINES, resolve_data_dir

    return resolve_data_dir(data_dir) / USER_ROUTINES


def special_checks() -> dict[str, FileCheck]:
    """Checkers for the data files that are not routines."""
    from coach.content.thermal_loader import check_thermal_file
    from coach.content.triage_loader import check_triage_file

    return {"triage.toml": check_triage_file, "thermal.toml": check_thermal_file}


def validate(args: argparse.Namespace) -> int:
    """Print every problem in the given (or all) routine files; 1 if any, else 0."""
    from coach.content.validate import validate as validate_files

    paths: list[Path] = list(args.paths) or [routines_dir(), user_routines_dir(args.data_dir)]
    paths = [p for p in paths if p.exists() or p in args.paths]
    report = validate_files(
        paths, shipped=routines_dir(), special=special_checks(), known_poses=pose_ids()
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
    """Write every session as CSV to standard output."""
    from coach.store.errors import StoreError
    from coach.store.opening import open_store

    try:
        opened = open_store(args.data_dir)
    except StoreError as error:
        print(error, file=sys.stderr)
        return 1
    for notice in opened.notices:
        print(notice, file=sys.stderr)
    with opened.store as store:
        store.export_sessions_csv(sys.stdout)
    return 0


def doctor(args: argparse.Namespace) -> int:
    """Check Qt, speech, sound output and the data folder."""
    from coach.doctor import run_doctor
    from coach.store.datadir import resolve_data_dir

    return run_doctor(data_dir=resolve_data_dir(args.data_dir), speak=args.speak, out=sys.stdout)


def illustrations(args: argparse.Namespace) -> int:
    """Write every pose as SVG plus a contact sheet into ``args.out``."""
    from PySide6.QtGui import QGuiApplication

    from coach.figures.contact_sheet import write_illustrations

    app = QGuiApplication.instance() or QGuiApplication([])  # fonts need one running
    written = write_illustrations(args.out)
    del app
    print(f"Wrote {len(written)} files to {args.out}")
    return 0


def gui(args: argparse.Namespace) -> int:
    """Start the desktop app, unless system libraries Qt needs are missing."""
    from coach.system_check import startup_problem

    problem = startup_problem()
    if problem:
        print(problem, file=sys.stderr)
        return 1
    from coach.ui.launch import run_app

    return run_app(data_dir=args.data_dir)
