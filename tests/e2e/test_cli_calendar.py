"""``smallsteps calendar`` as a user runs it: the .ics file, refusals, nothing left behind."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from icalendar import Calendar

from e2e.cli_runner import EXIT_REFUSED, EXIT_USAGE, add, assert_refused, ok, run


@pytest.fixture
def home(tmp_path: Path) -> Path:
    """A data dir with two steps handed off (one with a due date) and quota settings."""
    home = tmp_path / "data"
    add("Choose a newsletter tool", home=home)
    ok("start", home=home)
    ok("skip", "--stuck", "Too technical", "--decide", "outsource", "--to", "Anna; Agentur",
       "--brief", "Set up the account, then\nsend a test 📨", "--done-when", "A test mail arrives",
       "--due", "2026-03-31", home=home)
    add("Ask for a flyer quote", home=home)
    ok("start", home=home)
    ok("skip", "--stuck", "No time", "--decide", "outsource", "--to", "Print shop",
       "--brief", "Quote for 500 flyers", home=home)
    add("Not handed off", home=home)
    settings = {"schema_version": 1, "timebox_minutes": 10, "daily_quota_steps": 2,
                "weekly_quota_minutes": 90}
    (home / "settings.json").write_text(json.dumps(settings), encoding="utf-8")
    return home


def _components(path: Path) -> dict[str, object]:
    calendar = Calendar.from_ical(path.read_bytes())
    # "quota-daily-<folder hash>@smallsteps.app" -> "quota-daily"; the hash is hex, no dash.
    return {str(c["UID"]).rsplit("-", 1)[0]: c
            for c in calendar.walk() if c.name in ("VEVENT", "VTODO")}


def test_the_calendar_file_holds_the_quota_and_the_briefs(home: Path, tmp_path: Path) -> None:
    out = tmp_path / "quota.ics"
    message = ok("calendar", "--out", str(out), "--at", "8:30", "--weekly-on", "wed",
                 "--lang", "en", home=home)
    assert str(out) in message and "2 open briefs" in message
    parts = _components(out)
    assert sorted(parts) == ["brief-1", "brief-2", "quota-daily", "quota-weekly"]
    daily, weekly = parts["quota-daily"], parts["quota-weekly"]
    start = daily.decoded("DTSTART")
    assert start.tzinfo is None and (start.hour, start.minute) == (8, 30)
    assert start.weekday() < 5 and date.today() <= start.date() <= date.today() + timedelta(days=3)
    assert daily.decoded("DURATION") == timedelta(minutes=20)
    assert str(daily["SUMMARY"]) == "Small Steps: 2 steps (20 min)"
    assert dict(weekly["RRULE"]) == {"FREQ": ["WEEKLY"], "BYDAY": ["WE"]}
    weekly_start = weekly.decoded("DTSTART")
    assert weekly_start.weekday() == 2 and (weekly_start.hour, weekly_start.minute) == (8, 50)
    assert weekly.decoded("DURATION") == timedelta(minutes=90)
    dated, undated = parts["brief-1"], parts["brief-2"]
    assert str(dated["SUMMARY"]) == "Choose a newsletter tool"
    due = dated.decoded("DUE")
    assert due == date(2026, 3, 31) and not isinstance(due, datetime)
    assert str(dated["DESCRIPTION"]) == (
        "To: Anna; Agentur\nSet up the account, then\nsend a test 📨\n"
        "Done when: A test mail arrives\nStep 1 in Small Steps")
    assert "DUE" not in undated and str(undated["STATUS"]) == "NEEDS-ACTION"
    assert b"TZID" not in out.read_bytes()


def test_a_second_export_keeps_every_uid(home: Path, tmp_path: Path) -> None:
    first, second = tmp_path / "a.ics", tmp_path / "b.ics"
    ok("calendar", "--out", str(first), "--lang", "de", home=home)
    ok("calendar", "--out", str(second), "--lang", "de", home=home)
    uids = [sorted(str(c["UID"]) for c in Calendar.from_ical(p.read_bytes()).walk()
                   if "UID" in c) for p in (first, second)]
    assert uids[0] == uids[1] and len(uids[0]) == 4
    assert "Small Steps: 2 Schritte (20 Min.)" in second.read_text(encoding="utf-8")


@pytest.mark.parametrize("args, message", [
    (("--at", "25:00"), "not a time of day"),
    (("--at", "9"), "not a time of day"),
    (("--weekly-on", "friday13"), "not a day"),
])
def test_bad_options_are_refused_and_keep_the_old_file(home, tmp_path, args, message) -> None:
    out = tmp_path / "out" / "quota.ics"
    out.parent.mkdir()
    out.write_text("the old calendar", encoding="utf-8")
    assert_refused(run("calendar", "--out", str(out), *args, home=home), EXIT_REFUSED, message)
    assert out.read_text(encoding="utf-8") == "the old calendar"
    assert [p.name for p in out.parent.iterdir()] == ["quota.ics"]


@pytest.mark.parametrize("target, message", [
    ("/proc/smallsteps-quota.ics", "cannot write"),  # refuses new files even to root
    ("{tmp}/missing/quota.ics", "does not exist"),
    ("{tmp}", "is a folder"),
])
def test_an_unwritable_target_is_refused(home, tmp_path, target, message) -> None:
    target = target.replace("{tmp}", str(tmp_path))
    assert_refused(run("calendar", "--out", target, home=home), EXIT_REFUSED, message)
    assert not Path(target).is_file()
    assert not (tmp_path / "missing").exists()
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_nothing_to_put_in_a_calendar_is_refused(tmp_path: Path) -> None:
    home = tmp_path / "data"
    home.mkdir()
    (home / "settings.json").write_text(json.dumps(
        {"schema_version": 1, "daily_quota_steps": 0, "weekly_quota_minutes": 0}))
    out = tmp_path / "quota.ics"
    assert_refused(run("calendar", "--out", str(out), home=home), EXIT_REFUSED, "nothing to put")
    assert not out.exists()


def test_a_folder_without_data_gets_the_quota_and_no_data_file(tmp_path: Path) -> None:
    home, out = tmp_path / "fresh", tmp_path / "quota.ics"
    message = ok("calendar", "--out", str(out), home=home)
    assert "the daily quota and the weekly quota" in message
    assert sorted(_components(out)) == ["quota-daily", "quota-weekly"]  # the default settings
    assert not home.exists()


def test_usage_errors(tmp_path: Path) -> None:
    result = run("calendar", home=tmp_path / "data")
    assert result.returncode == EXIT_USAGE and "--out" in result.stderr


def _imported(*args: str, home: Path) -> list[str]:
    result = run(*args, home=home, python_flags=("-X", "importtime"))
    assert result.returncode == 0, result.stderr
    return [line.rsplit("|", 1)[-1].strip() for line in result.stderr.splitlines()
            if line.startswith("import time:")]


def test_icalendar_is_loaded_only_by_the_calendar_command(home: Path, tmp_path: Path) -> None:
    modules = _imported("calendar", "--out", str(tmp_path / "q.ics"), home=home)
    assert "icalendar" in modules
    assert not [m for m in modules if m.startswith(("PySide6", "shiboken6"))]
    for args in (("list",), ("current", "--json")):
        assert "icalendar" not in _imported(*args, home=home)
