"""The time's-up prompt: done, stuck, or five more minutes (once)."""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from smallsteps_desktop.ui.countdown import shorten

if TYPE_CHECKING:
    from smallsteps_desktop.core.services import StepService
    from smallsteps_desktop.core.views import CurrentView
    from smallsteps_desktop.ui.focus_window import FocusWindow

EXTRA_MINUTES = 5


class TimesUpChoice(Enum):
    DONE = "done"
    STUCK = "stuck"
    MORE = "more"


def _tr(text: str) -> str:
    return QCoreApplication.translate("TimesUpPrompt", text)


class TimesUpPrompt(QMessageBox):
    """Asks once per timebox; never blocks the event loop (open(), not exec())."""

    #: The user picked an answer (a TimesUpChoice); closing the box picks nothing.
    sig_chosen = Signal(object)

    def __init__(self, step_title: str, can_extend: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_tr("Time is up"))
        self.setIcon(QMessageBox.Icon.Information)
        self.setText(_tr("Five minutes are over: {title}").format(title=shorten(step_title, 80)))
        self.setInformativeText(_tr("Did you finish it, or did something get in the way?"))
        self._buttons: dict[QPushButton, TimesUpChoice] = {}
        self._add(_tr("&Done"), TimesUpChoice.DONE, QMessageBox.ButtonRole.AcceptRole)
        self._add(_tr("&Stuck…"), TimesUpChoice.STUCK, QMessageBox.ButtonRole.ActionRole)
        more = self._add(_tr("&{n} more minutes").format(n=EXTRA_MINUTES), TimesUpChoice.MORE,
                         QMessageBox.ButtonRole.ActionRole)
        more.setEnabled(can_extend)
        if not can_extend:
            more.setToolTip(_tr("Extra minutes are given once per step."))
        self.addButton(QMessageBox.StandardButton.Close)
        self.buttonClicked.connect(self._on_clicked)

    def _add(self, text: str, choice: TimesUpChoice, role: QMessageBox.ButtonRole) -> QPushButton:
        button = self.addButton(text, role)
        button.setAccessibleName(text.replace("&", ""))
        self._buttons[button] = choice
        return button

    def button_for(self, choice: TimesUpChoice) -> QPushButton:
        return next(b for b, c in self._buttons.items() if c is choice)

    def _on_clicked(self, button: QPushButton) -> None:
        choice = self._buttons.get(button)
        if choice is not None:
            self.sig_chosen.emit(choice)


def ask_times_up(view: CurrentView, window: FocusWindow, steps: StepService,
                 in_window: Callable[[Callable[[], None]], None]) -> TimesUpPrompt:
    """Open the prompt for this timebox; Done and Stuck go on in the window (in_window
    shows it first), the extra minutes go straight to the timebox."""
    can_extend = view.session is not None and view.session.extra_seconds == 0
    prompt = TimesUpPrompt(view.step.title if view.step else "", can_extend, window)

    def answer(choice: TimesUpChoice) -> None:
        if choice is TimesUpChoice.DONE:
            in_window(window.finish)
        elif choice is TimesUpChoice.STUCK:
            in_window(window.skip)
        else:
            window.act(lambda: steps.extend(EXTRA_MINUTES))

    prompt.sig_chosen.connect(answer)
    prompt.open()
    return prompt
