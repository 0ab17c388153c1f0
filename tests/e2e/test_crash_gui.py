"""Crashes during actions typed into the app's window: SIGKILL right after a key press.

Part of the crash harness (bench/crash_harness.py kills commands and the idle app).
Here the real app runs under Xvfb with a tray; Ctrl+Space (start, pause, resume) is
typed into its window and the app is killed 0-60 ms after xdotool starts, so some kills
land before, some during and some after the action's transaction. After every kill:
integrity ok, the steps all there, and the timer either as before the key or as the
key would leave it. GUI_KILLS rounds (SMALLSTEPS_GUI_KILLS, default 12; set it to 200
for the full run).
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import time
from contextlib import closing
from pathlib import Path

from e2e.cli_runner import DB_NAME, add, current, ok
from e2e.test_tray_app import (focus_window, launch, runtime_dir,  # noqa: F401
                               wait_for_tray_icon, x)
from e2e.xserver import release_held_keys, wait_for

GUI_KILLS = int(os.environ.get("SMALLSTEPS_GUI_KILLS", "12"))
TOGGLE = {"idle": "running", "running": "paused", "paused": "running"}


def _timer(home: Path) -> tuple[int | None, str]:
    view = current(home)
    return (view["step"]["id"] if view["step"] else None), view["timer"]["state"]


def test_kills_right_after_a_key_lose_nothing(launch, x_display, smallsteps_home) -> None:  # noqa: F811
    rng = random.Random()
    seed = rng.randrange(10**6)
    rng.seed(seed)
    titles = {add(f"Step {n}: post a photo", home=smallsteps_home): f"Step {n}: post a photo"
              for n in range(3)}
    ok("start", home=smallsteps_home)
    ok("pause", home=smallsteps_home)
    changed = 0
    for round_ in range(GUI_KILLS):
        before = _timer(smallsteps_home)
        app = launch(smallsteps_home)
        app.wait_ready()
        icon_id, _, _ = wait_for_tray_icon(x_display)
        window = focus_window(x_display, icon_id)
        x(x_display, "xdotool", "windowfocus", "--sync", window)
        # Not waiting for xdotool: the kill may come before, during or after the key.
        key = subprocess.Popen(["xdotool", "key", "--window", window, "ctrl+space"],
                               env={**os.environ, "DISPLAY": x_display})
        time.sleep(rng.uniform(0.0, 0.06))
        app.proc.send_signal(signal.SIGKILL)
        app.proc.wait(timeout=10)
        key.wait(timeout=10)
        release_held_keys(x_display)  # a kill mid-keystroke leaves Ctrl+Space held
        wait_for(lambda: x(x_display, "xdotool", "search", "--name", "^Small Steps$",
                           check=False).strip() == "", "the killed app's windows to go")
        with closing(sqlite3.connect(smallsteps_home / DB_NAME)) as conn:
            assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok", seed
            stored = dict(conn.execute("SELECT id, title FROM steps"))
        assert {i: stored.get(i) for i in titles} == titles, seed
        after = _timer(smallsteps_home)
        if after[1] == "expired":
            after = (after[0], "running")
        assert after in {before, (before[0], TOGGLE[before[1]])}, (seed, round_, before, after)
        changed += after != before
    print(f"{GUI_KILLS} kills after a key press (seed {seed}); {changed} after the commit")
    assert changed, f"no key press got to commit in {GUI_KILLS} rounds (seed {seed})"
