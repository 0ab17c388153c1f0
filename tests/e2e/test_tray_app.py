"""The real app in Xvfb with trayer: tray menu, left click, CLI sync, kill -9, two launches."""

from __future__ import annotations

import os
import signal
import sqlite3
import stat
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import closing
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from e2e.cli_runner import DB_NAME, add, current, ok
from e2e.xserver import (release_held_keys, require, screenshot, start_trayer, start_xvfb,
                         wait_for)

REPO = Path(__file__).resolve().parents[2]
READY = "smallsteps: ready tray="
TITLE = "Small Steps"
STARTUP_S = 20.0  # generous: two shared cores, and the first launch compiles bytecode
RAN_BEFORE_S = 90  # the kill -9 test's timebox has been running this long
SYNC_S = 1.5  # the app polls the data file at 1 Hz; plus a redraw and a screen grab


# -- X helpers -------------------------------------------------------------------------------


def x(display: str, *args: str, check: bool = True) -> str:
    """Run an X client (xdotool) on display; its stdout."""
    result = subprocess.run([require(args[0]), *args[1:]], env={**os.environ, "DISPLAY": display},
                            capture_output=True, text=True, timeout=30, check=False)
    if check:
        assert result.returncode == 0, (args, result.stderr)
    return result.stdout


def visible_windows(display: str) -> set[str]:
    """Ids of the app's mapped windows (window, menu, icon), by their WM_CLASS "Small Steps".

    Not by name: Qt leaves WM_NAME of a menu empty, and xdotool does not read _NET_WM_NAME.
    """
    out = x(display, "xdotool", "search", "--onlyvisible", "--class", f"^{TITLE}$", check=False)
    return set(out.split())


def geometry(display: str, wid: str) -> tuple[int, int, int, int] | None:
    """(x, y, width, height) of a window on the screen, or None when it is gone."""
    out = x(display, "xdotool", "getwindowgeometry", "--shell", wid, check=False)
    values = dict(line.split("=", 1) for line in out.split() if "=" in line)
    try:
        return tuple(int(values[key]) for key in ("X", "Y", "WIDTH", "HEIGHT"))
    except KeyError:
        return None


def tray_icon(display: str) -> tuple[str, int, int] | None:
    """(window id, centre x, centre y) of our window that sits inside trayer's panel, or None."""
    panels = [geometry(display, wid) for wid in
              x(display, "xdotool", "search", "--onlyvisible", "--class", "trayer",
                check=False).split()]
    for wid in visible_windows(display):
        box = geometry(display, wid)
        if box and any(panel and _inside(box, panel) for panel in panels):
            return wid, box[0] + box[2] // 2, box[1] + box[3] // 2
    return None


def _inside(box: tuple[int, int, int, int], outer: tuple[int, int, int, int]) -> bool:
    return (outer[0] <= box[0] and box[0] + box[2] <= outer[0] + outer[2]
            and outer[1] <= box[1] and box[1] + box[3] <= outer[1] + outer[3])


def wait_for_tray_icon(display: str) -> tuple[str, int, int]:
    found: list[tuple[str, int, int]] = []

    def embedded() -> bool:
        icon = tray_icon(display)
        if icon is not None:
            found.append(icon)
        return icon is not None

    wait_for(embedded, "our icon embedded in trayer", timeout=STARTUP_S)
    return found[-1]


def focus_window(display: str, icon_id: str) -> str:
    """The current-step window: the app's one visible window besides its tray icon."""
    found: list[str] = []

    def shown() -> bool:
        found[:] = visible_windows(display) - {icon_id}
        return len(found) == 1

    wait_for(shown, "exactly one visible current-step window", timeout=STARTUP_S)
    return found[0]


def new_window(display: str, before: set[str], what: str) -> str:
    """The app's window that is visible now but was not in before (e.g. the tray menu)."""
    found: list[str] = []

    def opened() -> bool:
        found[:] = visible_windows(display) - before
        return len(found) == 1

    wait_for(opened, what)
    return found[0]


def is_mapped(display: str, wid: str) -> bool:
    return wid in visible_windows(display)


def pixels(display: str, wid: str) -> bytes:
    """The raw RGB pixels of one window, straight from the X server."""
    result = subprocess.run(["/usr/bin/import", "-display", display, "-window", wid, "rgb:-"],
                            capture_output=True, timeout=30, check=True)
    return result.stdout


def settled_pixels(display: str, wid: str, quiet_s: float = 0.4) -> bytes:
    """The window's pixels once they stopped changing for quiet_s."""
    last: list[bytes] = [pixels(display, wid)]

    def still() -> bool:
        time.sleep(quiet_s)
        now = pixels(display, wid)
        same, last[0] = now == last[0], now
        return same

    wait_for(still, f"window {wid} to stop changing", timeout=10)
    return last[0]


# -- the app as a subprocess -----------------------------------------------------------------


class App:
    """``python -m smallsteps_desktop --data-dir D`` on a display; stderr collected by a thread."""

    def __init__(self, data_dir: Path, display: str, runtime_dir: Path,
                 program: tuple[str, ...] = ("-m", "smallsteps_desktop")) -> None:
        env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb",
               "XDG_RUNTIME_DIR": str(runtime_dir)}
        env.pop("PYTHONWARNINGS", None)
        self.proc = subprocess.Popen(
            [sys.executable, *program, "--data-dir", str(data_dir)],
            cwd=REPO, env=env, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE, text=True)
        self.lines: list[str] = []
        self.ready = threading.Event()
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        with self.proc.stderr:  # closed at end of file, so no ResourceWarning
            for line in self.proc.stderr:
                self.lines.append(line.rstrip("\n"))
                if line.startswith(READY):
                    self.ready.set()

    @property
    def stderr(self) -> str:
        return "\n".join(self.lines)

    def wait_ready(self, timeout: float = STARTUP_S) -> str:
        """The ready line; fails if the app exits or stays silent."""
        deadline = time.monotonic() + timeout
        while not self.ready.wait(0.05):
            code = self.proc.poll()
            assert code is None, f"the app exited with {code}:\n{self.stderr}"
            assert time.monotonic() < deadline, f"no ready line in {timeout}s:\n{self.stderr}"
        return next(line for line in self.lines if line.startswith(READY))

    def stop(self) -> int:
        """SIGTERM (a clean quit), then the exit code; the stderr is complete afterwards."""
        if self.proc.poll() is None:
            self.proc.terminate()
        try:
            code = self.proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            code = self.proc.wait()
        self._reader.join(timeout=5)
        return code


@pytest.fixture
def runtime_dir() -> Iterator[Path]:
    """A short private XDG_RUNTIME_DIR: the instance socket path must stay under 108 bytes."""
    with tempfile.TemporaryDirectory(prefix="ss-") as folder:
        yield Path(folder)


@pytest.fixture
def launch(x_display: str, tray_host: subprocess.Popen, runtime_dir: Path) -> Iterator:
    """launch(data_dir) -> App; every app still running at the end is killed."""
    apps: list[App] = []

    def start(data_dir: Path, program: tuple[str, ...] = ("-m", "smallsteps_desktop")) -> App:
        held = release_held_keys(x_display)
        assert not held, f"keys {held} were held down: an earlier test typed and never let go"
        app = App(data_dir, x_display, runtime_dir, program)
        apps.append(app)
        return app

    yield start
    for app in apps:
        if app.proc.poll() is None:
            app.proc.kill()
        app.proc.wait(timeout=10)
        app._reader.join(timeout=5)


def assert_clean_exit(app: App) -> None:
    """Exit 0 and nothing on stderr but the app's own lines (no traceback, no Qt warning)."""
    code = app.stop()
    assert code == 0, app.stderr
    foreign = [line for line in app.lines if not line.startswith("smallsteps: ")]
    assert not foreign, app.stderr


def running_step(home: Path) -> int:
    chore = add("Post one photo on Instagram", "--annoyance", "4", home=home)
    step = add("Pick the photo of the new cake", "--parent", str(chore), home=home)
    ok("start", str(step), home=home)
    return step


def open_sessions(home: Path) -> list[tuple]:
    with closing(sqlite3.connect(f"file:{home / DB_NAME}?mode=ro", uri=True)) as conn:
        return conn.execute("SELECT id, step_id, started_at, planned_seconds, paused_seconds "
                            "FROM sessions WHERE ended_at IS NULL").fetchall()


def backdate(home: Path, session_id: int, seconds: float) -> str:
    """Move a session's start back in time, as if it had run that long; the new started_at."""
    with closing(sqlite3.connect(home / DB_NAME)) as conn, conn:
        [(started_at,)] = conn.execute("SELECT started_at FROM sessions WHERE id = ?",
                                       (session_id,)).fetchall()
        earlier = (datetime.fromisoformat(started_at) - timedelta(seconds=seconds)).isoformat()
        conn.execute("UPDATE sessions SET started_at = ? WHERE id = ?", (earlier, session_id))
    return earlier


# -- the tests -------------------------------------------------------------------------------


def test_tray_menu_left_click_and_cli_changes(launch, x_display, smallsteps_home, artifacts_dir):
    running_step(smallsteps_home)
    app = launch(smallsteps_home)
    assert app.wait_ready() == "smallsteps: ready tray=True"
    icon_id, icon_x, icon_y = wait_for_tray_icon(x_display)
    window = focus_window(x_display, icon_id)  # the app shows its window at start

    # Right click: the menu opens as a new window of the app.
    before = visible_windows(x_display)
    x(x_display, "xdotool", "mousemove", "--sync", str(icon_x), str(icon_y), "click", "3")
    menu = new_window(x_display, before, "the tray menu to open")
    settled_pixels(x_display, menu, quiet_s=0.2)
    screenshot(x_display, artifacts_dir / "e2e-tray-menu.png")
    # Keyboard, not coordinates: off the menu, Down picks the first enabled item (the step
    # title above it is disabled), which is Pause while the timebox runs.
    x(x_display, "xdotool", "mousemove", "--sync", "5", "790")
    x(x_display, "xdotool", "key", "--delay", "80", "Down", "Return")
    wait_for(lambda: not is_mapped(x_display, menu), "the menu to close")
    wait_for(lambda: current(smallsteps_home)["timer"]["state"] == "paused",
             "the timebox to be paused from the tray menu", timeout=5)

    # Left click toggles the window: hidden, then shown again.
    x(x_display, "xdotool", "mousemove", "--sync", str(icon_x), str(icon_y), "click", "1")
    wait_for(lambda: not is_mapped(x_display, window), "a left click to hide the window")
    time.sleep(0.7)  # a second press within Qt's 400 ms double-click interval is no Trigger
    x(x_display, "xdotool", "click", "1")
    wait_for(lambda: is_mapped(x_display, window), "a left click to show the window")
    x(x_display, "xdotool", "mousemove", "--sync", "640", "600")  # no hover highlight on the icon
    settled_pixels(x_display, window)
    screenshot(x_display, artifacts_dir / "e2e-tray-window.png")

    # A paused timebox draws nothing by itself, so any change now comes from the command line.
    icon_before = settled_pixels(x_display, icon_id)
    window_before = settled_pixels(x_display, window)
    ok("resume", home=smallsteps_home)
    resumed = time.monotonic()
    wait_for(lambda: pixels(x_display, icon_id) != icon_before,
             "the tray icon to show the resume done on the command line", timeout=SYNC_S)
    icon_s = time.monotonic() - resumed
    wait_for(lambda: pixels(x_display, window) != window_before,
             "the window to show the resume done on the command line", timeout=SYNC_S)
    print(f"CLI resume shown by the tray icon after {icon_s:.2f} s")
    screenshot(x_display, artifacts_dir / "e2e-tray-after-cli-resume.png")
    assert current(smallsteps_home)["timer"]["state"] == "running"
    assert_clean_exit(app)


def test_kill_9_during_a_timebox_keeps_it(launch, x_display, smallsteps_home, runtime_dir,
                                          artifacts_dir):
    step = running_step(smallsteps_home)
    [(session_id, step_id, started_at, planned, paused)] = open_sessions(smallsteps_home)
    assert (step_id, paused) == (step, 0)
    started_at = backdate(smallsteps_home, session_id, RAN_BEFORE_S)  # a timebox well under way
    first = launch(smallsteps_home)
    assert first.wait_ready() == "smallsteps: ready tray=True"
    wait_for_tray_icon(x_display)
    # The app listens right after its first paint (ui/main.py), so maybe just after "ready".
    wait_for(lambda: any(p.suffix != ".lock" for p in runtime_dir.iterdir()),
             "the app to listen for later launches")
    [socket_path] = [p for p in runtime_dir.iterdir() if not p.name.endswith(".lock")]
    assert stat.S_ISSOCK(socket_path.stat().st_mode)

    first.proc.send_signal(signal.SIGKILL)
    assert first.proc.wait(timeout=10) == -signal.SIGKILL
    wait_for(lambda: tray_icon(x_display) is None, "the dead app's icon to leave trayer")
    assert stat.S_ISSOCK(socket_path.stat().st_mode), "kill -9 should leave a stale socket"

    second = launch(smallsteps_home)
    assert second.wait_ready() == "smallsteps: ready tray=True"  # the stale socket did not block
    icon_id, _, _ = wait_for_tray_icon(x_display)
    window = focus_window(x_display, icon_id)
    settled_pixels(x_display, window, quiet_s=0.2)
    screenshot(x_display, artifacts_dir / "e2e-after-kill-9.png")

    before = time.time()
    view = current(smallsteps_home)
    after = time.time()
    assert view["step"]["id"] == step and view["timer"]["state"] == "running"
    assert open_sessions(smallsteps_home) == [(session_id, step, started_at, planned, 0)]
    start = datetime.fromisoformat(started_at).astimezone(UTC).timestamp()
    expected = (planned - (after - start), planned - (before - start))
    remaining = view["timer"]["remaining_seconds"]
    assert expected[0] - 2 <= remaining <= expected[1] + 2, (view, expected)
    assert second.proc.poll() is None
    assert_clean_exit(second)


def test_two_launches_at_once_leave_one_app(launch, x_display, smallsteps_home):
    running_step(smallsteps_home)
    apps = [launch(smallsteps_home), launch(smallsteps_home)]
    started = time.monotonic()
    wait_for(lambda: any(app.proc.poll() is not None for app in apps),
             "one of the two launches to exit", timeout=5)
    [loser] = [app for app in apps if app.proc.poll() is not None]
    [survivor] = [app for app in apps if app is not loser]
    print(f"the second launch exited after {time.monotonic() - started:.2f} s")
    assert loser.stop() == 0, loser.stderr
    assert not loser.ready.is_set(), "both launches started an app"
    assert all(line.startswith("smallsteps: ") for line in loser.lines), loser.stderr
    assert survivor.wait_ready() == "smallsteps: ready tray=True"
    icon_id, _, _ = wait_for_tray_icon(x_display)
    focus_window(x_display, icon_id)  # exactly one window
    time.sleep(1)  # neither quits later on
    assert survivor.proc.poll() is None, survivor.stderr
    assert_clean_exit(survivor)


def test_a_tray_that_starts_after_the_app_gets_its_icon(smallsteps_home, runtime_dir, tmp_path,
                                                        artifacts_dir):
    """At login the panel may come up after Small Steps: the app moves into it then."""
    running_step(smallsteps_home)
    with start_xvfb(tmp_path / "xvfb.log") as display:  # its own display: no tray yet
        app = App(smallsteps_home, display, runtime_dir)
        try:
            assert app.wait_ready() == "smallsteps: ready tray=False"
            with start_trayer(display, tmp_path / "trayer.log"):
                icon_id, _, _ = wait_for_tray_icon(display)
                settled_pixels(display, icon_id)
                screenshot(display, artifacts_dir / "e2e-tray-after-late-panel.png")
                assert_clean_exit(app)
        finally:
            if app.proc.poll() is None:
                app.proc.kill()


# The app with a probe: what is loaded when it says "ready", and once it listens.
PROBE = r"""
import gc, logging, sys
from PySide6 import QtCore, QtGui
from smallsteps_desktop.gui_launch import open_app

lazy = "Qt" not in vars(QtCore)  # PySide 6.7+ creates a type (`Qt`: all its enums) on first use
info = logging.Logger.info


def tell(when):
    qt, network = "Qt" in vars(QtCore), "PySide6.QtNetwork" in sys.modules
    keys = "QKeySequence" in vars(QtGui)  # shortcuts are set as text (ui/qt_names.py)
    other = sorted({"socket", "hashlib", "platformdirs", "dataclasses",
                    "smallsteps_desktop.core.records"} & set(sys.modules))
    print(f"smallsteps: probe: {when} lazy={lazy} Qt={qt} QtNetwork={network} keys={keys} "
          f"also={other} gc={gc.isenabled()}", file=sys.stderr, flush=True)


def probe(logger, message, *args, **kwargs):
    if message.startswith("ready"):
        tell("at ready")
        QtCore.QTimer.singleShot(300, lambda: tell("later"))
    return info(logger, message, *args, **kwargs)


logging.Logger.info = probe
sys.exit(open_app(sys.argv[2]))
"""


def test_the_first_paint_waits_for_no_qt_namespace_and_no_network(launch, x_display,
                                                                   smallsteps_home, runtime_dir):
    """`Qt`'s enums (about 20 ms), QtNetwork, the socket module, dataclasses and the
    garbage collector come after "ready"."""
    running_step(smallsteps_home)
    app = launch(smallsteps_home, ("-c", PROBE))
    assert app.wait_ready() == "smallsteps: ready tray=True"
    wait_for_tray_icon(x_display)
    wait_for(lambda: any(line.startswith("smallsteps: probe: later") for line in app.lines),
             "the probe to look again after the first paint")
    [at_ready, later] = [line for line in app.lines if line.startswith("smallsteps: probe:")]
    if "lazy=False" in at_ready:
        pytest.skip("this PySide creates every type at import: `Qt` costs every app alike")
    assert at_ready == ("smallsteps: probe: at ready lazy=True Qt=False QtNetwork=False "
                        "keys=False also=[] gc=False")  # no garbage collection while starting
    assert "QtNetwork=True" in later and later.endswith("gc=True")  # listening, collecting
    assert any(p.suffix != ".lock" for p in runtime_dir.iterdir())
    assert_clean_exit(app)
