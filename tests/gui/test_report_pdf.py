"""The PDF report, checked with poppler's tools the way a reader's viewer would see it."""

from __future__ import annotations

import subprocess
from datetime import timezone
from pathlib import Path

import pytest

from smallsteps_desktop.core.report_views import ReportQueries
from smallsteps_desktop.export.labels import Labels
from smallsteps_desktop.export.writer import render

from support.report_data import WEEK, record_known_week

A4_POINTS = "595 x 842 pts (A4)"


def _pdf(app, clock, tmp_path: Path, lang: str = "en", **hostile: str) -> Path:
    record_known_week(app, clock, **hostile)
    report = ReportQueries(app.store, clock, timezone.utc).report(WEEK, daily_quota=1)
    path = tmp_path / f"report-{lang}.pdf"
    path.write_bytes(render(report, "pdf", Labels(lang)))
    return path


def _poppler(*args: str) -> str:
    return subprocess.run(args, capture_output=True, text=True, check=True).stdout


def _words(text: str) -> str:
    return " ".join(text.split())


def test_pdf_is_a4_with_the_report_as_text(qapp, app, clock, tmp_path, artifacts_dir) -> None:
    path = _pdf(app, clock, tmp_path)
    info = _poppler("pdfinfo", str(path))
    assert A4_POINTS in info and "Title: Progress report: 2 Mar 2026 to 8 Mar 2026" in _words(info)
    pages = int(info.split("Pages:")[1].split()[0])
    assert 1 <= pages <= 4
    text = _words(_poppler("pdftotext", str(path), "-"))
    for expected in ("Progress report", "Steps done", "Minutes focused", "21",
                     "Photos of the shop get likes", "Short sentences work", "Anna",
                     "3 Mar 2026 (overdue)", "Choose a newsletter tool"):
        assert expected in text
    subprocess.run(["pdftoppm", "-png", "-r", "70", str(path), str(artifacts_dir / "report-en")],
                   check=True)
    assert len(list(artifacts_dir.glob("report-en-*.png"))) == pages


def test_pdf_in_german(qapp, app, clock, tmp_path, artifacts_dir) -> None:
    path = _pdf(app, clock, tmp_path, "de")
    text = _words(_poppler("pdftotext", str(path), "-"))
    assert "Fortschrittsbericht" in text and "Fokussierte Minuten" in text
    assert "3.3.2026 (überfällig)" in text
    subprocess.run(["pdftoppm", "-png", "-r", "70", "-f", "1", "-l", "1", str(path),
                    str(artifacts_dir / "report-de")], check=True)


@pytest.mark.parametrize("field", ["title", "learning", "what"])
def test_hostile_text_is_printed_as_text(qapp, app, clock, tmp_path, field) -> None:
    hostile = '<b>bold?</b><script>alert(1)</script> =1+1 مرحبا ' + "W" * 10_000
    if field == "title":
        hostile = hostile[:9_000]
    path = _pdf(app, clock, tmp_path, **{field: hostile})
    info = _poppler("pdfinfo", str(path))
    assert int(info.split("Pages:")[1].split()[0]) <= 5  # long text is shortened in print
    text = _poppler("pdftotext", "-raw", str(path), "-")  # in drawing order: cell by cell
    squeezed = "".join(text.split()).replace("\u200b", "")  # narrow cells wrap anywhere
    assert "<b>bold?</b><script>alert(1)</script>" in squeezed
    assert "morecharactersintheHTMLandJSONreport" in squeezed
