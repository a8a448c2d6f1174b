"""``python -m coach`` runs the app."""

from __future__ import annotations

from coach.app import main

raise SystemExit(main())
