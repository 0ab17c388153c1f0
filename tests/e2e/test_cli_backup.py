"""``smallsteps backup`` and ``smallsteps restore`` as a user runs them."""

from __future__ import annotations

import json
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
