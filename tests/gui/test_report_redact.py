"""The redacted report as PDF and as the window's preview: titles and notes hidden there too."""

from __future__ import annotations

import subprocess
import unicodedata
from datetime import timezone
from pathlib import Path

import pytest

from smallsteps_desktop.core.report_views import ReportQueries
from smallsteps_desktop.export.labels import Labels
from smallsteps_desktop.export.report_preview import report_document
from smallsteps_desktop.export.writer import render

from support.report_data import WEEK
from support.report_secrets import (
    LEARNING,
    TITLE,
    TO,
    WHAT,
    assert_nothing_leaks,
    record_secret_week,
)


@pytest.fixture
def report(app, clock):
    record_secret_week(app, clock)
    return ReportQueries(app.store, clock, timezone.utc).report(WEEK, daily_quota=1)


def _pdf_text(report, tmp_path: Path, lang: str, redact: bool) -> str:
    path = tmp_path / f"report-{lang}-{redact}.pdf"
    path.write_bytes(render(report, "pdf", Labels(lang), redact=redact))
    text = subprocess.run(["pdftotext", "-raw", str(path), "-"], capture_output=True,
                          text=True, check=True).stdout
    return unicodedata.normalize("NFKC", text)  # ligatures (ﬁ, ﬂ) as their letters


def _squeezed(text: str) -> str:
    """Narrow cells wrap anywhere: compare without white space or break chances."""
    return "".join(text.split()).replace("\u200b", "")


@pytest.mark.parametrize("lang, note, hidden", [
    ("en", "Titles and notes hidden for sharing", f"hidden · {len(TO)} characters"),
    ("de", "Titel und Notizen für die Weitergabe verborgen", f"verborgen · {len(TO)} Zeichen"),
])
def test_pdf_hides_titles_and_notes(qapp, report, tmp_path, lang, note, hidden) -> None:
    plain = _squeezed(_pdf_text(report, tmp_path, lang, redact=False))
    assert _squeezed(TO) in plain and _squeezed(LEARNING) in plain  # the check can see them
    text = _pdf_text(report, tmp_path, lang, redact=True)
    assert_nothing_leaks(text)
    squeezed = _squeezed(text)
    for secret in (TITLE, LEARNING, TO, WHAT):
        assert _squeezed(secret)[:12] not in squeezed
    assert _squeezed(note) in squeezed and _squeezed(hidden) in squeezed
    assert _squeezed("Social media · 9") in squeezed  # the chore: its area and length


def test_preview_hides_titles_and_notes(qapp, report) -> None:
    labels = Labels("en")
    assert TO in report_document(report, labels).toPlainText()
    text = report_document(report, labels, redact=True).toPlainText()
    assert_nothing_leaks(text)
    assert "Titles and notes hidden for sharing" in text
    assert f"Social media · {len(TITLE)} characters" in text
