"""The history store: sessions, steps, triage, ice/heat and settings in SQLite.

Start with :func:`open_store`; it returns the :class:`HistoryStore` and any
notices. Errors are :class:`StoreError` subclasses naming the problem and its path;
the UI words them.
"""

from __future__ import annotations

from coach.store.datadir import DB_FILENAME, default_data_dir, resolve_data_dir
from coach.store.errors import StoreError, StoreFull, StoreUnavailable
from coach.store.history import HistoryStore
from coach.store.opening import OpenResult, open_store
from coach.store.setting_values import JsonValue

__all__ = [
    "DB_FILENAME",
    "HistoryStore",
    "JsonValue",
    "OpenResult",
    "StoreError",
    "StoreFull",
    "StoreUnavailable",
    "default_data_dir",
    "open_store",
    "resolve_data_dir",
]
