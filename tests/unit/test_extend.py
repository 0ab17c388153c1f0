"""Time's up: five more minutes, once per timebox; and the format upgrade that stores it."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from smallsteps_desktop.app import Services
from smallsteps_desktop.core.errors import Refused
from smallsteps_desktop.core.models import TimerState
from smallsteps_desktop.storage.database import open_database
from smallsteps_desktop.storage.schema import MIGRATIONS, SCHEMA_VERSION

from support.clock import FakeClock


def test_more_minutes_count_from_the_moment_they_are_asked_for(app: Services,
                                                                clock: FakeClock) -> None:
    app.steps.start(app.steps.add("Post a photo"))
    clock.advance(5 * 60 + 90)  # ran out 90 s ago
    assert app.queries.current().timer.state is TimerState.EXPIRED

    app.steps.extend(5)

    timer = app.queries.current().timer
    assert timer.state is TimerState.RUNNING
    assert timer.remaining_seconds == pytest.approx(300)
    assert timer.planned_seconds == pytest.approx(300 + 90 + 300)
    clock.advance(301)
    assert app.queries.current().timer.state is TimerState.EXPIRED


def test_only_once_per_timebox(app: Services, clock: FakeClock) -> None:
    app.steps.start(app.steps.add("Post a photo"))
    clock.advance(301)
    app.steps.extend()
    clock.advance(301)
    with pytest.raises(Refused, match="already had its extra minutes"):
        app.steps.extend()


def test_only_after_time_is_up(app: Services, clock: FakeClock) -> None:
    with pytest.raises(Refused, match="no timebox"):
        app.steps.extend()
    app.steps.start(app.steps.add("Post a photo"))
    with pytest.raises(Refused, match="already running"):
        app.steps.extend()


def test_worked_time_includes_the_extra_minutes(app: Services, clock: FakeClock) -> None:
    step = app.steps.add("Post a photo")
    app.steps.start(step)
    clock.advance(330)
    app.steps.extend(5)
    clock.advance(120)
    app.steps.done()
    (session,) = app.queries.show_json(step)["sessions"]
    assert session["actual_seconds"] == pytest.approx(450)
    assert session["planned_seconds"] == 300
    assert session["extra_seconds"] == pytest.approx(330)


def test_a_first_format_file_is_upgraded_after_a_backup(tmp_path: Path) -> None:
    path = tmp_path / "smallsteps.sqlite3"
    old = sqlite3.connect(path)
    old.executescript(MIGRATIONS[0])
    old.execute("INSERT INTO steps (title, status, planned_minutes, position, created_at,"
                " updated_at) VALUES ('Old step', 'next', 5, 0, '2026-01-01T09:00:00+00:00',"
                " '2026-01-01T09:00:00+00:00')")
    old.execute("PRAGMA user_version = 1")
    old.commit()
    old.close()

    conn = open_database(path, tmp_path / "backups")

    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == 6
    assert conn.execute("SELECT body FROM step_json").fetchone()[0].startswith('{"id":1,')
    assert conn.execute("SELECT title FROM steps").fetchall() == [("Old step",)]
    (backup,) = (tmp_path / "backups").iterdir()
    kept = sqlite3.connect(backup)
    assert kept.execute("PRAGMA user_version").fetchone()[0] == 1
    assert kept.execute("SELECT title FROM steps").fetchall() == [("Old step",)]
    kept.close()
    conn.close()


def test_time_away_can_be_left_out(app: Services, clock: FakeClock) -> None:
    step = app.steps.add("Post a photo")
    app.steps.start(step)
    clock.advance(60)
    clock.advance(3600)  # the laptop slept with the timebox running
    assert app.queries.current().timer.state is TimerState.EXPIRED

    app.steps.exclude_away(3600)

    timer = app.queries.current().timer
    assert timer.state is TimerState.RUNNING
    assert timer.remaining_seconds == pytest.approx(240)
    clock.advance(30)
    app.steps.done()
    (session,) = app.queries.show_json(step)["sessions"]
    assert session["actual_seconds"] == pytest.approx(90)


def test_never_more_is_left_out_than_ran(app: Services, clock: FakeClock) -> None:
    app.steps.start(app.steps.add("Post a photo"))
    clock.advance(100)
    app.steps.exclude_away(10_000)
    assert app.queries.current().timer.remaining_seconds == pytest.approx(300)
    with app.store.read() as repo:
        assert repo.open_session().paused_seconds == pytest.approx(100)


def test_leaving_out_time_needs_a_timebox(app: Services) -> None:
    with pytest.raises(Refused):
        app.steps.exclude_away(60)
