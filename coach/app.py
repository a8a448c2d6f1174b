"""The one place that builds things: parses the command line and starts what it asks for."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from coach import __version__

if TYPE_CHECKING:
    import argparse

OPEN_CHOICES = ("session", "thermal")
"""What ``--open`` can bring forward."""


def build_parser() -> argparse.ArgumentParser:
    """The command line: the app by default, plus maintenance commands."""
    import argparse

    parser = argparse.ArgumentParser(
        prog="rehab-coach",
        description="A home rehab coach for buttock and glute pain after exercise.",
    )
    parser.add_argument("--version", action="version", version=f"rehab-coach {__version__}")
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help="keep history and settings in DIR instead of the user data folder",
    )
    parser.add_argument(
        "--open",
        choices=OPEN_CHOICES,
        help="open today's session or the ice/heat timer (in the running app, if any)",
    )
    parser.add_argument(
        "--hidden", action="store_true", help="start in the background, e.g. at login"
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    validate = commands.add_parser("validate", help="check routine files and list every problem")
    validate.add_argument(
        "paths", nargs="*", type=Path, metavar="PATH", help="files or folders (default: all)"
    )
    history = commands.add_parser("history", help="print the session history")
    history.add_argument(
        "--csv", action="store_true", required=True, help="as CSV on standard output"
    )
    history.add_argument(
        "--kind",
        choices=("sessions", "steps", "ice-heat", "events"),
        default="sessions",
        help="what to list: sessions (the default), every step, every ice/heat use, "
        "or every event such as 'this hurts'",
    )
    doctor = commands.add_parser("doctor", help="check Qt, speech, sound and the data folder")
    doctor.add_argument("--speak", action="store_true", help="also say a test phrase")
    illustrations = commands.add_parser(
        "illustrations", help="write every pose as SVG plus a contact sheet"
    )
    illustrations.add_argument("--out", type=Path, required=True, metavar="DIR")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of ``rehab-coach`` and ``python -m coach``; returns the exit code."""
    args_list = list(sys.argv[1:] if argv is None else argv)
    if args_list[:1] == ["--speech-worker"]:
        from coach.speech.worker import main as worker_main

        return worker_main()
    if args_list[:1] == ["--sound-worker"]:
        from coach.speech.sound_worker import main as sound_main

        return sound_main()
    plain = plain_start(args_list)
    if plain is not None:  # the usual start: straight to the window
        from coach.commands import run_gui

        return run_gui(*plain)
    args = build_parser().parse_args(args_list)
    from coach import commands

    handlers = {
        "validate": commands.validate,
        "history": commands.history_csv,
        "doctor": commands.doctor,
        "illustrations": commands.illustrations,
        None: commands.gui,
    }
    return handlers[args.command](args)


def plain_start(args: Sequence[str]) -> tuple[str | None, str | None, bool] | None:
    """``(data_dir, open, hidden)`` for the app's usual start (from the desktop entry,
    autostart or a launcher: only ``--data-dir DIR``, ``--open session|thermal`` and
    ``--hidden``, each as a separate word); None for anything else, which the full
    parser reads and explains. Reading these directly spares the first paint
    the full parser (~3.8 ms: its subcommands, message catalogues, the terminal's width)."""
    data_dir: str | None = None
    request: str | None = None
    hidden = False
    rest = list(args)
    while rest:
        word = rest.pop(0)
        if word == "--hidden":
            hidden = True
        elif word == "--data-dir" and rest and not rest[0].startswith("-"):
            data_dir = rest.pop(0)
        elif word == "--open" and rest and rest[0] in OPEN_CHOICES:
            request = rest.pop(0)
        else:
            return None
    return data_dir, request, hidden
