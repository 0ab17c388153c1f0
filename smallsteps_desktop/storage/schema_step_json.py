"""Migration 6: every step's JSON kept ready by triggers, so listing 20,000 steps is a copy."""

# Building the JSON of 20,000 steps took SQLite about 60 ms per listing; keeping it
# ready costs a few microseconds per write. Triggers keep it in the same transaction
# as the change, so it can never be stale, whoever writes (the app, the command line,
# an import). Released with format 6: never edit; a new shape needs a new migration.

# Renders the steps matching {where} and stores (or replaces) their JSON. Children come
# from the (parent_id, position) index in its order, which is the queue order (ties by
# id); INDEXED BY makes the statement fail rather than lose that order.
_RENDER = """
    INSERT INTO step_json (step_id, status, current, body)
    SELECT s.id, s.status, s.id IS (SELECT step_id FROM current_step), json_object(
        'id', s.id, 'parent_id', s.parent_id, 'title', s.title, 'status', s.status,
        'area', s.area, 'annoyance', s.annoyance, 'planned_minutes', s.planned_minutes,
        'minutes_spent', (SELECT round(coalesce(sum(actual_seconds), 0) / 60.0, 1)
                          FROM sessions WHERE step_id = s.id AND ended_at IS NOT NULL),
        'created_at', s.created_at, 'done_at', s.done_at, 'decision', s.decision,
        'current', CASE WHEN s.id IS (SELECT step_id FROM current_step)
                   THEN json('true') ELSE json('false') END,
        'children', json((SELECT '[' || coalesce(group_concat(id, ','), '') || ']'
                          FROM steps INDEXED BY steps_by_parent WHERE parent_id = s.id)),
        'notes', s.notes)
    FROM steps AS s WHERE {where}
    ON CONFLICT (step_id) DO UPDATE
        SET status = excluded.status, current = excluded.current, body = excluded.body;"""

# The steps shown as current: a REPLACE into current_step fires no delete trigger,
# so the one that stopped being current is found here instead.
_SHOWN_CURRENT = "s.id IN (SELECT step_id FROM step_json WHERE current)"

_TRIGGERS = {
    "step_added AFTER INSERT ON steps": ["s.id IN (NEW.id, NEW.parent_id)"],
    "step_changed AFTER UPDATE ON steps": ["s.id = NEW.id"],
    "step_moved AFTER UPDATE OF parent_id, position ON steps":
        ["s.id IN (OLD.parent_id, NEW.parent_id)"],
    "session_added AFTER INSERT ON sessions": ["s.id = NEW.step_id"],
    "session_ended AFTER UPDATE OF step_id, ended_at, actual_seconds ON sessions":
        ["s.id IN (OLD.step_id, NEW.step_id)"],
    "session_removed AFTER DELETE ON sessions": ["s.id = OLD.step_id"],
    "current_set AFTER INSERT ON current_step": [f"s.id = NEW.step_id OR {_SHOWN_CURRENT}"],
    "current_changed AFTER UPDATE ON current_step":
        [f"s.id = NEW.step_id OR {_SHOWN_CURRENT}"],
    "current_cleared AFTER DELETE ON current_step": [_SHOWN_CURRENT],
}


def _trigger(head: str, wheres: list[str], first: str = "") -> str:
    name, rest = head.split(" ", 1)
    body = first + "".join(_RENDER.format(where=where) for where in wheres)
    return f"CREATE TRIGGER step_json_{name} {rest} BEGIN{body}\nEND;\n"


STEP_JSON_MIGRATION = (
    """
    CREATE TABLE step_json (
        step_id INTEGER PRIMARY KEY,
        status TEXT NOT NULL,
        current INTEGER NOT NULL,
        body TEXT NOT NULL
    );
    CREATE INDEX step_json_current ON step_json(step_id) WHERE current;
    """
    + "".join(_trigger(head, wheres) for head, wheres in _TRIGGERS.items())
    + _trigger("step_removed AFTER DELETE ON steps", ["s.id = OLD.parent_id"],
               first="\n    DELETE FROM step_json WHERE step_id = OLD.id;")
    + _RENDER.format(where="true") + "\n"
)
