"""The SQL behind the progress report: what was recorded in one time window."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime

from smallsteps_desktop.core.models import StuckReason
from smallsteps_desktop.core.records import Brief, Learning, StuckNote
from smallsteps_desktop.core.reactions import Reaction
from smallsteps_desktop.core.report_model import ReportFacts, SessionFact, StepFact
from smallsteps_desktop.storage.database import utc_text
from smallsteps_desktop.storage.repositories import OUTCOMES, STATUSES

_parse = datetime.fromisoformat

_STEPS = """
SELECT s.id, s.parent_id, s.title, s.status, s.area, s.planned_minutes, s.done_at,
       EXISTS (SELECT 1 FROM steps AS c WHERE c.parent_id = s.id), coalesce(t.spent, 0)
FROM steps AS s
LEFT JOIN (SELECT step_id, sum(actual_seconds) AS spent FROM sessions
           WHERE ended_at IS NOT NULL GROUP BY step_id) AS t ON t.step_id = s.id
"""
_SESSIONS = """
SELECT id, step_id, started_at, outcome, coalesce(actual_seconds, 0) FROM sessions
WHERE ended_at IS NOT NULL AND started_at >= :start AND started_at < :end
"""
_STUCK_NOTES = """
SELECT step_id, reason, text, created_at FROM stuck_notes
WHERE created_at >= :start AND created_at < :end
"""
_LEARNINGS = """
SELECT step_id, text, created_at FROM learnings WHERE created_at >= :start AND created_at < :end
"""
_OPEN_BRIEFS = """
SELECT b.step_id, b.recipient, b.text, b.done_when, b.due, b.created_at, b.why
FROM briefs AS b JOIN steps AS s ON s.id = b.step_id WHERE s.status = 'delegated'
"""
# Smaller steps made by splitting in the window; an undone split left no steps behind.
_SPLIT_CHILDREN = """
SELECT count(*) FROM events AS e, json_each(e.detail, '$.children') AS child
WHERE e.kind = 'split' AND e.at >= :start AND e.at < :end
  AND child.value IN (SELECT id FROM steps)
"""
# Steps decided in the window, counted once each and only if the decision still stands.
_DECISIONS = """
SELECT s.decision, count(DISTINCT s.id) FROM events AS e JOIN steps AS s ON s.id = e.step_id
WHERE e.kind = 'decided' AND e.at >= :start AND e.at < :end
  AND s.decision = json_extract(e.detail, '$.decision')
GROUP BY s.decision
"""


_REACTIONS = """
SELECT step_id, likes, comments, replies, enquiries, note, recorded_at FROM reactions
WHERE recorded_at >= :start AND recorded_at < :end
"""
_AWAY = """
SELECT coalesce(sum(away_seconds), 0) FROM sessions
WHERE ended_at IS NOT NULL AND started_at >= :start AND started_at < :end
"""


def report_facts(conn: sqlite3.Connection, start: datetime, end: datetime) -> ReportFacts:
    """What happened from ``start`` (included) to ``end`` (excluded)."""
    window = {"start": utc_text(start), "end": utc_text(end)}
    steps = [StepFact(i, parent, title, STATUSES[status], area, planned,
                      _parse(done) if done else None, bool(children), spent)
             for i, parent, title, status, area, planned, done, children, spent
             in conn.execute(_STEPS)]
    sessions = [SessionFact(i, step, _parse(started), OUTCOMES[outcome], seconds)
                for i, step, started, outcome, seconds in conn.execute(_SESSIONS, window)]
    notes = [StuckNote(step, StuckReason(reason), text, _parse(at))
             for step, reason, text, at in conn.execute(_STUCK_NOTES, window)]
    learnings = [Learning(step, text, _parse(at))
                 for step, text, at in conn.execute(_LEARNINGS, window)]
    briefs = [Brief(step, to, text, done_when, date.fromisoformat(due) if due else None,
                    _parse(at), why)
              for step, to, text, done_when, due, at, why in conn.execute(_OPEN_BRIEFS)]
    splits = conn.execute(_SPLIT_CHILDREN, window).fetchone()[0]
    decisions = dict(conn.execute(_DECISIONS, window).fetchall())
    reactions = [Reaction(step, likes, comments, replies, enquiries, note, _parse(at))
                 for step, likes, comments, replies, enquiries, note, at
                 in conn.execute(_REACTIONS, window)]
    away = conn.execute(_AWAY, window).fetchone()[0]
    return ReportFacts(steps, sessions, notes, learnings, briefs, splits, decisions,
                       reactions, float(away))
