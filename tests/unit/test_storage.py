"""Opening, checking, migrating and writing the SQLite data file."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from smallsteps_desktop.core.models import StepStatus
from smallsteps_desktop.core.records import NewStep
from smallsteps_desktop.app import open_services
from smallsteps_desktop.paths import resolve_paths
from smallsteps_desktop.storage.database import (
    DamagedFile,
    BUSY_TIMEOUT_SECONDS,
    DatabaseError,
    open_database,
    transaction,
)
from smallsteps_desktop.storage.repositories import SqliteStore
from smallsteps_desktop.storage.schema import APPLICATION_ID, SCHEMA_VERSION

from support.clock import START
from support.services import make_services


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "data" / "smallsteps.sqlite3"


@pytest.fixture
def backup_dir(tmp_path: Path) -> Path:
    return tmp_path / "data" / "backups"


@pytest.fixture
def conn(db_path: Path, backup_dir: Path) -> Iterator[sqlite3.Connection]:
    connection = open_database(db_path, backup_dir)
    yield connection
    connection.close()


def pragma(conn: sqlite3.Connection, name: str):
    return conn.execute(f"PRAGMA {name}").fetchone()[0]


def new_step(title: str = "Instagram", parent: int | None = None) -> NewStep:
    return NewStep(title, parent, StepStatus.INBOX, None, None, 5, START)


def make_sqlite_file(path: Path, *statements: str) -> bytes:
    path.parent.mkdir(parents=True, exist_ok=True)
    other = sqlite3.connect(path)
    for statement in statements:
        other.execute(statement)
    other.commit()
    other.close()
    return path.read_bytes()


def assert_untouched(path: Path, original: bytes) -> None:
    assert path.read_bytes() == original
    assert not Path(f"{path}-wal").exists()


# -- a new file ------------------------------------------------------------------


def test_a_new_file_is_created_in_wal_mode_at_the_current_version(
        conn: sqlite3.Connection, db_path: Path, backup_dir: Path) -> None:
    assert db_path.is_file()
    assert Path(f"{db_path}-wal").exists()
    assert pragma(conn, "journal_mode") == "wal"
    assert pragma(conn, "user_version") == SCHEMA_VERSION
    assert pragma(conn, "application_id") == APPLICATION_ID
    assert pragma(conn, "foreign_keys") == 1
    assert pragma(conn, "busy_timeout") == int(BUSY_TIMEOUT_SECONDS * 1000)
    tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert {"steps", "sessions", "current_step", "events", "stuck_notes", "learnings",
            "briefs"} <= tables
    # A brand-new file needs no backup.
    assert not backup_dir.exists() or not any(backup_dir.iterdir())


def test_reopening_a_current_file_changes_nothing(db_path: Path, backup_dir: Path) -> None:
    first = open_database(db_path, backup_dir)
    SqliteStore(first).close()
    second = open_database(db_path, backup_dir)
    try:
        assert pragma(second, "user_version") == SCHEMA_VERSION
        assert pragma(second, "foreign_keys") == 1
    finally:
        second.close()
    assert not backup_dir.exists() or not any(backup_dir.iterdir())


def test_foreign_keys_are_enforced(conn: sqlite3.Connection) -> None:
    store = SqliteStore(conn)
    with pytest.raises(sqlite3.IntegrityError, match="FOREIGN KEY"):
        with store.write() as repo:
            repo.add_step(new_step("orphan", parent=12345))
    with store.read() as repo:
        assert repo.steps() == []


# -- files that are refused, untouched --------------------------------------------------


@pytest.mark.parametrize("garbage", [
    b"this is not a database, just some text\n" * 100,
    bytes(range(256)) * 40,
    b"SQLite format 3\x00" + b"\xff" * 4_000,
])
def test_a_garbage_file_is_refused_and_left_untouched(
        db_path: Path, backup_dir: Path, garbage: bytes) -> None:
    db_path.parent.mkdir(parents=True)
    db_path.write_bytes(garbage)
    with pytest.raises(DatabaseError) as caught:
        open_database(db_path, backup_dir)
    assert str(db_path) in str(caught.value)
    assert_untouched(db_path, garbage)


def test_a_newer_file_is_refused_and_left_untouched(db_path: Path, backup_dir: Path) -> None:
    original = make_sqlite_file(
        db_path,
        "CREATE TABLE future (x)",
        f"PRAGMA application_id = {APPLICATION_ID}",
        f"PRAGMA user_version = {SCHEMA_VERSION + 1}",
    )
    with pytest.raises(DatabaseError, match="newer version") as caught:
        open_database(db_path, backup_dir)
    assert str(db_path) in str(caught.value)
    assert f"format {SCHEMA_VERSION + 1}" in str(caught.value)
    assert_untouched(db_path, original)
    assert not backup_dir.exists()


def test_a_foreign_sqlite_file_is_refused_and_left_untouched(db_path: Path, backup_dir: Path) -> None:
    original = make_sqlite_file(db_path, "CREATE TABLE invoices (id INTEGER PRIMARY KEY, total)",
                                "INSERT INTO invoices (total) VALUES (42)")
    with pytest.raises(DatabaseError, match="not a Small Steps data file") as caught:
        open_database(db_path, backup_dir)
    assert str(db_path) in str(caught.value)
    assert_untouched(db_path, original)


def test_a_file_of_another_application_is_refused(db_path: Path, backup_dir: Path) -> None:
    original = make_sqlite_file(db_path, "PRAGMA application_id = 1234", "PRAGMA user_version = 1")
    with pytest.raises(DatabaseError, match="not a Small Steps data file"):
        open_database(db_path, backup_dir)
    assert_untouched(db_path, original)


def test_the_services_refuse_a_damaged_file(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    (folder / "smallsteps.sqlite3").write_bytes(b"garbage" * 200)
    with pytest.raises(DatabaseError, match="damaged or is not a Small Steps file"):
        make_services(folder)


# -- migrations ---------------------------------------------------------------------


SECOND_MIGRATION = """
    ALTER TABLE steps ADD COLUMN colour TEXT NOT NULL DEFAULT '';
    CREATE TABLE tags (step_id INTEGER REFERENCES steps(id), tag TEXT NOT NULL);
"""

# The migration runs in a child process with a time limit: should opening ever
# hang (it did: the backup inside BEGIN IMMEDIATE waited forever), the test
# fails in seconds instead of blocking the whole tier.
_MIGRATE_SCRIPT = """
import sys
from pathlib import Path
from smallsteps_desktop.storage import database, schema
path, backup_dir, second = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3]
migrations = (*schema.MIGRATIONS, second)
database.MIGRATIONS = migrations          # what monkeypatch.setattr would do
database.SCHEMA_VERSION = len(migrations)
try:
    database.open_database(path, backup_dir).close()
except database.DatabaseError as error:
    print(error, file=sys.stderr)
    sys.exit(3)
"""
MIGRATION_TIME_LIMIT = 10


def _open_with_second_migration(db_path: Path, backup_dir: Path, second: str):
    try:
        return subprocess.run(
            [sys.executable, "-c", _MIGRATE_SCRIPT, str(db_path), str(backup_dir), second],
            capture_output=True, text=True, timeout=MIGRATION_TIME_LIMIT)
    except subprocess.TimeoutExpired:
        pytest.fail(f"opening a format-{SCHEMA_VERSION} file with a newer migration did not "
                    f"finish within {MIGRATION_TIME_LIMIT} s (hangs in the backup before migrating)")


def _v1_file_with_a_step(db_path: Path, backup_dir: Path) -> bytes:
    conn = open_database(db_path, backup_dir)
    with SqliteStore(conn).write() as repo:
        repo.add_step(new_step("kept through the migration"))
    conn.close()  # the last connection checkpoints the WAL into the main file
    assert not Path(f"{db_path}-wal").exists()
    return db_path.read_bytes()


def test_the_migration_helper_runs_a_plain_open(db_path: Path, backup_dir: Path) -> None:
    # Guards the helper itself: a no-op second migration on a new file works.
    result = _open_with_second_migration(db_path, backup_dir, "SELECT 1;")
    assert result.returncode == 0, result.stderr
    conn = sqlite3.connect(db_path)
    try:
        assert pragma(conn, "user_version") == SCHEMA_VERSION + 1
    finally:
        conn.close()
    assert not backup_dir.exists() or not any(backup_dir.iterdir())  # nothing to back up


def test_a_migration_backs_up_the_old_file_first(db_path: Path, backup_dir: Path) -> None:
    _v1_file_with_a_step(db_path, backup_dir)
    new_version = SCHEMA_VERSION + 1

    result = _open_with_second_migration(db_path, backup_dir, SECOND_MIGRATION)
    assert result.returncode == 0, result.stderr

    conn = sqlite3.connect(db_path)
    try:
        assert pragma(conn, "user_version") == new_version
        assert conn.execute("SELECT title, colour FROM steps").fetchall() == [
            ("kept through the migration", "")]
        conn.execute("SELECT * FROM tags").fetchall()
    finally:
        conn.close()

    (copy,) = backup_dir.iterdir()
    assert copy.name.startswith(f"before-format-{new_version}-")
    old = sqlite3.connect(copy)
    try:
        assert pragma(old, "user_version") == SCHEMA_VERSION
        assert old.execute("SELECT title FROM steps").fetchall() == [("kept through the migration",)]
        assert old.execute("SELECT count(*) FROM sqlite_master WHERE name = 'tags'").fetchone() == (0,)
    finally:
        old.close()


def test_a_failing_migration_leaves_the_old_version_in_place(db_path: Path, backup_dir: Path) -> None:
    _v1_file_with_a_step(db_path, backup_dir)
    result = _open_with_second_migration(
        db_path, backup_dir, "CREATE TABLE fine (x);\nCREATE TABLE steps (x);\n")
    assert result.returncode == 3, result.stderr
    assert str(db_path) in result.stderr
    conn = open_database(db_path, backup_dir)
    try:
        assert pragma(conn, "user_version") == SCHEMA_VERSION
        assert conn.execute("SELECT count(*) FROM sqlite_master WHERE name = 'fine'").fetchone() == (0,)
        assert conn.execute("SELECT title FROM steps").fetchall() == [("kept through the migration",)]
    finally:
        conn.close()


# -- transactions and concurrency -------------------------------------------------------


def test_a_second_writer_waits_instead_of_failing(db_path: Path, backup_dir: Path) -> None:
    holder = open_database(db_path, backup_dir)
    outcome: dict[str, object] = {}
    about_to_write = threading.Event()

    def second_writer() -> None:
        other = open_database(db_path, backup_dir)  # own connection in its own thread
        try:
            about_to_write.set()
            began = time.monotonic()
            with SqliteStore(other).write() as repo:
                outcome["id"] = repo.add_step(new_step("second"))
            outcome["waited"] = time.monotonic() - began
        except BaseException as error:  # reported to the main thread below
            outcome["error"] = error
        finally:
            other.close()

    try:
        with transaction(holder, write=True):
            holder.execute("INSERT INTO steps (title, status, planned_minutes, position,"
                           " created_at, updated_at) VALUES ('first', 'inbox', 5, 0, 'x', 'x')")
            thread = threading.Thread(target=second_writer)
            thread.start()
            assert about_to_write.wait(timeout=30)
            time.sleep(0.5)
            assert thread.is_alive(), "the second writer did not wait for the lock"
        thread.join(timeout=BUSY_TIMEOUT_SECONDS)
        assert not thread.is_alive()
        assert "error" not in outcome, outcome.get("error")
        assert outcome["waited"] >= 0.3
        titles = [row[0] for row in holder.execute("SELECT title FROM steps ORDER BY id")]
        assert titles == ["first", "second"]
    finally:
        holder.close()


def test_a_writer_past_the_busy_timeout_gets_a_plain_message(db_path: Path, backup_dir: Path) -> None:
    holder = open_database(db_path, backup_dir)
    waiter = open_database(db_path, backup_dir)
    waiter.execute("PRAGMA busy_timeout = 50")
    try:
        with transaction(holder, write=True):
            with pytest.raises(DatabaseError, match="busy in another Small Steps"):
                with SqliteStore(waiter).write() as repo:
                    repo.add_step(new_step("never"))
        assert not waiter.in_transaction
        assert waiter.execute("SELECT count(*) FROM steps").fetchone() == (0,)
    finally:
        holder.close()
        waiter.close()


def test_only_one_session_can_be_open(conn: sqlite3.Connection) -> None:
    store = SqliteStore(conn)
    with store.write() as repo:
        first = repo.add_step(new_step("one"))
        second = repo.add_step(new_step("two"))
        repo.add_session(first, START, 300)
    with pytest.raises(sqlite3.IntegrityError, match="UNIQUE"):
        with store.write() as repo:
            repo.add_session(second, START, 300)
    with store.read() as repo:
        open_session = repo.open_session()
        assert open_session is not None and open_session.step_id == first
        assert repo.sessions(second) == []


def test_ended_sessions_do_not_count_against_the_open_one(conn: sqlite3.Connection) -> None:
    from smallsteps_desktop.core.models import Outcome

    store = SqliteStore(conn)
    with store.write() as repo:
        step_id = repo.add_step(new_step("one"))
        for _ in range(3):
            session = repo.add_session(step_id, START, 300)
            repo.save_session(session._replace(ended_at=START, outcome=Outcome.DONE,
                                      actual_seconds=0.0))
        repo.add_session(step_id, START, 300)
    with store.read() as repo:
        assert len(repo.sessions(step_id)) == 4


def test_only_one_current_step_row(conn: sqlite3.Connection) -> None:
    store = SqliteStore(conn)
    with store.write() as repo:
        first = repo.add_step(new_step("one"))
        second = repo.add_step(new_step("two"))
        repo.set_current(first)
        repo.set_current(second)
    assert conn.execute("SELECT step_id FROM current_step").fetchall() == [(second,)]


def test_a_transaction_that_raises_rolls_back_everything(conn: sqlite3.Connection) -> None:
    store = SqliteStore(conn)
    with store.write() as repo:
        kept = repo.add_step(new_step("kept"))

    class Boom(Exception):
        pass

    with pytest.raises(Boom):
        with store.write() as repo:
            gone = repo.add_step(new_step("gone"))
            repo.add_step(new_step("child", parent=gone))
            repo.set_current(gone)
            repo.add_session(gone, START, 300)
            repo.log(START, "added", gone, {})
            raise Boom
    assert not conn.in_transaction
    with store.read() as repo:
        assert [s.id for s in repo.steps()] == [kept]
        assert repo.current_step_id() is None
        assert repo.open_session() is None
    assert conn.execute("SELECT count(*) FROM events").fetchone() == (0,)


def test_read_transactions_see_a_consistent_snapshot(db_path: Path, backup_dir: Path) -> None:
    reader = open_database(db_path, backup_dir)
    writer = open_database(db_path, backup_dir)
    try:
        with SqliteStore(reader).read() as repo:
            assert repo.steps() == []
            with SqliteStore(writer).write() as wrepo:
                wrepo.add_step(new_step("meanwhile"))
            assert repo.steps() == []  # WAL: the reader keeps its snapshot
        with SqliteStore(reader).read() as repo:
            assert [s.title for s in repo.steps()] == ["meanwhile"]
    finally:
        reader.close()
        writer.close()


def test_a_file_cut_short_is_found_damaged(db_path: Path, backup_dir: Path) -> None:
    conn = open_database(db_path, backup_dir)
    conn.executemany("INSERT INTO steps (title, status, planned_minutes, position, created_at,"
                     " updated_at) VALUES (?, 'inbox', 5, 0, 'x', 'x')",
                     [("A long title " * 20,)] * 2_000)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    whole = db_path.read_bytes()
    db_path.write_bytes(whole[: len(whole) // 2])
    with pytest.raises(DamagedFile, match="restore --latest"):
        open_database(db_path, backup_dir)
    assert_untouched(db_path, whole[: len(whole) // 2])


def test_the_tray_app_sets_a_damaged_file_aside_and_starts_fresh(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    garbage = b"garbage" * 200
    (folder / "smallsteps.sqlite3").write_bytes(garbage)
    (folder / "smallsteps.sqlite3-wal").write_bytes(b"wal bytes")
    services = open_services(resolve_paths(folder), set_aside_damaged=True)
    try:
        kept = services.set_aside
        assert kept.name.startswith("smallsteps.sqlite3.damaged-") and kept.read_bytes() == garbage
        assert kept.with_name(kept.name + "-wal").read_bytes() == b"wal bytes"
        assert services.steps.add("A first step") == 1  # a fresh, working data file
    finally:
        services.close()
    again = open_services(resolve_paths(folder), set_aside_damaged=True)
    assert again.set_aside is None  # the fresh file is fine: nothing set aside twice
    again.close()


def test_an_empty_file_becomes_a_new_data_file(db_path: Path, backup_dir: Path) -> None:
    db_path.parent.mkdir(parents=True)
    db_path.write_bytes(b"")  # e.g. created by a backup tool; nothing in it to lose
    conn = open_database(db_path, backup_dir)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    conn.close()


def test_the_board_sums_time_spent_from_an_index_alone(db_path: Path, backup_dir: Path) -> None:
    from smallsteps_desktop.storage.read_queries import BOARD_ITEMS

    conn = open_database(db_path, backup_dir)
    plan = " ".join(row[3] for row in conn.execute("EXPLAIN QUERY PLAN " + BOARD_ITEMS))
    assert "SCAN sessions USING COVERING INDEX sessions_spent" in plan
    conn.close()


@pytest.mark.parametrize("sqlite_text, words", [
    ("attempt to write a readonly database", ("is read-only", "Nothing was changed")),
    ("database is locked", ("busy", "Nothing was changed")),
    ("database or disk is full", ("Could not save", "Nothing was changed")),
])
def test_write_failures_say_what_happened_and_that_nothing_changed(sqlite_text, words) -> None:
    from smallsteps_desktop.storage.database import _plain

    message = str(_plain(sqlite3.OperationalError(sqlite_text)))
    assert all(word in message for word in words), message
