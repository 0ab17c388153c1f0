"""The system tray icon: the countdown picture, a tooltip and the shared action menu."""

from __future__ import annotations

import math
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from smallsteps_desktop.core import timebox
from smallsteps_desktop.core.models import TimerState
from smallsteps_desktop.core.views import CurrentView
from smallsteps_desktop.ui.actions import AppActions, one_line_title
from smallsteps_desktop.ui.qt_names import precise
from smallsteps_desktop.ui.tray_picture import image_key, minutes_left, next_change_ms, tray_icon

MESSAGE_MS = 10_000  # how long a tray notification stays up, where the host lets us choose


class Tray(QObject):
    """Draws a CurrentView in the system tray and redraws only when the picture changes.

    The tray keeps the last view and derives the remaining time from its session
    and ``now()``, so a single-shot timer can wake it exactly when the minute or
    the ring moves on; idle, paused and expired timers never wake it.
    """

    sig_toggle_window = Signal()
    """The icon was left-clicked: show the current-step window, or hide it if shown."""

    def __init__(self, actions: AppActions, now: Callable[[], datetime],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._now = now
        self._view: CurrentView | None = None
        self._key: tuple | None = None
        self._quota = ""  # a second tooltip line: progress against the quota
        self.menu = QMenu()
        self.menu.setToolTipsVisible(True)  # the title item's tooltip holds the full title
        groups = [[actions.step_title], [actions.start_pause, actions.done, actions.skip],
                  [actions.show_window, actions.board, actions.report, actions.settings],
                  [actions.quit]]
        for index, group in enumerate(groups):
            if index:
                self.menu.addSeparator()
            self.menu.addActions(group)
        self.icon = QSystemTrayIcon(self)
        self.icon.setContextMenu(self.menu)
        self.icon.activated.connect(self._on_activated)
        self.redraw_timer = QTimer(self)
        self.redraw_timer.setSingleShot(True)  # re-armed by each redraw for the next change
        precise(self.redraw_timer)  # never early, so one wake-up
        self.redraw_timer.timeout.connect(self._on_redraw_timer)
        self.icon.setToolTip(self.tr("No current step"))

    @staticmethod
    def available() -> bool:
        """Whether the desktop has a system tray to show the icon in."""
        return QSystemTrayIcon.isSystemTrayAvailable()

    def show(self, view: CurrentView | None = None) -> None:
        """Show the icon with this view's picture (else the last view's, else the idle one),
        so the tray host never paints a picture that is replaced at once."""
        if view is not None:
            self.show_view(view)
        elif self._key is None:
            self._set_icon(TimerState.IDLE, 0.0, 0)
        self.icon.show()

    def hide(self) -> None:
        self.icon.hide()

    def show_view(self, view: CurrentView) -> None:
        """Draw this view now, and again whenever its countdown changes the picture."""
        self._view = view
        self._render()

    def show_quota(self, text: str) -> None:
        """Today's and this week's progress, shown under the step in the tooltip."""
        self._quota = text
        self._render()

    def notify(self, title: str, message: str) -> None:
        """A desktop notification from the tray icon (e.g. "Time is up")."""
        self.icon.showMessage(title, message, QSystemTrayIcon.MessageIcon.Information, MESSAGE_MS)

    def _on_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason == QSystemTrayIcon.ActivationReason.Trigger:
            self.sig_toggle_window.emit()

    def _on_redraw_timer(self) -> None:
        self._render()

    def _render(self) -> None:
        view = self._view
        if view is None:
            return
        state, remaining, planned = self._timer(view)
        self._set_icon(state, remaining, planned)
        tooltip = self._tooltip(view, state, remaining)
        if self._quota:
            tooltip = f"{tooltip}\n{self._quota}"
        if self.icon.toolTip() != tooltip:
            self.icon.setToolTip(tooltip)
        wait = next_change_ms(state, remaining, planned)
        if wait is None:
            self.redraw_timer.stop()
        else:  # the tooltip counts minutes even where the picture shows hours
            self.redraw_timer.start(min(wait, _ms_to_next_minute(remaining)))

    def _timer(self, view: CurrentView) -> tuple[TimerState, float, int]:
        """State, seconds left and planned seconds at this moment, from the stored session."""
        session = view.session
        if session is None:
            return view.timer.state, view.timer.remaining_seconds, view.timer.planned_seconds
        now = self._now()
        return (timebox.state(session, now), timebox.remaining_seconds(session, now),
                session.planned_seconds)

    def _set_icon(self, state: TimerState, remaining: float, planned: int) -> None:
        key = image_key(state, remaining, planned)
        if key != self._key:
            self._key = key
            self.icon.setIcon(tray_icon(state, remaining, planned))

    def _tooltip(self, view: CurrentView, state: TimerState, remaining: float) -> str:
        if view.step is None:
            return self.tr("No current step")
        title, minutes = one_line_title(view.step.title), minutes_left(remaining)
        if state is TimerState.RUNNING:
            text = self.tr("{title} — %n min left", "", minutes)
        elif state is TimerState.PAUSED:
            text = self.tr("{title} — paused, %n min left", "", minutes)
        elif state is TimerState.EXPIRED:
            text = self.tr("{title} — time is up")
        else:
            text = self.tr("{title} — not started")
        return text.format(title=title)


def _ms_to_next_minute(remaining: float) -> int:
    """Milliseconds until the whole minutes left (rounded up) go down by one."""
    remaining = round(remaining, 6)
    return max(1, math.ceil(round((remaining - (minutes_left(remaining) - 1) * 60) * 1000, 3)))
