"""What the report asks the store: one period's report, named periods, one brief."""

from __future__ import annotations

from datetime import date, timedelta, tzinfo

from smallsteps_desktop.core.clock import Clock
from smallsteps_desktop.core.errors import NotFound
from smallsteps_desktop.core.models import Step
from smallsteps_desktop.core.records import Brief
from smallsteps_desktop.core.ports import Store
from smallsteps_desktop.core.quota import day_start, week_start
from smallsteps_desktop.core.report import build_report
from smallsteps_desktop.core.report_model import Period, ProgressReport
from smallsteps_desktop.core.rules import existing_step

PRESETS = ("today", "this-week", "last-week", "this-month", "last-month")


def preset_period(name: str, today: date) -> Period:
    """A named period around ``today``; weeks start on Monday."""
    monday = week_start(today)
    first = today.replace(day=1)
    before_first = first - timedelta(days=1)
    periods = {
        "today": (today, today),
        "this-week": (monday, monday + timedelta(days=6)),
        "last-week": (monday - timedelta(days=7), monday - timedelta(days=1)),
        "this-month": (first, (first + timedelta(days=32)).replace(day=1) - timedelta(days=1)),
        "last-month": (before_first.replace(day=1), before_first),
    }
    return Period(*periods[name])


class ReportQueries:
    """Builds reports from one consistent read of the store."""

    def __init__(self, store: Store, clock: Clock, zone: tzinfo | None = None) -> None:
        self._store = store
        self._clock = clock
        self._zone = zone  # None: the computer's own time zone

    def today(self) -> date:
        return self._clock.now().astimezone(self._zone).date()

    def report(self, period: Period, daily_quota: int) -> ProgressReport:
        start = day_start(period.start, self._zone)
        end = day_start(period.end + timedelta(days=1), self._zone)
        with self._store.read() as repo:
            facts = repo.report_facts(start, end)
        return build_report(facts, period, now=self._clock.now(), zone=self._zone,
                            daily_quota=daily_quota)

    def brief(self, step_id: int) -> tuple[Step, Brief]:
        """A step handed off and its brief; refused if the step has none."""
        with self._store.read() as repo:
            step = existing_step(repo, step_id)
            brief = repo.brief(step_id)
        if brief is None:
            raise NotFound(f"Step {step_id} has no brief: it was not handed off.")
        return step, brief
