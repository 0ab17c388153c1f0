"""The SQL behind the calendar file: every brief of a step still handed off, with its title."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime

from smallsteps_desktop.core.records import Brief
from smallsteps_desktop.storage.database import transaction

_OPEN_BRIEFS = """
SELECT s.title, b.step_id, b.recipient, b.text, b.done_when, b.due, b.created_at, b.why
FROM briefs AS b JOIN steps AS s ON s.id = b.step_id
WHERE s.status = 'delegated'
ORDER BY b.due IS NULL, b.due, b.step_id
"""


def open_briefs(conn: sqlite3.Connection) -> list[tuple[str, Brief]]:
    """(step title, brief) of every delegated step, soonest due first, undated last."""
    with transaction(conn, write=False) as read:
        rows = read.execute(_OPEN_BRIEFS).fetchall()
    return [(title, Brief(step, to, text, done_when, date.fromisoformat(due) if due else None,
                          datetime.fromisoformat(created), why))
            for title, step, to, text, done_when, due, created, why in rows]
