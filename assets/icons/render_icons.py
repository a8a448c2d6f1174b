"""Render the app icon PNGs in this folder from ``rehab-coach.svg`` with QtSvg.

Run: ``python assets/icons/render_icons.py`` (headless is fine). Writes
``rehab-coach-<size>.png`` for every size in :data:`SIZES`: square, transparent
outside the rounded square, antialiased. The desktop entry, AppStream metainfo
and the PyInstaller bundle use these files; the app itself loads the SVG.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

HERE = Path(__file__).resolve().parent
SVG = HERE / "rehab-coach.svg"
SIZES: tuple[int, ...] = (16, 32, 48, 64, 128, 256)


def png_path(size: int) -> Path:
    """Where the PNG of ``size`` pixels lives."""
    return HERE / f"rehab-coach-{size}.png"


def render(svg: Path, size: int) -> QImage:
    """``svg`` drawn into a transparent ``size`` x ``size`` image (needs a QGuiApplication)."""
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise ValueError(f"{svg}: not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    return image


def main() -> int:
    """Write every PNG size; the exit code."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # read when the app is created
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    for size in SIZES:
        image = render(SVG, size)
        target = png_path(size)
        if not image.save(str(target)):
            print(f"could not write {target}", file=sys.stderr)
            return 1
        print(f"{target.name}: {size}x{size}")
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
