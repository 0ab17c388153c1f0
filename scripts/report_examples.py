"""Write the example reports in docs/examples/ from the known week the tests use.

Usage: .venv/bin/python scripts/report_examples.py   (needs poppler-utils for the page images)

With ``--html-shot`` under an X display (e.g. ``xvfb-run -a``) it also saves how
a browser engine (QtWebEngine, Chromium) shows the HTML report.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from datetime import timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> int:
    from PySide6.QtGui import QGuiApplication

    from smallsteps_desktop.core.report_views import ReportQueries
    from smallsteps_desktop.export.labels import Labels
    from smallsteps_desktop.export.writer import FORMATS, SUFFIXES, render
    from support.clock import FakeClock
    from smallsteps_desktop.core.reactions import Counts
    from support.report_data import WEEK, record_known_week
    from support.services import make_services

    app = QGuiApplication(["examples"])
    out = ROOT / "docs" / "examples"
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        clock = FakeClock()
        services = make_services(Path(folder), clock)
        ids = record_known_week(services, clock)
        # Readers reacted to the photo post: the example shows the reactions section too.
        services.reactions.record(ids["photo"], Counts(
            23, 4, 0, 2, "Two customers asked about the opening hours"))
        report = ReportQueries(services.store, clock, timezone.utc).report(WEEK, daily_quota=1)
        services.close()
    for language in ("en", "de"):
        for fmt in FORMATS:
            path = out / f"report-{language}{SUFFIXES[fmt]}"
            path.write_bytes(render(report, fmt, Labels(language)))
        subprocess.run(["pdftoppm", "-png", "-r", "60", str(out / f"report-{language}.pdf"),
                        str(out / f"report-{language}-page")], check=True)
    del app
    if "--html-shot" in sys.argv:
        for language in ("en", "de"):
            subprocess.run([sys.executable, __file__, "--shoot", str(out / f"report-{language}.html"),
                            str(out / f"report-{language}-html.png")], check=True,
                           env={**os.environ, "QT_QPA_PLATFORM": "xcb",
                                "QTWEBENGINE_CHROMIUM_FLAGS": "--no-sandbox --disable-gpu"})
    print(f"Examples written to {out}")
    return 0


def shoot(html: str, png: str) -> int:
    """A browser's view of the HTML file, 900 pixels wide."""
    from PySide6.QtCore import QTimer, QUrl
    from PySide6.QtWebEngineWidgets import QWebEngineView
    from PySide6.QtWidgets import QApplication

    app = QApplication([sys.argv[0]])
    view = QWebEngineView()
    view.resize(900, 1400)
    view.loadFinished.connect(
        lambda ok: QTimer.singleShot(1500, lambda: (view.grab().save(png), app.quit())))
    view.load(QUrl.fromLocalFile(html))
    view.show()
    QTimer.singleShot(30_000, app.quit)
    app.exec()
    return 0


if __name__ == "__main__":
    sys.exit(shoot(*sys.argv[2:4]) if sys.argv[1:2] == ["--shoot"] else main())
