"""A full disk and a read-only folder, for real: a small tmpfs in a private mount namespace."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys

import pytest

# How the tray app opens its data: a file it cannot read must not be mistaken for damage.
TRAY_OPEN = """if True:
    import sys
    from smallsteps_desktop.app import open_services
    from smallsteps_desktop.paths import resolve_paths
    try:
        open_services(resolve_paths(sys.argv[1]), set_aside_damaged=True).close()
        print("opened")
    except Exception as error:
        print(type(error).__name__)
"""

# Runs inside `unshare -rm`: root of its own mount namespace, so it may mount a
# 256 KiB tmpfs without touching the machine's file systems.
DRIVER = r"""
TRAY_OPEN = %r
import json, sqlite3, subprocess, sys
from contextlib import closing
from pathlib import Path

folder = Path(sys.argv[1])
subprocess.run(["mount", "-t", "tmpfs", "-o", "size=256k", "tmpfs", str(folder)], check=True)
home = folder / "home"

def smallsteps(*args):
    done = subprocess.run([sys.executable, "-m", "smallsteps_desktop", "--data-dir", str(home),
                           *args], capture_output=True, text=True, timeout=60)
    return {"code": done.returncode, "out": done.stdout, "err": done.stderr}

def stored():
    with closing(sqlite3.connect(home / "smallsteps.sqlite3")) as conn:
        return (conn.execute("PRAGMA integrity_check").fetchone()[0],
                dict(conn.execute("SELECT id, title FROM steps")))

report = {"kept": {}, "full": None}
for number in range(200):  # big titles until the disk is full
    title = f"Step {number} " + "x" * 2000
    result = smallsteps("add", title)
    if result["code"] != 0:
        report["full"] = result
        break
    report["kept"][result["out"].strip()] = title
report["after_full"] = stored()
subprocess.run(["mount", "-o", "remount,ro", str(folder)], check=True)
report["read_only_add"] = smallsteps("add", "One more")
report["read_only_list"] = smallsteps("list", "--json")
tray = subprocess.run([sys.executable, "-c", TRAY_OPEN, str(home)], capture_output=True,
                      text=True, timeout=60)
report["tray_open"] = tray.stdout.strip()
report["files"] = sorted(p.name for p in home.iterdir())
print(json.dumps(report))
""" % TRAY_OPEN


@pytest.fixture(scope="module")
def outcome(tmp_path_factory) -> dict:
    if shutil.which("unshare") is None:
        pytest.fail("unshare (util-linux) is needed for this test")
    folder = tmp_path_factory.mktemp("disk")
    done = subprocess.run(["unshare", "-rm", sys.executable, "-c", DRIVER, str(folder)],
                          capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def test_a_full_disk_refuses_with_a_plain_message_and_loses_nothing(outcome: dict) -> None:
    full = outcome["full"]
    assert full is not None, "the disk never filled up"
    assert full["code"] == 1 and "Traceback" not in full["err"]
    assert full["err"].startswith("smallsteps: ") and "Nothing was changed" in full["err"]
    integrity, stored = outcome["after_full"]
    assert integrity == "ok"
    assert {int(k): v for k, v in outcome["kept"].items()}.items() <= {
        int(k): v for k, v in stored.items()}.items()
    assert len(outcome["kept"]) >= 3  # it did write for a while


def test_a_read_only_folder_refuses_writes_plainly(outcome: dict) -> None:
    added = outcome["read_only_add"]
    assert added["code"] == 1 and "Traceback" not in added["err"]
    assert "is read-only" in added["err"] and "Nothing was changed" in added["err"], added["err"]
    listed = outcome["read_only_list"]
    assert "Traceback" not in listed["err"]
    if listed["code"] == 0:  # reading may still work; then it shows every kept step
        titles = {step["title"] for step in json.loads(listed["out"])}
        assert set(outcome["kept"].values()) <= titles
    else:
        assert listed["code"] == 1 and listed["err"].startswith("smallsteps: ")


def test_the_tray_app_does_not_mistake_a_read_only_disk_for_damage(outcome: dict) -> None:
    assert outcome["tray_open"] in ("opened", "DatabaseError")
    assert not [name for name in outcome["files"] if ".damaged-" in name]
