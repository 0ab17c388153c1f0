"""The SQL of public steps and their reactions, mixed into the repository."""

from __future__ import annotations

import sqlite3
from datetime import datetime
from typing import TYPE_CHECKING

from smallsteps_desktop.core.models import Step
from smallsteps_desktop.storage.database import utc_text
from smallsteps_desktop.storage.read_queries import STEP_COLUMNS

if TYPE_CHECKING:  # imported when a reaction is read: the tray app's first paint reads none
    from smallsteps_desktop.core.reactions import Reaction

_REACTION_COLUMNS = "step_id, likes, comments, replies, enquiries, note, recorded_at"
# Done public steps without an answer yet, not snoozed, oldest first.
_DUE = f"""
SELECT {", ".join("s." + name.strip() for name in STEP_COLUMNS.split(","))}
FROM public_steps AS p JOIN steps AS s ON s.id = p.step_id
WHERE s.status = 'done' AND s.done_at <= :done_before
  AND (p.ask_after IS NULL OR p.ask_after <= :now)
  AND NOT EXISTS (SELECT 1 FROM reactions AS r WHERE r.step_id = p.step_id)
ORDER BY s.done_at, s.id
"""


class ReactionRows:
    """Repository methods for reactions; expects the connection in ``self._conn``."""

    _conn: sqlite3.Connection

    def is_public(self, step_id: int) -> bool:
        row = self._conn.execute("SELECT 1 FROM public_steps WHERE step_id = ?",
                                 (step_id,)).fetchone()
        return row is not None

    def set_public(self, step_id: int, public: bool) -> None:
        if public:
            self._conn.execute("INSERT OR IGNORE INTO public_steps (step_id) VALUES (?)",
                               (step_id,))
        else:
            self._conn.execute("DELETE FROM public_steps WHERE step_id = ?", (step_id,))

    def set_ask_after(self, step_id: int, at: datetime) -> None:
        self._conn.execute("UPDATE public_steps SET ask_after = ? WHERE step_id = ?",
                           (utc_text(at), step_id))

    def reaction(self, step_id: int) -> Reaction | None:
        row = self._conn.execute(f"SELECT {_REACTION_COLUMNS} FROM reactions WHERE step_id = ?",
                                 (step_id,)).fetchone()
        return _reaction(row) if row else None

    def set_reaction(self, reaction: Reaction) -> None:
        self._conn.execute(
            f"INSERT OR REPLACE INTO reactions ({_REACTION_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (reaction.step_id, reaction.likes, reaction.comments, reaction.replies,
             reaction.enquiries, reaction.note, utc_text(reaction.recorded_at)))

    def reactions_due(self, done_before: datetime, now: datetime) -> list[Step]:
        # Imported here: repositories.py builds its repository on top of this mixin.
        from smallsteps_desktop.storage.repositories import step_from_row

        rows = self._conn.execute(_DUE, {"done_before": utc_text(done_before),
                                         "now": utc_text(now)})
        return [step_from_row(row) for row in rows]


def _reaction(row: tuple) -> Reaction:
    from smallsteps_desktop.core.reactions import Reaction

    return Reaction(row[0], row[1], row[2], row[3], row[4], row[5],
                    datetime.fromisoformat(row[6]))
