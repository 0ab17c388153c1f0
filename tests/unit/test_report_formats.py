"""JSON, CSV, Markdown and HTML of the known week: they agree, and hostile text stays text."""

from __future__ import annotations

import csv
import io
import json
import pickle
import re
import subprocess
import sys
from datetime import timezone
from html.parser import HTMLParser

import pytest

from smallsteps_desktop.core.report_views import ReportQueries
from smallsteps_desktop.export.brief_md import render_brief
from smallsteps_desktop.export.labels import WORDS, Labels
from smallsteps_desktop.export.report_csv import neutralised
from smallsteps_desktop.export.report_md import md_text
from smallsteps_desktop.export.writer import render, report_language

from support.report_data import WEEK, record_known_week

SCRIPT = '<script>alert("x")</script><img src=x onerror=alert(1)>'
FORMULA = '=HYPERLINK("http://evil.example","click")'
RIGHT_TO_LEFT = "مرحبا بالعالم"
EMOJI = "Post 📸 now 🚀"
LONG = "L" * 10_000


@pytest.fixture
def week_report(app, clock):
    record_known_week(app, clock)
    return ReportQueries(app.store, clock, timezone.utc).report(WEEK, daily_quota=1)


@pytest.fixture
def hostile_report(app, clock):
    record_known_week(app, clock, title=f"{SCRIPT} {FORMULA}", learning=f"{RIGHT_TO_LEFT} {EMOJI}",
                      to=FORMULA, what=f"{FORMULA} {LONG}")
    return ReportQueries(app.store, clock, timezone.utc).report(WEEK, daily_quota=1)


def _text(report, fmt: str, lang: str = "en") -> str:
    return render(report, fmt, Labels(lang)).decode("utf-8")


def _csv_rows(report, lang: str = "en") -> list[list[str]]:
    return list(csv.reader(io.StringIO(_text(report, "csv", lang))))


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))


def _tags(html: str) -> list[tuple[str, dict]]:
    parser = _Tags()
    parser.feed(html)
    return parser.tags


def test_json_has_the_documented_schema(week_report) -> None:
    data = json.loads(_text(week_report, "json"))
    assert (data["schema"], data["schema_version"]) == ("smallsteps-report", 1)
    assert data["period"] == {"from": "2026-03-02", "to": "2026-03-08"}
    assert set(data["totals"]) >= {"steps_done", "minutes_focused", "sessions", "skips",
                                   "splits", "outsourced", "stuck_notes"}
    assert data["totals"]["steps_done"] == 3 and data["totals"]["minutes_focused"] == 21
    assert data["days"][0] == {"date": "2026-03-02", "steps_done": 1, "minutes": 9.0}
    assert data["stuck_reasons"]["unclear"] == 1
    assert [x["text"] for x in data["learnings"]] == ["Photos of the shop get likes",
                                                     "Short sentences work"]
    assert set(data["learnings"][0]) >= {"step_id", "title", "text", "date"}
    assert data["briefs"][0]["to"] == "Anna" and data["briefs"][0]["overdue"] is True
    assert len(data["steps_done"]) == 3 and "sessions" not in data


def test_csv_has_one_row_per_timebox_agreeing_with_the_totals(week_report) -> None:
    header, *rows = _csv_rows(week_report)
    assert header[:3] == ["Timebox no.", "Date", "Time"]
    assert len(rows) == week_report.totals.sessions == 5
    assert sum(float(row[-1]) for row in rows) == week_report.totals.minutes_focused
    assert [row[7] for row in rows].count("skipped") == week_report.totals.skips
    assert _csv_rows(week_report, "de")[0][1:3] == ["Datum", "Uhrzeit"]


def test_markdown_and_html_show_the_same_totals(week_report) -> None:
    markdown, html = _text(week_report, "md"), _text(week_report, "html")
    labels = Labels("en")
    for key in ("steps_done", "minutes_focused", "sessions", "skips", "splits", "outsourced",
                "stuck_notes", "quota_days", "streak_days"):
        value = getattr(week_report.totals, key)
        assert f"| {md_text(labels[key])} | {value:g} |" in markdown
        assert re.search(rf'class="big">{value:g}</span><br>{re.escape(labels[key])}'
                         .replace("“", "“").replace("'", "(&#39;|')"), html), key
    for learning in ("Photos of the shop get likes", "Short sentences work"):
        assert learning in markdown and learning in html


def test_german_labels_and_numbers(week_report) -> None:
    markdown = _text(week_report, "md", "de")
    assert markdown.startswith("# Fortschrittsbericht: 2.3.2026 bis 8.3.2026")
    assert "| Fokussierte Minuten | 21 |" in markdown
    assert Labels("de").number(1234.5) == "1.234,5" and Labels("en").number(1234.5) == "1,234.5"


def test_html_is_self_contained(week_report) -> None:
    html = _text(week_report, "html")
    tags = _tags(html)
    assert not [t for t, _ in tags if t in ("script", "link", "iframe", "object", "embed")]
    urls = re.findall(r"https?://[^\s\"'<>]+", html)
    assert set(urls) == {"http://www.w3.org/2000/svg"}  # the SVG namespace, never fetched
    assert [t for t, _ in tags].count("svg") == 6


def test_hostile_text_stays_text_in_html(hostile_report) -> None:
    html = _text(hostile_report, "html")
    tags = _tags(html)
    assert not [t for t, _ in tags if t in ("script", "img")]
    assert not [a for _, attrs in tags for a in attrs if a.startswith("on")]
    assert "&lt;script&gt;" in html and RIGHT_TO_LEFT in html and EMOJI in html
    assert f"<bdi>{RIGHT_TO_LEFT} {EMOJI}</bdi>" in html  # right-to-left text kept in its cell
    assert LONG in html


def test_hostile_text_in_csv_cannot_run_as_a_formula(hostile_report) -> None:
    rows = _csv_rows(hostile_report)[1:]
    titles = [row[4] for row in rows if "HYPERLINK" in row[4]]
    assert titles and all(not t.startswith(("=", "+", "-", "@")) for t in titles)
    assert neutralised("=1+1") == "'=1+1" and neutralised("-5") == "'-5"
    assert neutralised("@SUM(A1)") == "'@SUM(A1)" and neutralised("Plain") == "Plain"


def test_hostile_text_in_markdown_is_literal(hostile_report) -> None:
    markdown = _text(hostile_report, "md")
    assert "<script" not in markdown and "<img" not in markdown
    assert "&lt;script&gt;" in markdown and EMOJI in markdown and RIGHT_TO_LEFT in markdown
    tables, block = [], []
    for line in [*markdown.splitlines(), ""]:
        if line.startswith("|"):
            block.append(len(re.findall(r"(?<!\\)\|", line)))
        elif block:
            tables.append(block)
            block = []
    assert len(tables) == 11 and any("HYPERLINK" in line for line in markdown.splitlines())
    assert all(len(set(cells)) == 1 for cells in tables)  # no cell spilled into another


def test_hostile_text_round_trips_in_json(hostile_report) -> None:
    data = json.loads(_text(hostile_report, "json"))
    assert data["steps_done"][0]["title"] == f"{SCRIPT} {FORMULA}"
    assert data["briefs"][0]["to"] == FORMULA
    assert data["briefs"][0]["text"] == f"{FORMULA} {LONG}"
    assert data["learnings"][0]["text"] == f"{RIGHT_TO_LEFT} {EMOJI}"


def test_brief_as_markdown(app, clock) -> None:
    ids = record_known_week(app, clock, to=f"{SCRIPT} Anna")
    step, brief = ReportQueries(app.store, clock, timezone.utc).brief(ids["tool"])
    text = render_brief(step, brief, Labels("de")).decode("utf-8")
    assert text.startswith("# Briefing: Choose a newsletter tool")
    assert "- **Fällig:** 3.3.2026" in text and "- **Fertig, wenn:** A test mail arrives" in text
    assert "&lt;script&gt;" in text and "<script" not in text


def test_both_languages_have_every_word() -> None:
    assert set(WORDS["de"]) == set(WORDS["en"])
    assert all(WORDS["de"][k] and WORDS["en"][k] for k in WORDS["en"])


@pytest.mark.parametrize("setting, environ, expected", [
    ("de", {"LANG": "en_US.UTF-8"}, "de"),
    ("en", {"LANG": "de_DE.UTF-8"}, "en"),
    ("system", {"LANG": "de_AT.UTF-8"}, "de"),
    ("system", {"LC_ALL": "C", "LANG": "de_DE.UTF-8"}, "en"),
    ("system", {}, "en"),
])
def test_report_language(setting, environ, expected) -> None:
    assert report_language(setting, environ) == expected


def test_every_format_but_pdf_renders_without_qt(week_report) -> None:
    # In a fresh interpreter: pytest-qt has loaded Qt into this one.
    code = """if True:
        import pickle, sys
        from smallsteps_desktop.export.labels import Labels
        from smallsteps_desktop.export.writer import FORMATS, render
        report = pickle.loads(sys.stdin.buffer.read())
        for fmt in FORMATS:
            if fmt != "pdf":
                assert render(report, fmt, Labels("en"))
        print(sorted(m for m in sys.modules if m.startswith("PySide6")))
    """
    done = subprocess.run([sys.executable, "-c", code], input=pickle.dumps(week_report),
                          capture_output=True, check=True)
    assert done.stdout.decode().strip() == "[]"
