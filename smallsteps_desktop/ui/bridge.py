"""Turns the stored timebox into Qt signals: changes from anywhere, and the moment time is up."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QObject, QTimer, Signal

from smallsteps_desktop.core import timebox
from smallsteps_desktop.core.models import TimerState
from smallsteps_desktop.core.views import CurrentView, StepQueries
from smallsteps_desktop.ui.qt_names import precise

POLL_MS = 1000  # CLI changes show within a second; one cheap PRAGMA per poll
AWAY_AFTER_SECONDS = 120  # a poll this late means the computer slept


class TimerBridge(QObject):
    """Watches the data file and the deadline; the stored times stay the source of truth."""

    #: The current step or its timer changed (by this app, the CLI, or time running out).
    sig_changed = Signal(object)
    #: A running timebox reached its deadline; emitted once per timebox.
    sig_expired = Signal(object)
    #: The computer was away (asleep) this many seconds while a timebox was running.
    sig_away = Signal(float)
    #: Another process (e.g. the command line) saved something.
    sig_external_change = Signal()

    def __init__(self, queries: StepQueries, now: Callable[[], datetime],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._queries = queries
        self._now = now
        self._version = queries.data_version()
        self._announced: tuple[int, float] | None = None
        self._last_poll = now()
        self.view: CurrentView = queries.current()
        self._deadline = QTimer(self)
        self._deadline.setSingleShot(True)
        precise(self._deadline)
        self._deadline.timeout.connect(self.refresh)
        self._poll = QTimer(self)
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(self._on_poll)

    def start(self) -> None:
        """Begin watching; an expiry that happened while the app was closed is announced now."""
        self._poll.start()
        self.refresh()

    def stop(self) -> None:
        """Stop watching, e.g. before the data file closes."""
        self._poll.stop()
        self._deadline.stop()

    def refresh(self) -> None:
        """Read the current state once, tell everyone, and aim the deadline timer."""
        self._version = self._queries.data_version()
        self.view = self._queries.current()
        self._aim_deadline()
        self.sig_changed.emit(self.view)
        self._announce_expiry()

    def _on_poll(self) -> None:
        now = self._now()
        gap = (now - self._last_poll).total_seconds() - POLL_MS / 1000
        self._last_poll = now
        session = self.view.session
        if gap > AWAY_AFTER_SECONDS and session is not None and session.paused_at is None:
            self.sig_away.emit(gap)
        if self._queries.data_version() != self._version:
            self.refresh()
            self.sig_external_change.emit()
        elif self._deadline_passed():
            self.refresh()

    def _deadline_passed(self) -> bool:
        """True after a suspend: a monotonic QTimer does not count the time asleep."""
        session = self.view.session
        due = timebox.deadline(session) if session else None
        return due is not None and self._now() >= due

    def _aim_deadline(self) -> None:
        session = self.view.session
        due = timebox.deadline(session) if session else None
        if due is None:
            self._deadline.stop()
            return
        milliseconds = max(0, int((due - self._now()).total_seconds() * 1000) + 1)
        self._deadline.start(milliseconds)

    def _announce_expiry(self) -> None:
        session = self.view.session
        if self.view.timer.state is not TimerState.EXPIRED or session is None:
            return
        marker = (session.id, session.extra_seconds)
        if marker != self._announced:
            self._announced = marker
            self.sig_expired.emit(self.view)
