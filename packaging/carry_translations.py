"""Fill the translations lupdate left unfinished when text only moved (to another
class, so another context): each takes the finished translation of the same English
source from the catalogue as it was before. Stdlib only.

    python3 packaging/carry_translations.py OLD.ts NEW.ts   (NEW.ts is rewritten)

Prints how many it filled and which stay unfinished (those need a translator).
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path


def _finished(root: ET.Element) -> dict[str, ET.Element]:
    """English source -> its finished <translation>, from any context."""
    found: dict[str, ET.Element] = {}
    for message in root.iter("message"):
        source, translation = message.find("source"), message.find("translation")
        if source is None or translation is None or source.text is None:
            continue
        if translation.get("type") in ("unfinished", "obsolete", "vanished"):
            continue
        found.setdefault(source.text, translation)
    return found


def carry(old: Path, new: Path) -> tuple[int, list[str]]:
    """Fill ``new``'s unfinished messages from ``old``; (filled, still unfinished)."""
    known = _finished(ET.parse(old).getroot())
    tree = ET.parse(new)
    filled, missing = 0, []
    for message in tree.getroot().iter("message"):
        source, translation = message.find("source"), message.find("translation")
        if source is None or translation is None or translation.get("type") != "unfinished":
            continue
        done = known.get(source.text or "")
        if done is None:
            missing.append(source.text or "")
            continue
        message.remove(translation)
        message.append(done)
        filled += 1
    if not filled:
        return filled, missing  # lupdate's own file as it wrote it
    body = ET.tostring(tree.getroot(), encoding="unicode").replace(" />", "/>")
    new.write_text(f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n{body}\n')
    return filled, missing


def main() -> int:
    filled, missing = carry(Path(sys.argv[1]), Path(sys.argv[2]))
    print(f"filled {filled} moved translations; unfinished: {len(missing)}")
    for text in missing:
        print(f"  {text!r}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
