"""One hostile corpus through add, edit, learnings, briefs, export/import and every report.

Each text is either refused with a plain message (nothing stored) or stored and
shown exactly; never a crash.
"""

from __future__ import annotations

import json
from datetime import date, timezone
from pathlib import Path

import pytest

from smallsteps_desktop.core.errors import Refused
from smallsteps_desktop.core.models import Decision, StuckReason
from smallsteps_desktop.core.report_model import Period
from smallsteps_desktop.core.report_views import ReportQueries
from smallsteps_desktop.core.services import SkipRequest
from smallsteps_desktop.export.labels import Labels
from smallsteps_desktop.export.writer import render
from smallsteps_desktop.storage.archive import export_file, import_file

from support.services import make_services

CORPUS = {
    "empty": "",
    "blanks": " \t  ",
    "long": "Ä" * 100_000,
    "nul": "before\x00after",
    "control": "bell\x07escape\x1b[31m",
    "rtl": "مرحبا بالعالم – שלום",
    "emoji": "Post 📸 and 🚀 👩🏽‍💻",
    "html": '<script>alert("x")</script><img src=x onerror=alert(1)>',
    "sql": "Robert'); DROP TABLE steps;--",
    "csv": '=HYPERLINK("http://evil.example","click")',
    "newline": "first line\nsecond line",
    "markdown": "| a | b |\n# heading [link](http://x) ![img](x)",
}


def _expect(what: str, text: str, store):
    """Store text with ``store``; returns the stored value, or None when it was refused."""
    try:
        return store(text)
    except Refused as refusal:
        message = str(refusal)
        assert message and "Traceback" not in message and what in message.lower()
        return None


@pytest.mark.parametrize("name", CORPUS)
def test_titles_are_refused_plainly_or_kept_exactly(app, name: str) -> None:
    text = CORPUS[name]
    step_id = _expect("title", text, app.steps.add)
    steps = app.queries.list_json()
    if step_id is None:
        assert steps == [] and name in ("empty", "blanks", "long", "nul", "control", "newline",
                                        "markdown")
    else:
        assert [s["title"] for s in steps] == [text.strip()]


@pytest.mark.parametrize("name", CORPUS)
def test_edits_notes_and_areas(app, name: str) -> None:
    text = CORPUS[name]
    step_id = app.steps.add("Post one photo")
    for field, what in (("notes", "notes"), ("area", "area"), ("title", "title")):
        stored = _expect(what, text, lambda value: app.board.edit(step_id, **{field: value}))
        step = app.board_queries.details(step_id).step
        if stored is None:
            assert step.title == "Post one photo"
        elif field == "title":
            assert step.title == text.strip()
        elif field == "notes":
            assert step.notes == text.strip()
        elif field == "area":
            assert step.area == (text.strip() or None)


@pytest.fixture
def hostile_history(app, clock):
    """Every text the checks accept, used where a user types: titles, learnings, stuck notes,
    briefs; the rest was refused on the way in."""
    kept = {}
    for name, text in CORPUS.items():
        try:
            step_id = app.steps.add(f"{name}: {text}" if name != "long" else text[:9_000])
        except Refused:
            continue
        app.steps.start(step_id)
        clock.advance(minutes=3)
        if len(kept) % 2:
            app.steps.done(learning=text)
        else:
            app.steps.skip(SkipRequest(text or "stuck", StuckReason.OTHER, (), Decision.OUTSOURCE,
                                       "Anna", text, text, date(2026, 3, 9)))
        kept[name] = step_id
    return kept


def test_export_and_import_keep_every_text_exactly(app, hostile_history, tmp_path: Path) -> None:
    export_file(app.store, tmp_path / "all.json")
    other = make_services(tmp_path / "other")
    try:
        import_file(other.store, tmp_path / "all.json", tmp_path / "backups")
        assert other.queries.list_json() == app.queries.list_json()
        for step_id in hostile_history.values():
            assert other.queries.show_json(step_id) == app.queries.show_json(step_id)
    finally:
        other.close()


@pytest.mark.parametrize("fmt", ["json", "csv", "md", "html"])
def test_every_report_format_takes_the_corpus(app, clock, hostile_history, fmt: str) -> None:
    report = ReportQueries(app.store, clock, timezone.utc).report(
        Period(date(2026, 3, 1), date(2026, 3, 31)), daily_quota=1)
    for language in ("de", "en"):
        text = render(report, fmt, Labels(language)).decode("utf-8")
        assert "<script>" not in text or fmt in ("json", "csv")
    data = json.loads(render(report, "json", Labels("en")))
    briefs = {row["step_id"]: row for row in data["briefs"]}
    assert briefs and all(row["to"] == "Anna" for row in briefs.values())
    learnings = {row["text"] for row in data["learnings"]}
    assert learnings <= set(CORPUS.values()) and learnings
