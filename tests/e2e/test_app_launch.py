"""`smallsteps` without a command opens the focus window in a real X server."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from e2e.xserver import require, screenshot


def cli(data_dir: Path, *args: str) -> str:
    cmd = [sys.executable, "-m", "smallsteps_desktop", "--data-dir", str(data_dir), *args]
    result = subprocess.run(cmd, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    return result.stdout


def find_window(display: str, name: str, timeout: float = 30) -> str:
    """Window id of the first visible window whose title matches name."""
    cmd = [require("xdotool"), "search", "--sync", "--onlyvisible", "--name", name]
    env = {**os.environ, "DISPLAY": display}
    result = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=timeout)
    assert result.returncode == 0, result.stderr
    return result.stdout.split()[0]


def test_app_shows_the_running_step(x_display, artifacts_dir, smallsteps_home):
    step_id = cli(smallsteps_home, "add", "Post one photo on Instagram").strip()
    cli(smallsteps_home, "start", step_id)
    env = {**os.environ, "DISPLAY": x_display, "QT_QPA_PLATFORM": "xcb"}
    app = subprocess.Popen(
        [sys.executable, "-m", "smallsteps_desktop", "--data-dir", str(smallsteps_home)],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        find_window(x_display, "^Small Steps$")
        time.sleep(1)  # mapped is not yet painted; give the first frames a moment
        assert app.poll() is None, "the app quit on its own"
        shot = screenshot(x_display, artifacts_dir / "e2e-app-launch.png")
        assert shot.is_file() and shot.stat().st_size > 1000
        assert '"state": "running"' in cli(smallsteps_home, "current", "--json")
    finally:
        app.terminate()  # SIGTERM: the app quits its loop and closes the database
        out, err = app.communicate(timeout=15)
    assert app.returncode == 0, err
    assert "Traceback" not in err
