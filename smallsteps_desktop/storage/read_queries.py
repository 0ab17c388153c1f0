"""The longer read queries: the board's rows."""

STEP_COLUMNS = ("id, parent_id, title, status, area, annoyance, planned_minutes, position, "
                "created_at, updated_at, done_at, decision, notes")

# Everything the board shows for every step, in one pass: aggregates are
# grouped once and joined, rather than counted per step.
BOARD_ITEMS = f"""
SELECT {", ".join("s." + c for c in STEP_COLUMNS.split(", "))},
       coalesce(t.spent, 0) / 60.0, coalesce(n.count, 0), b.step_id IS NOT NULL, b.due,
       l.step_id IS NOT NULL
FROM steps AS s
LEFT JOIN (SELECT step_id, sum(actual_seconds) AS spent FROM sessions
           WHERE ended_at IS NOT NULL GROUP BY step_id) AS t ON t.step_id = s.id
LEFT JOIN (SELECT step_id, count(*) AS count FROM stuck_notes GROUP BY step_id) AS n
       ON n.step_id = s.id
LEFT JOIN briefs AS b ON b.step_id = s.id
LEFT JOIN learnings AS l ON l.step_id = s.id
"""
# A few steps after one action: per-step lookups on the indexes, not a pass over all.
BOARD_ITEMS_BY_ID = f"""
SELECT {", ".join("s." + c for c in STEP_COLUMNS.split(", "))},
       (SELECT coalesce(sum(actual_seconds), 0) FROM sessions
        WHERE step_id = s.id AND ended_at IS NOT NULL) / 60.0,
       (SELECT count(*) FROM stuck_notes WHERE step_id = s.id), b.step_id IS NOT NULL, b.due,
       l.step_id IS NOT NULL
FROM steps AS s
LEFT JOIN briefs AS b ON b.step_id = s.id
LEFT JOIN learnings AS l ON l.step_id = s.id
WHERE s.id IN (SELECT value FROM json_each(?))
"""
