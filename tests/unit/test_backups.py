"""Backups: one a day, the newest kept, and a restore that can itself be undone."""

from __future__ import annotations

import shutil
import sqlite3
from contextlib import closing
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from smallsteps_desktop.app import Services
from smallsteps_desktop.storage.backups import (
    KEEP,
    backups,
    daily_backup,
    manual_backup,
    prune,
    restore,
)
from smallsteps_desktop.storage.database import DatabaseError
from smallsteps_desktop.storage.schema import APPLICATION_ID, MIGRATIONS, SCHEMA_VERSION

MORNING = datetime(2026, 3, 2, 8, 0)


def _titles(path: Path) -> list[str]:
    with closing(sqlite3.connect(path)) as conn:
        return [row[0] for row in conn.execute("SELECT title FROM steps ORDER BY id")]


def test_one_daily_backup_per_day(app: Services) -> None:
    app.steps.add("Post one photo")
    folder = app.paths.backup_dir
    first = daily_backup(app.store.connection, folder, MORNING)
    assert first is not None and _titles(first) == ["Post one photo"]
    assert daily_backup(app.store.connection, folder, MORNING + timedelta(hours=10)) is None
    assert daily_backup(app.store.connection, folder, MORNING + timedelta(days=1)) is not None
    assert [b.kind for b in backups(folder)] == ["daily", "daily"]


def test_only_the_newest_of_each_kind_are_kept(app: Services) -> None:
    folder = app.paths.backup_dir
    made = manual_backup(app.store.connection, folder, MORNING)
    for day in range(KEEP + 5):
        stamp = (MORNING + timedelta(days=day)).strftime("%Y%m%d-%H%M%S")
        shutil.copy(made, folder / f"daily-{stamp}.sqlite3")
    (folder / "notes.txt").write_text("not a backup")
    deleted = prune(folder)
    kept = backups(folder)
    assert len(deleted) == 5 and [b.kind for b in kept].count("daily") == KEEP
    assert kept[0].made == MORNING + timedelta(days=KEEP + 4)  # the newest stays
    assert made.exists() and (folder / "notes.txt").exists()


def test_restore_brings_the_data_back_and_keeps_todays(app: Services) -> None:
    app.steps.add("Post one photo")
    saved = manual_backup(app.store.connection, app.paths.backup_dir, MORNING)
    app.steps.add("Ask for a review")
    safety = restore(app.store.connection, saved, app.paths.backup_dir, MORNING)
    assert [s["title"] for s in app.queries.list_json()] == ["Post one photo"]
    assert _titles(safety) == ["Post one photo", "Ask for a review"]
    app.steps.add("Written after the restore")  # the open connection keeps working


def test_an_old_backup_is_brought_to_todays_format(app: Services, tmp_path: Path) -> None:
    old = tmp_path / "daily-20250101-080000.sqlite3"
    with closing(sqlite3.connect(old)) as conn:
        conn.executescript(MIGRATIONS[0])
        conn.execute("INSERT INTO steps (title, status, planned_minutes, position, created_at,"
                     " updated_at) VALUES ('From last year', 'inbox', 5, 0, '2025-01-01T08:00:00+00:00',"
                     " '2025-01-01T08:00:00+00:00')")
        conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        conn.execute("PRAGMA user_version = 1")
        conn.commit()
    restore(app.store.connection, old, app.paths.backup_dir, MORNING)
    conn = app.store.connection
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert [s["title"] for s in app.queries.list_json()] == ["From last year"]


@pytest.mark.parametrize("content, message", [
    (b"not a database at all" * 100, "cannot be read"),
    ("foreign", "not a Small Steps backup"),
    ("newer", "newer version"),
])
def test_a_bad_backup_is_refused_and_nothing_changes(app: Services, tmp_path: Path,
                                                     content, message) -> None:
    app.steps.add("Post one photo")
    bad = tmp_path / "bad.sqlite3"
    if content in ("foreign", "newer"):
        with closing(sqlite3.connect(bad)) as conn:
            conn.execute("CREATE TABLE other (x)")
            if content == "newer":
                conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
                conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
            conn.commit()
    else:
        bad.write_bytes(content)
    with pytest.raises(DatabaseError, match=message):
        restore(app.store.connection, bad, app.paths.backup_dir, MORNING)
    assert [s["title"] for s in app.queries.list_json()] == ["Post one photo"]
    assert backups(app.paths.backup_dir) == []  # not even a safety copy was needed
