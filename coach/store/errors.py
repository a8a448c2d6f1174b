"""The store's exceptions: one clear, user-facing message each, no traceback needed.

The app catches :class:`StoreError` and shows ``str(error)``.
"""

from __future__ import annotations


class StoreError(Exception):
    """Something went wrong with the history store; the message says what to do."""


class StoreUnavailable(StoreError):
    """The data folder or database can't be used (permissions, not a file, newer schema)."""


class StoreFull(StoreError):
    """The disk is full: the last change was not saved; everything saved before is kept."""
