"""docs/clinical-basis.md: the project's own clinical basis, and nothing points outside.

Every source tag used in the doc or in the routine data is listed in the doc's
Sources; no file in the repository refers to notes outside it.
"""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DOC = ROOT / "docs" / "clinical-basis.md"
TAG = re.compile(r"\[([A-Za-z][A-Za-z0-9-]*)\](?!\()")
"""A source tag such as [NHS-SCI]; not a Markdown link ([text](url))."""
NOT_SOURCES = {"design"}


def _defined_tags() -> set[str]:
    sources = DOC.read_text(encoding="utf-8").split("\n## Sources\n", 1)[1]
    return set(re.findall(r"\*\*([A-Za-z][A-Za-z0-9-]*)\*\*", sources))


def _tracked_text_files() -> list[Path]:
    listed = subprocess.run(
        ["git", "ls-files", "--cached", "--others", "--exclude-standard"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    suffixes = {".py", ".md", ".toml", ".txt", ".sh", ".xml", ".desktop", ".spec", ".cfg"}
    return [ROOT / name for name in listed if Path(name).suffix in suffixes or "/" not in name]


@pytest.mark.parametrize(
    "path",
    [DOC, *sorted((ROOT / "routines").glob("*.toml"))],
    ids=lambda path: path.name,
)
def test_every_source_tag_is_listed(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    if path.suffix == ".toml":  # tags live in comments; [tables] are not tags
        text = "\n".join(line.partition("#")[2] for line in text.splitlines())
    text = re.sub(r"`[^`]*`", "", text)  # code spans name TOML tables, not sources
    used = set(TAG.findall(text)) - NOT_SOURCES
    assert used <= _defined_tags(), f"not in the Sources list: {sorted(used - _defined_tags())}"


def test_doc_covers_every_section_code_points_to() -> None:
    text = DOC.read_text(encoding="utf-8")
    for heading in ("### 1a. ", "### 1b. ", "## 2. ", "## 3. ", "## 4. ", "## Sources"):
        assert f"\n{heading}" in text, heading


def test_nothing_points_outside_the_repository() -> None:
    outside = re.compile(
        r"shared/(clinical|architecture|platform-notes|design-brief|seeds)|\.\./shared"
    )
    hits = [
        f"{path.relative_to(ROOT)}:{number}"
        for path in _tracked_text_files()
        if path.is_file()
        for number, line in enumerate(
            path.read_text(encoding="utf-8", errors="replace").splitlines(), 1
        )
        if outside.search(line) or re.search(r"(?<![\w-])clinical\.md", line)
    ]
    assert not hits, hits
