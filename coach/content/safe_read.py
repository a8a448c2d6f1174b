"""Read a small text file safely: a regular file only, never blocking, never unbounded.

A FIFO named ``x.toml`` would block ``open()`` for good; a link to ``/dev/zero``
would read until memory runs out. Both are refused here with a plain message.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

MAX_FILE_BYTES = 1024 * 1024
"""Largest data file read (the shipped ones are under 16 KiB)."""


class UnreadableFile(Exception):
    """The file can't be used; the message says why, in plain words."""


def read_small_text(path: Path, *, limit: int = MAX_FILE_BYTES) -> str:
    """The UTF-8 text of regular file ``path``, at most ``limit`` bytes.

    Raises UnreadableFile for anything else: missing, not a regular file (a
    folder, FIFO, device or socket), too large, unreadable, or not UTF-8.
    """
    try:
        if not stat.S_ISREG(os.stat(path).st_mode):
            raise UnreadableFile("is not a regular file")
        # O_NONBLOCK: if it was swapped for a FIFO since the stat, open still returns.
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    except OSError as error:
        raise UnreadableFile(f"can't be read: {error.strerror or error}") from None
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise UnreadableFile("is not a regular file")
        chunks: list[bytes] = []
        size = 0
        while size <= limit:
            chunk = os.read(fd, limit + 1 - size)
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
    except OSError as error:
        raise UnreadableFile(f"can't be read: {error.strerror or error}") from None
    finally:
        os.close(fd)
    if size > limit:
        raise UnreadableFile(f"is larger than {limit // 1024} KiB")
    try:
        return b"".join(chunks).decode("utf-8")
    except UnicodeDecodeError as error:
        raise UnreadableFile(f"is not UTF-8 text (byte {error.start})") from None
