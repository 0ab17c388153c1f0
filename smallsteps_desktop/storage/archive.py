"""Export all data to one JSON file and import it back, validated before any write."""

from __future__ import annotations

import heapq
import json
import os
import sqlite3
from datetime import date, datetime, timezone
from enum import Enum
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from smallsteps_desktop import __version__
from smallsteps_desktop.core.archive import MAX_ARCHIVE_BYTES, Archive, StepRecord
from smallsteps_desktop.core.errors import Refused
from smallsteps_desktop.files import write_atomically
from smallsteps_desktop.storage.database import backup, transaction
from smallsteps_desktop.storage.repositories import SqliteStore

_TABLES = {
    "steps": "SELECT id, parent_id, title, status, area, annoyance, planned_minutes, position,"
             " decision, notes, created_at, updated_at, done_at FROM steps ORDER BY id",
    "sessions": "SELECT id, step_id, started_at, planned_seconds, paused_at, paused_seconds,"
                " ended_at, outcome, actual_seconds, extra_seconds, away_seconds FROM sessions"
                " ORDER BY id",
    "stuck_notes": "SELECT step_id, reason, text, created_at FROM stuck_notes ORDER BY id",
    "learnings": "SELECT step_id, text, created_at FROM learnings ORDER BY step_id",
    "briefs": "SELECT step_id, recipient AS \"to\", text, done_when, due, created_at, why"
              " FROM briefs"
              " ORDER BY step_id",
    "public_steps": "SELECT step_id, ask_after FROM public_steps ORDER BY step_id",
    "reactions": "SELECT step_id, likes, comments, replies, enquiries, note, recorded_at"
                 " FROM reactions ORDER BY step_id",
    "events": "SELECT at, kind, step_id, detail FROM events ORDER BY id",
}


def export_file(store: SqliteStore, out: str | os.PathLike[str]) -> int:
    """Write everything to ``out`` atomically; returns the number of steps."""
    with transaction(store.connection, write=False) as conn:
        document = {name: _rows(conn, sql) for name, sql in _TABLES.items()}
        current = conn.execute("SELECT step_id FROM current_step").fetchone()
    for event in document["events"]:
        event["detail"] = json.loads(event["detail"])
    archive = Archive(exported_at=datetime.now(timezone.utc), app_version=__version__,
                      current_step_id=current[0] if current else None, **document)
    _write_file(Path(out).absolute(), archive.model_dump_json(indent=1).encode())
    return len(archive.steps)


def import_file(store: SqliteStore, source: str | os.PathLike[str], backup_dir: Path) -> str:
    """Load an export: kept ids into an empty folder, new ids when merging into data."""
    archive = _read_archive(Path(source))
    conn = store.connection
    # The backup API cannot copy while this connection holds a write lock.
    if conn.execute("SELECT count(*) FROM steps").fetchone()[0]:
        backup(conn, backup_dir / f"before-import-{datetime.now():%Y%m%d-%H%M%S}.sqlite3")
    with transaction(conn, write=True):
        empty = conn.execute("SELECT count(*) FROM steps").fetchone()[0] == 0
        new_ids = _insert_steps(conn, archive.steps, keep_ids=empty)
        _insert_records(conn, archive, new_ids, keep_ids=empty)
        has_current = conn.execute("SELECT count(*) FROM current_step").fetchone()[0]
        if archive.current_step_id is not None and not has_current:
            conn.execute("INSERT INTO current_step (singleton, step_id) VALUES (1, ?)",
                         (new_ids[archive.current_step_id],))
    how = "into the empty data folder" if empty else "merged with new ids"
    return f"Imported {len(archive.steps)} steps and {len(archive.sessions)} timeboxes ({how})."


def _read_archive(path: Path) -> Archive:
    try:
        size = path.stat().st_size
        if size > MAX_ARCHIVE_BYTES:
            raise Refused(f"{path} is too large to import ({size:,} bytes).")
        raw = path.read_bytes()
    except OSError as error:
        raise Refused(f"Cannot read {path}: {error.strerror}.") from error
    try:
        return Archive.model_validate_json(raw)
    except ValidationError as error:
        problems = "; ".join(_problem(item) for item in error.errors()[:3])
        raise Refused(f"{path} is not a valid Small Steps export, nothing was imported: "
                      f"{problems}.") from None


def _problem(item: dict[str, Any]) -> str:
    where = ".".join(str(part) for part in item["loc"])
    return f"{where}: {item['msg']}" if where else item["msg"]


def _insert_steps(conn: sqlite3.Connection, steps: list[StepRecord], keep_ids: bool) -> dict[int, int]:
    """Parents before children, so foreign keys hold at every insert."""
    new_ids: dict[int, int] = {}
    # Merged chores line up after the chores already here.
    shift = conn.execute("SELECT coalesce(max(position) + 1, 0) FROM steps"
                         " WHERE parent_id IS NULL").fetchone()[0]
    for step in _parents_first(steps):
        row = step.model_dump()
        row["parent_id"] = new_ids[step.parent_id] if step.parent_id else None
        if not keep_ids:
            del row["id"]
            if step.parent_id is None:
                row["position"] += shift
        columns = ", ".join(row)
        cursor = conn.execute(f"INSERT INTO steps ({columns}) VALUES ({', '.join('?' * len(row))})",
                              [_plain(value) for value in row.values()])
        new_ids[step.id] = step.id if keep_ids else int(cursor.lastrowid)
    return new_ids


def _insert_records(conn: sqlite3.Connection, archive: Archive, new_ids: dict[int, int],
                    keep_ids: bool) -> None:
    open_sessions = conn.execute("SELECT count(*) FROM sessions WHERE ended_at IS NULL").fetchone()[0]
    for session in archive.sessions:
        row = session.model_dump()
        if open_sessions and session.ended_at is None:
            # Only one timebox can run; the one already here keeps running.
            row.update(ended_at=session.paused_at or session.started_at, outcome="interrupted",
                       actual_seconds=0.0, paused_at=None)
        _insert(conn, "sessions", row, new_ids, keep_id=keep_ids)
    for table, records in (("stuck_notes", archive.stuck_notes), ("learnings", archive.learnings),
                           ("briefs", archive.briefs), ("public_steps", archive.public_steps),
                           ("reactions", archive.reactions), ("events", archive.events)):
        for record in records:
            row = record.model_dump()
            if table == "briefs":
                row["recipient"] = row.pop("to")
            _insert(conn, table, row, new_ids, keep_id=False)


def _insert(conn: sqlite3.Connection, table: str, row: dict[str, Any], new_ids: dict[int, int],
            keep_id: bool) -> None:
    if row.get("step_id") is not None:
        row["step_id"] = new_ids[row["step_id"]]
    if not keep_id:
        row.pop("id", None)
    columns = ", ".join(row)
    conn.execute(f"INSERT INTO {table} ({columns}) VALUES ({', '.join('?' * len(row))})",
                 [_plain(value) for value in row.values()])


def _plain(value: Any) -> Any:
    """A validated value as the database stores it; times in UTC, like the app writes them."""
    if isinstance(value, datetime):
        return value.astimezone(timezone.utc).isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, dict):
        return json.dumps(value)
    return value


def _parents_first(steps: list[StepRecord]) -> list[StepRecord]:
    """Parents before their children, otherwise in id order so new ids keep the old order."""
    by_parent: dict[int | None, list[StepRecord]] = {}
    for step in steps:
        by_parent.setdefault(step.parent_id, []).append(step)
    ready = [(step.id, step) for step in by_parent.get(None, [])]
    heapq.heapify(ready)
    ordered = []
    while ready:
        _, step = heapq.heappop(ready)
        ordered.append(step)
        for child in by_parent.get(step.id, []):
            heapq.heappush(ready, (child.id, child))
    return ordered


def _rows(conn: sqlite3.Connection, sql: str) -> list[dict[str, Any]]:
    cursor = conn.execute(sql)
    names = [column[0] for column in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor]


def _write_file(path: Path, data: bytes) -> None:
    try:
        write_atomically(path, data)
    except OSError as error:
        raise Refused(f"Cannot write {path}: {error.strerror or error}.") from error
