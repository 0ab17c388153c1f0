"""The report for a coach (``render(..., redact=True)``): no title or note of the owner leaks."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence
from dataclasses import fields, is_dataclass, replace
from datetime import date, datetime, timedelta, timezone
from typing import get_args, get_type_hints

import pytest

from smallsteps_desktop.core.models import Outcome
from smallsteps_desktop.core.report_model import LearningRow, Period, ProgressReport
from smallsteps_desktop.core.report_views import ReportQueries
from smallsteps_desktop.export.labels import Labels
from smallsteps_desktop.export.redact import is_text, redacted, text_fields
from smallsteps_desktop.export.writer import render

from support.report_data import WEEK
from support.report_secrets import (
    LEARNING,
    NO_AREA,
    TITLE,
    TO,
    WHAT,
    WHY,
    assert_nothing_leaks,
    record_secret_week,
)

TEXT_FORMATS = ("json", "csv", "md", "html")


@pytest.fixture
def report(app, clock) -> ProgressReport:
    record_secret_week(app, clock)
    return ReportQueries(app.store, clock, timezone.utc).report(WEEK, daily_quota=1)


def _text(report: ProgressReport, fmt: str, lang: str = "en", redact: bool = True) -> str:
    return render(report, fmt, Labels(lang), redact=redact).decode("utf-8")


def test_the_unredacted_report_does_show_the_texts(report) -> None:
    """The check below finds the texts when they are there."""
    for fmt in TEXT_FORMATS:
        with pytest.raises(AssertionError, match="leaks"):
            assert_nothing_leaks(_text(report, fmt, redact=False))


@pytest.mark.parametrize("lang", ["en", "de"])
@pytest.mark.parametrize("fmt", TEXT_FORMATS)
def test_no_title_or_note_leaks(report, fmt: str, lang: str) -> None:
    assert_nothing_leaks(_text(report, fmt, lang))


def test_titles_become_area_and_length(report) -> None:
    data = json.loads(_text(report, "json"))
    assert data["redacted"] is True
    assert [row["title"] for row in data["steps_done"]] == [
        f"Social media · {len(TITLE)} characters", "Social media · 26 characters",
        "Social media · 18 characters", f"(no area) · {len(NO_AREA)} characters"]
    assert {row["chore"] for row in data["steps_done"]} == {
        "Social media · 9 characters", f"(no area) · {len(NO_AREA)} characters"}
    # Newsletter has no step done: its area is the chore's own.
    assert [row["name"] for row in data["chores"]] == [
        "Social media · 9 characters", "Email · 10 characters",
        f"(no area) · {len(NO_AREA)} characters"]
    assert [row["name"] for row in data["areas"]] == ["Social media", "Email", None]
    assert data["briefs"] == [{
        "step_id": data["briefs"][0]["step_id"], "title": "Email · 24 characters",
        "to": f"hidden · {len(TO)} characters", "text": f"hidden · {len(WHAT)} characters",
        "done_when": "hidden · 19 characters", "due": "2026-03-03", "overdue": True,
        "area": "Email", "why": f"hidden · {len(WHY)} characters"}]
    assert [(row["title"], row["text"]) for row in data["learnings"]] == [
        (f"Social media · {len(TITLE)} characters", f"hidden · {len(LEARNING)} characters"),
        ("Social media · 18 characters", "hidden · 20 characters")]


def test_german_words(report) -> None:
    data = json.loads(_text(report, "json", "de"))
    assert data["chores"][0]["name"] == "Social media · 9 Zeichen"
    assert data["steps_done"][-1]["title"] == f"(ohne Bereich) · {len(NO_AREA)} Zeichen"
    assert data["briefs"][0]["to"] == f"verborgen · {len(TO)} Zeichen"
    rows = list(csv.reader(io.StringIO(_text(report, "csv", "de"))))
    assert rows[1][4:7] == [f"Social media · {len(TITLE)} Zeichen", "Social media · 9 Zeichen",
                            "Social media"]
    markdown = _text(report, "md", "de")
    assert "Titel und Notizen für die Weitergabe verborgen" in markdown
    assert "| verborgen · 19 Zeichen |" in markdown.replace("**", "")


def test_lengths_are_counted_and_written_in_the_language(report) -> None:
    photo = report.steps_done[0].step_id
    learnings = [LearningRow(photo, "X", "!", date(2026, 3, 2), "Social media"),
                 LearningRow(photo, "Y" * 1234, "", date(2026, 3, 2), "Social media")]
    short = redacted(replace(report, learnings=learnings), Labels("en")).learnings
    assert [(row.title, row.text) for row in short] == [
        ("Social media · 1 character", "hidden · 1 character"),
        ("Social media · 1,234 characters", "")]  # empty: nothing to hide
    german = redacted(replace(report, learnings=learnings), Labels("de")).learnings
    assert german[1].title == "Social media · 1.234 Zeichen"


def _without_texts(data: dict) -> dict:
    texts = {"title", "chore", "to", "text", "done_when", "note", "why"}
    out = {key: value for key, value in data.items() if key != "redacted"}
    for name, rows in out.items():
        if isinstance(rows, list):
            out[name] = [{k: v for k, v in row.items()
                          if k not in texts and not (name == "chores" and k == "name")}
                         for row in rows]
    return out


def test_numbers_dates_and_ids_are_unchanged(report) -> None:
    plain = json.loads(_text(report, "json", redact=False))
    hidden = json.loads(_text(report, "json"))
    assert plain["redacted"] is False and hidden["redacted"] is True
    assert _without_texts(hidden) == _without_texts(plain)
    assert plain["schema_version"] == hidden["schema_version"] == 1
    plain_rows = list(csv.reader(io.StringIO(_text(report, "csv", redact=False))))
    rows = list(csv.reader(io.StringIO(_text(report, "csv"))))
    assert len(rows) == len(plain_rows) == 7  # the header and six timeboxes
    assert [r[:4] + r[6:] for r in rows] == [r[:4] + r[6:] for r in plain_rows]
    assert [r[4] for r in rows[1:]] == [
        f"{r[6] or '(no area)'} · {len(r[4])} characters" for r in plain_rows[1:]]


def test_the_report_says_it_is_redacted(report) -> None:
    note = "Titles and notes hidden for sharing"
    for fmt in ("md", "html"):
        assert note in _text(report, fmt)
        assert note not in _text(report, fmt, redact=False)


def test_the_original_report_is_left_alone(report) -> None:
    before = report.steps_done[0].title
    redacted(report, Labels("en"))
    assert report.steps_done[0].title == before == TITLE
    assert report.sessions[0].title == TITLE


def test_a_brief_whose_step_is_not_in_the_period_keeps_its_area(app, clock) -> None:
    record_secret_week(app, clock)
    next_week = Period(WEEK.start + timedelta(days=7), WEEK.end + timedelta(days=7))
    report = ReportQueries(app.store, clock, timezone.utc).report(next_week, daily_quota=1)
    brief = redacted(report, Labels("en")).briefs[0]
    assert brief.title == "Email · 24 characters"


class _Untouchable(Sequence):
    """Timeboxes that must not be read: only their number is known."""

    def __init__(self, count: int) -> None:
        self.count = count

    def __len__(self) -> int:
        return self.count

    def __getitem__(self, index):
        raise AssertionError("the timeboxes were read")


def test_the_timeboxes_are_read_only_when_needed(report) -> None:
    # Every row carries its area: the many timeboxes are read only by the CSV.
    resolved = replace(report, sessions=_Untouchable(len(report.sessions)))
    assert json.loads(render(resolved, "json", Labels("en"), redact=True))["redacted"]
    assert len(redacted(resolved, Labels("en")).sessions) == len(report.sessions)
    with pytest.raises(AssertionError, match="read"):
        render(resolved, "csv", Labels("en"), redact=True)


# -- every text field of the report, also those added later ---------------------------

def _row_types() -> dict[str, type]:
    """The row type of each of the report's lists (the timeboxes included), by field name."""
    found = {}
    for name, hint in get_type_hints(ProgressReport).items():
        args = get_args(hint)
        if len(args) == 1 and is_dataclass(args[0]):
            found[name] = args[0]
    return found


def _mentions_str(hint: object) -> bool:
    return hint is str or any(_mentions_str(arg) for arg in get_args(hint))


def test_every_text_field_is_plain_text() -> None:
    """A new field holding text in another shape (a list of tags...) must be redacted by hand."""
    for row_type in {*_row_types().values()}:
        for name, hint in get_type_hints(row_type).items():
            if _mentions_str(hint):
                assert is_text(hint), f"{row_type.__name__}.{name}: {hint}; teach redact.py"
    top = {name for name, hint in get_type_hints(ProgressReport).items()
           if name not in _row_types() and _mentions_str(hint)}
    assert top == {"stuck_reasons", "decisions", "estimate", "schema"}  # categories, not notes


_DUMMIES = {int: 7, float: 1.5, bool: True, date: date(2026, 3, 2),
            datetime: datetime(2026, 3, 2, 9, tzinfo=timezone.utc), Outcome: Outcome.DONE}


@pytest.mark.parametrize("list_name", sorted(_row_types()))
def test_every_text_field_is_hidden_but_areas(report, list_name: str) -> None:
    row_type = _row_types()[list_name]
    hints = get_type_hints(row_type)
    values = {item.name: f"SECRET {item.name}" if is_text(hints[item.name])
              else _DUMMIES.get(hints[item.name]) for item in fields(row_type)}
    row = row_type(**values)
    out = getattr(redacted(replace(report, **{list_name: [row]}), Labels("en")), list_name)[0]
    kinds = dict(text_fields(row_type, list_name))
    for name, kind in kinds.items():
        if kind == "keep":
            assert getattr(out, name) == values[name] and name in ("area", "name")
        else:
            assert values[name] not in getattr(out, name)  # its area may be a SECRET too
            assert getattr(out, name).endswith(f" · {len(values[name])} characters")
    assert {name: getattr(out, name) for name in values if name not in kinds} == {
        name: value for name, value in values.items() if name not in kinds}
