"""The quota calendar: the plan's numbers and days, the .ics file read back field by field."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone
from pathlib import Path

import pytest
from icalendar import Calendar

from smallsteps_desktop.app import Services
from smallsteps_desktop.calendar_file import write_calendar
from smallsteps_desktop.cli_calendar import parse_time, parse_weekday
from smallsteps_desktop.core.calendar_plan import (
    WORKING_DAYS,
    CalendarPlan,
    calendar_key,
    next_weekday,
    plan_calendar,
)
from smallsteps_desktop.core.errors import Refused
from smallsteps_desktop.core.models import Decision, StuckReason
from smallsteps_desktop.core.records import Brief
from smallsteps_desktop.core.services import SkipRequest
from smallsteps_desktop.export.calendar_ics import PRODID, render_calendar
from smallsteps_desktop.export.calendar_words import CalendarWords
from smallsteps_desktop.settings import Settings

NOW = datetime(2026, 3, 3, 12, 0, tzinfo=timezone.utc)  # a Tuesday
TUESDAY = date(2026, 3, 3)
KEY = calendar_key("/home/owner/.local/share/smallsteps")
HOSTILE = 'Comma, semicolon; back\\slash "quotes"\nnew line\r\n\ttab 💡 emoji ü ß ' + "é😀" * 300
# A text value has no carriage return (RFC 5545 TEXT): a line break reads back as "\n".
HOSTILE_READ = HOSTILE.replace("\r\n", "\n")


def _brief(step_id: int, due: date | None, to: str = "Anna", text: str = "Post it",
           done_when: str = "It is online") -> Brief:
    created = datetime(2026, 3, 1, 8, 30, tzinfo=timezone.utc)
    return Brief(step_id, to, text, done_when, due, created)


def _plan(daily: int = 1, timebox: int = 5, weekly: int = 60, briefs=(), today: date = TUESDAY,
          now: datetime = NOW, **options) -> CalendarPlan:
    return plan_calendar(daily_steps=daily, timebox_minutes=timebox, weekly_minutes=weekly,
                         briefs=briefs, today=today, now=now, key=KEY, **options)


# -- the plan ---------------------------------------------------------------------------------

def test_daily_and_weekly_blocks_from_the_settings() -> None:
    daily, weekly = _plan(daily=3, timebox=10, weekly=90).blocks
    assert (daily.kind, daily.minutes, daily.steps) == ("daily", 30, 3)
    assert daily.weekdays == WORKING_DAYS
    assert daily.first_start == datetime(2026, 3, 3, 9, 0)  # today is a working day
    assert daily.first_start.tzinfo is None
    assert (weekly.kind, weekly.minutes, weekly.weekdays) == ("weekly", 90, (4,))
    assert weekly.first_start == datetime(2026, 3, 6, 9, 30)  # Friday, after the daily block


@pytest.mark.parametrize("daily, weekly, kinds", [
    (0, 60, ["weekly"]), (2, 0, ["daily"]), (0, 0, []),
])
def test_a_quota_of_zero_gives_no_block(daily, weekly, kinds) -> None:
    plan = _plan(daily=daily, weekly=weekly)
    assert [block.kind for block in plan.blocks] == kinds
    assert plan.is_empty == (not kinds)


def test_without_a_daily_quota_the_weekly_block_starts_at_the_chosen_time() -> None:
    [weekly] = _plan(daily=0, at=time(14, 15)).blocks
    assert weekly.first_start == datetime(2026, 3, 6, 14, 15)


@pytest.mark.parametrize("today, days, expected", [
    (date(2026, 3, 3), WORKING_DAYS, date(2026, 3, 3)),  # Tuesday: today
    (date(2026, 3, 7), WORKING_DAYS, date(2026, 3, 9)),  # Saturday: Monday
    (date(2026, 3, 8), WORKING_DAYS, date(2026, 3, 9)),  # Sunday: Monday
    (date(2026, 3, 6), (4,), date(2026, 3, 6)),  # Friday itself
    (date(2026, 3, 7), (4,), date(2026, 3, 13)),  # Saturday: next Friday
    (date(2026, 12, 30), (0,), date(2027, 1, 4)),  # across the year
])
def test_next_weekday(today, days, expected) -> None:
    assert next_weekday(today, days) == expected


def test_first_days_on_a_weekend() -> None:
    daily, weekly = _plan(today=date(2026, 3, 7), weekly_day=6).blocks
    assert daily.first_start == datetime(2026, 3, 9, 9, 0)
    # Sunday has no daily block, so the weekly block starts at the chosen time.
    assert weekly.first_start == datetime(2026, 3, 8, 9, 0) and weekly.weekdays == (6,)


@pytest.mark.parametrize("weekly_day", range(7))
@pytest.mark.parametrize("daily, timebox, weekly", [(1, 5, 60), (4, 25, 300), (12, 60, 600)])
def test_the_blocks_never_overlap(weekly_day, daily, timebox, weekly) -> None:
    plan = _plan(daily=daily, timebox=timebox, weekly=weekly, weekly_day=weekly_day)
    daily_block, weekly_block = plan.blocks
    start = weekly_block.first_start
    daily_minutes = daily * timebox
    # Every occurrence over four weeks, as real datetimes.
    occurrences = []
    for block in plan.blocks:
        for n in range(28):
            day = block.first_start + timedelta(days=n)
            if day.weekday() in block.weekdays:
                occurrences.append((day, day + timedelta(minutes=block.minutes)))
    occurrences.sort()
    assert all(end <= following for (_, end), (following, _) in zip(occurrences, occurrences[1:]))
    after = daily_minutes if weekly_day in WORKING_DAYS else 0  # right after that day's block
    day = next_weekday(TUESDAY, (weekly_day,))
    assert start == datetime.combine(day, time(9)) + timedelta(minutes=after)
    assert weekly_block.weekdays == (start.weekday(),)
    assert daily_block.first_start.date() == TUESDAY


def test_a_long_daily_block_moves_the_weekly_one_past_midnight() -> None:
    daily, weekly = _plan(daily=20, timebox=60, weekly=60).blocks
    assert daily.minutes == 1200
    assert weekly.first_start == datetime(2026, 3, 7, 5, 0) and weekly.weekdays == (5,)


def test_a_quota_that_cannot_fit_is_refused() -> None:
    with pytest.raises(Refused, match="longer than a day"):
        _plan(daily=25, timebox=60)
    with pytest.raises(Refused, match="does not fit"):
        _plan(daily=1, timebox=5, weekly=10_080)  # a whole week on top of a daily block
    assert _plan(daily=0, weekly=10_080).blocks[0].minutes == 10_080


def test_uids_depend_on_the_data_folder_only() -> None:
    first = _plan(briefs=[("Post", _brief(7, None))])
    later = _plan(daily=2, weekly=30, briefs=[("Renamed", _brief(7, date(2026, 4, 1)))],
                  now=NOW + timedelta(days=9), today=TUESDAY + timedelta(days=9))
    uids = [x.uid for x in (*first.blocks, *first.todos)]
    assert uids == [x.uid for x in (*later.blocks, *later.todos)]
    assert uids == [f"quota-daily-{KEY}@smallsteps.app", f"quota-weekly-{KEY}@smallsteps.app",
                    f"brief-7-{KEY}@smallsteps.app"]
    assert len(KEY) == 12 and calendar_key("/elsewhere") != KEY
    assert calendar_key("/home/owner/.local/share/smallsteps") == KEY


def test_briefs_become_todos_soonest_due_first() -> None:
    briefs = [("Later", _brief(1, date(2026, 5, 1))), ("Undated", _brief(2, None)),
              ("Sooner", _brief(3, date(2026, 3, 10)))]
    todos = _plan(briefs=briefs).todos
    assert [(t.step_id, t.title, t.due) for t in todos] == [
        (3, "Sooner", date(2026, 3, 10)), (1, "Later", date(2026, 5, 1)), (2, "Undated", None)]


# -- words --------------------------------------------------------------------------------------

@pytest.mark.parametrize("language, steps, minutes, expected", [
    ("en", 1, 5, "Small Steps: 1 step (5 min)"),
    ("en", 3, 15, "Small Steps: 3 steps (15 min)"),
    ("de", 1, 5, "Small Steps: 1 Schritt (5 Min.)"),
    ("de", 2, 50, "Small Steps: 2 Schritte (50 Min.)"),
])
def test_daily_summary_in_both_languages(language, steps, minutes, expected) -> None:
    assert CalendarWords(language).daily_summary(steps, minutes) == expected


def test_descriptions_say_the_method_in_one_sentence() -> None:
    en, de = CalendarWords("en"), CalendarWords("de")
    assert en.daily_description(5) == ("One small marketing step that fits into 5 minutes: "
                                       "do it once, then note what it brought.")
    assert "1 minute:" in en.daily_description(1)
    assert de.daily_description(5).startswith("Ein kleiner Marketing-Schritt, der in 5 Minuten")
    assert "in 1 Minute passt" in de.daily_description(1)
    assert en.weekly_summary(60) == "Small Steps: weekly time for marketing (60 min)"
    assert de.weekly_summary(60) == "Small Steps: Wochenzeit für Marketing (60 Min.)"
    assert de.brief_description(4, "Anna", "Post it", "") == (
        "An: Anna\nPost it\nSchritt 4 in Small Steps")
    with pytest.raises(ValueError):
        CalendarWords("fr")


# -- the file, read back ------------------------------------------------------------------------

def _read(data: bytes) -> tuple[Calendar, dict[str, object]]:
    calendar = Calendar.from_ical(data)
    components = {str(c["UID"]): c for c in calendar.walk() if c.name in ("VEVENT", "VTODO")}
    return calendar, components


def test_the_file_has_every_field() -> None:
    briefs = [(HOSTILE, _brief(7, date(2026, 3, 31), to="Anna; Agentur, GmbH",
                               text=HOSTILE, done_when="Done;\nreally, 🎉")),
              ("No date", _brief(8, None, done_when=""))]
    data = render_calendar(_plan(daily=2, timebox=5, weekly=45, briefs=briefs), CalendarWords("en"))
    calendar, parts = _read(data)
    assert (str(calendar["PRODID"]), str(calendar["VERSION"])) == (PRODID, "2.0")
    assert str(calendar["METHOD"]) == "PUBLISH" and str(calendar["CALSCALE"]) == "GREGORIAN"
    assert len(parts) == 4

    daily = parts[f"quota-daily-{KEY}@smallsteps.app"]
    assert daily.name == "VEVENT"
    assert daily.decoded("DTSTART") == datetime(2026, 3, 3, 9, 0)  # floating: no zone
    assert daily["DTSTART"].params == {}
    assert daily.decoded("DURATION") == timedelta(minutes=10) and "DTEND" not in daily
    assert dict(daily["RRULE"]) == {"FREQ": ["WEEKLY"], "BYDAY": ["MO", "TU", "WE", "TH", "FR"]}
    assert str(daily["SUMMARY"]) == "Small Steps: 2 steps (10 min)"
    assert str(daily["DESCRIPTION"]).startswith("One small marketing step that fits into 5 minutes")
    assert daily.decoded("DTSTAMP") == NOW and str(daily["TRANSP"]) == "OPAQUE"

    weekly = parts[f"quota-weekly-{KEY}@smallsteps.app"]
    assert weekly.decoded("DTSTART") == datetime(2026, 3, 6, 9, 10)
    assert weekly.decoded("DURATION") == timedelta(minutes=45)
    assert dict(weekly["RRULE"]) == {"FREQ": ["WEEKLY"], "BYDAY": ["FR"]}
    assert str(weekly["SUMMARY"]) == "Small Steps: weekly time for marketing (45 min)"
    assert str(weekly["DESCRIPTION"]).startswith("Time reserved for marketing")
    assert int(weekly["SEQUENCE"]) == int(daily["SEQUENCE"]) > 0

    todo = parts[f"brief-7-{KEY}@smallsteps.app"]
    assert todo.name == "VTODO" and str(todo["STATUS"]) == "NEEDS-ACTION"
    assert str(todo["SUMMARY"]) == HOSTILE_READ
    assert str(todo["DESCRIPTION"]) == (f"To: Anna; Agentur, GmbH\n{HOSTILE_READ}\n"
                                        "Done when: Done;\nreally, 🎉\nStep 7 in Small Steps")
    due = todo.decoded("DUE")
    assert due == date(2026, 3, 31) and not isinstance(due, datetime)
    assert todo["DUE"].params["VALUE"] == "DATE"
    assert todo.decoded("DTSTAMP") == NOW
    assert todo.decoded("CREATED") == datetime(2026, 3, 1, 8, 30, tzinfo=timezone.utc)
    assert "PRIORITY" not in todo

    undated = parts[f"brief-8-{KEY}@smallsteps.app"]
    assert "DUE" not in undated and str(undated["SUMMARY"]) == "No date"
    assert str(undated["DESCRIPTION"]) == "To: Anna\nPost it\nStep 8 in Small Steps"


def test_the_text_is_valid_icalendar() -> None:
    briefs = [(HOSTILE, _brief(7, date(2026, 3, 31), text=HOSTILE))]
    data = render_calendar(_plan(briefs=briefs), CalendarWords("de"))
    assert data.startswith(b"BEGIN:VCALENDAR\r\n") and data.endswith(b"END:VCALENDAR\r\n")
    lines = data.split(b"\r\n")
    assert all(len(line) <= 75 for line in lines)  # folded by octets
    assert b"\n" not in data.replace(b"\r\n", b"")  # the user's new lines are escaped
    data.decode("utf-8")  # folding never cuts a character in half
    assert b"TZID" not in data and b"VTIMEZONE" not in data
    starts = [line for line in lines if line.startswith(b"DTSTART")]
    assert starts == [b"DTSTART:20260303T090000", b"DTSTART:20260306T090500"]
    assert b"SUMMARY:Small Steps: 1 Schritt (5 Min.)" in data


def test_two_exports_keep_the_uids_and_raise_the_sequence() -> None:
    briefs = [("Post", _brief(7, date(2026, 3, 31)))]
    first, _ = _read(render_calendar(_plan(briefs=briefs), CalendarWords("en")))
    second, _ = _read(render_calendar(_plan(briefs=briefs, now=NOW + timedelta(hours=2)),
                                      CalendarWords("en")))
    first_parts = [c for c in first.walk() if c.name in ("VEVENT", "VTODO")]
    second_parts = [c for c in second.walk() if c.name in ("VEVENT", "VTODO")]
    assert [str(c["UID"]) for c in first_parts] == [str(c["UID"]) for c in second_parts]
    assert all(int(b["SEQUENCE"]) > int(a["SEQUENCE"])
               for a, b in zip(first_parts, second_parts))


# -- through the real services ------------------------------------------------------------------

def _hand_off(app: Services, title: str, due: date | None) -> int:
    step_id = app.steps.add(title)
    app.steps.start(step_id)
    app.steps.skip(SkipRequest(stuck="No time", reason=StuckReason.NO_TIME, splits=(),
                               decision=Decision.OUTSOURCE, to="Anna", brief="Do it",
                               done_when="Done", due=due))
    return step_id


def test_write_calendar_reads_the_open_briefs(app: Services, clock, tmp_path: Path) -> None:
    clock.current = NOW
    dated = _hand_off(app, "Choose a tool", date(2026, 4, 1))
    undated = _hand_off(app, "Ask for a quote", None)
    app.steps.add("Not handed off")
    out = tmp_path / "quota.ics"
    plan = write_calendar(app, Settings(daily_quota_steps=2, timebox_minutes=10), out,
                          at=time(8, 30), weekly_day=0, language="de")
    assert [(t.step_id, t.title, t.due) for t in plan.todos] == [
        (dated, "Choose a tool", date(2026, 4, 1)), (undated, "Ask for a quote", None)]
    _, parts = _read(out.read_bytes())
    key = calendar_key(str(app.paths.data_dir.resolve()))
    daily = parts[f"quota-daily-{key}@smallsteps.app"]
    weekly = parts[f"quota-weekly-{key}@smallsteps.app"]
    assert str(daily["SUMMARY"]) == "Small Steps: 2 Schritte (20 Min.)"
    assert weekly.decoded("DTSTART") == datetime(2026, 3, 9, 8, 50)  # Monday after 20 min
    assert set(parts) >= {f"brief-{dated}-{key}@smallsteps.app"}


def test_nothing_to_write_is_refused_and_writes_nothing(app: Services, tmp_path: Path) -> None:
    out = tmp_path / "quota.ics"
    with pytest.raises(Refused, match="Nothing to put"):
        write_calendar(app, Settings(daily_quota_steps=0, weekly_quota_minutes=0), out,
                       language="en")
    assert not out.exists()


@pytest.mark.parametrize("text, expected", [
    (None, time(9)), ("9:00", time(9)), ("07:05", time(7, 5)), (" 23:59 ", time(23, 59)),
    ("0:00", time(0)),
])
def test_parse_time(text, expected) -> None:
    assert parse_time(text) == expected


@pytest.mark.parametrize("text", ["24:00", "9", "9:5", "09:60", "9.30", "nine", "", "-1:00"])
def test_parse_time_refuses(text) -> None:
    with pytest.raises(Refused, match="not a time of day"):
        parse_time(text)


def test_parse_weekday() -> None:
    assert [parse_weekday(d) for d in ("mon", "TUE", "Wednesday", "sun")] == [0, 1, 2, 6]
    assert parse_weekday(None) == 4
    with pytest.raises(Refused, match="not a day"):
        parse_weekday("fri,sat")
