"""The history store: sessions, steps, triage, ice/heat and settings in SQLite.

Start with :func:`coach.store.opening.open_store`; it returns the opened
database's settings at once, the whole :class:`coach.store.history.HistoryStore`
on first use, and any notices. Errors are :class:`coach.store.errors.StoreError`
subclasses naming the problem and its path; the UI words them. This package
imports nothing itself, so reading settings for the first paint costs only the
modules it uses.
"""
