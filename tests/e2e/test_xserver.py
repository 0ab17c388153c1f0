"""The e2e fixtures work: Xvfb starts, trayer hosts a Qt tray icon, screenshots save."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtGui import QImage

from e2e.xserver import screenshot, start_xvfb, tray_owner, wait_for

TRAY_PROBE = """
import sys
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import QApplication, QSystemTrayIcon
app = QApplication(sys.argv)
print(QSystemTrayIcon.isSystemTrayAvailable(), flush=True)
if "--show" in sys.argv:
    pixmap = QPixmap(22, 22)
    pixmap.fill(QColor(255, 0, 0))
    icon = QSystemTrayIcon(QIcon(pixmap))
    icon.show()
    app.exec()
"""


def probe(display: str, *args: str) -> subprocess.Popen:
    """Start the Qt tray probe on display; its first stdout line is True or False."""
    env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb"}
    return subprocess.Popen([sys.executable, "-c", TRAY_PROBE, *args], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def red_pixels_in_top_strip(path: Path, height: int = 24) -> int:
    image = QImage(str(path))
    assert (image.width(), image.height()) == (1280, 800)
    return sum(image.pixel(x, y) & 0xFFFFFF == 0xFF0000
               for y in range(height) for x in range(image.width()))


def test_trayer_embeds_a_qt_tray_icon(x_display, tray_host, artifacts_dir):
    proc = probe(x_display, "--show")
    try:
        assert proc.stdout.readline().strip() == "True"
        shot = artifacts_dir / "e2e-xserver-trayer.png"
        # The icon is drawn a moment after show(); poll screenshots until it appears.
        wait_for(lambda: red_pixels_in_top_strip(screenshot(x_display, shot)) > 100,
                 "the red tray icon inside trayer")
    finally:
        proc.terminate()
        _, err = proc.communicate(timeout=10)
    assert tray_host.poll() is None
    assert err == "", err  # Qt printed no warnings


def test_no_tray_without_tray_host(tmp_path):
    # A display of its own, so no trayer from another test can leak in.
    with start_xvfb(tmp_path / "xvfb.log") as display:
        assert tray_owner(display) == 0
        out, err = probe(display).communicate(timeout=60)
        assert out.strip() == "False", err
