"""Regenerate assets/screenshots/: every screen, light and dark, at 100 % and 200 % text.

Runs the screenshot tests (which also fail on cut-off text, overflow and unnamed
controls) with SHOTS_DIR set, renames what they wrote to <screen>-<theme>-<size>.png
and stores each as a 256-colour PNG without metadata (ImageMagick's ``convert``),
about a third of the size and alike to the eye. From the repository root:

    python bench/screenshots.py            # rewrites assets/screenshots/
    python bench/screenshots.py --check    # only lists what it would write
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "assets" / "screenshots"
TESTS = [
    "tests/test_app_screenshots.py",
    "tests/test_triage_wizard.py::test_screenshots",
    "tests/test_thermal_ui.py::test_screenshots_light_dark_and_text_sizes",
    "tests/test_background.py::test_the_tray_menu_in_each_look",
]
SIZES = {"14": "100", "28": "200"}
"""The tests name a text size by its body points; the files by the percentage."""
NAMES = {
    "app_": "",
    "triage_": "check-in-",
    "before_session_": "before-session-",
    "thermal_": "ice-heat-",
    "tray_": "tray-",
}
"""Test file prefixes and what the screenshot's name starts with instead."""
KEEP = re.compile(r"^(?P<screen>[a-z_]+?)_(?P<theme>light|dark)_(?P<points>\d+)pt\.png$")
LEFT_OUT = {"triage_multi_part", "triage_safety_checklist", "app_routine_cards", "app_ice_heat"}
"""Written by the tests but not kept: alike to a kept page, or a tall strip."""


def shoot(folder: Path) -> None:
    """Run the screenshot tests, writing their PNGs to ``folder``."""
    env = dict(os.environ, SHOTS_DIR=str(folder), QT_QPA_PLATFORM="offscreen")
    command = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-k", "not 130"]
    subprocess.run([*command, *TESTS], cwd=ROOT, env=env, check=True)


def renamed(name: str) -> str | None:
    """``app_home_plan_dark_28pt.png`` -> ``home-plan-dark-200.png``; None if not kept."""
    match = KEEP.match(name)
    if match is None or match["points"] not in SIZES or match["screen"] in LEFT_OUT:
        return None
    screen = match["screen"]
    for prefix, instead in NAMES.items():
        if screen.startswith(prefix):
            screen = instead + screen.removeprefix(prefix)
            break
    else:
        return None
    return f"{screen.replace('_', '-')}-{match['theme']}-{SIZES[match['points']]}.png"


def store(shots: Path, out: Path, *, check: bool) -> int:
    """Write the kept shots to ``out`` (only list them if ``check``); the bytes written."""
    total = 0
    for shot in sorted(shots.glob("*.png")):
        name = renamed(shot.name)
        if name is None:
            continue
        target = out / name
        if check:
            print(name)
            continue
        subprocess.run(
            ["convert", str(shot), "-strip", "-colors", "256", f"PNG8:{target}"], check=True
        )
        total += target.stat().st_size
    return total


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="list the files, write none")
    args = parser.parse_args()
    if shutil.which("convert") is None:
        sys.exit("needs ImageMagick's convert")
    with tempfile.TemporaryDirectory() as folder:
        shoot(Path(folder))
        total = store(Path(folder), OUT, check=args.check)
    if not args.check:
        print(f"{total / 1e6:.1f} MB written to {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
