"""Runs board actions through the services, keeps them undoable, and updates the model."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Protocol

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from smallsteps_desktop.core.board import BoardService
from smallsteps_desktop.core.board_views import BoardQueries
from smallsteps_desktop.core.changes import Change
from smallsteps_desktop.core.clock import Clock
from smallsteps_desktop.core.errors import SmallStepsError
from smallsteps_desktop.core.models import StepStatus
from smallsteps_desktop.core.reactions import ReactionService
from smallsteps_desktop.core.services import StepService
from smallsteps_desktop.ui.board_model import BoardModel


class BoardServices(Protocol):
    """The part of the app's services the board talks to."""

    clock: Clock
    steps: StepService
    board: BoardService
    board_queries: BoardQueries
    reactions: ReactionService


class BoardCommand(QUndoCommand):
    """One board action on the undo stack; the action ran before it was pushed."""

    def __init__(self, text: str, action: Callable[[], Change], change: Change,
                 controller: BoardController) -> None:
        super().__init__(text)
        self._action = action
        self._change = change
        self._controller = controller
        self._pushed = False

    def redo(self) -> None:
        if not self._pushed:  # QUndoStack.push() calls redo(); the action already ran
            self._pushed = True
            return
        try:
            self._change = self._action()
        except SmallStepsError as error:
            self.setObsolete(True)  # the stack drops a command that cannot be redone
            self._controller.sig_refused.emit(str(error))
            return
        self._controller.show_change(self._change)

    def undo(self) -> None:
        try:
            self._controller.services.board.undo(self._change)
        except SmallStepsError as error:
            self.setObsolete(True)
            self._controller.sig_refused.emit(str(error))
            return
        self._controller.show_change(self._change)


class BoardController(QObject):
    """The board's one way to change data: run, push for undo, refresh the touched rows."""

    #: Something was saved (the tray and the focus window should redraw).
    sig_acted = Signal()
    #: The method or the data refused an action; the text says why in plain words.
    sig_refused = Signal(str)

    def __init__(self, services: BoardServices, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.model = BoardModel(self)
        self.undo_stack = QUndoStack(self)
        # Whether the last action could change the quota (a step done or undone): most
        # moves cannot, and counting a year of done steps is the slowest part of a move.
        self.quota_may_have_changed = True

    def today(self) -> date:
        return self.services.clock.now().astimezone().date()

    def reload(self, forget_undo: bool = False) -> None:
        """Read everything again; after changes from elsewhere the undo history no longer fits."""
        if forget_undo:
            self.undo_stack.clear()
        queries = self.services.board_queries
        self.model.current_id = queries.current_step_id()
        self.model.today = self.today()
        self.model.load(queries.items())

    def run(self, text: str, action: Callable[[], Change]) -> Change | None:
        """Run one undoable action; None (and sig_refused) if it was refused."""
        try:
            change = action()
        except SmallStepsError as error:
            self.sig_refused.emit(str(error))
            return None
        self.undo_stack.push(BoardCommand(text, action, change, self))
        self.show_change(change)
        return change

    def run_once(self, action: Callable[[], object]) -> bool:
        """An action that is not undone from the board, such as starting a timebox."""
        try:
            action()
        except SmallStepsError as error:
            self.sig_refused.emit(str(error))
            return False
        self.model.set_current(self.services.board_queries.current_step_id())
        self.quota_may_have_changed = True
        self.sig_acted.emit()
        return True

    def show_change(self, change: Change) -> None:
        """Refresh just the rows the change touched."""
        touched = sorted(change.touched)
        items = self.services.board_queries.items(touched)
        removed = set(touched) - {item.step.id for item in items}
        shown = [item for i in touched if (item := self.model.item_of(i)) is not None]
        self.quota_may_have_changed = bool(removed) or any(  # done before or after it
            item.step.status is StepStatus.DONE for item in [*shown, *items])
        self.model.update(items, removed)
        self.model.set_current(self.services.board_queries.current_step_id())
        self.sig_acted.emit()
