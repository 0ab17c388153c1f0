"""Render the app icon's SVG master into the hicolor sizes and the package's window icon.

Usage: .venv/bin/python scripts/build_icons.py   (run again after editing the SVG)
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
APP_ID = "app.smallsteps.SmallSteps"
MASTER = ROOT / "resources" / "icons" / f"{APP_ID}.svg"
HICOLOR = ROOT / "packaging" / "linux" / "icons" / "hicolor"
PACKAGE_ICONS = ROOT / "smallsteps_desktop" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
# The window icon: PNGs, so showing a window never loads Qt's SVG plugin at start-up.
WINDOW_SIZES = (16, 32, 48, 64, 128, 256)


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication([sys.argv[0]])
    renderer = QSvgRenderer(str(MASTER))
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        target = HICOLOR / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        image.save(str(target))
        if size in WINDOW_SIZES:
            PACKAGE_ICONS.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(target, PACKAGE_ICONS / f"smallsteps-{size}.png")
    scalable = HICOLOR / "scalable" / "apps" / f"{APP_ID}.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(MASTER, scalable)
    del app
    print(f"Icons written to {HICOLOR} and {PACKAGE_ICONS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
