"""Report benchmark: JSON, HTML and PDF of two years with 50,000 timeboxes.

Usage (from the repository root, with the project's virtualenv)::

    .venv/bin/python bench/report.py [--sessions 50000] [--steps 10000] [--rounds 5]

One run builds a data file with plain SQL: ``--steps`` steps (chores of nine
steps each) done across two years, ``--sessions`` ended timeboxes spread over
the same two years, stuck notes, learnings, briefs, splits and decisions. Then,
interleaved over ``--rounds`` rounds (the first is a warm-up and not counted),
it times:

- **baseline**: reading the same rows with plain ``SELECT``s into tuples, what
  any report must at least pay on this machine;
- **json / html / pdf**: ``smallsteps report --format F`` for the whole two
  years as the command line does it in-process: read, build, render, write the
  file atomically (PDF with Qt's offscreen platform);
- **json (CLI)**: the same as a fresh ``smallsteps`` process, start-up included.

Prints a Markdown table with medians, ratios to the baseline and PASS/MISS
against the issue's targets (JSON <= 0.5 s, HTML <= 1 s, PDF <= 3 s). Record
the results in docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import os
import random
import re
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

TARGETS_S = {"json": 0.5, "html": 1.0, "pdf": 3.0}
FIRST_DAY = date(2025, 1, 1)
DAYS = 730


def build_data(folder: Path, steps: int, sessions: int, seed: int = 7) -> Path:
    from smallsteps_desktop.app import open_services
    from smallsteps_desktop.paths import resolve_paths

    paths = resolve_paths(folder)
    open_services(paths).close()  # the file with the app's current schema
    rng = random.Random(seed)
    start = datetime.combine(FIRST_DAY, datetime.min.time(), timezone.utc) + timedelta(hours=8)
    span = timedelta(days=DAYS - 1)
    areas = ["Social media", "Local & search", "Customers & reviews", "Website", None]
    words = ["post", "photo", "review", "newsletter", "flyer", "profile", "caption", "text"]
    step_rows, leaves, events = [], [], []
    for chore in range(1, steps + 1, 10):
        area, when = rng.choice(areas), start + span * (chore / steps)
        step_rows.append((chore, None, f"Chore {chore}: {rng.choice(words)}", "inbox", area,
                          None, when.isoformat()))
        for step_id in range(chore + 1, min(chore + 10, steps + 1)):
            done = rng.random() < 0.6
            done_at = (when + timedelta(days=rng.randint(0, 20))).isoformat() if done else None
            step_rows.append((step_id, chore, f"Step {step_id}: {rng.choice(words)}",
                              "done" if done else "next", area, done_at, when.isoformat()))
            leaves.append(step_id)
        events.append((when.isoformat(), "split", chore, f'{{"children": [{chore + 1}]}}'))
    session_rows = []
    for number in range(sessions):
        began = start + span * (number / sessions)
        seconds = rng.randint(60, 420)
        session_rows.append((rng.choice(leaves), began.isoformat(),
                             (began + timedelta(seconds=seconds)).isoformat(),
                             rng.choice(["done", "skipped", "interrupted"]), float(seconds)))
    conn = sqlite3.connect(paths.database)
    with conn:
        conn.executemany("INSERT INTO steps (id, parent_id, title, status, area, planned_minutes,"
                         " position, done_at, created_at, updated_at)"
                         " VALUES (?, ?, ?, ?, ?, 5, 0, ?, ?, ?7)", step_rows)
        conn.executemany("INSERT INTO sessions (step_id, started_at, planned_seconds, ended_at,"
                         " outcome, actual_seconds) VALUES (?, ?, 300, ?, ?, ?)", session_rows)
        some = rng.sample(leaves, len(leaves) // 10)
        conn.executemany("INSERT INTO stuck_notes (step_id, reason, text, created_at)"
                         " VALUES (?, 'unclear', 'Not sure where to start', ?)",
                         [(s, (start + span * rng.random()).isoformat()) for s in some])
        conn.executemany("INSERT INTO learnings (step_id, text, created_at)"
                         " VALUES (?, 'Customers like photos of the team', ?)",
                         [(s, (start + span * rng.random()).isoformat()) for s in some[::2]])
        conn.executemany("INSERT INTO events (at, kind, step_id, detail) VALUES (?, ?, ?, ?)",
                         events)
    conn.close()
    return paths.data_dir


def _baseline(database: Path) -> None:
    with sqlite3.connect(database) as conn:
        for table in ("steps", "sessions", "stuck_notes", "learnings", "briefs"):
            conn.execute(f"SELECT * FROM {table}").fetchall()


def _in_process(data_dir: Path, fmt: str, out: Path, period: tuple[date, date]) -> None:
    from smallsteps_desktop.app import open_services
    from smallsteps_desktop.core.report_model import Period
    from smallsteps_desktop.export.labels import Labels
    from smallsteps_desktop.export.writer import render, save
    from smallsteps_desktop.paths import resolve_paths

    services = open_services(resolve_paths(data_dir))
    try:
        report = services.reports.report(Period(*period), daily_quota=1)
        save(out, render(report, fmt, Labels("en")))
    finally:
        services.close()


def _cli(data_dir: Path, out: Path, period: tuple[date, date]) -> None:
    subprocess.run([sys.executable, "-m", "smallsteps_desktop", "--data-dir", str(data_dir),
                    "report", "--format", "json", "--out", str(out), "--from", str(period[0]),
                    "--to", str(period[1])], check=True, capture_output=True, cwd=ROOT)


def run_rounds(data_dir: Path, rounds: int, scratch: Path) -> dict[str, list[float]]:
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication(["bench"])  # the PDF needs it
    period = (FIRST_DAY, FIRST_DAY + timedelta(days=DAYS - 1))
    tasks = {
        "baseline": lambda: _baseline(data_dir / "smallsteps.sqlite3"),
        "json": lambda: _in_process(data_dir, "json", scratch / "r.json", period),
        "html": lambda: _in_process(data_dir, "html", scratch / "r.html", period),
        "pdf": lambda: _in_process(data_dir, "pdf", scratch / "r.pdf", period),
        "json (CLI)": lambda: _cli(data_dir, scratch / "c.json", period),
    }
    times: dict[str, list[float]] = {name: [] for name in tasks}
    for number in range(rounds):
        for name, task in tasks.items():
            began = time.perf_counter()
            task()
            if number:  # the first round warms caches and is not counted
                times[name].append(time.perf_counter() - began)
    del app
    return times


def table(times: dict[str, list[float]], args: argparse.Namespace, scratch: Path) -> str:
    base = statistics.median(times["baseline"])
    pdf = (scratch / "r.pdf").read_bytes()
    pages = len(re.findall(rb"/Type\s*/Page[^s]", pdf))
    lines = [f"Report of two years: {args.sessions:,} timeboxes, {args.steps:,} steps, "
             f"{len(times['baseline'])} counted rounds; PDF of {pages} pages, "
             f"{len(pdf) / 1e6:.1f} MB, HTML of "
             f"{(scratch / 'r.html').stat().st_size / 1e6:.1f} MB", "",
             "| task | median | ratio to baseline | target | result |",
             "| --- | ---: | ---: | ---: | --- |"]
    for name, values in times.items():
        median = statistics.median(values)
        target = TARGETS_S.get(name)
        verdict = ("PASS" if median <= target else "MISS") if target else ""
        lines.append(f"| {name} | {median * 1000:.0f} ms | {median / base:.1f}x | "
                     f"{f'{target:g} s' if target else ''} | {verdict} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sessions", type=int, default=50_000)
    parser.add_argument("--steps", type=int, default=10_000)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="smallsteps-report-bench-") as folder:
        scratch = Path(folder)
        os.environ["SMALLSTEPS_HOME"] = str(scratch / "home")  # no real settings read
        began = time.perf_counter()
        data_dir = build_data(scratch / "data", args.steps, args.sessions)
        print(f"Data built in {time.perf_counter() - began:.1f} s", file=sys.stderr)
        times = run_rounds(data_dir, args.rounds, scratch)
        print(table(times, args, scratch))
    return 0


if __name__ == "__main__":
    sys.exit(main())
