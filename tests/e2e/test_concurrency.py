"""Many command-line writers at once while the app runs: every write kept, no lock errors."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from contextlib import closing
from pathlib import Path

import pytest

from e2e.app_runner import stop, wait_ready
from e2e.cli_runner import DB_NAME, command_env, ok

WRITERS, ADDS_EACH = 10, 20

pytestmark = pytest.mark.slow


def _writer(home: Path, number: int) -> list[tuple[int, str]]:
    """One shell-like process per add, as a script calling smallsteps in a loop would."""
    results = []
    for index in range(ADDS_EACH):
        title = f"Writer {number} step {index}"
        done = subprocess.run([sys.executable, "-m", "smallsteps_desktop", "add", title],
                              env=command_env(home), capture_output=True, text=True, timeout=60)
        assert done.returncode == 0 and not done.stderr, (title, done.stderr)
        results.append((int(done.stdout), title))
    return results


def test_parallel_writers_while_the_app_runs(tmp_path: Path) -> None:
    home = tmp_path / "data"
    ok("start", str(int(ok("add", "Post one photo", home=home))), home=home)
    app = subprocess.Popen([sys.executable, "-m", "smallsteps_desktop"], env=command_env(home),
                           stderr=subprocess.PIPE, text=True)
    try:
        wait_ready(app)
        began = time.monotonic()
        with ThreadPoolExecutor(WRITERS) as pool:
            written = [row for rows in pool.map(lambda n: _writer(home, n), range(WRITERS))
                       for row in rows]
        elapsed = time.monotonic() - began
        assert app.poll() is None, "the app died while others wrote"
    finally:
        stop(app)
    ids = [step_id for step_id, _ in written]
    assert len(ids) == len(set(ids)) == WRITERS * ADDS_EACH
    with closing(sqlite3.connect(home / DB_NAME)) as conn:
        stored = dict(conn.execute("SELECT id, title FROM steps WHERE title LIKE 'Writer %'"))
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert stored == dict(written)
    print(f"{WRITERS} x {ADDS_EACH} adds in {elapsed:.1f} s while the app ran")
    assert os.path.exists(home / DB_NAME)
