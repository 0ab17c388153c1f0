"""Backups of the data file: daily, before risky changes, and bringing one back."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from smallsteps_desktop.storage.database import DatabaseError, backup, migrate
from smallsteps_desktop.storage.schema import APPLICATION_ID, SCHEMA_VERSION

KEEP = 14  # of each kind: two weeks of daily backups
KINDS = ("daily", "manual", "before-import", "before-format", "before-restore")


@dataclass(frozen=True)
class BackupFile:
    path: Path
    kind: str
    made: datetime


def _stamp(moment: datetime) -> str:
    return moment.strftime("%Y%m%d-%H%M%S")


def _parse(path: Path) -> BackupFile | None:
    name = path.name.removesuffix(".sqlite3")
    for kind in KINDS:
        if name.startswith(kind + "-"):
            try:
                made = datetime.strptime(name[-15:], "%Y%m%d-%H%M%S")
            except ValueError:
                return None
            return BackupFile(path, kind, made)
    return None


def backups(folder: Path) -> list[BackupFile]:
    """Every backup in the folder, newest first."""
    found = [b for p in folder.glob("*.sqlite3") if (b := _parse(p))] if folder.is_dir() else []
    return sorted(found, key=lambda b: (b.made, b.path.name), reverse=True)


def prune(folder: Path, keep: int = KEEP) -> list[Path]:
    """Delete all but the newest ``keep`` backups of each kind; returns what was deleted."""
    deleted, seen = [], dict.fromkeys(KINDS, 0)
    for found in backups(folder):
        seen[found.kind] += 1
        if seen[found.kind] > keep:
            found.path.unlink(missing_ok=True)
            deleted.append(found.path)
    return deleted


def daily_backup(conn: sqlite3.Connection, folder: Path, now: datetime) -> Path | None:
    """A backup unless one was made today already; None if none was needed."""
    if any(b.kind == "daily" and b.made.date() == now.date() for b in backups(folder)):
        return None
    made = backup(conn, folder / f"daily-{_stamp(now)}.sqlite3")
    prune(folder)
    return made


def manual_backup(conn: sqlite3.Connection, folder: Path, now: datetime) -> Path:
    made = backup(conn, folder / f"manual-{_stamp(now)}.sqlite3")
    prune(folder)
    return made


def check_backup(path: Path) -> int:
    """The backup's format version; refuses a file that is damaged or not ours."""
    try:
        with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as conn:
            result = conn.execute("PRAGMA integrity_check").fetchone()[0]
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
            version = conn.execute("PRAGMA user_version").fetchone()[0]
    except sqlite3.Error as error:
        raise DatabaseError(f"The backup {path} cannot be read ({error}).") from error
    if result != "ok":
        raise DatabaseError(f"The backup {path} is damaged ({result}).")
    if app_id != APPLICATION_ID:
        raise DatabaseError(f"The file {path} is not a Small Steps backup.")
    if version > SCHEMA_VERSION:
        raise DatabaseError(f"The backup {path} is from a newer version of Small Steps.")
    return version


def restore(conn: sqlite3.Connection, source: Path, folder: Path, now: datetime) -> Path:
    """Replace the data with the backup's, after saving today's data as a backup too.

    The copy goes through SQLite's backup API into the open database, so a running
    app sees the change like any other write. Returns the safety copy's path.
    """
    check_backup(source)
    safety = backup(conn, folder / f"before-restore-{_stamp(now)}.sqlite3")
    with closing(sqlite3.connect(f"file:{source}?mode=ro", uri=True)) as old:
        old.backup(conn)
    migrate(conn, folder)  # a backup from an older version gets today's format
    prune(folder)
    return safety
