"""The calendar plan as one iCalendar (.ics) file: quota blocks as events, briefs as to-dos."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from icalendar import Calendar, Event, Todo

from smallsteps_desktop import __version__
from smallsteps_desktop.core.calendar_plan import BriefTodo, CalendarPlan, QuotaBlock
from smallsteps_desktop.export.calendar_words import CalendarWords

PRODID = f"-//Small Steps//Small Steps {__version__}//EN"
_BYDAY = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
# SEQUENCE counts minutes since this moment: every export is a newer revision of the same
# UIDs, so a calendar that re-imports the file updates its entries instead of ignoring them.
_SEQUENCE_EPOCH = datetime(2024, 1, 1, tzinfo=timezone.utc)


def render_calendar(plan: CalendarPlan, words: CalendarWords) -> bytes:
    """RFC 5545 text (CRLF lines, folded, escaped by icalendar), UTF-8."""
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")  # entries to import, not an invitation to answer
    calendar.add("x-wr-calname", words["calendar"])
    stamp = plan.stamp.astimezone(timezone.utc)
    sequence = max(0, int((stamp - _SEQUENCE_EPOCH).total_seconds() // 60))
    for block in plan.blocks:
        calendar.add_component(_event(block, words, stamp, sequence))
    for todo in plan.todos:
        calendar.add_component(_todo(todo, words, stamp, sequence))
    return calendar.to_ical()


def _event(block: QuotaBlock, words: CalendarWords, stamp: datetime, sequence: int) -> Event:
    event = Event()
    event.add("uid", block.uid)
    event.add("dtstamp", stamp)
    event.add("sequence", sequence)
    # Naive: floating local time, so the block stays at 9:00 wherever the calendar is.
    event.add("dtstart", block.first_start.replace(tzinfo=None))
    event.add("duration", timedelta(minutes=block.minutes))
    event.add("rrule", {"freq": "weekly", "byday": [_BYDAY[day] for day in block.weekdays]})
    if block.kind == "daily":
        event.add("summary", words.daily_summary(block.steps, block.minutes))
        event.add("description", words.daily_description(block.timebox_minutes))
    else:
        event.add("summary", words.weekly_summary(block.minutes))
        event.add("description", words.weekly_description())
    event.add("transp", "OPAQUE")  # the time is taken: shown as busy
    return event


def _todo(item: BriefTodo, words: CalendarWords, stamp: datetime, sequence: int) -> Todo:
    todo = Todo()
    todo.add("uid", item.uid)
    todo.add("dtstamp", stamp)
    todo.add("sequence", sequence)
    todo.add("created", item.created_at.astimezone(timezone.utc))
    todo.add("summary", item.title)
    todo.add("description",
             words.brief_description(item.step_id, item.to, item.text, item.done_when,
                                     item.why))
    if item.due is not None:
        todo.add("due", item.due)  # a date: VALUE=DATE, due that whole day
    todo.add("status", "NEEDS-ACTION")
    return todo
