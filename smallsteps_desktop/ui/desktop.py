"""Wires the tray, the focus window and the timer bridge into one desktop app."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtWidgets import QApplication

from smallsteps_desktop.core.models import TimerState
from smallsteps_desktop.core.views import CurrentView
from smallsteps_desktop.settings import Settings, SettingsFile
from smallsteps_desktop.ui.actions import AppActions
from smallsteps_desktop.ui.chime import Chime
from smallsteps_desktop.ui.countdown import shorten
from smallsteps_desktop.ui.bridge import TimerBridge
from smallsteps_desktop.ui.focus_window import FocusServices, FocusWindow
from smallsteps_desktop.ui.i18n import Translation
from smallsteps_desktop.ui.tray import Tray

# What the first paint does not need is imported where it is used (see ui/main.py).
if TYPE_CHECKING:
    from smallsteps_desktop.core.quota import QuotaView
    from smallsteps_desktop.ui.reaction_asker import ReactionAsker
    from smallsteps_desktop.ui.times_up import TimesUpPrompt
    from smallsteps_desktop.ui.tray_watch import TrayWatch


def _tr(text: str) -> str:
    return QCoreApplication.translate("Desktop", text)


class Desktop(QObject):
    """Owns the windows and routes the user's intent; the services hold the rules."""

    def __init__(self, services: FocusServices, settings: SettingsFile,
                 now: Callable[[], datetime], tray_available: bool,
                 translation: Translation | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._settings = settings
        self._now = now
        # The one ui/main.py installed; else (tests) whatever is installed is the setting's.
        self.translation = translation or Translation(QCoreApplication.instance(),
                                                      settings.current.language)
        self.chime = Chime(lambda: settings.current.chime, self)
        self.actions = AppActions(self)
        self.window = FocusWindow(services)
        self._on_top = False  # a new window is not kept on top
        self.bridge = TimerBridge(services.queries, now, self)
        self.tray = self._make_tray() if tray_available else None
        self._tray_watch: TrayWatch | None = None  # looks for a tray that comes later
        self.prompt: TimesUpPrompt | None = None
        self.board = None  # built when first opened: most days only the tray is needed
        self.report_window = None
        self.reactions: ReactionAsker | None = None  # made by finish_start()
        self._quota_later = False  # True from start() until finish_start()
        self._connect()

    def _connect(self) -> None:
        actions, window = self.actions, self.window
        actions.start_pause.triggered.connect(self._on_start_pause)
        actions.done.triggered.connect(lambda: self._in_window(window.finish))
        actions.skip.triggered.connect(lambda: self._in_window(window.skip))
        actions.show_window.triggered.connect(self.show_window)
        actions.settings.triggered.connect(self.open_settings)
        actions.board.triggered.connect(self.open_board)
        actions.report.triggered.connect(self.open_report)
        actions.quit.triggered.connect(QApplication.quit)
        for action in (actions.start_pause, actions.done, actions.skip, actions.settings,
                       actions.board, actions.report, actions.quit):
            window.addAction(action)  # the shortcuts work whenever the window has focus
        window.sig_acted.connect(self.bridge.refresh)
        window.sig_acted.connect(lambda: self._reload_board(forget_undo=False))
        self.bridge.sig_external_change.connect(lambda: self._reload_board(forget_undo=True))
        self.bridge.sig_changed.connect(self._on_changed)
        self.bridge.sig_expired.connect(self._on_expired)
        self.bridge.sig_away.connect(self._on_away)

    def start(self) -> None:
        """Show the tray and the window and watch the timer: the first paint, nothing more."""
        self._quota_later = True
        self._apply(self._settings.current)
        if self.tray is None:
            self.window.status_label.setText(_tr(
                "No system tray found, so Small Steps stays in this window. On GNOME, the "
                "“AppIndicator and KStatusNotifierItem Support” extension adds a tray."))
        else:
            self.tray.show(self.bridge.view)  # its first picture is the real one
        # Started on purpose: show the step; with a tray, closing the window keeps it there.
        self.show_window()
        self.bridge.start()

    def finish_start(self) -> None:
        """Right after the first paint: the quota tooltip, reaction questions, the welcome."""
        from smallsteps_desktop.ui.reaction_asker import ReactionAsker

        self.window.watch_native_window()
        settings = self._settings
        self.reactions = ReactionAsker(
            self._services.reactions, lambda: settings.current.reaction_days, self._busy,
            lambda: self.window, self._notify, self)
        self.reactions.sig_changed.connect(lambda: self._reload_board(forget_undo=False))
        self.reactions.start()
        self._quota_later = False
        self._show_quota()
        if self._services.board_queries.is_new():
            QTimer.singleShot(0, self.open_welcome)  # in the next round of the event loop
        if self.tray is None:
            from smallsteps_desktop.ui.tray_watch import TrayWatch

            self._tray_watch = TrayWatch(self._move_into_tray, self)

    def _make_tray(self) -> Tray:
        tray = Tray(self.actions, self._now, self)
        tray.sig_toggle_window.connect(self.toggle_window)
        return tray

    def _move_into_tray(self) -> None:
        """A tray came after the start (e.g. the panel after the app at login): use it."""
        self.tray = self._make_tray()
        self.tray.show(self.bridge.view)  # its first picture is the real one
        self._show_quota()
        QApplication.setQuitOnLastWindowClosed(False)
        self.window.status_label.setText(_tr(
            "Small Steps is in the system tray now: closing this window keeps it running."))

    def open_settings(self) -> None:
        """Edit the settings; saved and applied at once (the language too)."""
        self.show_window()
        from smallsteps_desktop.ui.settings_flow import edit_settings  # not at start-up

        edit_settings(self._settings, self._services.paths, self.window, self._apply)

    def open_board(self) -> None:
        """The board with every chore and step; built on first use."""
        if self.board is None:
            from smallsteps_desktop.ui.board import Board  # not at start-up

            self.board = Board(self._services, self.quota, self)
            self.board.controller.sig_acted.connect(self.bridge.refresh)
            self.board.sig_started.connect(self.show_window)
            self.board.sig_welcome_requested.connect(self.open_welcome)
            self.board.sig_library_requested.connect(self.open_library)
            self.board.sig_report_requested.connect(self.open_report)
            self.board.sig_calendar_requested.connect(self.export_calendar)
            self.board.sig_reactions_requested.connect(
                lambda step_id, title: self.reactions.ask(step_id, title, self.board.window))
        self.board.open()

    def open_report(self) -> None:
        """The progress report of a period, with its export; built on first use."""
        if self.report_window is None:
            from smallsteps_desktop.ui.i18n import resolve_language
            from smallsteps_desktop.ui.report_window import ReportWindow  # not at start-up

            self.report_window = ReportWindow(
                self._services.reports, lambda: self._settings.current.daily_quota_steps,
                resolve_language(self._settings.current.language))
        else:
            self.report_window.refresh()
        self.report_window.show()
        self.report_window.raise_()
        self.report_window.activateWindow()

    def export_calendar(self) -> None:
        """The quota as repeating blocks and open briefs as to-dos, in one .ics file."""
        from smallsteps_desktop.ui.calendar_export import export_calendar
        from smallsteps_desktop.ui.i18n import resolve_language

        parent = self.board.window if self.board is not None else self.window
        export_calendar(self._services, self._settings.current, parent,
                        resolve_language(self._settings.current.language))

    def open_welcome(self) -> None:
        """Start with what annoys you most; the first step becomes the current step."""
        from smallsteps_desktop.ui.first_run import run_welcome

        self.show_window()
        if run_welcome(self._services.board, self._settings.current.language,
                       self.window) is not None:
            self.bridge.refresh()
            self._reload_board(forget_undo=True)

    def open_library(self) -> None:
        """Pick a chore with ready five-minute steps; added to the board as one undoable step."""
        from smallsteps_desktop.ui.first_run import pick_from_library

        self.open_board()
        pick_from_library(self.board, self._settings.current.language)

    def quota(self) -> QuotaView:
        settings = self._settings.current
        return self._services.board_queries.quota(settings.daily_quota_steps,
                                                  settings.weekly_quota_minutes)

    def _show_quota(self) -> None:
        """Today's and this week's progress in the tray's tooltip (not in the first paint)."""
        if self.tray is not None and not self._quota_later:
            from smallsteps_desktop.ui.quota_text import quota_text

            self.tray.show_quota(quota_text(self.quota()))

    def _reload_board(self, forget_undo: bool) -> None:
        """Changes made elsewhere show on the board; the command line's clear its undo."""
        if self.board is not None and self.board.window.isVisible():
            self.board.reload(forget_undo)

    def _apply(self, settings: Settings) -> None:
        if settings.language != self.translation.language:
            from smallsteps_desktop.ui.language_flow import switch_language  # not at start-up

            switch_language(self, settings.language)
        if settings.always_on_top != self._on_top:  # `Qt` only when needed: see ui/main.py
            from PySide6.QtCore import Qt

            self.window.setWindowFlag(Qt.WindowType.WindowStaysOnTopHint, settings.always_on_top)
            self._on_top = settings.always_on_top
        self.window.show()  # changing a window flag hides the window

    def stop(self) -> None:
        """Stop all timers; called before the services close."""
        self.bridge.stop()
        if self._tray_watch is not None:
            self._tray_watch.stop()
        if self.reactions is not None:
            self.reactions.stop()
        if self.tray is not None:
            self.tray.hide()

    def show_window(self) -> None:
        self.window.showNormal()
        self.window.raise_()
        self.window.activateWindow()

    def toggle_window(self) -> None:
        if self.window.isVisible() and not self.window.isMinimized():
            self.window.hide()
        else:
            self.show_window()

    def _in_window(self, action: Callable[[], None]) -> None:
        self.show_window()  # dialogs need a visible parent to be found
        action()

    def _on_start_pause(self) -> None:
        if self.bridge.view.timer.state is TimerState.RUNNING:
            self.window.pause()
        else:
            self.window.start_or_resume()

    def _on_changed(self, view: CurrentView) -> None:
        can_start = view.step is not None or self._services.queries.next_step() is not None
        self.actions.update_for(view, can_start=can_start)
        self._show_quota()
        if self.tray is not None:
            self.tray.show_view(view)
        if self.window.isVisible():
            self.window.refresh()
        if self.prompt is not None and view.timer.state is not TimerState.EXPIRED:
            self.prompt.close()  # answered elsewhere, e.g. from the command line
            self.prompt = None

    def _on_expired(self, view: CurrentView) -> None:
        if view.step is None or view.session is None:
            return
        self._notify(_tr("Time is up: {title}").format(title=shorten(view.step.title, 100)))
        self.chime.ring()
        self._ask(view)

    def _busy(self) -> bool:
        """In the middle of a timebox or its question: no other question now."""
        prompt_open = self.prompt is not None and self.prompt.isVisible()
        return prompt_open or self.bridge.view.timer.state is not TimerState.IDLE

    def _notify(self, message: str) -> None:
        """A tray message; without a tray the window or a dialog says it anyway."""
        if self.tray is not None:
            self.tray.notify(_tr("Small Steps"), message)

    def _on_away(self, seconds: float) -> None:
        from smallsteps_desktop.ui.away import ask_about_time_away  # not at start-up

        ask_about_time_away(self.window, self._services.steps, seconds)

    def _ask(self, view: CurrentView) -> None:
        from smallsteps_desktop.ui.times_up import ask_times_up

        if self.prompt is not None:
            self.prompt.close()
        self.prompt = ask_times_up(view, self.window, self._services.steps, self._in_window)
