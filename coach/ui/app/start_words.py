"""Before any window: the language the app starts in, and what it says when it can't
start because there is no display (on standard error, in that language)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

from coach.flow.settings import resolve_language
from coach.store.opening import saved_language
from coach.ui.app.translations import install_translations

NO_DISPLAY = str(
    QT_TRANSLATE_NOOP(
        "StartWords",
        "Rehab Coach needs a display: run it from a desktop session (DISPLAY or "
        "WAYLAND_DISPLAY set), or for commands on a machine without one set "
        "QT_QPA_PLATFORM=offscreen.",
    )
)
"""The one line printed (exit status 2) instead of letting Qt abort without a display."""


def start_language(data_dir: str | None) -> str:
    """The language to start in: the saved setting if the history can be read (without
    changing it), else the system's."""
    return resolve_language(saved_language(data_dir) or "system", QLocale.system().name())


def without_display(data_dir: str | None) -> str:
    """:data:`NO_DISPLAY` in the language the app would start in (a QCoreApplication
    holds the translator: it needs no display)."""
    app = QCoreApplication.instance() or QCoreApplication(["rehab-coach"])
    install_translations(app, start_language(data_dir))
    return QCoreApplication.translate("StartWords", NO_DISPLAY)
