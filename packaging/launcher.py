"""PyInstaller entry script: the frozen ``rehab-coach`` runs exactly ``coach.app.main``.

``coach.app.main`` routes a first argument ``--speech-worker`` to the speech
worker before argparse, so the bundle's own executable is also the worker.
"""

from __future__ import annotations

from coach.app import main

raise SystemExit(main())
