"""The welcome and the starter library, turned into chores on the board."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from smallsteps_desktop.core.board import BoardService
from smallsteps_desktop.core.errors import SmallStepsError
from smallsteps_desktop.starter import StarterError, StarterLibrary, load_library
from smallsteps_desktop.ui.i18n import resolve_language

if TYPE_CHECKING:
    from smallsteps_desktop.ui.board import Board

log = logging.getLogger("smallsteps")


def _tr(text: str) -> str:
    return QCoreApplication.translate("FirstRun", text)


def library_for(language: str, parent: QWidget | None) -> StarterLibrary | None:
    """The starter library in the app's language; a damaged file is reported, not hidden."""
    try:
        return load_library(resolve_language(language))
    except StarterError as error:
        log.warning("%s", error)
        QMessageBox.warning(parent, _tr("Starter library not available"), str(error))
        return None


def run_welcome(board: BoardService, language: str, parent: QWidget | None) -> int | None:
    """Show the welcome; returns the first step to work on, or None if skipped."""
    from smallsteps_desktop.ui.welcome import WelcomeWizard  # only on a first start

    library = library_for(language, parent)
    if library is None:
        return None
    wizard = WelcomeWizard(library, parent)
    if not wizard.exec():
        board.skip_welcome()
        return None
    first_step: int | None = None
    try:
        for chore in wizard.result_plan().chores:
            change = board.add_chore(chore.title, chore.steps, chore.area, chore.annoyance)
            if first_step is None and len(change.added) > 1:
                first_step = change.added[1]
        if first_step is not None:
            board.make_current(first_step)
    except SmallStepsError as error:
        QMessageBox.warning(parent, _tr("Not saved"), str(error))
    return first_step


def pick_from_library(board: Board, language: str) -> None:
    """Pick a chore with ready five-minute steps; the board adds it as one undoable step."""
    from smallsteps_desktop.ui.starter_dialog import StarterDialog

    library = library_for(language, board.window)
    if library is None:
        return
    dialog = StarterDialog(library, board.window)
    chore = dialog.chosen() if dialog.exec() else None
    if chore is not None:
        board.add_from_library(chore.title, chore.steps, chore.area)
