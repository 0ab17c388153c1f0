"""Render every tray icon state on light and dark panels into one PNG sheet for review."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QRect, Qt  # noqa: E402  (the platform must be chosen first)
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter  # noqa: E402

from smallsteps_desktop.core.models import TimerState  # noqa: E402
from smallsteps_desktop.ui.tray_art import tray_image  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_OUT = ROOT / "docs" / "screenshots" / "tray-icons.png"

# (caption, state, remaining seconds, planned seconds)
CASES = [
    ("idle", TimerState.IDLE, 300, 300),
    ("running 5:00", TimerState.RUNNING, 300, 300),
    ("running 4:01", TimerState.RUNNING, 241, 300),
    ("running 2:30", TimerState.RUNNING, 150, 300),
    ("running 0:30", TimerState.RUNNING, 30, 300),
    ("running 24:10", TimerState.RUNNING, 1450, 1800),
    ("running 2:30:00", TimerState.RUNNING, 9000, 14400),
    ("paused 3:10", TimerState.PAUSED, 190, 300),
    ("expired", TimerState.EXPIRED, 0, 300),
]
PANELS = [("light", QColor("#f6f5f4")), ("dark", QColor("#1c1c1c"))]
SIZES = (16, 22, 64)
ZOOM = 3  # the 16 and 22 px icons are also shown enlarged (nearest neighbour)
CAPTION_WIDTH, PAD = 120, 10


def render_sheet() -> QImage:
    """All cases as rows; per panel: 16, 22, 64 px at real size, then 16 and 22 px zoomed."""
    cell = max(max(SIZES), 22 * ZOOM) + PAD
    columns = len(SIZES) + 2
    panel_width = columns * cell + PAD
    width = CAPTION_WIDTH + len(PANELS) * panel_width
    height = 30 + len(CASES) * cell + PAD
    sheet = QImage(width, height, QImage.Format.Format_ARGB32)
    sheet.fill(QColor("#888888"))
    painter = QPainter(sheet)
    for p, (panel_name, color) in enumerate(PANELS):
        left = CAPTION_WIDTH + p * panel_width
        painter.fillRect(QRect(left, 0, panel_width - PAD // 2, height), color)
        painter.setPen(QColor("#000000") if color.lightness() > 128 else QColor("#ffffff"))
        heads = [f"{s}px" for s in SIZES] + [f"16px x{ZOOM}", f"22px x{ZOOM}"]
        for c, head in enumerate(heads):
            painter.drawText(QRect(left + PAD + c * cell, 4, cell, 20),
                             Qt.AlignmentFlag.AlignLeft, f"{panel_name} {head}" if c == 0 else head)
    painter.setPen(QColor("#000000"))
    for r, (caption, state, remaining, planned) in enumerate(CASES):
        top = 30 + r * cell
        painter.drawText(QRect(PAD, top, CAPTION_WIDTH - PAD, cell),
                         Qt.AlignmentFlag.AlignVCenter, caption)
        for p in range(len(PANELS)):
            left = CAPTION_WIDTH + p * panel_width + PAD
            for c, size in enumerate(SIZES):
                painter.drawImage(left + c * cell, top, tray_image(state, remaining, planned, size))
            for c, size in enumerate((16, 22)):
                big = tray_image(state, remaining, planned, size).scaled(
                    size * ZOOM, size * ZOOM, Qt.AspectRatioMode.IgnoreAspectRatio,
                    Qt.TransformationMode.FastTransformation)
                painter.drawImage(left + (len(SIZES) + c) * cell, top, big)
    painter.end()
    return sheet


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("out", nargs="?", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args(argv)
    # Fonts need a QGuiApplication; keep a reference so it lives until the sheet is saved.
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841
    args.out.parent.mkdir(parents=True, exist_ok=True)
    if not render_sheet().save(str(args.out)):
        print(f"could not write {args.out}", file=sys.stderr)
        return 1
    print(args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
