"""The countdown against the real wall clock (the unit tests use a fake one)."""

from __future__ import annotations

import time
from pathlib import Path

from e2e.cli_runner import add, current, ok


def test_the_countdown_follows_the_real_clock_and_stops_while_paused(tmp_path: Path) -> None:
    home = tmp_path / "data"
    step = add("Post one photo", "--minutes", "1", home=home)
    ok("start", str(step), home=home)
    time.sleep(2.0)
    running = current(home)["timer"]
    assert running["state"] == "running" and running["planned_seconds"] == 60
    assert 55.0 <= running["remaining_seconds"] <= 58.2  # two seconds and a process start
    ok("pause", home=home)
    paused = current(home)["timer"]["remaining_seconds"]
    time.sleep(1.5)
    assert abs(current(home)["timer"]["remaining_seconds"] - paused) < 0.01  # frozen
    ok("resume", home=home)
    time.sleep(1.0)
    after = current(home)["timer"]["remaining_seconds"]
    assert paused - 4.0 <= after <= paused - 0.99  # a second and a process start
