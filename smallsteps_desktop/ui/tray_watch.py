"""Looking for a system tray that comes after the start: the app moves into it then."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

from smallsteps_desktop.ui.tray import Tray

# At login the panel often starts after Small Steps (both are autostarted). A look costs
# a fraction of a millisecond; every few seconds is soon enough and no burden meanwhile.
# (Verified with an X11 tray appearing late; a StatusNotifier host is not tested here.)
LOOK_EVERY_MS = 3_000


class TrayWatch(QObject):
    """Looks for a system tray every few seconds; calls found() once when there is one."""

    def __init__(self, found: Callable[[], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._found = found
        self._timer = QTimer(self)
        self._timer.timeout.connect(self._look)
        self._timer.start(LOOK_EVERY_MS)

    def is_looking(self) -> bool:
        return self._timer.isActive()

    def stop(self) -> None:
        self._timer.stop()

    def _look(self) -> None:
        if Tray.available():
            self._timer.stop()
            self._found()
