"""The calendar command: the quota as recurring blocks and the open briefs as to-dos (.ics)."""

from __future__ import annotations

import argparse
import re
from datetime import time
from pathlib import Path

from smallsteps_desktop.app import Services, warn
from smallsteps_desktop.calendar_file import write_calendar
from smallsteps_desktop.core.calendar_plan import DEFAULT_START, FRIDAY, WEEKDAYS
from smallsteps_desktop.core.errors import Refused
from smallsteps_desktop.settings import load_settings

_TIME = re.compile(r"([01]?[0-9]|2[0-3]):([0-5][0-9])")
_DAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def parse_time(text: str | None) -> time:
    """--at: "9:00" or "09:00" (24 hours); None gives the default 09:00."""
    if text is None:
        return DEFAULT_START
    match = _TIME.fullmatch(text.strip())
    if match is None:
        raise Refused(f"--at {text!r} is not a time of day; write it like 09:00 or 14:30.")
    return time(int(match[1]), int(match[2]))


def parse_weekday(text: str | None) -> int:
    """--weekly-on: mon ... sun (or the full English name); None gives Friday."""
    if text is None:
        return FRIDAY
    name = text.strip().lower()
    for index, (short, full) in enumerate(zip(WEEKDAYS, _DAY_NAMES)):
        if name in (short, full):
            return index
    raise Refused(f"--weekly-on {text!r} is not a day; use one of {', '.join(WEEKDAYS)}.")


def calendar(services: Services, args: argparse.Namespace) -> int:
    at, weekly_day = parse_time(args.at), parse_weekday(args.weekly_on)
    settings = load_settings(services.paths.settings_file, warn)
    out = Path(args.out)
    plan = write_calendar(services, settings, out, at=at, weekly_day=weekly_day,
                          language=args.lang)
    parts = [f"the {block.kind} quota" for block in plan.blocks]
    if plan.todos:
        parts.append("1 open brief" if len(plan.todos) == 1 else f"{len(plan.todos)} open briefs")
    listed = " and ".join(filter(None, (", ".join(parts[:-1]), parts[-1])))
    print(f"Wrote {listed} to {out}; import it into your calendar.")
    return 0
