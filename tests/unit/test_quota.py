"""The quota: steps today, minutes this week and the streak, on the owner's local days."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from smallsteps_desktop.app import Services
from smallsteps_desktop.core.board_views import BoardQueries
from smallsteps_desktop.core.quota import quota_view, streak, week_start

from support.clock import FakeClock

BERLIN_WINTER = timezone(timedelta(hours=1))
TODAY = date(2026, 3, 4)  # a Wednesday


def days_back(*offsets: int) -> list[date]:
    return [TODAY - timedelta(days=n) for n in offsets]


@pytest.mark.parametrize("done, per_day, expected", [
    (days_back(0, 1, 2), 1, 3),
    (days_back(1, 2), 1, 2),           # today not kept yet: yesterday's streak stands
    (days_back(0, 2, 3), 1, 1),        # a gap ends it
    (days_back(0, 0, 1, 2, 2), 2, 1),  # two a day needed: only today had two
    ([], 3, 0),
])
def test_streak(done: list[date], per_day: int, expected: int) -> None:
    assert streak(done, TODAY, per_day) == expected


def test_week_starts_on_monday() -> None:
    assert week_start(TODAY) == date(2026, 3, 2)
    assert week_start(date(2026, 3, 2)) == date(2026, 3, 2)
    assert week_start(date(2026, 3, 8)) == date(2026, 3, 2)


def test_a_step_done_late_in_the_evening_counts_for_that_local_day() -> None:
    now = datetime(2026, 3, 4, 23, 30, tzinfo=timezone.utc)  # 00:30 on the 5th in Berlin
    late = datetime(2026, 3, 4, 22, 45, tzinfo=timezone.utc)  # 23:45 on the 4th in Berlin
    view = quota_view([late], 0, now, BERLIN_WINTER, 1, 0)
    assert view.steps_today == 0 and view.streak_days == 1
    assert quota_view([late], 0, now, timezone.utc, 1, 0).steps_today == 1


def test_quota_from_the_data_file(app: Services, clock: FakeClock) -> None:
    for title in ("Post a photo", "Ask Mrs. Berg for a review"):
        step_id = app.steps.add(title)
        app.steps.start(step_id)
        clock.advance(minutes=5)
        app.steps.done()
    chore = app.board.add_chore("Newsletter", ["Collect five addresses"]).added
    app.board.move(chore[1], app.board_queries.details(chore[1]).step.status.DONE)
    queries = BoardQueries(app.store, clock, timezone.utc)
    view = queries.quota(daily_quota=3, weekly_quota=60)
    # The chore closing with its last step is not a second step done.
    assert (view.steps_today, view.daily_quota, view.minutes_week) == (3, 3, 10)
    assert view.streak_days == 1
    clock.advance(days=1)
    view = queries.quota(daily_quota=3, weekly_quota=60)
    assert (view.steps_today, view.streak_days) == (0, 1)
    clock.advance(days=7)
    assert queries.quota(3, 60).minutes_week == 0 and queries.quota(3, 60).streak_days == 0


def test_local_midnight_is_compared_as_utc_in_the_data_file(app: Services, clock: FakeClock) -> None:
    # Sunday 23:30 UTC is already Monday 00:30 in Berlin: the first minutes of the week.
    clock.current = datetime(2026, 3, 1, 23, 30, tzinfo=timezone.utc)
    app.steps.start(app.steps.add("Early post"))
    clock.advance(minutes=4)
    app.steps.done()
    clock.current = datetime(2026, 3, 2, 10, 0, tzinfo=timezone.utc)
    view = BoardQueries(app.store, clock, BERLIN_WINTER).quota(daily_quota=1, weekly_quota=60)
    assert (view.steps_today, view.minutes_week) == (1, 4)
