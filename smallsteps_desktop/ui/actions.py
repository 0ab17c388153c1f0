"""The QActions that the tray menu, the windows and the keyboard shortcuts share."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction

from smallsteps_desktop.core.models import TimerState
from smallsteps_desktop.core.views import CurrentView
from smallsteps_desktop.ui.countdown import shorten
from smallsteps_desktop.ui.qt_names import set_shortcut

TITLE_CHARS = 40  # a menu item or tooltip shows at most this much of a step title


def one_line_title(title: str) -> str:
    """A step title on one line and cut to TITLE_CHARS, for menus and tooltips."""
    return shorten(" ".join(title.split()), TITLE_CHARS)


class AppActions(QObject):
    """One QAction per thing the user can do; update_for() names and enables them.

    The actions know nothing about services: the composition root connects their
    ``triggered`` signals, so the tray menu, the window and the shortcuts all do
    the same thing.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        (self.step_title, self.start_pause, self.done, self.skip, self.show_window, self.board,
         self.report, self.settings, self.quit) = (QAction(self) for _ in range(9))
        for action, keys in ((self.start_pause, "Ctrl+Space"), (self.done, "Ctrl+D"),
                             (self.skip, "Ctrl+K"), (self.board, "Ctrl+B"),
                             (self.report, "Ctrl+R"), (self.settings, "Ctrl+,"),
                             (self.quit, "Ctrl+Q")):
            set_shortcut(action, keys)  # not setShortcut(): see qt_names.py
        self.settings.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.quit.setMenuRole(QAction.MenuRole.QuitRole)
        self.step_title.setEnabled(False)
        self.done.setEnabled(False)
        self.skip.setEnabled(False)
        self.relabel()

    def relabel(self) -> None:
        """Name every action in the current language; update_for() then names the step
        and Start, Pause or Resume for the moment."""
        for action, text, tip in (
                (self.step_title, self.tr("No current step"),
                 self.tr("The step you are working on")),
                (self.start_pause, self.tr("Start"), self.tr("Start the timebox")),
                (self.done, self.tr("Done"), self.tr("Finish the step and note what it brought")),
                (self.skip, self.tr("Skip – what's stuck?"),
                 self.tr("Skip the step and note what is stuck")),
                (self.show_window, self.tr("Show window"),
                 self.tr("Show the current step in its window")),
                (self.board, self.tr("Open board"), self.tr("All chores and steps")),
                (self.report, self.tr("Report…"),
                 self.tr("Your progress over a period, to keep or send")),
                (self.settings, self.tr("Settings…"), self.tr("Timebox length, chime, language")),
                (self.quit, self.tr("Quit"), self.tr("Quit Small Steps"))):
            action.setText(text)
            _describe(action, tip)

    def all(self) -> list[QAction]:
        """Every action, in menu order (e.g. to add them all to a window for the shortcuts)."""
        return [self.step_title, self.start_pause, self.done, self.skip, self.show_window,
                self.board, self.report, self.settings, self.quit]

    def update_for(self, view: CurrentView, *, can_start: bool = True) -> None:
        """Name and enable the actions for this moment; can_start: is there a step to start?"""
        state, step = view.timer.state, view.step
        if step is None:
            self.step_title.setText(self.tr("No current step"))
        else:
            self.step_title.setText(one_line_title(step.title).replace("&", "&&"))  # no mnemonic
        self.step_title.setToolTip(shorten(step.title, 500) if step else self.tr("No current step"))
        text, tip = {
            TimerState.IDLE: (self.tr("Start"), self.tr("Start the timebox")),
            TimerState.RUNNING: (self.tr("Pause"), self.tr("Pause the timebox")),
            TimerState.PAUSED: (self.tr("Resume"), self.tr("Resume the timebox")),
            TimerState.EXPIRED: (self.tr("Pause"),
                                 self.tr("Time is up: mark the step done, or skip it")),
        }[state]
        self.start_pause.setText(text)
        _describe(self.start_pause, tip)
        self.start_pause.setEnabled(state in (TimerState.RUNNING, TimerState.PAUSED)
                                    or (state is TimerState.IDLE and (step is not None or can_start)))
        self.done.setEnabled(step is not None)
        self.skip.setEnabled(step is not None)


def _describe(action: QAction, tip: str) -> None:
    """The same words for the tooltip and the status bar."""
    action.setToolTip(tip)
    action.setStatusTip(tip)
