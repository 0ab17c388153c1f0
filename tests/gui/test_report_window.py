"""The report window: periods, preview, and exports that run without freezing it."""

from __future__ import annotations

from datetime import date, timezone
from pathlib import Path

import pytest
from PySide6.QtCore import QDate
from PySide6.QtGui import QDesktopServices

from smallsteps_desktop.core.report_views import ReportQueries
from smallsteps_desktop.ui.report_window import ReportWindow

from support.report_data import record_known_week


@pytest.fixture
def window(qtbot, app, clock) -> ReportWindow:
    record_known_week(app, clock)  # the clock stands on Wednesday, 4 March 2026
    window = ReportWindow(ReportQueries(app.store, clock, timezone.utc), lambda: 1, "en")
    qtbot.addWidget(window)
    window.show()
    return window


def _dates(window: ReportWindow) -> tuple[date, date]:
    return window.start_edit.date().toPython(), window.end_edit.date().toPython()


def test_opens_on_this_week_with_a_preview(window: ReportWindow, artifacts_dir: Path) -> None:
    assert window.preset.currentData() == "this-week"
    assert _dates(window) == (date(2026, 3, 2), date(2026, 3, 8))
    text = window.preview.toPlainText()
    assert "Progress report" in text and "Photos of the shop get likes" in text
    assert window.report.totals.steps_done == 3
    window.resize(820, 900)
    window.grab().save(str(artifacts_dir / "report-window-en.png"))


def test_presets_and_custom_dates(window: ReportWindow) -> None:
    window.choose_preset("last-week")
    assert _dates(window) == (date(2026, 2, 23), date(2026, 3, 1))
    assert window.report.totals.steps_done == 1  # the old flyer
    window.start_edit.setDate(QDate(2026, 3, 3))
    window.end_edit.setDate(QDate(2026, 3, 4))
    assert window.preset.currentData() == "custom"
    assert window.report.totals.steps_done == 2


def test_a_period_ending_before_it_starts_is_explained(window: ReportWindow) -> None:
    window.end_edit.setDate(QDate(2026, 3, 1))
    window.start_edit.setDate(QDate(2026, 3, 5))
    assert "before it starts" in window.status.text()
    assert not any(b.isEnabled() for b in window.buttons.values())
    window.choose_preset("today")
    assert all(b.isEnabled() for b in window.buttons.values())


@pytest.mark.parametrize("fmt, magic", [("pdf", b"%PDF-"), ("html", b"<!DOCTYPE html>"),
                                        ("json", b"{"), ("csv", b"Timebox no."), ("md", b"# ")])
def test_export_runs_in_the_background_and_offers_the_file(qtbot, window, tmp_path, fmt,
                                                           magic, monkeypatch) -> None:
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()))
    target = tmp_path / f"week.{fmt}"
    with qtbot.waitSignal(window.sig_saved, timeout=20_000):
        window.export_to(fmt, target)
        assert window.progress.isVisible()  # busy while it is written
        assert not window.buttons[fmt].isEnabled()  # and no second export meanwhile
    assert target.read_bytes().startswith(magic)
    assert not window.progress.isVisible() and window.buttons[fmt].isEnabled()
    assert str(target) in window.status.text() and window.open_button.isVisible()
    window.open_button.click()
    assert opened == [str(target)]


def test_a_failed_export_says_why_and_writes_nothing(qtbot, window, tmp_path) -> None:
    target = tmp_path / "missing" / "week.pdf"
    job = window.export_to("pdf", target)
    qtbot.waitUntil(lambda: "Not saved" in window.status.text(), timeout=20_000)
    assert "does not exist" in window.status.text()
    assert not window.open_button.isVisible() and window.buttons["pdf"].isEnabled()
    assert not target.parent.exists() and job is window.job


def test_default_file_name_names_the_period(window: ReportWindow) -> None:
    path = window.default_path("csv")
    assert path.name == "progress-report-2026-03-02-2026-03-08.csv"


def test_anonymising_hides_titles_in_the_preview_and_the_saved_file(
        qtbot, window: ReportWindow, tmp_path: Path) -> None:
    window.redact_check.click()
    text = window.preview.toPlainText()
    assert "Photos of the shop get likes" not in text and "Post one photo" not in text
    assert "Social media · 14 characters" in text
    assert window.report.steps_done[0].title == "Post one photo"  # the report itself is kept
    path = window.default_path("md")
    assert path.name == "progress-report-anonymised-2026-03-02-2026-03-08.md"
    with qtbot.waitSignal(window.sig_saved, timeout=20_000):
        window.export_to("md", tmp_path / "shared.md")
    saved = (tmp_path / "shared.md").read_text(encoding="utf-8")
    assert "Post one photo" not in saved and "Social media · 14 characters" in saved
    window.redact_check.click()
    assert "Photos of the shop get likes" in window.preview.toPlainText()


def test_the_preview_shows_the_start_of_long_tables(qtbot, app, clock, monkeypatch) -> None:
    from smallsteps_desktop.export import report_preview

    monkeypatch.setattr(report_preview, "PREVIEW_ROWS", 2)
    record_known_week(app, clock)
    window = ReportWindow(ReportQueries(app.store, clock, timezone.utc), lambda: 1, "en")
    qtbot.addWidget(window)
    text = window.preview.toPlainText()
    assert "The preview shows the first 2 of 3 rows; the saved report has all of them." in text
    assert "Read three posts of others" in text
    assert text.count("Write one sentence") == 1  # in the learnings, not in the cut list
    assert len(window.report.steps_done) == 3  # what is saved is not cut
