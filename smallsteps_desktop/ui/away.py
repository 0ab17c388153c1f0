"""Time away during a timebox (the computer slept): left out, unless the owner counts it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from smallsteps_desktop.core.services import StepService
from smallsteps_desktop.ui.focus_window import FocusWindow


def _tr(text: str) -> str:
    return QCoreApplication.translate("Desktop", text)  # moved from desktop.py: same context


def ask_about_time_away(window: FocusWindow, steps: StepService, seconds: float) -> None:
    """Time away only counts if the owner says so (the method counts real work).

    It is left out at once, so it stays out if the question is never answered.
    """
    if not window.act(lambda: steps.exclude_away(seconds)):
        return
    minutes = max(1, round(seconds / 60))
    # "min" needs no plural form in German or English.
    text = _tr("Your computer was away ({n} min) while the timebox was running. "
               "Count that time as worked?").format(n=minutes)
    answer = QMessageBox.question(
        window, _tr("Welcome back"), text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No)
    if answer == QMessageBox.StandardButton.Yes:
        window.act(lambda: steps.count_away(seconds))
