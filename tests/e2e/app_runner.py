"""Start the real app in a subprocess (offscreen) and wait for its ready line."""

from __future__ import annotations

import re
import signal
import subprocess
import time

READY = re.compile(r"ready tray=(True|False)")


def wait_ready(app: subprocess.Popen, timeout: float = 60) -> str:
    """Read the app's stderr until its ready line; returns what it printed so far."""
    deadline, seen = time.monotonic() + timeout, ""
    while not READY.search(seen) and time.monotonic() < deadline:
        line = app.stderr.readline()
        if not line:
            break
        seen += line
    assert READY.search(seen), f"no ready line; the app printed:\n{seen}"
    return seen


def stop(app: subprocess.Popen, seen: str = "") -> None:
    """SIGTERM, as a logout does: the app must end cleanly and print no traceback."""
    app.send_signal(signal.SIGTERM)
    rest = app.communicate(timeout=20)[1] or ""
    assert app.returncode == 0, seen + rest
    assert "Traceback" not in seen + rest, seen + rest
