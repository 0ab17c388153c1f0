"""One running app per data folder: the first launch listens, later ones ask it to come forward."""

from __future__ import annotations

import fcntl
import os
import stat
import time
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from smallsteps_desktop.paths import APP_NAME

MESSAGE = b"activate\n"
_TIMEOUT_MS = 300
_ATTEMPTS = 3
_LOCK_WAIT_S = 5.0
_MAX_MESSAGE = 64
_Error = QLocalSocket.LocalSocketError


def default_socket_path(instance_name: str) -> Path:
    """``$XDG_RUNTIME_DIR/<name>``, else ``<name>`` in a 0700 platformdirs runtime folder."""
    runtime = os.environ.get("XDG_RUNTIME_DIR")
    if runtime:
        return Path(runtime) / instance_name
    import platformdirs  # deferred, as in paths.py

    with warnings.catch_warnings():  # it warns that XDG_RUNTIME_DIR is unset; we know
        warnings.simplefilter("ignore")
        folder = platformdirs.user_runtime_path(APP_NAME, ensure_exists=True)
    folder.mkdir(mode=0o700, exist_ok=True)
    info = folder.lstat()
    if not stat.S_ISDIR(info.st_mode) or info.st_uid != os.getuid():
        raise PermissionError(f"{folder} is not a folder owned by this user")
    folder.chmod(0o700)  # mkdir's mode does not touch a folder that already existed
    return folder / instance_name


@contextmanager
def _exclusive(lock_path: Path) -> Iterator[None]:
    """Hold an flock on lock_path; the kernel drops it when the holder closes it or dies."""
    fd = os.open(lock_path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o600)
    try:
        deadline = time.monotonic() + _LOCK_WAIT_S
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() > deadline:
                    raise TimeoutError(f"another launch still holds {lock_path}") from None
                time.sleep(0.005)
        yield
    finally:
        os.close(fd)  # releases the lock


class SingleInstance(QObject):
    """Claims a local socket for this process, or hands the launch to the process holding it.

    Qt's listen() with socket options binds in a temporary folder and renames the socket
    into place, which silently replaces a live server's socket instead of failing with
    AddressInUseError. So "is anyone there? if not, listen" runs under an flock beside the
    socket: two simultaneous launches take turns and exactly one ends up listening.
    """

    sig_activate_requested = Signal()
    """Another launch of the same data folder asked this instance to come to the front."""

    def __init__(self, socket_path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._path = Path(socket_path)
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._on_new_connection)

    @property
    def socket_path(self) -> Path:
        return self._path

    def claim(self) -> bool:
        """True: this process is the instance and now listens. False: one already runs and
        was asked to activate, so the caller should exit with status 0.

        Raises OSError when it can neither reach nor become the instance (e.g. no such folder).
        """
        if self._server.isListening():
            return True
        error = ""
        with _exclusive(self._path.with_name(self._path.name + ".lock")):
            for _ in range(_ATTEMPTS):
                socket = QLocalSocket()
                socket.connectToServer(str(self._path))
                if socket.waitForConnected(_TIMEOUT_MS):
                    _send(socket)
                    return False
                error = socket.errorString()
                if socket.error() == _Error.ConnectionRefusedError:
                    QLocalServer.removeServer(str(self._path))  # stale: its owner died
                elif socket.error() != _Error.ServerNotFoundError:
                    continue  # e.g. a timeout: someone may be there; ask again
                if self._server.listen(str(self._path)):
                    return True
                error = self._server.errorString()
        raise OSError(f"cannot claim {self._path}: {error}")

    def _on_new_connection(self) -> None:
        while (socket := self._server.nextPendingConnection()) is not None:
            # No lambda capturing the socket: with PySide6 6.11/6.12 its deleteLater() then
            # segfaulted under pytest-qt. The slot finds the socket through sender().
            socket.readyRead.connect(self._on_ready_read)
            socket.disconnected.connect(socket.deleteLater)

    def _on_ready_read(self) -> None:
        socket = self.sender()
        if not socket.canReadLine() and socket.bytesAvailable() <= _MAX_MESSAGE:
            return  # wait for the rest of the line
        line = bytes(socket.readLine(_MAX_MESSAGE + 1).data())
        socket.abort()  # one line per connection
        if line == MESSAGE:
            self.sig_activate_requested.emit()


def _send(socket: QLocalSocket) -> None:
    """Write the activate message and make sure it left before this process exits."""
    socket.write(MESSAGE)
    socket.waitForBytesWritten(_TIMEOUT_MS)
    socket.disconnectFromServer()
    if socket.state() != QLocalSocket.LocalSocketState.UnconnectedState:
        socket.waitForDisconnected(_TIMEOUT_MS)
