"""Run the real ``smallsteps`` command in a subprocess against a chosen data dir."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path
from typing import Any

DB_NAME = "smallsteps.sqlite3"
EXIT_OK, EXIT_REFUSED, EXIT_USAGE = 0, 1, 2


def command_env(home: Path) -> dict[str, str]:
    """The parent's environment with SMALLSTEPS_HOME pinned to ``home`` and no display."""
    env = dict(os.environ)
    env["SMALLSTEPS_HOME"] = str(home)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env.pop("PYTHONWARNINGS", None)
    return env


def run(*args: str, home: Path, data_dir: bool = True, python_flags: tuple[str, ...] = (),
        timeout: float = 30) -> subprocess.CompletedProcess[str]:
    """``python -m smallsteps_desktop [--data-dir HOME] ARGS``; never the real home.

    SMALLSTEPS_HOME is always set to ``home`` as well, so even ``data_dir=False``
    stays inside the temporary folder.
    """
    prefix = ["--data-dir", str(home)] if data_dir else []
    return subprocess.run(
        [sys.executable, *python_flags, "-m", "smallsteps_desktop", *prefix, *args],
        env=command_env(home), capture_output=True, text=True, timeout=timeout, check=False,
    )


def ok(*args: str, home: Path, timeout: float = 30) -> str:
    """Run a command that must succeed; return its stdout."""
    result = run(*args, home=home, timeout=timeout)
    assert result.returncode == EXIT_OK, (args, result.returncode, result.stderr)
    assert "Traceback" not in result.stderr, result.stderr
    return result.stdout


def json_of(*args: str, home: Path) -> Any:
    """Run a ``--json`` command that must succeed and parse its stdout."""
    return json.loads(ok(*args, "--json", home=home))


def add(title: str, *options: str, home: Path) -> int:
    """``add TITLE OPTIONS``; returns the printed id."""
    out = ok("add", title, *options, home=home)
    return int(out)


def show(step_id: int, home: Path) -> dict[str, Any]:
    return json_of("show", str(step_id), home=home)


def current(home: Path) -> dict[str, Any]:
    return json_of("current", home=home)


def snapshot(home: Path) -> dict[str, Any]:
    """Everything a command could have written: file names and every table row.

    The WAL side files come and go with connections, so only their absence from
    the comparison is tolerated; their content is read through SQLite.
    """
    files = sorted(
        path.relative_to(home).as_posix()
        for path in home.rglob("*")
        if not path.name.endswith(("-wal", "-shm"))
    ) if home.exists() else []
    tables: dict[str, list[tuple[Any, ...]]] = {}
    db = home / DB_NAME
    version = None
    if db.exists():
        with closing(sqlite3.connect(f"file:{db}?mode=ro", uri=True)) as conn:
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            names = [row[0] for row in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
            for name in names:
                tables[name] = conn.execute(f'SELECT * FROM "{name}" ORDER BY rowid').fetchall()
    return {"files": files, "user_version": version, "tables": tables}


def assert_refused(result: subprocess.CompletedProcess[str], code: int, *fragments: str) -> None:
    """A failed command: the exit code, nothing on stdout, a plain message on stderr."""
    assert result.returncode == code, (result.returncode, result.stdout, result.stderr)
    assert result.stdout == "", result.stdout
    message = result.stderr.strip()
    assert message, "a failed command must say why on stderr"
    assert "Traceback" not in result.stderr, result.stderr
    for fragment in fragments:
        assert fragment.lower() in message.lower(), (fragment, message)
