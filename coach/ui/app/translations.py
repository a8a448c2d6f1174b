"""Qt's translations for the app's language: Qt's own ``qtbase`` catalogue (standard
buttons and dialogs) and the app's catalogue (``coach/i18n/rehab_coach_<lang>.qm``).

Installed once at start, before any widget exists: a language change applies at the
next start (strings built earlier would stay in the old language).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

CATALOGUE = "rehab_coach"
TRANSLATOR_NAME = "rehab-coach-translator"
CATALOGUE_DIR = Path(__file__).resolve().parents[2] / "i18n"
"""Where the app's ``.qm`` files are (inside the package: the wheel and bundle carry it)."""


def install_translations(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install the translators for ``language`` (none for English) in place of any
    installed before, and return those that loaded; a missing catalogue leaves its texts
    in English. ``app`` owns them.

    When ``language`` is not English and differs from the system locale's, Qt formats
    numbers and dates for that language too (``QLocale.setDefault``)."""
    for old in app.findChildren(QTranslator, TRANSLATOR_NAME):
        app.removeTranslator(old)
        old.setParent(None)
        old.deleteLater()
    system = QLocale.system()
    locale = QLocale(language)
    same = language == "en" or system.language() == locale.language()
    QLocale.setDefault(system if same else locale)
    if language == "en":
        return []
    qt_dirs = (QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath), _pyside_qt_dir())
    installed: list[QTranslator] = []
    for name, folders in (("qtbase", qt_dirs), (CATALOGUE, (str(CATALOGUE_DIR),))):
        translator = QTranslator(app)
        translator.setObjectName(TRANSLATOR_NAME)
        if any(translator.load(locale, name, "_", f) for f in folders):
            app.installTranslator(translator)
            installed.append(translator)
        else:
            translator.deleteLater()
    return installed


def _pyside_qt_dir() -> str:
    """PySide6's own translations folder (where a bundle keeps it, whatever Qt reports)."""
    import PySide6

    return str(Path(PySide6.__file__).resolve().parent / "Qt" / "translations")


def english_or(translated: str, english: str) -> str:
    """``translated``, a ``tr()`` with a ``%n`` plural ("5 second(s) left"), unless no
    catalogue translated it (English): then ``english``, the properly worded plural."""
    return english if "(s)" in translated else translated


def ui_locale() -> QLocale:
    """The locale of the app's words: the installed catalogue's language, else English.
    Day and month names and numbers written with it match the text around them, even
    when the system's locale is in another language."""
    code = QCoreApplication.translate("Language", "en", "the code of this catalogue's language")
    return QLocale(code)


def in_sentence(name: str) -> str:
    """A name ("Ice") as it reads inside a sentence of the app's language: lower case in
    English ("Next ice from 14:35"), as written in German, whose nouns keep capitals."""
    english = ui_locale().language() == QLocale.Language.English
    return name.lower() if english else name
