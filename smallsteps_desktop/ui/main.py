"""Start the Qt application: one instance, tray and window, until the user quits."""

from __future__ import annotations

import gc
import logging
import os
import signal
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication, QSize, QSocketNotifier, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QWidget

from smallsteps_desktop.core.clock import Clock
from smallsteps_desktop.core.errors import SmallStepsError
from smallsteps_desktop.logs import unexpected_error_hook
from smallsteps_desktop.paths import APP_ID, AppPaths
from smallsteps_desktop.settings import SettingsFile
from smallsteps_desktop.ui.desktop import Desktop
from smallsteps_desktop.ui.focus_window import FocusServices
from smallsteps_desktop.ui.i18n import Translation
from smallsteps_desktop.ui.instance_gate import InstanceGate, default_socket_path
from smallsteps_desktop.ui.tray import Tray

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox

# Start-up comes in two parts. Up to "ready": what the first paint needs (the single-
# instance check, the tray icon, the window with the current step). Right after it: the
# rest (listening for later launches, the quota tooltip, the reaction question, ...).
# Module imports follow the same split; Qt's `Qt` namespace and QMessageBox, for
# example, are loaded where used: PySide creates every enum of `Qt` (about 20 ms) on
# first use.


log = logging.getLogger("smallsteps")
ICON_DIR = Path(__file__).resolve().parent.parent / "icons"
WINDOW_ICON_SIZES = (16, 32, 48, 64, 128, 256)


# The daily backup waits until the start and the first minutes of use are long over
# (and runs when the app quits, if it did not run yet).
BACKUP_DELAY_MS = 10 * 60_000


class DesktopServices(FocusServices, Protocol):
    """What the desktop app needs from the composition root."""

    paths: AppPaths
    clock: Clock

    set_aside: Path | None

    def daily_backup(self) -> Path | None: ...


def run(services: DesktopServices, settings: SettingsFile, argv: list[str],
        log_file: Path | None = None) -> int:
    """Show the tray and window and run the event loop; returns the exit code."""
    app = QApplication.instance() or QApplication(["smallsteps", *argv[1:]])
    app.setApplicationName("Small Steps")
    app.setOrganizationName("smallsteps")
    app.setDesktopFileName(APP_ID)  # taskbars group it with the installed .desktop file
    app.setWindowIcon(window_icon())
    gate = InstanceGate(default_socket_path(services.paths.instance_name))
    if not gate.enter():
        return 0  # the running app was asked to come to the front
    try:
        return _run_desktop(app, gate, services, settings, log_file)
    finally:
        gate.release()


def _run_desktop(app: QApplication, gate: InstanceGate, services: DesktopServices,
                 settings: SettingsFile, log_file: Path | None) -> int:
    translation = Translation(app)
    translation.switch(settings.current.language)  # and again when the setting changes
    desktop = Desktop(services, settings, services.clock.now, Tray.available(), translation)
    # With a tray, closing the window only hides it; without one, it ends the app.
    app.setQuitOnLastWindowClosed(desktop.tray is None)
    desktop.start()
    previous_hook = sys.excepthook
    sys.excepthook = unexpected_error_hook(lambda text: _tell(desktop.window, text, log_file))
    rest = _RestOfStart(app, desktop, gate.socket_path, services)
    QTimer.singleShot(0, rest.ready)
    if services.set_aside is not None:
        _notify(desktop.window, QCoreApplication.translate(
            "Main", "Your data file {path} was damaged. It was renamed to {kept}, with its "
            "contents as they were, and Small Steps started with a new, empty data file.\n\n"
            "To bring back your steps, restore a backup in a terminal:\n"
            "smallsteps restore --latest").format(path=services.paths.database,
                                                  kept=services.set_aside))
    try:
        with _quit_on_signals(app):
            code = app.exec()
    finally:
        sys.excepthook = previous_hook
        _daily_backup(services)  # a short session gets its daily backup too
        desktop.stop()
        translation.remove()
    if rest.failure is not None:
        raise rest.failure  # as when the check itself fails: no app without the guard
    return code


class _RestOfStart:
    """What follows the first paint: listening for later launches, and the rest."""

    def __init__(self, app: QApplication, desktop: Desktop, socket_path: Path,
                 services: DesktopServices) -> None:
        self._app, self._desktop, self._services = app, desktop, services
        self._socket_path = socket_path
        self.failure: OSError | None = None

    def ready(self) -> None:
        """The tray and the window are shown; the rest follows in the next round of the loop."""
        # A structured line that end-to-end tests and the start-up benchmark wait for.
        log.info("ready tray=%s", self._desktop.tray is not None)
        gc.enable()  # off while starting: see gui_launch.open_app
        QTimer.singleShot(0, self.run)

    def run(self) -> None:
        from smallsteps_desktop.ui.single_instance import SingleInstance  # loads QtNetwork

        instance = SingleInstance(self._socket_path, self._desktop)
        try:
            instance.listen()  # a launch meanwhile was waiting for this
        except OSError as error:
            self.failure = error
            self._app.exit(1)
            return
        instance.sig_activate_requested.connect(self._desktop.show_window)
        self._desktop.finish_start()
        QTimer.singleShot(BACKUP_DELAY_MS, lambda: _daily_backup(self._services))


def show_start_failure(message: str, argv: list[str]) -> None:
    """The app cannot start (e.g. its data file cannot be read): a window says why."""
    from PySide6.QtWidgets import QMessageBox

    app = QApplication.instance() or QApplication(["smallsteps", *argv[1:]])
    QMessageBox.critical(None, QCoreApplication.translate("Main", "Small Steps cannot start"),
                         message)
    del app


def window_icon() -> QIcon:
    """The app's icon in PNG sizes; each is read only when a window needs that size."""
    icon = QIcon()
    for size in WINDOW_ICON_SIZES:  # named and sized: no glob, no file read at start
        icon.addFile(str(ICON_DIR / f"smallsteps-{size}.png"), QSize(size, size))
    return icon


def _notify(parent: QWidget, text: str) -> QMessageBox:
    """A message that does not hold up the start: the tray and the timer work meanwhile."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(QMessageBox.Icon.Warning,
                      QCoreApplication.translate("Main", "Small Steps"), text,
                      QMessageBox.StandardButton.Ok, parent)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


def _daily_backup(services: DesktopServices) -> None:
    try:
        made = services.daily_backup()
    except (OSError, SmallStepsError) as error:  # a full disk must not stop the timer
        log.warning("the daily backup failed: %s", error)
    else:
        if made is not None:
            log.info("daily backup: %s", made)


def _tell(parent: QWidget, error: str, log_file: Path | None) -> None:
    """A short message for an error no one expected; the details are in the log."""
    from PySide6.QtWidgets import QMessageBox

    where = (QCoreApplication.translate("Main", "Details are in {path}.").format(path=log_file)
             if log_file else "")
    QMessageBox.warning(parent, QCoreApplication.translate("Main", "Something went wrong"),
                        QCoreApplication.translate(
                            "Main", "Small Steps hit an unexpected error and keeps running. "
                            "Nothing you saved is lost.") + f"\n\n{error}\n\n{where}")


@contextmanager
def _quit_on_signals(app: QApplication) -> Iterator[None]:
    """Let SIGINT/SIGTERM end the loop cleanly (so the database is closed), without polling.

    Python runs signal handlers only between bytecodes, never inside Qt's C++ loop;
    a wake-up pipe that Qt watches brings control back to Python at once.
    """
    reader, writer = os.pipe()
    os.set_blocking(reader, False)
    os.set_blocking(writer, False)
    notifier = QSocketNotifier(reader, QSocketNotifier.Type.Read)
    notifier.activated.connect(lambda: _drain(reader))
    previous_fd = signal.set_wakeup_fd(writer)
    previous = {sig: signal.signal(sig, lambda *_: app.quit())
                for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
        signal.set_wakeup_fd(previous_fd)
        notifier.setEnabled(False)
        os.close(reader)
        os.close(writer)


def _drain(reader: int) -> None:
    try:
        while os.read(reader, 64):
            pass
    except BlockingIOError:
        pass
