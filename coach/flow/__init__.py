"""Every decision the app makes between screens, free of Qt.

Commands and the current time go in; frozen events and snapshots come out.
The flow never opens files or the database: the store's records are passed in.
"""
