"""Board benchmark: opening, filtering and moving with 10,000 steps and 50,000 sessions.

Usage (from the repository root, with the project's virtualenv)::

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/board.py [--steps 10000] [--sessions 50000]
                                                              [--rounds 7]

One run builds a data file (1 chore per 10 steps, each chore split into 9
steps, sessions spread over the steps, some stuck notes, briefs and
learnings) with plain SQL, then measures, interleaved over ``--rounds``
rounds (the first is a warm-up and not counted):

- **baseline open**: the same rows read with one plain ``SELECT`` into a
  ``QStandardItemModel`` tree shown in one ``QTreeView``, painted once; what
  any Qt tree of this size costs on this machine;
- **board open**: ``Board(...).open()`` (read the data, build the model, five
  filtered columns, expand them, fill the quota) until the window is painted;
- **filter keystroke**: one more letter typed in the search field ("p", "po",
  "pos", "post", then back to empty), until the columns are painted again;
- **move saved**: a step moved to another column (as a drop does): the
  service's transaction, the model update and the repaint.

Prints a Markdown table with medians, the ratio of board open to the baseline
and a PASS/MISS against the issue's targets (open <= 300 ms, keystroke <= 50
ms, move <= 20 ms). Record the results in docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import os
import random
import sqlite3
import sys
import tempfile
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

TARGETS_MS = {"board open": 300.0, "filter keystroke": 50.0, "move saved": 20.0}


def build_data(folder: Path, steps: int, sessions: int, seed: int = 5) -> Path:
    """A data file with the schema of the app and generated history, written with SQL."""
    from smallsteps_desktop.app import open_services
    from smallsteps_desktop.paths import resolve_paths

    paths = resolve_paths(folder)
    open_services(paths).close()  # creates the file with the current schema
    rng = random.Random(seed)
    start = datetime(2026, 1, 5, 8, tzinfo=timezone.utc)
    conn = sqlite3.connect(paths.database)
    with conn:
        step_rows, leaves = _step_rows(rng, steps, start)
        conn.executemany("INSERT INTO steps (id, parent_id, title, status, area, annoyance,"
                         " planned_minutes, position, created_at, updated_at, done_at)"
                         " VALUES (?, ?, ?, ?, ?, ?, 5, ?, ?, ?, ?)", step_rows)
        conn.executemany("INSERT INTO sessions (step_id, started_at, planned_seconds, ended_at,"
                         " outcome, actual_seconds) VALUES (?, ?, 300, ?, ?, ?)",
                         _session_rows(rng, leaves, sessions, start))
        conn.executemany("INSERT INTO stuck_notes (step_id, reason, text, created_at)"
                         " VALUES (?, 'unclear', 'Not sure where to start', ?)",
                         [(s, start.isoformat()) for s in rng.sample(leaves, len(leaves) // 20)])
        conn.executemany("INSERT INTO learnings (step_id, text, created_at)"
                         " VALUES (?, 'It took less time than I thought', ?)",
                         [(s, start.isoformat()) for s in rng.sample(leaves, len(leaves) // 10)])
        conn.executemany("INSERT INTO briefs (step_id, recipient, text, due, created_at)"
                         " VALUES (?, 'Anna', 'Photos of the shop', '2026-02-01', ?)",
                         [(s, start.isoformat()) for s in rng.sample(leaves, len(leaves) // 50)])
    conn.close()
    return paths.data_dir


def _step_rows(rng: random.Random, total: int, start: datetime) -> tuple[list[tuple], list[int]]:
    areas = ["Social media", "Local & search", "Customers & reviews", "Website", None]
    words = ["post", "photo", "review", "newsletter", "flyer", "profile", "caption", "text"]
    rows, leaves, step_id = [], [], 0
    while step_id < total:
        step_id += 1
        chore = step_id
        area = rng.choice(areas)
        when = (start + timedelta(minutes=step_id)).isoformat()
        rows.append((chore, None, f"Chore {chore}: {rng.choice(words)}", "inbox", area,
                     rng.randint(1, 5), chore, when, when, None))
        for position in range(min(9, total - step_id)):
            step_id += 1
            status = rng.choices(["next", "done", "stuck", "dropped"], [5, 3, 1, 1])[0]
            done_at = when if status == "done" else None
            rows.append((step_id, chore, f"Step {step_id}: {rng.choice(words)} "
                         f"{rng.choice(words)}", status, area, None, position, when, when,
                         done_at))
            leaves.append(step_id)
    return rows, leaves


def _session_rows(rng: random.Random, leaves: list[int], count: int,
                  start: datetime) -> list[tuple]:
    rows = []
    for number in range(count):
        began = start + timedelta(minutes=7 * number)
        seconds = rng.randint(60, 300)
        rows.append((rng.choice(leaves), began.isoformat(),
                     (began + timedelta(seconds=seconds)).isoformat(),
                     rng.choice(["done", "skipped", "interrupted"]), float(seconds)))
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--steps", type=int, default=10_000)
    parser.add_argument("--sessions", type=int, default=50_000)
    parser.add_argument("--rounds", type=int, default=7)
    args = parser.parse_args(argv)
    from bench.board_rounds import run_rounds, table  # Qt is imported only from here on

    with tempfile.TemporaryDirectory(prefix="smallsteps-board-bench-") as scratch:
        os.environ["SMALLSTEPS_HOME"] = str(Path(scratch) / "home")  # no real settings read
        began = time.perf_counter()
        data_dir = build_data(Path(scratch) / "data", args.steps, args.sessions)
        print(f"Data: {args.steps} steps, {args.sessions} sessions, built in "
              f"{time.perf_counter() - began:.1f} s", file=sys.stderr)
        results = run_rounds(data_dir, args.rounds)
    print(table(results, TARGETS_MS, args))
    return 0


if __name__ == "__main__":
    sys.exit(main())
