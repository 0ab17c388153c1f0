"""Summer time begins or ends while a timebox runs: the countdown and the days stay right."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from smallsteps_desktop.core.board_views import BoardQueries
from smallsteps_desktop.core.report_model import Period
from smallsteps_desktop.core.report_views import ReportQueries

BERLIN = ZoneInfo("Europe/Berlin")
# 2026-03-29 02:00 CET -> 03:00 CEST; 2026-10-25 03:00 CEST -> 02:00 CET.
SPRING = datetime(2026, 3, 29, 0, 58, tzinfo=timezone.utc)  # 01:58 local, before the jump
AUTUMN = datetime(2026, 10, 25, 0, 58, tzinfo=timezone.utc)  # 02:58 CEST, before going back


@pytest.mark.parametrize("start", [SPRING, AUTUMN], ids=["spring-forward", "fall-back"])
def test_a_timebox_across_the_change_lasts_five_real_minutes(app, clock, start) -> None:
    clock.current = start
    app.steps.start(app.steps.add("Post one photo"))
    clock.advance(minutes=3)  # the wall clock jumped an hour meanwhile
    view = app.queries.current()
    assert view.timer.remaining_seconds == pytest.approx(120)
    clock.advance(minutes=2)
    assert app.queries.current().timer.remaining_seconds == pytest.approx(0)
    app.steps.done()
    [session] = app.queries.show_json(1)["sessions"]
    assert session["actual_seconds"] == pytest.approx(300)


def test_steps_on_both_sides_of_the_change_are_one_local_day(app, clock) -> None:
    for moment in (SPRING - timedelta(minutes=30), SPRING + timedelta(minutes=30)):
        clock.current = moment  # 01:28 CET, then 03:28 CEST: both 29 March
        app.steps.start(app.steps.add(f"Step at {moment:%H:%M} UTC"))
        clock.advance(minutes=4)
        app.steps.done()
    clock.current = SPRING + timedelta(hours=10)
    quota = BoardQueries(app.store, clock, BERLIN).quota(daily_quota=2, weekly_quota=0)
    assert (quota.steps_today, quota.streak_days) == (2, 1)
    report = ReportQueries(app.store, clock, BERLIN).report(
        Period(date(2026, 3, 29), date(2026, 3, 29)), daily_quota=2)
    assert (report.totals.steps_done, report.totals.sessions, report.totals.quota_days) == (2, 2, 1)
    assert [row.started.hour for row in report.sessions] == [1, 3]  # local clock times
