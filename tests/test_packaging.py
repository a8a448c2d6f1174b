"""Packaging files: licence, desktop entry, AppStream metainfo, app icon, the PyInstaller
spec and the Debian package script.

Fast checks only. Building the bundle takes a minute and is not done here: run
``bash packaging/build-linux.sh && bash packaging/smoke-test.sh`` (see README). The
.deb script is run on a tiny stand-in bundle; CI builds, installs and removes the real one.
"""

from __future__ import annotations

import _ctypes
import ast
import configparser
import importlib.util
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication

import coach
from coach import paths

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
ICONS = ROOT / "assets" / "icons"
APP_ID = "io.github.rehab_coach.RehabCoach"
DESKTOP = PACKAGING / f"{APP_ID}.desktop"
METAINFO = PACKAGING / f"{APP_ID}.metainfo.xml"
SPEC = PACKAGING / "rehab-coach.spec"
PNG_SIZES = (16, 32, 48, 64, 128, 256)
PROJECT_URL = "https://github.com/rehab-coach/rehab-coach"
RAW_URL = f"{PROJECT_URL}/raw/main/"

# What Qt Multimedia offers without a media backend plugin (the spec leaves FFmpeg out).
BACKEND_FREE_MULTIMEDIA = {
    "QAudioDevice",
    "QAudioFormat",
    "QAudioSink",
    "QAudioSource",
    "QMediaDevices",
    "QSoundEffect",
}


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, capture_output=True, text=True, timeout=60, check=False)


def _spec_constants() -> dict[str, Any]:
    """Module-level ``NAME = <literal>`` assignments of the spec file."""
    constants: dict[str, Any] = {}
    for node in ast.parse(SPEC.read_text(encoding="utf-8"), filename=str(SPEC)).body:
        if isinstance(node, ast.Assign) and len(node.targets) == 1:
            target = node.targets[0]
            if isinstance(target, ast.Name):
                try:
                    constants[target.id] = ast.literal_eval(node.value)
                except ValueError:
                    continue
    return constants


def _spec_data_files() -> list[tuple[str, str]]:
    """Run the spec's own ``data_files`` over its ``DATA_DIRS`` (as PyInstaller would)."""
    tree = ast.parse(SPEC.read_text(encoding="utf-8"), filename=str(SPEC))
    func = next(n for n in tree.body if isinstance(n, ast.FunctionDef) and n.name == "data_files")
    constants = _spec_constants()
    namespace: dict[str, Any] = {
        "Path": Path,
        "ROOT": ROOT,
        "DATA_SKIP_SUFFIXES": constants["DATA_SKIP_SUFFIXES"],
        "DATA_SKIP_DIRS": constants["DATA_SKIP_DIRS"],
    }
    exec(compile(ast.Module(body=[func], type_ignores=[]), str(SPEC), "exec"), namespace)
    return [pair for folder in constants["DATA_DIRS"] for pair in namespace["data_files"](folder)]


def _coach_imports(module: str) -> dict[str, set[str]]:
    """Names imported ``from <module>`` under coach/, by file."""
    found: dict[str, set[str]] = {}
    for path in sorted((ROOT / "coach").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
            if isinstance(node, ast.ImportFrom) and node.module == module:
                found.setdefault(str(path.relative_to(ROOT)), set()).update(
                    alias.name for alias in node.names
                )
    return found


def _coach_qt_modules() -> set[str]:
    """Every ``PySide6.<Module>`` imported anywhere under coach/."""
    modules: set[str] = set()
    for path in sorted((ROOT / "coach").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
            names: list[str] = []
            if isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            elif isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            modules.update(n for n in names if n.startswith("PySide6."))
    return modules


# -- desktop entry -------------------------------------------------------------------


def test_desktop_entry_names_the_app_and_its_icon() -> None:
    from coach.ui.app.launch import APP_ID as APP_ID_IN_CODE

    assert APP_ID == APP_ID_IN_CODE
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(DESKTOP, encoding="utf-8")
    group = entry["Desktop Entry"]
    assert group["Type"] == "Application"
    assert group["Exec"] == "rehab-coach"
    assert group["Icon"] == APP_ID
    assert group["Name"] == "Rehab Coach"


@pytest.mark.skipif(
    shutil.which("desktop-file-validate") is None,
    reason="desktop-file-validate not installed (Debian: apt-get install desktop-file-utils)",
)
def test_desktop_entry_is_valid() -> None:
    result = _run("desktop-file-validate", str(DESKTOP))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "error" not in (result.stdout + result.stderr).lower()


# -- AppStream metainfo --------------------------------------------------------------


def test_metainfo_matches_the_app() -> None:
    root = ET.parse(METAINFO).getroot()
    assert root.tag == "component"
    assert root.get("type") == "desktop-application"
    assert root.findtext("id") == APP_ID
    assert root.findtext("metadata_license") == "CC0-1.0"
    assert root.findtext("project_license") == "MIT"
    launchable = root.find("launchable")
    assert launchable is not None
    assert launchable.get("type") == "desktop-id"
    assert launchable.text == DESKTOP.name
    rating = root.find("content_rating")
    assert rating is not None
    assert rating.get("type") == "oars-1.1"


def test_metainfo_has_one_release_per_version_newest_first() -> None:
    releases = ET.parse(METAINFO).getroot().findall("releases/release")
    assert releases, "no <release>"
    versions = [release.get("version") or "" for release in releases]
    assert len(set(versions)) == len(versions), f"a version listed twice: {versions}"
    assert versions[0] == coach.__version__, "newest release first, and current"
    dates = [release.get("date") or "" for release in releases]
    assert all(re.fullmatch(r"\d{4}-\d{2}-\d{2}", date) for date in dates), dates
    assert dates == sorted(dates, reverse=True)
    assert all(release.find("description") is not None for release in releases)


def test_metainfo_urls_are_in_the_projects_namespace() -> None:
    urls = {url.get("type"): url.text or "" for url in ET.parse(METAINFO).getroot().iter("url")}
    assert {"homepage", "bugtracker"} <= set(urls)
    assert all(url.startswith(PROJECT_URL) for url in urls.values()), urls


def test_metainfo_screenshots_are_the_readmes_and_exist() -> None:
    screenshots = ET.parse(METAINFO).getroot().findall("screenshots/screenshot")
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    in_readme = re.findall(r"\]\((assets/screenshots/[^)]+\.png)\)", readme)
    shown: list[str] = []
    for screenshot in screenshots:
        image = screenshot.find("image")
        assert image is not None
        assert (screenshot.findtext("caption") or "").strip()
        url = image.text or ""
        assert url.startswith(RAW_URL), url
        path = url.removeprefix(RAW_URL)
        picture = QImage(str(ROOT / path))
        assert not picture.isNull(), f"{path} is not in the repository"
        assert (image.get("width"), image.get("height")) == (
            str(picture.width()),
            str(picture.height()),
        ), path
        shown.append(path)
    assert sorted(shown) == sorted(in_readme), "the README's screenshots, each once"
    assert [s.get("type") for s in screenshots].count("default") == 1
    assert screenshots[0].get("type") == "default"


def test_metainfo_branding_has_a_light_and_a_dark_colour() -> None:
    colours = ET.parse(METAINFO).getroot().findall("branding/color")
    by_scheme = {colour.get("scheme_preference"): colour.text or "" for colour in colours}
    assert set(by_scheme) == {"light", "dark"}
    assert all(colour.get("type") == "primary" for colour in colours)
    for text in by_scheme.values():
        assert re.fullmatch(r"#[0-9a-f]{6}", text), text
    assert QColor(by_scheme["light"]).lightness() > QColor(by_scheme["dark"]).lightness()


# -- licence -------------------------------------------------------------------------


def test_license_file_is_the_mit_licence_pyproject_names() -> None:
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert re.search(r'^license = "MIT"$', pyproject, re.MULTILINE)
    text = (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert text.startswith("MIT License\n")
    assert re.search(r"^Copyright \(c\) \d{4} The Rehab Coach authors$", text, re.MULTILINE)
    assert 'THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND' in text


@pytest.mark.skipif(
    shutil.which("appstreamcli") is None,
    reason="appstreamcli not installed (Debian: apt-get install appstream)",
)
def test_metainfo_is_valid() -> None:
    result = _run("appstreamcli", "validate", "--no-net", str(METAINFO))
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    problems = [line for line in output.splitlines() if line.startswith(("E:", "W:"))]
    assert not problems, output


# -- icon ----------------------------------------------------------------------------


def _coverage(image: QImage) -> tuple[float, int]:
    """Share of opaque pixels, and how many of them are near white (the figure)."""
    opaque = white = 0
    for y in range(image.height()):
        for x in range(image.width()):
            color = QColor(image.pixel(x, y))
            if QColor.fromRgba(image.pixel(x, y)).alpha() > 200:
                opaque += 1
                white += color.red() > 230 and color.green() > 230 and color.blue() > 230
    return opaque / (image.width() * image.height()), white


def test_icon_svg_renders(qapp: QApplication) -> None:
    renderer = QSvgRenderer(str(ICONS / "rehab-coach.svg"))
    assert renderer.isValid()
    assert renderer.defaultSize().width() == renderer.defaultSize().height()
    image = QImage(64, 64, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    covered, white = _coverage(image)
    assert covered > 0.8, "the rounded square fills the icon"
    assert white > 64 * 64 * 0.08, "the white figure shows"


def test_app_loads_the_icon_the_bundle_ships() -> None:
    assert (paths.assets_dir() / "icons" / "rehab-coach.svg").is_file()


@pytest.mark.parametrize("size", PNG_SIZES)
def test_png_size_exists_with_right_dimensions(size: int) -> None:
    path = ICONS / f"rehab-coach-{size}.png"
    image = QImage(str(path))
    assert not image.isNull(), f"{path} missing or unreadable"
    assert (image.width(), image.height()) == (size, size)
    assert image.hasAlphaChannel()
    covered, white = _coverage(image)
    assert covered > 0.7
    assert white > 0


def test_render_script_makes_every_png_size() -> None:
    tree = ast.parse((ICONS / "render_icons.py").read_text(encoding="utf-8"))
    sizes = next(
        ast.literal_eval(node.value)
        for node in tree.body
        if isinstance(node, ast.AnnAssign)
        and isinstance(node.target, ast.Name)
        and node.target.id == "SIZES"
        and node.value is not None
    )
    assert tuple(sizes) == PNG_SIZES


# -- PyInstaller spec ----------------------------------------------------------------


def test_spec_lists_assets_and_routines_as_data() -> None:
    assert _spec_constants()["DATA_DIRS"] == ("assets", "routines")
    pairs = _spec_data_files()
    dests = {(Path(src).name, dest) for src, dest in pairs}
    assert ("rehab-coach.svg", "assets/icons") in dests
    assert ("countdown.wav", "assets/sounds") in dests
    assert ("stand_tall.toml", "assets/poses") in dests
    for name in ("exercises.toml", "cues.toml", "triage.toml", "thermal.toml"):
        assert (name, "routines") in dests
    assert not [src for src, _ in pairs if src.endswith(".py")], "helper scripts stay out"
    shipped = {
        path
        for folder in ("assets", "routines")
        for path in (ROOT / folder).rglob("*")
        if path.is_file()
        and path.suffix not in {".py", ".pyc"}
        and not {"__pycache__", "screenshots"} & set(path.parts)
    }
    assert {Path(src) for src, _ in pairs} == shipped


def test_bundle_layout_is_where_paths_looks(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """The spec puts data at <_MEIPASS>/assets and <_MEIPASS>/routines; paths.py agrees."""
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert paths.assets_dir() == tmp_path / "assets"
    assert paths.routines_dir() == tmp_path / "routines"


def test_spec_bundles_the_espeak_driver() -> None:
    imports = _spec_constants()["SPEECH_IMPORTS"]
    assert {"pyttsx3.drivers.espeak", "pyttsx3.drivers._espeak"} <= set(imports)
    for name in imports:
        assert importlib.util.find_spec(name) is not None, name


def test_spec_does_not_exclude_a_qt_module_the_app_imports() -> None:
    excluded = set(_spec_constants()["QT_EXCLUDES"])
    used = _coach_qt_modules()
    assert used, "found no PySide6 imports under coach/"
    assert not (used & excluded), f"the spec excludes modules coach/ imports: {used & excluded}"


def test_app_needs_no_multimedia_backend_when_the_spec_leaves_it_out() -> None:
    if "multimedia/" not in _spec_constants()["QT_PLUGIN_EXCLUDES"]:
        pytest.skip("the spec bundles the FFmpeg media backend")
    extra = {
        file: names - BACKEND_FREE_MULTIMEDIA
        for file, names in _coach_imports("PySide6.QtMultimedia").items()
        if names - BACKEND_FREE_MULTIMEDIA
    }
    assert not extra, (
        f"{extra} need a Qt Multimedia backend: remove 'multimedia/' from "
        "QT_PLUGIN_EXCLUDES in packaging/rehab-coach.spec"
    )


@pytest.mark.parametrize(
    "script",
    [
        "build-linux.sh",
        "smoke-test.sh",
        "install-desktop-files.sh",
        "glibc-needed.sh",
        "build-deb.sh",
        "test-deb.sh",
    ],
)
def test_shell_scripts_parse_and_are_strict(script: str) -> None:
    path = PACKAGING / script
    assert "set -euo pipefail" in path.read_text(encoding="utf-8")
    result = _run("bash", "-n", str(path))
    assert result.returncode == 0, result.stderr


# -- Debian package ------------------------------------------------------------------


def _stand_in_bundle(folder: Path) -> Path:
    """A bundle with the real layout: an executable, one real shared library, share/."""
    bundle = folder / "rehab-coach"
    (bundle / "_internal").mkdir(parents=True)
    executable = bundle / "rehab-coach"
    executable.write_text("#!/bin/sh\necho stand-in\n", encoding="utf-8")
    executable.chmod(0o755)
    shutil.copy(_ctypes.__file__, bundle / "_internal" / "_ctypes.so")
    result = _run("bash", str(PACKAGING / "install-desktop-files.sh"), str(bundle))
    assert result.returncode == 0, result.stderr
    return bundle


@pytest.mark.skipif(
    shutil.which("dpkg-deb") is None or shutil.which("objdump") is None,
    reason="needs dpkg-deb and objdump (Debian: apt-get install binutils)",
)
def test_deb_control_and_layout(tmp_path: Path) -> None:
    from coach.system_check import APT_LINE

    bundle = _stand_in_bundle(tmp_path)
    out = tmp_path / "out"
    built = _run("bash", str(PACKAGING / "build-deb.sh"), str(bundle), str(out))
    assert built.returncode == 0, built.stdout + built.stderr
    debs = list(out.iterdir())
    assert len(debs) == 1, "the .deb only: the staging folder is removed"
    deb = debs[0]
    arch = _run("dpkg", "--print-architecture").stdout.strip()
    assert deb.name == f"rehab-coach_{coach.__version__}_{arch}.deb"

    control = _run("dpkg-deb", "-f", str(deb)).stdout
    fields = dict(line.split(": ", 1) for line in control.splitlines() if not line.startswith(" "))
    assert fields["Package"] == "rehab-coach"
    assert fields["Version"] == coach.__version__
    assert fields["Architecture"] == arch
    assert fields["Homepage"] == PROJECT_URL
    glibc = _run("bash", str(PACKAGING / "glibc-needed.sh"), str(bundle)).stdout.strip()
    assert re.fullmatch(r"2\.\d+", glibc), glibc
    depends = [item.strip() for item in fields["Depends"].split(",")]
    readme_packages = APT_LINE.removeprefix("sudo apt-get install -y ").split()
    assert depends == [f"libc6 (>= {glibc})", *readme_packages]
    assert "Recommends" not in fields  # notifications go over D-Bus from the app itself
    assert int(fields["Installed-Size"]) > 0

    listing = _run("dpkg-deb", "-c", str(deb)).stdout.splitlines()
    entries = {line.split()[5].removeprefix("."): line for line in listing}
    assert all(line.split()[1] == "root/root" for line in listing)
    assert entries["/usr/bin/rehab-coach"].endswith("-> ../lib/rehab-coach/rehab-coach")
    assert entries["/usr/lib/rehab-coach/rehab-coach"].startswith("-rwxr-xr-x")
    assert entries["/usr/lib/rehab-coach/_internal/_ctypes.so"].startswith("-rw")
    for path in (
        f"/usr/share/applications/{APP_ID}.desktop",
        f"/usr/share/metainfo/{APP_ID}.metainfo.xml",
        f"/usr/share/icons/hicolor/scalable/apps/{APP_ID}.svg",
        *(f"/usr/share/icons/hicolor/{n}x{n}/apps/{APP_ID}.png" for n in PNG_SIZES),
        "/usr/share/doc/rehab-coach/copyright",
    ):
        assert entries[path].startswith("-rw-r--r--"), path
    assert not [path for path in entries if path.startswith("/DEBIAN")]
