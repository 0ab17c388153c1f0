"""The database schema as an ordered list of migrations; never edit a released one."""

from smallsteps_desktop.storage.schema_step_json import STEP_JSON_MIGRATION

APPLICATION_ID = 0x534D5354  # "SMST": tells our files apart from other SQLite files

MIGRATIONS: tuple[str, ...] = (
    # 1: steps as a tree, timeboxes as sessions, and what the method asks along the way.
    """
    CREATE TABLE steps (
        id INTEGER PRIMARY KEY,
        parent_id INTEGER REFERENCES steps(id),
        title TEXT NOT NULL CHECK (length(trim(title)) > 0),
        status TEXT NOT NULL
            CHECK (status IN ('inbox', 'next', 'stuck', 'delegated', 'done', 'dropped')),
        area TEXT,
        annoyance INTEGER CHECK (annoyance BETWEEN 1 AND 5),
        planned_minutes INTEGER NOT NULL CHECK (planned_minutes BETWEEN 1 AND 240),
        position INTEGER NOT NULL,
        decision TEXT CHECK (decision IN ('self', 'outsource')),
        notes TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        done_at TEXT
    );
    CREATE INDEX steps_by_parent ON steps(parent_id, position);

    -- At most one current step: the table holds one row or none.
    CREATE TABLE current_step (
        singleton INTEGER PRIMARY KEY CHECK (singleton = 1),
        step_id INTEGER NOT NULL REFERENCES steps(id)
    );

    CREATE TABLE sessions (
        id INTEGER PRIMARY KEY,
        step_id INTEGER NOT NULL REFERENCES steps(id),
        started_at TEXT NOT NULL,
        planned_seconds INTEGER NOT NULL CHECK (planned_seconds > 0),
        paused_at TEXT,
        paused_seconds REAL NOT NULL DEFAULT 0 CHECK (paused_seconds >= 0),
        ended_at TEXT,
        outcome TEXT CHECK (outcome IN ('done', 'skipped', 'interrupted')),
        actual_seconds REAL CHECK (actual_seconds >= 0),
        CHECK ((ended_at IS NULL) = (outcome IS NULL))
    );
    CREATE INDEX sessions_by_step ON sessions(step_id);
    -- At most one open timebox, enforced by the database itself.
    CREATE UNIQUE INDEX sessions_one_open ON sessions(ended_at IS NULL) WHERE ended_at IS NULL;

    CREATE TABLE stuck_notes (
        id INTEGER PRIMARY KEY,
        step_id INTEGER NOT NULL REFERENCES steps(id),
        reason TEXT NOT NULL
            CHECK (reason IN ('too-big', 'unclear', 'missing', 'no-time', 'no-motivation', 'other')),
        text TEXT NOT NULL,
        created_at TEXT NOT NULL
    );
    CREATE INDEX stuck_notes_by_step ON stuck_notes(step_id);

    CREATE TABLE learnings (
        step_id INTEGER PRIMARY KEY REFERENCES steps(id),
        text TEXT NOT NULL,
        created_at TEXT NOT NULL
    );

    CREATE TABLE briefs (
        step_id INTEGER PRIMARY KEY REFERENCES steps(id),
        recipient TEXT NOT NULL,
        text TEXT NOT NULL,
        done_when TEXT NOT NULL DEFAULT '',
        due TEXT,
        created_at TEXT NOT NULL
    );

    -- Every user action, timestamped: the history reports are built from.
    CREATE TABLE events (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        kind TEXT NOT NULL,
        step_id INTEGER REFERENCES steps(id),
        detail TEXT NOT NULL DEFAULT '{}'
    );
    CREATE INDEX events_by_time ON events(at);
    """,
    # 2: "5 more minutes" once a timebox ran out, kept apart from the planned length.
    """
    ALTER TABLE sessions ADD COLUMN extra_seconds REAL NOT NULL DEFAULT 0
        CHECK (extra_seconds >= 0);
    """,
    # 3: the time spent per step read from an index alone: the board and the report sum
    # it for every step (50,000 timeboxes: 72 ms -> 32 ms). It also serves step lookups.
    """
    CREATE INDEX sessions_spent ON sessions(step_id, ended_at, actual_seconds);
    DROP INDEX sessions_by_step;
    """,
    # 4: steps that went public (a post, a mail to customers) and what readers did after;
    # time the computer was away during a timebox and the owner chose not to count.
    """
    CREATE TABLE public_steps (
        step_id INTEGER PRIMARY KEY REFERENCES steps(id),
        ask_after TEXT  -- "ask me later": not before this moment
    );
    CREATE TABLE reactions (
        step_id INTEGER PRIMARY KEY REFERENCES public_steps(step_id),
        likes INTEGER NOT NULL CHECK (likes BETWEEN 0 AND 1000000000),
        comments INTEGER NOT NULL CHECK (comments BETWEEN 0 AND 1000000000),
        replies INTEGER NOT NULL CHECK (replies BETWEEN 0 AND 1000000000),
        enquiries INTEGER NOT NULL CHECK (enquiries BETWEEN 0 AND 1000000000),
        note TEXT NOT NULL DEFAULT '',
        recorded_at TEXT NOT NULL
    );
    CREATE INDEX reactions_by_time ON reactions(recorded_at);
    ALTER TABLE sessions ADD COLUMN away_seconds REAL NOT NULL DEFAULT 0
        CHECK (away_seconds >= 0);
    """,
    # 5: a brief says why the step matters too (the method: what, why, done when, by when, who).
    """
    ALTER TABLE briefs ADD COLUMN why TEXT NOT NULL DEFAULT '';
    """,
    # 6: each step's command-line JSON, kept ready by triggers (see schema_step_json.py).
    STEP_JSON_MIGRATION,
)

SCHEMA_VERSION = len(MIGRATIONS)
