"""The quota and the open briefs as calendar entries: plain values, no file format."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from smallsteps_desktop.core.errors import Refused
from smallsteps_desktop.core.records import Brief

WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")  # index = date.weekday()
WORKING_DAYS = (0, 1, 2, 3, 4)
FRIDAY = 4
DEFAULT_START = time(9, 0)
DOMAIN = "smallsteps.app"
_WEEK_MINUTES = 7 * 24 * 60


@dataclass(frozen=True, slots=True)
class QuotaBlock:
    """Time reserved every week on ``weekdays``, from ``first_start`` (local, floating) on."""

    kind: str  # "daily" or "weekly"
    uid: str
    first_start: datetime  # naive: the same clock time in whatever zone the calendar uses
    weekdays: tuple[int, ...]
    minutes: int
    steps: int  # daily: the quota in steps; weekly: 0
    timebox_minutes: int


@dataclass(frozen=True, slots=True)
class BriefTodo:
    """An open hand-off to follow up: the step's title and its brief."""

    uid: str
    step_id: int
    title: str
    to: str
    text: str
    done_when: str
    due: date | None
    created_at: datetime
    why: str = ""


@dataclass(frozen=True, slots=True)
class CalendarPlan:
    """Everything one calendar file holds; ``stamp`` is when it was made (UTC)."""

    blocks: tuple[QuotaBlock, ...]
    todos: tuple[BriefTodo, ...]
    stamp: datetime

    @property
    def is_empty(self) -> bool:
        return not self.blocks and not self.todos


def calendar_key(data_folder: str) -> str:
    """A short, stable id of one data folder: the same folder gives the same UIDs."""
    return hashlib.sha256(data_folder.encode("utf-8")).hexdigest()[:12]


def next_weekday(today: date, weekdays: Iterable[int]) -> date:
    """The first day on or after ``today`` that falls on one of ``weekdays`` (0 = Monday)."""
    wanted = set(weekdays)
    if not wanted <= set(range(7)) or not wanted:
        raise ValueError(f"weekdays must be from 0 to 6, not {sorted(wanted)}")
    return next(today + timedelta(days=n) for n in range(7)
                if (today + timedelta(days=n)).weekday() in wanted)


def plan_calendar(*, daily_steps: int, timebox_minutes: int, weekly_minutes: int,
                  briefs: Iterable[tuple[str, Brief]], today: date, now: datetime, key: str,
                  at: time = DEFAULT_START, weekly_day: int = FRIDAY) -> CalendarPlan:
    """The daily block on working days at ``at``, the weekly one right after that day's
    daily block, and one to-do per open brief. A quota of 0 gives no block.

    briefs: (step title, brief) of every step still handed off; ``now`` is aware (UTC).
    """
    if weekly_day not in range(7):
        raise ValueError(f"weekly_day must be from 0 to 6, not {weekly_day}")
    blocks = []
    daily_minutes = daily_steps * timebox_minutes
    if daily_minutes > 0:
        if daily_minutes > 24 * 60:
            raise Refused(f"The daily quota ({daily_steps} steps of {timebox_minutes} min) "
                          "takes longer than a day; lower it in the settings.")
        first = datetime.combine(next_weekday(today, WORKING_DAYS), at)
        blocks.append(QuotaBlock("daily", f"quota-daily-{key}@{DOMAIN}", first, WORKING_DAYS,
                                 daily_minutes, daily_steps, timebox_minutes))
    if weekly_minutes > 0:
        after_daily = daily_minutes if weekly_day in WORKING_DAYS else 0
        start = datetime.combine(next_weekday(today, (weekly_day,)), at)
        start += timedelta(minutes=after_daily)  # may cross midnight: the block's day follows
        weekly = QuotaBlock("weekly", f"quota-weekly-{key}@{DOMAIN}", start,
                            (start.weekday(),), weekly_minutes, 0, timebox_minutes)
        if blocks and _overlap(blocks[0], weekly):
            raise Refused(f"The weekly time ({weekly_minutes} min) does not fit between the "
                          "daily blocks; lower it or choose another day.")
        blocks.append(weekly)
    todos = tuple(
        BriefTodo(f"brief-{brief.step_id}-{key}@{DOMAIN}", brief.step_id, title, brief.to,
                  brief.text, brief.done_when, brief.due, brief.created_at, brief.why)
        for title, brief in sorted(briefs, key=lambda pair: _brief_order(pair[1])))
    return CalendarPlan(tuple(blocks), todos, now)


def _brief_order(brief: Brief) -> tuple[bool, date, int]:
    return brief.due is None, brief.due or date.min, brief.step_id


def _week_intervals(block: QuotaBlock) -> list[tuple[int, int]]:
    """The block's occurrences as [start, end) minutes from Monday 00:00 of one week."""
    clock = block.first_start.hour * 60 + block.first_start.minute
    return [(day * 1440 + clock, day * 1440 + clock + block.minutes) for day in block.weekdays]


def _overlap(first: QuotaBlock, second: QuotaBlock) -> bool:
    """Whether any occurrences overlap, including across the end of the week."""
    return any(a_start < b_end + shift and b_start + shift < a_end
               for a_start, a_end in _week_intervals(first)
               for b_start, b_end in _week_intervals(second)
               for shift in (-_WEEK_MINUTES, 0, _WEEK_MINUTES))
