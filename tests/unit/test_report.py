"""The progress report's numbers, from a known week recorded through the real services."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from smallsteps_desktop.app import Services
from smallsteps_desktop.core.errors import NotFound, Refused
from smallsteps_desktop.core.models import Outcome
from smallsteps_desktop.core.report_model import Period, ProgressReport
from smallsteps_desktop.core.report_views import PRESETS, ReportQueries, preset_period

from support.clock import FakeClock
from support.report_data import REPORT_TIME, WEEK, record_known_week

BERLIN_WINTER = timezone(timedelta(hours=1))


@pytest.fixture
def week(app: Services, clock: FakeClock) -> tuple[ProgressReport, dict[str, int]]:
    ids = record_known_week(app, clock)
    return ReportQueries(app.store, clock, timezone.utc).report(WEEK, daily_quota=1), ids


def test_totals_of_the_known_week(week) -> None:
    totals = week[0].totals
    assert totals.steps_done == 3  # the split step and the chore closing are not counted
    assert totals.minutes_focused == 4 + 5 + 3 + 5 + 4
    assert (totals.sessions, totals.skips) == (5, 2)
    assert (totals.splits, totals.outsourced, totals.stuck_notes) == (2, 1, 2)
    assert (totals.quota_days, totals.streak_days) == (3, 3)


def test_days_reasons_and_decisions(week) -> None:
    report = week[0]
    assert [(d.date.day, d.steps_done, d.minutes) for d in report.days] == [
        (2, 1, 9.0), (3, 1, 8.0), (4, 1, 4.0), (5, 0, 0.0), (6, 0, 0.0), (7, 0, 0.0), (8, 0, 0.0)]
    assert report.stuck_reasons == {"too-big": 0, "unclear": 1, "missing": 1, "no-time": 0,
                                    "no-motivation": 0, "other": 0}
    assert report.decisions == {"self": 1, "outsource": 1}
    # 4 of 5 planned minutes is about as planned; 3 of 5 is less.
    assert report.estimate == {"under": 1, "on-plan": 2, "over": 0, "double": 0}


def test_effort_trend_covers_eight_weeks_up_to_the_period(week) -> None:
    weeks = week[0].weeks
    assert [w.week for w in weeks] == [date(2026, 3, 2) - timedelta(weeks=n)
                                       for n in range(7, -1, -1)]
    last_two = [(w.steps_done, w.median_minutes, w.median_planned) for w in weeks[-2:]]
    assert last_two == [(1, 2.0, 5), (3, 4.0, 5)]  # the old flyer, then this week
    assert all(w.steps_done == 0 and w.median_minutes is None for w in weeks[:-2])


def test_chores_areas_and_lists(week) -> None:
    report, ids = week
    assert [(c.name, c.steps_done, c.minutes, c.sessions, c.skips) for c in report.chores] == [
        ("Instagram", 3, 16.0, 4, 1), ("Newsletter", 0, 5.0, 1, 1)]
    assert [a.name for a in report.areas] == ["Social media", "Email"]
    assert [(r.step_id, r.chore, r.area, r.date.day, r.minutes, r.planned_minutes)
            for r in report.steps_done] == [
        (ids["photo"], "Instagram", "Social media", 2, 4.0, 5),
        (ids["first"], "Instagram", "Social media", 3, 3.0, 5),
        (ids["second"], "Instagram", "Social media", 4, 4.0, 5)]
    [brief] = report.briefs
    assert (brief.step_id, brief.to, brief.due, brief.overdue) == (
        ids["tool"], "Anna", date(2026, 3, 3), True)
    assert [(x.title, x.text, x.date.day) for x in report.learnings] == [
        ("Post one photo", "Photos of the shop get likes", 2),
        ("Write one sentence", "Short sentences work", 4)]
    assert [(s.step_id, s.outcome) for s in report.sessions][:2] == [
        (ids["photo"], Outcome.DONE), (ids["caption"], Outcome.SKIPPED)]


def test_a_period_outside_all_activity_is_empty_but_complete(app, clock) -> None:
    record_known_week(app, clock)
    empty = ReportQueries(app.store, clock, timezone.utc).report(
        Period(date(2025, 1, 1), date(2025, 1, 31)), daily_quota=1)
    assert empty.totals.steps_done == empty.totals.sessions == 0
    assert len(empty.days) == 31 and not empty.steps_done and not empty.learnings
    assert len(empty.briefs) == 1  # a brief still open is shown whatever the period


def test_days_are_the_owners_local_days(app: Services, clock: FakeClock) -> None:
    clock.current = datetime(2026, 3, 8, 23, 30, tzinfo=timezone.utc)  # Mon 00:30 in Berlin
    app.steps.start(app.steps.add("Late post"))
    clock.advance(minutes=3)
    app.steps.done()
    berlin = ReportQueries(app.store, clock, BERLIN_WINTER)
    assert berlin.report(WEEK, 1).totals.steps_done == 0
    next_week = berlin.report(Period(date(2026, 3, 9), date(2026, 3, 15)), 1)
    assert (next_week.totals.steps_done, next_week.totals.sessions) == (1, 1)
    assert next_week.sessions[0].started.hour == 0  # shown in local time


def test_an_undone_split_is_not_counted(app: Services, clock: FakeClock) -> None:
    step = app.steps.add("Flyer")
    result = app.board.split(step, ["Find a photo", "Write the text"])
    queries = ReportQueries(app.store, clock, timezone.utc)
    assert queries.report(WEEK, 1).totals.splits == 2
    app.board.undo(result)
    assert queries.report(WEEK, 1).totals.splits == 0


def test_a_higher_quota_counts_fewer_days(app, clock) -> None:
    record_known_week(app, clock)
    report = ReportQueries(app.store, clock, timezone.utc).report(WEEK, daily_quota=2)
    assert (report.totals.quota_days, report.totals.streak_days) == (0, 0)


def test_brief_of_a_handed_off_step(app, clock) -> None:
    ids = record_known_week(app, clock)
    queries = ReportQueries(app.store, clock, timezone.utc)
    step, brief = queries.brief(ids["tool"])
    assert (step.title, brief.to, brief.done_when) == ("Choose a newsletter tool", "Anna",
                                                       "A test mail arrives")
    with pytest.raises(NotFound, match="no brief"):
        queries.brief(ids["photo"])
    with pytest.raises(NotFound):
        queries.brief(999)


@pytest.mark.parametrize("name, start, end", [
    ("today", date(2026, 3, 4), date(2026, 3, 4)),
    ("this-week", date(2026, 3, 2), date(2026, 3, 8)),
    ("last-week", date(2026, 2, 23), date(2026, 3, 1)),
    ("this-month", date(2026, 3, 1), date(2026, 3, 31)),
    ("last-month", date(2026, 2, 1), date(2026, 2, 28)),
])
def test_presets(name: str, start: date, end: date) -> None:
    assert name in PRESETS
    assert preset_period(name, REPORT_TIME.date()) == Period(start, end)


def test_december_and_january_presets() -> None:
    assert preset_period("this-month", date(2026, 12, 31)) == Period(date(2026, 12, 1),
                                                                    date(2026, 12, 31))
    assert preset_period("last-month", date(2027, 1, 5)) == Period(date(2026, 12, 1),
                                                                   date(2026, 12, 31))


def test_a_period_must_not_end_before_it_starts() -> None:
    with pytest.raises(Refused, match="before it starts"):
        Period(date(2026, 3, 5), date(2026, 3, 1))
    with pytest.raises(Refused, match="too long"):
        Period(date(2000, 1, 1), date(2026, 1, 1))
