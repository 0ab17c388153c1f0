"""Real processes launched at the same instant: exactly one listens, the other hands over."""

from __future__ import annotations

import os
import queue
import signal
import stat
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
ROUNDS = 25  # 50 launches, two at a time

# A stand-in for the app: enter the gate and listen, then exit 0 or run the loop for up to 10 s.
SCRIPT = r"""
import sys
from pathlib import Path
from PySide6.QtCore import QCoreApplication, QTimer
from smallsteps_desktop.ui.instance_gate import InstanceGate
from smallsteps_desktop.ui.single_instance import SingleInstance

app = QCoreApplication(sys.argv[:1])
print("ready", flush=True)
sys.stdin.readline()  # the test releases every launch at the same moment
gate = InstanceGate(Path(sys.argv[1]))  # as the app: the gate, then listen (held until exit)
if not gate.enter():
    sys.exit(0)
instance = SingleInstance(Path(sys.argv[1]))
instance.listen()
instance.sig_activate_requested.connect(lambda: print("activated", flush=True))
print("primary", flush=True)
QTimer.singleShot(10_000, app.quit)
sys.exit(app.exec())
"""


class Launch:
    """One process running SCRIPT; its stdout lines arrive in a queue."""

    def __init__(self, socket_path: Path) -> None:
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
        self.proc = subprocess.Popen(
            [sys.executable, "-c", SCRIPT, str(socket_path)], cwd=REPO, env=env, text=True,
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        self.lines: queue.Queue[str] = queue.Queue()
        self.pump = threading.Thread(target=self._pump, daemon=True)
        self.pump.start()

    def _pump(self) -> None:
        for line in self.proc.stdout:
            self.lines.put(line.strip())

    def expect(self, wanted: str, timeout: float = 10.0) -> None:
        try:
            line = self.lines.get(timeout=timeout)
        except queue.Empty:
            raise AssertionError(f"no {wanted!r} within {timeout}s") from None
        assert line == wanted

    def go(self) -> None:
        self.proc.stdin.write("\n")
        self.proc.stdin.flush()


@pytest.fixture
def socket_path() -> Iterator[Path]:
    # A short private folder: pytest's tmp_path can exceed the 107-byte socket path limit.
    with tempfile.TemporaryDirectory(prefix="ss-") as folder:
        assert stat.S_IMODE(os.stat(folder).st_mode) == 0o700
        yield Path(folder) / "smallsteps-0123456789ab"


@pytest.fixture
def launches() -> Iterator[list[Launch]]:
    started: list[Launch] = []
    yield started
    for launch in started:
        if launch.proc.poll() is None:
            launch.proc.kill()
        launch.proc.communicate(timeout=10)


def launch_together(socket_path: Path, count: int, launches: list[Launch]) -> list[Launch]:
    batch = [Launch(socket_path) for _ in range(count)]
    launches += batch
    for launch in batch:
        launch.expect("ready")
    for launch in batch:
        launch.go()
    return batch


def test_simultaneous_launches_leave_exactly_one_running(socket_path, launches):
    for round_ in range(ROUNDS):
        batch = launch_together(socket_path, 2, launches)
        released = time.monotonic()
        while all(launch.proc.poll() is None for launch in batch):
            assert time.monotonic() - released < 5, f"round {round_}: neither launch exited"
            time.sleep(0.01)
        loser = next(launch for launch in batch if launch.proc.poll() is not None)
        survivor = next(launch for launch in batch if launch is not loser)
        assert loser.proc.wait() == 0
        assert loser.proc.stderr.read() == ""  # no traceback, no Qt warning
        loser.pump.join(timeout=5)
        assert loser.lines.empty(), f"round {round_}: the exiting launch also listened"
        survivor.expect("primary")
        survivor.expect("activated", timeout=5)
        assert survivor.proc.poll() is None, f"round {round_}: the survivor quit"
        survivor.proc.send_signal(signal.SIGKILL)  # a crash: the socket file stays behind
        survivor.proc.wait(timeout=5)
        assert stat.S_ISSOCK(socket_path.stat().st_mode), "kill -9 should leave a stale socket"

    [after_crash] = launch_together(socket_path, 1, launches)
    after_crash.expect("primary")
    assert after_crash.proc.poll() is None
