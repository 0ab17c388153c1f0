"""Start the Qt application and show the focus window until the user quits."""

from __future__ import annotations

import signal
import socket
from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QSocketNotifier
from PySide6.QtWidgets import QApplication

from smallsteps_desktop.ui.focus_window import FocusServices, FocusWindow


def run(services: FocusServices, argv: list[str]) -> int:
    """Show the window and run the event loop; returns the exit code."""
    app = QApplication.instance() or QApplication(argv)
    app.setApplicationName("Small Steps")
    app.setOrganizationName("smallsteps")
    window = FocusWindow(services)
    window.show()
    with _quit_on_signals(app):
        return app.exec()


@contextmanager
def _quit_on_signals(app: QApplication) -> Iterator[None]:
    """Let SIGINT/SIGTERM end the loop cleanly (so the database is closed), without polling.

    Python runs signal handlers only between bytecodes, never inside Qt's C++ loop;
    a wake-up socket that Qt watches brings control back to Python at once.
    """
    reader, writer = socket.socketpair()
    reader.setblocking(False)
    writer.setblocking(False)
    notifier = QSocketNotifier(reader.fileno(), QSocketNotifier.Type.Read)
    notifier.activated.connect(lambda: _drain(reader))
    previous_fd = signal.set_wakeup_fd(writer.fileno())
    previous = {sig: signal.signal(sig, lambda *_: app.quit())
                for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
        signal.set_wakeup_fd(previous_fd)
        notifier.setEnabled(False)
        reader.close()
        writer.close()


def _drain(reader: socket.socket) -> None:
    try:
        while reader.recv(64):
            pass
    except BlockingIOError:
        pass
