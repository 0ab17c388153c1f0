"""The command line's step JSON computed afresh in Python from the rows: the triggers' check."""

from __future__ import annotations

import json
import math
import sqlite3
from typing import Any


def _sqlite_round(value: float) -> float:
    # SQLite's round(x, 1) rounds halves away from zero; Python's round() to even.
    return math.floor(value * 10 + 0.5) / 10


def expected_steps(conn: sqlite3.Connection) -> list[dict[str, Any]]:
    """Every step as the contract describes it, ordered by id."""
    spent = dict(conn.execute("SELECT step_id, sum(actual_seconds) FROM sessions"
                              " WHERE ended_at IS NOT NULL GROUP BY step_id"))
    current = conn.execute("SELECT step_id FROM current_step").fetchone()
    rows = conn.execute("SELECT id, parent_id, title, status, area, annoyance, planned_minutes,"
                        " position, created_at, done_at, decision, notes FROM steps ORDER BY id")
    steps = [dict(zip(("id", "parent_id", "title", "status", "area", "annoyance",
                       "planned_minutes", "position", "created_at", "done_at", "decision",
                       "notes"), row)) for row in rows]
    for step in steps:
        step["minutes_spent"] = _sqlite_round((spent.get(step["id"]) or 0) / 60)
        step["current"] = current is not None and current[0] == step["id"]
        children = sorted((s for s in steps if s["parent_id"] == step["id"]),
                          key=lambda s: (s["position"], s["id"]))
        step["children"] = [child["id"] for child in children]
    for step in steps:
        del step["position"]
    return steps


def kept_steps(conn: sqlite3.Connection) -> list[dict[str, Any]]:
    """What the data file keeps ready for the command line, ordered by id."""
    return [json.loads(body) for (body,) in
            conn.execute("SELECT body FROM step_json ORDER BY step_id")]
