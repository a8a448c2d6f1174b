"""Keep Qt's own warnings from flooding the log.

A sound server that goes away can make Qt print the same line thousands of times
a second (``QSocketNotifier: Invalid socket``: 685 MB in a minute). Each distinct
message is written at most MAX_REPEATS times, then one line says the rest are
left out.
"""

from __future__ import annotations

import sys
from collections import Counter
from typing import TextIO

from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler

MAX_REPEATS = 5
"""How often one message is written before the rest are left out."""
MAX_KINDS = 1000
"""Distinct messages remembered; the count starts afresh past this."""


class LogGuard:
    """Writes each Qt message to ``out`` at most MAX_REPEATS times."""

    def __init__(self, out: TextIO) -> None:
        self._out = out
        self._seen: Counter[str] = Counter()

    def __call__(self, mode: QtMsgType, context: QMessageLogContext, message: str) -> None:
        category = context.category
        if category and category != "default":  # as Qt's own handler writes it
            message = f"{category}: {message}"
        if len(self._seen) > MAX_KINDS:
            self._seen.clear()
        self._seen[message] += 1
        count = self._seen[message]
        if count <= MAX_REPEATS:
            self._out.write(message + "\n")
        elif count == MAX_REPEATS + 1:
            self._out.write(f"(Qt repeated this message; further copies are left out: {message})\n")
        else:
            return
        self._out.flush()


def install_log_guard(out: TextIO | None = None) -> LogGuard:
    """Route Qt's messages through a LogGuard writing to ``out`` (standard error)."""
    guard = LogGuard(out if out is not None else sys.stderr)
    qInstallMessageHandler(guard)
    return guard
