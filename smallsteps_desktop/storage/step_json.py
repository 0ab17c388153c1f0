"""The command line's step JSON, read as kept ready by the data file's triggers."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from smallsteps_desktop.storage.database import open_database, transaction

# The JSON itself is built by triggers (storage/schema_step_json.py): a listing only
# copies it, which keeps `list --json` with 20,000 steps as quick as a one-line answer.
_ALL = """
SELECT '[' || coalesce(group_concat(body, ','), '') || ']'
FROM (SELECT body FROM step_json WHERE ?1 IS NULL OR status = ?1 ORDER BY step_id)
"""


def step_json(conn: sqlite3.Connection, step_id: int) -> str | None:
    """One step as a JSON object text, or None if there is no such step."""
    row = conn.execute("SELECT body FROM step_json WHERE step_id = ?", (step_id,)).fetchone()
    return row[0] if row else None


def steps_json(conn: sqlite3.Connection, status: str | None = None) -> str:
    """All steps, or those with one status, as a JSON array text ordered by id."""
    return conn.execute(_ALL, (status,)).fetchone()[0]


def steps_json_utf8(conn: sqlite3.Connection, status: str | None = None) -> bytes:
    """The same array as UTF-8 bytes, to print as they are: no decoding and encoding 5 MB."""
    previous, conn.text_factory = conn.text_factory, bytes
    try:
        return conn.execute(_ALL, (status,)).fetchone()[0]
    finally:
        conn.text_factory = previous


def read_listing(database: Path, backup_dir: Path, status: str | None) -> bytes:
    """Open the data file (or, with no file yet, an empty one in memory), read, close.

    Builds none of the use cases: the listing of a big data folder should start as
    quickly as a command that prints one line.
    """
    conn = open_database(database if database.exists() else Path(":memory:"), backup_dir)
    try:
        with transaction(conn, write=False):
            return steps_json_utf8(conn, status)
    finally:
        conn.close()
