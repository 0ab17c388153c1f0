"""``smallsteps backup``, ``restore`` and ``--paths`` as a user runs them."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from e2e.cli_runner import EXIT_REFUSED, add, assert_refused, ok, run


def test_backup_and_restore_from_the_command_line(tmp_path: Path) -> None:
    home = tmp_path / "data"
    add("Post a photo", home=home)
    saved = ok("backup", home=home).split(": ", 1)[1].strip()
    add("Ask for a review", home=home)
    assert saved in ok("restore", home=home)  # the list
    refused = run("restore", "--latest", home=home)  # no terminal to ask, no --yes
    assert_refused(refused, EXIT_REFUSED, "--yes")
    assert len(json.loads(ok("list", "--json", home=home))) == 2
    message = ok("restore", saved, "--yes", home=home)
    assert "Your data from before is kept in" in message
    assert [s["title"] for s in json.loads(ok("list", "--json", home=home))] == ["Post a photo"]
    assert_refused(run("restore", str(tmp_path / "none.sqlite3"), "--yes", home=home),
                   EXIT_REFUSED, "no backup file")


def test_paths_shows_where_everything_lives_and_writes_nothing(tmp_path: Path) -> None:
    home = tmp_path / "chosen"
    lines = ok("--paths", home=home).splitlines()
    assert lines == [f"data:     {home}", f"database: {home / 'smallsteps.sqlite3'}",
                     f"settings: {home / 'settings.json'}", f"logs:     {home / 'logs'}",
                     f"backups:  {home / 'backups'}"]
    assert not home.exists()


def test_paths_follow_the_platform_folders(tmp_path: Path) -> None:
    env = {**os.environ, "XDG_DATA_HOME": str(tmp_path / "share"),
           "XDG_CONFIG_HOME": str(tmp_path / "config"), "XDG_STATE_HOME": str(tmp_path / "state")}
    env.pop("SMALLSTEPS_HOME", None)
    out = subprocess.run([sys.executable, "-m", "smallsteps_desktop", "--paths"], env=env,
                         capture_output=True, text=True, check=True).stdout
    assert f"data:     {tmp_path / 'share' / 'smallsteps'}" in out
    assert f"settings: {tmp_path / 'config' / 'smallsteps' / 'settings.json'}" in out
    assert f"logs:     {tmp_path / 'state' / 'smallsteps' / 'log'}" in out
