"""One running app per data folder: the first launch listens, later ones ask it to come forward."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer

from smallsteps_desktop.ui.instance_gate import MESSAGE

_MAX_MESSAGE = 64


class SingleInstance(QObject):
    """Listens on this data folder's local socket; a later launch's message brings us forward.

    Who may listen is settled before, by an InstanceGate: its lock is held while the app runs.
    """

    sig_activate_requested = Signal()
    """Another launch of the same data folder asked this instance to come to the front."""

    def __init__(self, socket_path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._path = Path(socket_path)
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._on_new_connection)

    def listen(self) -> None:
        """Listen on the socket; the caller holds the InstanceGate that let it in."""
        if not self._server.listen(str(self._path)):
            raise OSError(f"cannot claim {self._path}: {self._server.errorString()}")

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
