"""The command line's step JSON, kept ready by triggers: always what the rows say."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from smallsteps_desktop.app import Services
from smallsteps_desktop.core.models import StepStatus
from smallsteps_desktop.core.services import SkipRequest
from smallsteps_desktop.storage.step_json import read_listing, step_json, steps_json

from support.clock import FakeClock
from support.services import make_services
from support.step_json_oracle import expected_steps, kept_steps


@pytest.fixture
def app(tmp_path: Path) -> Iterator[Services]:
    services = make_services(tmp_path / "data", FakeClock())
    yield services
    services.close()


@pytest.fixture
def busy(app: Services) -> dict[str, int]:
    """A chore whose steps were reordered, a split, finished time and a running timebox."""
    chore, first, second, third = app.board.add_chore(
        'Say "Grüß Gott" on Instagram', ["Photo", "Caption \\ with a backslash", "Post"],
        area="Social media", annoyance=4).added
    app.board.move(third, StepStatus.NEXT, before_id=first)  # queue: third, first, second
    app.steps.start(third)
    app.clock.advance(minutes=3)
    app.steps.done("Quicker than feared")
    app.steps.start(first)
    app.clock.advance(minutes=2)
    app.steps.skip(SkipRequest(stuck="No photo", splits=("Find one", "Take one")))
    app.steps.start()  # the split's first step, still running
    return {"chore": chore, "first": first, "second": second, "third": third}


def listing(app: Services, status: str | None = None) -> list[dict]:
    with app.store.read() as _:
        return json.loads(steps_json(app.store.connection, status))


def fresh(app: Services) -> list[dict]:
    return expected_steps(app.store.connection)


def test_listing_and_one_step_agree_for_every_step(app: Services, busy) -> None:
    listed = listing(app)
    assert len(listed) == 6
    assert listed == fresh(app)
    for step in listed:
        one = json.loads(step_json(app.store.connection, step["id"]))
        assert one == step


def test_children_follow_the_queue_not_the_ids(app: Services, busy) -> None:
    by_id = {step["id"]: step for step in listing(app)}
    expected = [busy["third"], busy["first"], busy["second"]]
    assert by_id[busy["chore"]]["children"] == expected
    assert json.loads(step_json(app.store.connection, busy["chore"]))["children"] == expected


def test_time_spent_current_and_text_survive_the_round_trip(app: Services, busy) -> None:
    by_id = {step["id"]: step for step in listing(app)}
    assert by_id[busy["third"]]["minutes_spent"] == 3.0
    assert by_id[busy["first"]]["minutes_spent"] == 2.0
    assert by_id[busy["second"]]["minutes_spent"] == 0.0
    current = [step for step in by_id.values() if step["current"]]
    assert [step["title"] for step in current] == ["Find one"]
    assert by_id[busy["chore"]]["title"] == 'Say "Grüß Gott" on Instagram'
    assert by_id[busy["second"]]["title"] == "Caption \\ with a backslash"


def test_status_filter_keeps_only_that_status(app: Services, busy) -> None:
    done = listing(app, "done")
    assert [step["id"] for step in done] == [busy["third"]]
    assert listing(app, "dropped") == []


def test_an_unknown_step_is_none(app: Services) -> None:
    assert step_json(app.store.connection, 99) is None
    assert listing(app) == []


def test_the_command_lines_bytes_are_the_same_listing(app: Services, busy,
                                                       tmp_path: Path) -> None:
    database, backups = app.paths.database, app.paths.backup_dir
    data = read_listing(database, backups, None)
    assert json.loads(data.decode("utf-8")) == listing(app)
    assert "Grüß".encode() in data
    assert json.loads(read_listing(database, backups, "done")) == listing(app, "done")
    missing = tmp_path / "none" / "smallsteps.sqlite3"
    assert read_listing(missing, tmp_path / "none", None) == b"[]"
    assert not missing.parent.exists()


def test_moves_edits_splits_and_undo_keep_it_fresh(app: Services, busy) -> None:
    app.steps.done()  # the running timebox; the board does not switch under it
    split = app.board.split(busy["second"], ["Smaller", "Smallest"])
    changes = [
        app.board.move(busy["first"], StepStatus.NEXT, before_id=busy["third"]),
        split,
        app.board.make_current(split.added[1]),
        app.board.move(split.added[0], StepStatus.DROPPED),
        app.board.edit(busy["chore"], title="Say hello", notes='A "note"', area=None),
    ]
    assert kept_steps(app.store.connection) == fresh(app)
    for change in reversed(changes):  # undoing an added step deletes it
        app.board.undo(change)
        assert kept_steps(app.store.connection) == fresh(app)


def test_starting_another_step_moves_the_current_flag(app: Services, busy) -> None:
    app.steps.start(busy["second"])  # the running split step is interrupted
    app.steps.pause()
    app.clock.advance(minutes=1)
    app.steps.resume()
    app.clock.advance(minutes=4)
    app.steps.done()
    kept = kept_steps(app.store.connection)
    assert kept == fresh(app)
    assert [step["id"] for step in kept if step["current"]] == []


def test_an_import_merged_into_existing_data_is_kept_too(app: Services, busy,
                                                         tmp_path: Path) -> None:
    from smallsteps_desktop.storage.archive import export_file, import_file

    export_file(app.store, tmp_path / "export.json")
    import_file(app.store, tmp_path / "export.json", tmp_path / "backups")
    kept = kept_steps(app.store.connection)
    assert len(kept) == 12 and kept == fresh(app)


def test_a_format_5_file_gets_every_steps_json_when_migrated(tmp_path: Path) -> None:
    import sqlite3

    from smallsteps_desktop.storage.database import open_database
    from smallsteps_desktop.storage.schema import MIGRATIONS

    path = tmp_path / "old.sqlite3"
    services = make_services(tmp_path / "new", FakeClock())
    try:
        services.board.add_chore("Old chore", ["One", "Two"])
        services.steps.start()
        services.clock.advance(minutes=2)
        services.steps.done()
        services.steps.start()
        services.store.connection.execute("VACUUM INTO ?", (str(path),))
    finally:
        services.close()
    with sqlite3.connect(path) as old:  # back to format 5, as an older version left it
        for name in [row[0] for row in old.execute(
                "SELECT name FROM sqlite_master WHERE type = 'trigger'")]:
            old.execute(f"DROP TRIGGER {name}")
        old.execute("DROP TABLE step_json")
        old.execute(f"PRAGMA user_version = {len(MIGRATIONS) - 1}")
    old.close()
    conn = open_database(path, tmp_path / "backups")
    try:
        kept = kept_steps(conn)
        assert len(kept) == 3 and kept == expected_steps(conn)
        assert [step["title"] for step in kept if step["current"]] == ["Two"]
    finally:
        conn.close()


@pytest.mark.parametrize("statement", [
    "UPDATE sessions SET actual_seconds = 95 WHERE id = 1",
    "UPDATE sessions SET step_id = 3 WHERE id = 1",
    "DELETE FROM sessions WHERE id = 1",
    "UPDATE steps SET parent_id = 2 WHERE id = 3",
    "UPDATE steps SET position = -1 WHERE id = 3",
    "UPDATE steps SET title = 'Renamed', status = 'dropped' WHERE id = 3",
    "INSERT INTO steps (parent_id, title, status, planned_minutes, position, created_at,"
    " updated_at) VALUES (1, 'Added by hand', 'inbox', 5, 0, 'x', 'x')",
    "DELETE FROM steps WHERE id = 3",
    "INSERT OR REPLACE INTO current_step (singleton, step_id) VALUES (1, 3)",
    "UPDATE current_step SET step_id = 2",
    "DELETE FROM current_step",
], ids=lambda sql: " ".join(sql.split()[:3]))
def test_any_writer_keeps_it_fresh(app: Services, busy, statement: str) -> None:
    conn = app.store.connection
    conn.execute("DELETE FROM events")  # the rows below are changed without their history
    conn.execute("DELETE FROM sessions WHERE step_id = 3 OR id > 1")
    conn.execute(statement)
    assert kept_steps(conn) == expected_steps(conn)
