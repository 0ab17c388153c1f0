"""The single-instance guard: hand-over to a running instance, stale sockets, privacy."""

from __future__ import annotations

import os
import socket
import stat
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import platformdirs
import pytest
from PySide6.QtNetwork import QLocalSocket

from smallsteps_desktop.ui.instance_gate import InstanceGate, default_socket_path
from smallsteps_desktop.ui.single_instance import SingleInstance

NAME = "smallsteps-0123456789ab"


@pytest.fixture
def socket_path(tmp_path: Path) -> Path:
    folder = tmp_path / "run"
    folder.mkdir(mode=0o700)
    return folder / NAME


@pytest.fixture
def claim() -> Iterator[Callable[[Path], SingleInstance | None]]:
    """claim(path) does what a launch of the app does: enter the gate, then listen (the
    app listens after its first paint). None: an app already runs and was asked forward."""
    gates: list[InstanceGate] = []

    def enter_and_listen(path: Path) -> SingleInstance | None:
        gate = InstanceGate(path)
        if not gate.enter():
            return None
        gates.append(gate)  # held while the test's app "runs"
        instance = SingleInstance(path)
        instance.listen()
        return instance

    yield enter_and_listen
    for gate in gates:
        gate.release()


def test_first_launch_claims_and_listens(qtbot, socket_path, claim):
    instance = claim(socket_path)  # listens while it lives
    assert instance is not None
    assert stat.S_ISSOCK(socket_path.stat().st_mode)


def test_second_launch_hands_over_to_the_first(qtbot, socket_path, claim):
    first = claim(socket_path)
    assert first is not None
    with qtbot.waitSignal(first.sig_activate_requested, timeout=2000):
        assert claim(socket_path) is None
    with qtbot.waitSignal(first.sig_activate_requested, timeout=2000):
        assert claim(socket_path) is None  # and again, every time


def test_a_stranger_message_does_not_activate(qtbot, socket_path, claim):
    first = claim(socket_path)
    assert first is not None
    stranger = QLocalSocket()
    stranger.connectToServer(str(socket_path))
    assert stranger.waitForConnected(1000)
    stranger.write(b"hello\n")
    assert stranger.waitForBytesWritten(1000)
    with qtbot.assertNotEmitted(first.sig_activate_requested, wait=300):
        pass
    stranger.abort()


def test_stale_socket_does_not_block_the_next_launch(qtbot, socket_path, claim):
    crashed = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    crashed.bind(str(socket_path))
    crashed.close()  # like a crash: the socket file stays, nobody listens
    assert stat.S_ISSOCK(socket_path.stat().st_mode)
    first = claim(socket_path)
    assert first is not None
    with qtbot.waitSignal(first.sig_activate_requested, timeout=2000):
        assert claim(socket_path) is None


def test_socket_keeps_other_users_out(qtbot, socket_path, claim):
    instance = claim(socket_path)
    assert instance is not None
    assert stat.S_IMODE(socket_path.parent.stat().st_mode) == 0o700
    assert stat.S_IMODE(socket_path.stat().st_mode) & 0o077 == 0


def test_the_app_listens_after_its_first_paint_and_a_launch_meanwhile_waits(qtbot, socket_path):
    """The tray app enters the gate, paints, then listens; it holds the gate while it runs."""
    gate = InstanceGate(socket_path)
    assert gate.enter() is True  # nobody there: this launch is the app, and holds the lock
    later: list[bool] = []
    launch = threading.Thread(target=lambda: later.append(InstanceGate(socket_path).enter()))
    launch.start()
    time.sleep(0.2)
    assert launch.is_alive() and later == [], "the second launch should wait for the app"
    first = SingleInstance(socket_path)
    with qtbot.waitSignal(first.sig_activate_requested, timeout=3000):
        first.listen()
        launch.join(timeout=5)
    assert later == [False]  # it handed over to the first, which still holds the gate
    assert InstanceGate(socket_path).enter() is False
    gate.release()


def test_a_launch_while_the_app_ends_becomes_the_next_app(socket_path):
    ending = InstanceGate(socket_path)
    assert ending.enter() is True  # no longer listening, not yet gone
    later: list[bool] = []
    launch = threading.Thread(target=lambda: later.append(InstanceGate(socket_path).enter()))
    launch.start()
    time.sleep(0.2)
    assert launch.is_alive() and later == []
    ending.release()  # the app is gone
    launch.join(timeout=5)
    assert later == [True]


def test_a_gate_removes_a_stale_socket(tmp_path, socket_path):
    crashed = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    crashed.bind(str(socket_path))
    crashed.close()
    gate = InstanceGate(socket_path)
    assert gate.enter() is True
    assert not socket_path.exists()
    gate.release()


def test_missing_folder_is_an_error_not_a_second_instance(qtbot, tmp_path, claim):
    with pytest.raises(OSError):
        claim(tmp_path / "missing" / NAME)


def test_default_path_is_in_the_runtime_dir(monkeypatch, tmp_path):
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path))
    assert default_socket_path(NAME) == tmp_path / NAME


def test_default_path_without_runtime_dir_is_a_private_folder(monkeypatch, tmp_path):
    monkeypatch.delenv("XDG_RUNTIME_DIR")
    loose = tmp_path / "runtime-fallback" / "smallsteps"
    loose.mkdir(parents=True, mode=0o755)
    monkeypatch.setattr(platformdirs, "user_runtime_path", lambda name, **_: loose)
    assert default_socket_path(NAME) == loose / NAME
    assert stat.S_IMODE(loose.stat().st_mode) == 0o700
    assert loose.stat().st_uid == os.getuid()
