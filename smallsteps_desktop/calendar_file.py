"""The quota calendar (.ics) for the command line and the app: plan, render, save."""

from __future__ import annotations

from datetime import time
from pathlib import Path
from typing import TYPE_CHECKING

from smallsteps_desktop.core.calendar_plan import (
    DEFAULT_START,
    FRIDAY,
    CalendarPlan,
    calendar_key,
    plan_calendar,
)
from smallsteps_desktop.core.errors import Refused
from smallsteps_desktop.settings import Settings

if TYPE_CHECKING:
    from smallsteps_desktop.app import Services


def calendar_plan(services: Services, settings: Settings, *, at: time = DEFAULT_START,
                  weekly_day: int = FRIDAY) -> CalendarPlan:
    """The quota from the settings and the open briefs from the data, as of now."""
    from smallsteps_desktop.storage.calendar_rows import open_briefs

    now = services.clock.now()
    return plan_calendar(
        daily_steps=settings.daily_quota_steps, timebox_minutes=settings.timebox_minutes,
        weekly_minutes=settings.weekly_quota_minutes,
        briefs=open_briefs(services.store.connection),
        today=now.astimezone().date(),  # the owner's local day
        now=now, key=calendar_key(str(services.paths.data_dir.resolve())),
        at=at, weekly_day=weekly_day)


def write_calendar(services: Services, settings: Settings, out: Path, *,
                   at: time = DEFAULT_START, weekly_day: int = FRIDAY,
                   language: str | None = None) -> CalendarPlan:
    """Write the calendar file to ``out`` atomically and return what it holds.

    weekly_day: 0 = Monday ... 6 = Sunday. language: "de" or "en"; None follows the
    app's language setting. Raises Refused (a plain message, nothing written) when
    there is nothing to put in it, the quota does not fit, or ``out`` cannot be written.
    """
    from smallsteps_desktop.export.calendar_ics import render_calendar  # icalendar: ~70 ms
    from smallsteps_desktop.export.calendar_words import CalendarWords
    from smallsteps_desktop.export.writer import report_language, save

    plan = calendar_plan(services, settings, at=at, weekly_day=weekly_day)
    if plan.is_empty:
        raise Refused("Nothing to put in a calendar: there is no daily or weekly quota "
                      "in the settings and no open brief.")
    words = CalendarWords(language or report_language(settings.language))
    save(out, render_calendar(plan, words))
    return plan
