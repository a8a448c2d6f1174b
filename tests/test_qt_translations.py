"""Qt's side of the languages: its own catalogue, ours, and the paper the PDF is on."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot
from test_packaging import _spec_constants

from coach.flow.paper import paper_for
from coach.ui.app.translations import CATALOGUE_DIR, install_translations
from coach.ui.reminders.autostart import set_autostart
from coach.ui.session.after_session import AfterSessionScreen

ROOT = Path(__file__).resolve().parent.parent
TS = CATALOGUE_DIR / "rehab_coach_de.ts"
QM = CATALOGUE_DIR / "rehab_coach_de.qm"


@pytest.fixture
def german(qapp: QApplication) -> Iterator[QApplication]:
    """The app's translators for German, put back to English afterwards."""
    install_translations(qapp, "de")
    yield qapp
    install_translations(qapp, "en")


def test_german_installs_qt_s_catalogue_and_ours(german: QApplication, qtbot: QtBot) -> None:
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Abbrechen"
    screen = AfterSessionScreen("")
    qtbot.addWidget(screen)
    texts = {label.text() for label in screen.findChildren(QLabel)}
    assert "Wie fühlen Sie sich jetzt?" in texts
    assert screen.save_button.text() == "&Speichern (Enter)"


def test_english_removes_them_again(qapp: QApplication, qtbot: QtBot) -> None:
    install_translations(qapp, "de")
    assert install_translations(qapp, "en") == []
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"
    assert QLocale().name() == QLocale.system().name()
    screen = AfterSessionScreen("")
    qtbot.addWidget(screen)
    assert screen.save_button.text() == "&Save (Enter)"


def test_a_language_without_catalogues_stays_english(qapp: QApplication) -> None:
    assert install_translations(qapp, "xx") == []
    install_translations(qapp, "en")


def test_the_catalogue_is_complete_and_the_qm_is_built_from_it(tmp_path: Path) -> None:
    """Every tr() text of every UI module is in the .ts, translated, and the committed
    .qm is what pyside6-lrelease makes of it."""
    tools = Path(sys.executable).parent
    fresh = tmp_path / "fresh.ts"
    shutil.copy(TS, fresh)
    sources = sorted(str(path) for path in (ROOT / "coach" / "ui").rglob("*.py"))
    sources += [str(ROOT / extra) for extra in _script_extra()]
    subprocess.run(
        [str(tools / "pyside6-lupdate"), *sources, "-no-obsolete", "-ts", str(fresh)],
        check=True,
        capture_output=True,
    )
    messages = ET.parse(fresh).getroot().iter("message")
    unfinished = [
        m.findtext("source")
        for m in messages
        if (translation := m.find("translation")) is None or translation.get("type")
    ]
    assert unfinished == []
    built = tmp_path / "built.qm"
    subprocess.run(
        [str(tools / "pyside6-lrelease"), str(TS), "-qm", str(built)],
        check=True,
        capture_output=True,
    )
    assert built.read_bytes() == QM.read_bytes()


def _script_extra() -> list[str]:
    """The modules outside coach/ui that packaging/update-translations.sh reads too."""
    script = (ROOT / "packaging" / "update-translations.sh").read_text(encoding="utf-8")
    found = re.search(r'^EXTRA="([^"]*)"', script, re.M)
    assert found is not None
    return found.group(1).split()


def test_the_catalogue_keeps_every_placeholder() -> None:
    """In the translation, and in each plural form of one."""
    for message in ET.parse(TS).getroot().iter("message"):
        source = message.findtext("source") or ""
        forms = [form.text or "" for form in message.iter("numerusform")]
        for translation in forms or [message.findtext("translation") or ""]:
            assert set(re.findall(r"\{\w+\}", source)) == set(re.findall(r"\{\w+\}", translation))


def test_the_bundle_carries_qt_s_german_and_ours() -> None:
    assert "qtbase_de.qm" in _spec_constants()["QT_TRANSLATIONS_KEPT"]
    spec = (ROOT / "packaging" / "rehab-coach.spec").read_text(encoding="utf-8")
    assert '(ROOT / "coach" / "i18n").glob("*.qm")' in spec
    assert QM.is_file()


@pytest.mark.parametrize(
    ("territory", "paper"),
    [("US", "Letter"), ("CA", "Letter"), ("us", "Letter"), ("GB", "A4"), ("DE", "A4"), ("", "A4")],
)
def test_paper_follows_the_territory(territory: str, paper: str) -> None:
    assert paper_for(territory) == paper


PDF_SCRIPT = """
import sys
from datetime import UTC
from pathlib import Path
from PySide6.QtWidgets import QApplication
from coach.store.opening import open_store
from coach.ui.history.clinician_pdf import write_clinician_pdf
app = QApplication([])
store = open_store(Path(sys.argv[1])).store
write_clinician_pdf(store, Path(sys.argv[2]), now=1_750_000_000.0, tz=UTC)
"""


@pytest.mark.parametrize(
    ("lang", "media_box"),
    [("en_US.UTF-8", "612 792"), ("en_CA.UTF-8", "612 792"), ("de_DE.UTF-8", "595 842")],
)
def test_the_pdf_is_on_the_locale_s_paper(tmp_path: Path, lang: str, media_box: str) -> None:
    env = {**os.environ, "LANG": lang, "LC_ALL": lang, "QT_QPA_PLATFORM": "offscreen"}
    pdf = tmp_path / "summary.pdf"
    subprocess.run(
        [sys.executable, "-c", PDF_SCRIPT, str(tmp_path / "data"), str(pdf)],
        check=True,
        env=env,
        cwd=ROOT,
        timeout=120,
    )
    boxes = re.findall(rb"/MediaBox \[0 0 (\d+(?:\.\d+)?) (\d+(?:\.\d+)?)\]", pdf.read_bytes())
    assert boxes
    width, height = (round(float(v)) for v in boxes[0])
    assert f"{width} {height}" == media_box


def test_a_failed_start_on_login_is_said_in_the_app_s_language(
    german: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocked = tmp_path / "config"
    blocked.write_text("a file where the folder should be")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(blocked))
    said = set_autostart(True, data_folder=tmp_path / "data")
    assert said.startswith("Der Start beim Anmelden konnte nicht geändert werden (")
