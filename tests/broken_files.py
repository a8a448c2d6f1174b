"""Broken data files as people and accidents make them, written into a folder.

Shared by the loader tests, the fuzz test and the real-process start test.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

ROUTINE_HEAD = 'schema_version = 1\nid = "broken"\nname = "Broken"\nsummary = "s"\n'


def _routine_with(block: str) -> str:
    return (
        ROUTINE_HEAD
        + '[[levels]]\nid = "a"\nname = "A"\n[[levels.blocks]]\nexercise = "glute_bridge"\n'
        + block
    )


def _fifo(path: Path) -> None:
    os.mkfifo(path)


def _dev_zero(path: Path) -> None:
    path.symlink_to("/dev/zero")


def _folder(path: Path) -> None:
    path.mkdir()


def _dangling(path: Path) -> None:
    path.symlink_to(path.with_name("nowhere"))


def _huge(path: Path) -> None:
    path.write_text("# " + "x" * (2 * 1024 * 1024) + "\n")


def _text(content: str | bytes) -> Callable[[Path], None]:
    def write(path: Path) -> None:
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content)

    return write


BROKEN: dict[str, tuple[Callable[[Path], None], str]] = {
    "fifo": (_fifo, "(file): is not a regular file"),
    "dev_zero": (_dev_zero, "(file): is not a regular file"),
    "folder": (_folder, "(file): is not a regular file"),
    "dangling_link": (_dangling, "(file): can't be read"),
    "two_megabytes": (_huge, "(file): is larger than 1024 KiB"),
    "not_utf8": (_text(b"schema_version = 1\nid = '\xff'\n"), "(file): is not UTF-8 text"),
    "schema_version_list": (_text("schema_version = []\n"), "schema_version: is []"),
    "deep_nesting": (_text("schema_version = 1\nx = " + "[" * 600 + "]" * 600), "nested more"),
    "long_integer": (_text("schema_version = 1\nx = " + "9" * 5000), "(syntax): not valid TOML"),
    "385_digits": (_text(_routine_with("mode = 'hold'\nseconds = " + "9" * 385)), "seconds: is"),
    "385_digit_reps": (
        _text(_routine_with("mode = 'timed_reps'\nreps = " + "9" * 385 + "\ntempo_s = 1e300")),
        "reps: is 99999",
    ),
    "nan_seconds": (_text(_routine_with("mode = 'hold'\nseconds = nan")), "seconds: is nan"),
}
"""name -> (make the file at a path, what ``validate`` says about it)."""
