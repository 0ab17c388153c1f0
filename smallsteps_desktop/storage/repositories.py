"""All SQL of the app: the core's Repository protocol on top of SQLite."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from smallsteps_desktop.core.models import (
    Decision,
    Outcome,
    Session,
    Step,
    StepStatus,
    StuckReason,
)
from smallsteps_desktop.storage.database import transaction, utc_text
from smallsteps_desktop.storage.reaction_rows import ReactionRows
from smallsteps_desktop.storage.read_queries import (
    BOARD_ITEMS,
    BOARD_ITEMS_BY_ID,
    STEP_COLUMNS,
)
from smallsteps_desktop.storage import step_json as kept_json

_SESSION_COLUMNS = ("id, step_id, started_at, planned_seconds, paused_at, paused_seconds, "
                    "ended_at, outcome, actual_seconds, extra_seconds, away_seconds")
_parse = datetime.fromisoformat
# The records (core/records.py) are imported where rows become records: the tray app's
# first paint reads only steps and sessions, and creating their classes takes time.
if TYPE_CHECKING:
    from smallsteps_desktop.core.records import BoardItem, Brief, Learning, NewStep, StuckNote
    from smallsteps_desktop.core.report_model import ReportFacts


class SqliteStore:
    """The core's Store: one connection, one transaction per use case."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.connection = conn

    @contextmanager
    def write(self) -> Iterator[SqliteRepository]:
        with transaction(self.connection, write=True) as conn:
            yield SqliteRepository(conn)

    @contextmanager
    def read(self) -> Iterator[SqliteRepository]:
        with transaction(self.connection, write=False) as conn:
            yield SqliteRepository(conn)

    def data_version(self) -> int:
        # Cheap (no disk read): lets the GUI notice CLI changes by polling once a second.
        return self.connection.execute("PRAGMA data_version").fetchone()[0]

    def close(self) -> None:
        self.connection.close()


class SqliteRepository(ReactionRows):
    """Rows in, immutable core values out."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn

    # -- steps -------------------------------------------------------------------

    def add_step(self, new: NewStep) -> int:
        cursor = self._conn.execute(
            "INSERT INTO steps (parent_id, title, status, area, annoyance, planned_minutes,"
            " position, created_at, updated_at)"
            " SELECT ?, ?, ?, ?, ?, ?, coalesce(max(position) + 1, 0), ?, ?"
            " FROM steps WHERE parent_id IS ?",
            (new.parent_id, new.title, new.status.value, new.area, new.annoyance,
             new.planned_minutes, _iso(new.created_at), _iso(new.created_at), new.parent_id),
        )
        return int(cursor.lastrowid)

    def step(self, step_id: int) -> Step | None:
        row = self._conn.execute(f"SELECT {STEP_COLUMNS} FROM steps WHERE id = ?",
                                 (step_id,)).fetchone()
        return _step(row) if row else None

    def save_step(self, step: Step) -> None:
        self._conn.execute(
            "UPDATE steps SET title = ?, status = ?, area = ?, annoyance = ?, planned_minutes = ?,"
            " position = ?, updated_at = ?, done_at = ?, decision = ?, notes = ? WHERE id = ?",
            (step.title, step.status.value, step.area, step.annoyance, step.planned_minutes,
             step.position, _iso(step.updated_at), _iso(step.done_at),
             step.decision.value if step.decision else None, step.notes, step.id),
        )

    def steps(self) -> list[Step]:
        rows = self._conn.execute(f"SELECT {STEP_COLUMNS} FROM steps ORDER BY id")
        return [_step(row) for row in rows]

    def steps_json(self, status: str | None = None) -> str:
        """Steps as a JSON array text in the command line's contract, ordered by id."""
        return kept_json.steps_json(self._conn, status)

    def step_json(self, step_id: int) -> str | None:
        return kept_json.step_json(self._conn, step_id)

    def children(self, step_id: int | None) -> list[Step]:
        """The smaller steps of a step, or with None the chores, in queue order."""
        if step_id is None:
            rows = self._conn.execute(f"SELECT {STEP_COLUMNS} FROM steps WHERE parent_id IS NULL"
                                      " ORDER BY -coalesce(annoyance, 0), position, id")
        else:
            rows = self._conn.execute(f"SELECT {STEP_COLUMNS} FROM steps WHERE parent_id = ?"
                                      " ORDER BY position, id", (step_id,))
        return [_step(row) for row in rows]

    def delete_step(self, step_id: int) -> None:
        """Only for undoing an add: the step has no history but the events of its adding."""
        self._conn.execute("DELETE FROM events WHERE step_id = ?", (step_id,))
        self._conn.execute("DELETE FROM steps WHERE id = ?", (step_id,))

    def board_items(self, ids: list[int] | None = None) -> list[BoardItem]:
        """Every step (or those with these ids) with what the board shows about it."""
        if ids is None:
            rows = self._conn.execute(BOARD_ITEMS)
        else:
            rows = self._conn.execute(BOARD_ITEMS_BY_ID, (json.dumps(ids),))
        from smallsteps_desktop.core.records import BoardItem

        return [BoardItem(_step(row[:13]), row[13], row[14], row[15], _day(row[16]), row[17])
                for row in rows]

    def is_new(self) -> bool:
        """No step was ever written down and nothing happened yet: a first start."""
        row = self._conn.execute("SELECT NOT EXISTS (SELECT 1 FROM steps)"
                                 " AND NOT EXISTS (SELECT 1 FROM events)").fetchone()
        return bool(row[0])

    def done_times(self, since: datetime) -> list[datetime]:
        """When leaf steps were done (a chore closing with its last step is not counted twice)."""
        rows = self._conn.execute(
            "SELECT done_at FROM steps AS s WHERE status = 'done' AND done_at >= ?"
            " AND NOT EXISTS (SELECT 1 FROM steps WHERE parent_id = s.id)", (utc_text(since),))
        return [_parse(row[0]) for row in rows]

    def worked_seconds(self, since: datetime) -> float:
        row = self._conn.execute("SELECT coalesce(sum(actual_seconds), 0) FROM sessions"
                                 " WHERE ended_at >= ?", (utc_text(since),)).fetchone()
        return float(row[0])

    def report_facts(self, start: datetime, end: datetime) -> ReportFacts:
        from smallsteps_desktop.storage.report_facts import report_facts

        return report_facts(self._conn, start, end)

    def current_step_id(self) -> int | None:
        row = self._conn.execute("SELECT step_id FROM current_step").fetchone()
        return row[0] if row else None

    def set_current(self, step_id: int | None) -> None:
        if step_id is None:
            self._conn.execute("DELETE FROM current_step")
        else:
            self._conn.execute("INSERT OR REPLACE INTO current_step (singleton, step_id)"
                               " VALUES (1, ?)", (step_id,))

    # -- sessions ----------------------------------------------------------------

    def open_session(self) -> Session | None:
        row = self._conn.execute(
            f"SELECT {_SESSION_COLUMNS} FROM sessions WHERE ended_at IS NULL").fetchone()
        return _session(row) if row else None

    def add_session(self, step_id: int, started_at: datetime, planned_seconds: int) -> Session:
        cursor = self._conn.execute(
            "INSERT INTO sessions (step_id, started_at, planned_seconds) VALUES (?, ?, ?)",
            (step_id, _iso(started_at), planned_seconds))
        return Session(int(cursor.lastrowid), step_id, started_at, planned_seconds)

    def save_session(self, session: Session) -> None:
        self._conn.execute(
            "UPDATE sessions SET paused_at = ?, paused_seconds = ?, ended_at = ?, outcome = ?,"
            " actual_seconds = ?, extra_seconds = ?, away_seconds = ? WHERE id = ?",
            (_iso(session.paused_at), session.paused_seconds, _iso(session.ended_at),
             session.outcome.value if session.outcome else None, session.actual_seconds,
             session.extra_seconds, session.away_seconds, session.id))

    def sessions(self, step_id: int) -> list[Session]:
        rows = self._conn.execute(
            f"SELECT {_SESSION_COLUMNS} FROM sessions WHERE step_id = ? ORDER BY started_at, id",
            (step_id,))
        return [_session(row) for row in rows]

    # -- what the method asks ----------------------------------------------------

    def add_stuck_note(self, note: StuckNote) -> None:
        self._conn.execute(
            "INSERT INTO stuck_notes (step_id, reason, text, created_at) VALUES (?, ?, ?, ?)",
            (note.step_id, note.reason.value, note.text, _iso(note.created_at)))

    def stuck_notes(self, step_id: int) -> list[StuckNote]:
        rows = self._conn.execute("SELECT step_id, reason, text, created_at FROM stuck_notes"
                                  " WHERE step_id = ? ORDER BY id", (step_id,))
        from smallsteps_desktop.core.records import StuckNote

        return [StuckNote(s, StuckReason(r), t, _parse(c)) for s, r, t, c in rows]

    def set_learning(self, learning: Learning) -> None:
        self._conn.execute("INSERT OR REPLACE INTO learnings (step_id, text, created_at)"
                           " VALUES (?, ?, ?)",
                           (learning.step_id, learning.text, _iso(learning.created_at)))

    def learning(self, step_id: int) -> Learning | None:
        row = self._conn.execute("SELECT step_id, text, created_at FROM learnings"
                                 " WHERE step_id = ?", (step_id,)).fetchone()
        from smallsteps_desktop.core.records import Learning

        return Learning(row[0], row[1], _parse(row[2])) if row else None

    def set_brief(self, brief: Brief) -> None:
        self._conn.execute(
            "INSERT OR REPLACE INTO briefs (step_id, recipient, text, done_when, due, created_at,"
            " why) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (brief.step_id, brief.to, brief.text, brief.done_when,
             brief.due.isoformat() if brief.due else None, _iso(brief.created_at), brief.why))

    def delete_brief(self, step_id: int) -> None:
        self._conn.execute("DELETE FROM briefs WHERE step_id = ?", (step_id,))

    def brief(self, step_id: int) -> Brief | None:
        row = self._conn.execute("SELECT step_id, recipient, text, done_when, due, created_at, why"
                                 " FROM briefs WHERE step_id = ?", (step_id,)).fetchone()
        if row is None:
            return None
        from smallsteps_desktop.core.records import Brief

        return Brief(row[0], row[1], row[2], row[3], _day(row[4]), _parse(row[5]), row[6])

    def log(self, at: datetime, kind: str, step_id: int | None, detail: dict[str, Any]) -> None:
        self._conn.execute("INSERT INTO events (at, kind, step_id, detail) VALUES (?, ?, ?, ?)",
                           (_iso(at), kind, step_id, json.dumps(detail)))


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def _iso(moment: datetime | None) -> str | None:
    return moment.isoformat() if moment else None


# A dict lookup costs a fraction of calling the Enum, for each of 10,000 board rows
# (the report's reading uses them too).
STATUSES = {status.value: status for status in StepStatus}
DECISIONS = {decision.value: decision for decision in Decision}
OUTCOMES = {outcome.value: outcome for outcome in Outcome}


def _step(row: tuple) -> Step:
    done_at, decision = row[10], row[11]
    return Step(row[0], row[1], row[2], STATUSES[row[3]], row[4], row[5], row[6], row[7],
                _parse(row[8]), _parse(row[9]), _parse(done_at) if done_at else None,
                DECISIONS[decision] if decision else None, row[12])


step_from_row = _step


def _session(row: tuple) -> Session:
    paused_at, ended_at, outcome = row[4], row[6], row[7]
    return Session(row[0], row[1], _parse(row[2]), row[3],
                   _parse(paused_at) if paused_at else None, row[5],
                   _parse(ended_at) if ended_at else None,
                   OUTCOMES[outcome] if outcome else None, row[8], row[9], row[10])
