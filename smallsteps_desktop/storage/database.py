"""Open the SQLite file safely: check it, migrate it (after a backup), hand out transactions."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path

from smallsteps_desktop.core.errors import SmallStepsError
from smallsteps_desktop.storage.schema import APPLICATION_ID, MIGRATIONS, SCHEMA_VERSION

BUSY_TIMEOUT_SECONDS = 10.0
SQLITE_HEADER = b"SQLite format 3\x00"
DAMAGE_ERRORS = ("SQLITE_NOTADB", "SQLITE_CORRUPT")  # the bytes are bad, not the disk


class DatabaseError(SmallStepsError):
    """The data file cannot be used; the message names it and says what to do."""


class DamagedFile(DatabaseError):
    """The data file's bytes are not a readable SQLite database (garbage, cut short)."""


def utc_text(moment: datetime) -> str:
    """A bound to compare with stored times, which are all UTC ISO text."""
    return moment.astimezone(timezone.utc).isoformat()


def open_database(path: Path, backup_dir: Path) -> sqlite3.Connection:
    """Open (or create) the data file, refusing damaged, foreign or newer files untouched."""
    _check_header(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(path, isolation_level=None, timeout=BUSY_TIMEOUT_SECONDS)
    except (OSError, sqlite3.Error) as error:
        raise DatabaseError(f"Cannot open the data file {path}: {error}.") from error
    try:
        version = _check_identity(conn, path)
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA foreign_keys = ON")
        if version < SCHEMA_VERSION:
            migrate(conn, backup_dir)
    except sqlite3.Error as error:
        conn.close()
        raise DatabaseError(f"Cannot use the data file {path}: {error}.") from error
    except BaseException:
        conn.close()
        raise
    return conn


def _check_header(path: Path) -> None:
    """Refuse a file that is not SQLite at all before SQLite opens it.

    Opening such a file makes SQLite delete a write-ahead log beside it, and that
    log may hold the newest steps; these bytes must stay for a rescue.
    """
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except FileNotFoundError:
        return
    except IsADirectoryError:
        raise DatabaseError(f"Cannot open the data file {path}: it is a folder.") from None
    except OSError as error:
        raise DatabaseError(f"Cannot open the data file {path}: {error.strerror}.") from error
    if header and header != SQLITE_HEADER:
        raise DamagedFile(
            f"The data file {path} is damaged or is not a Small Steps file (it is not a "
            "database). It was left untouched; move it away or restore a backup "
            "(smallsteps restore --latest).")


def _check_identity(conn: sqlite3.Connection, path: Path) -> int:
    """Read-only checks, done before anything could write to the file."""
    try:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        tables = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
    except sqlite3.DatabaseError as error:
        if getattr(error, "sqlite_errorname", "") not in DAMAGE_ERRORS:
            # A full disk or a failing read is not damage: the file must not be set aside.
            raise DatabaseError(_unusable(path, error)) from error
        raise DamagedFile(
            f"The data file {path} is damaged or is not a Small Steps file ({error}). "
            "It was left untouched; move it away or restore a backup "
            "(smallsteps restore --latest)."
        ) from error
    if _cut_short(conn, path):
        raise DamagedFile(
            f"The data file {path} is damaged: it is shorter than its own header says. "
            "It was left untouched; move it away or restore a backup "
            "(smallsteps restore --latest)."
        )
    if version > SCHEMA_VERSION:
        raise DatabaseError(
            f"The data file {path} was written by a newer version of Small Steps "
            f"(format {version}, this version reads up to {SCHEMA_VERSION}). "
            "It was left untouched; please update Small Steps."
        )
    if app_id not in (0, APPLICATION_ID) or (version == 0 and tables > 0):
        raise DatabaseError(f"The file {path} is not a Small Steps data file; it was left untouched.")
    return version


def _unusable(path: Path, error: sqlite3.Error) -> str:
    if not os.access(path.parent, os.W_OK):
        return (f"Cannot use the data file {path}: the folder {path.parent} is read-only "
                f"({error}). Nothing was changed.")
    return (f"Cannot read the data file {path} ({error}). Is the disk full or failing? "
            "Nothing was changed.")


def _cut_short(conn: sqlite3.Connection, path: Path) -> bool:
    """A file shorter than its pages: cut off by a full disk or a bad copy.

    With a write-ahead log the newest pages may still be in the log, so only a file
    without one is measured.
    """
    wal = path.with_name(path.name + "-wal")
    if not path.exists() or (wal.exists() and wal.stat().st_size > 0):
        return False
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    size = conn.execute("PRAGMA page_size").fetchone()[0]
    return path.stat().st_size < pages * size


def set_aside(path: Path, now: datetime) -> Path:
    """Rename a damaged data file (and its side files) so a fresh one can start; keeps bytes."""
    target = path.with_name(f"{path.name}.damaged-{now:%Y%m%d-%H%M%S}")
    for suffix in ("-wal", "-shm", "-journal"):
        side = path.with_name(path.name + suffix)
        if side.exists():
            side.rename(target.with_name(target.name + suffix))
    path.rename(target)
    return target


def migrate(conn: sqlite3.Connection, backup_dir: Path) -> None:
    """Bring the file to this version's format, after a backup; nothing to do if current."""
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    if version >= SCHEMA_VERSION:
        return
    if version > 0:
        # Before taking the write lock: the backup API cannot copy while we hold it.
        backup(conn, backup_dir / f"before-format-{SCHEMA_VERSION}-{_stamp()}.sqlite3")
    conn.execute("BEGIN IMMEDIATE")
    try:
        # Another process may have migrated while we waited for the lock.
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        for number in range(version, SCHEMA_VERSION):
            for statement in _statements(MIGRATIONS[number]):
                conn.execute(statement)
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise


def backup(conn: sqlite3.Connection, target: Path) -> Path:
    """A consistent copy through SQLite's backup API, even while others write."""
    target.parent.mkdir(parents=True, exist_ok=True)
    with sqlite3.connect(target) as copy:
        conn.backup(copy)
    copy.close()
    return target


def _statements(script: str) -> Iterator[str]:
    """Split a migration into statements; executescript would commit on its own."""
    pending = ""
    for line in script.splitlines(keepends=True):
        pending += line
        if sqlite3.complete_statement(pending):
            yield pending.strip()
            pending = ""
    if pending.strip():
        raise ValueError(f"Incomplete statement in migration: {pending!r}")


def _stamp() -> str:
    return datetime.now().strftime("%Y%m%d-%H%M%S")


@contextmanager
def transaction(conn: sqlite3.Connection, write: bool) -> Iterator[sqlite3.Connection]:
    """One transaction; BEGIN IMMEDIATE for writes so two writers queue instead of deadlocking."""
    try:
        conn.execute("BEGIN IMMEDIATE" if write else "BEGIN")
        try:
            yield conn
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")
    except sqlite3.OperationalError as error:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise _plain(error) from error


def _plain(error: sqlite3.OperationalError) -> DatabaseError:
    text = str(error)
    if "locked" in text or "busy" in text:
        return DatabaseError("The data file is busy in another Small Steps window or command. "
                             "Nothing was changed; please try again.")
    if "readonly" in text:
        return DatabaseError("The data folder is read-only, so this could not be saved. "
                             "Nothing was changed.")
    if "disk" in text or "full" in text:
        return DatabaseError(f"Could not save: {text}. Nothing was changed.")
    return DatabaseError(f"The data file could not be used: {text}.")
