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
        self.step_title = self._action(self.tr("No current step"), "",
                                       self.tr("The step you are working on"))
        self.start_pause = self._action(self.tr("Start"), "Ctrl+Space",
                                        self.tr("Start the timebox"))
        self.done = self._action(self.tr("Done"), "Ctrl+D",
                                 self.tr("Finish the step and note what it brought"))
        self.skip = self._action(self.tr("Skip – what's stuck?"), "Ctrl+K",
                                 self.tr("Skip the step and note what is stuck"))
        self.show_window = self._action(self.tr("Show window"), "",
                                        self.tr("Show the current step in its window"))
        self.board = self._action(self.tr("Open board"), "Ctrl+B",
                                  self.tr("All chores and steps"))
        self.report = self._action(self.tr("Report…"), "Ctrl+R",
                                   self.tr("Your progress over a period, to keep or send"))
        self.settings = self._action(self.tr("Settings…"), "Ctrl+,",
                                     self.tr("Timebox length, chime, language"))
        self.quit = self._action(self.tr("Quit"), "Ctrl+Q", self.tr("Quit Small Steps"))
        self.settings.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.quit.setMenuRole(QAction.MenuRole.QuitRole)
        self.step_title.setEnabled(False)
        self.done.setEnabled(False)
        self.skip.setEnabled(False)

    def _action(self, text: str, shortcut: str, tip: str) -> QAction:
        action = QAction(text, self)
        if shortcut:
            set_shortcut(action, shortcut)  # not setShortcut(): see qt_names.py
        _describe(action, tip)
        return action

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
